"""Fetch each source's raw iCalendar objects into ``calendar_objects``, cheaply and safely.

* CalDAV: the calendar list is discovered once a day (or when the configured
  names change); in between, each calendar costs one sync-collection REPORT
  (RFC 6578) when nothing changed, plus one calendar-multiget per 200 changed
  objects. Servers without sync-collection get the ctag/etag fallback: one
  PROPFIND when nothing changed.
* ICS URL (webcal:// too): a conditional GET with the stored ETag /
  Last-Modified; a 304 costs nothing else.
* A local .ics file is re-read only when its mtime or size changed; a vdir
  (vdirsyncer/khal layout, one .ics per item) re-reads only changed files.
* Each source is fetched fully before anything is written, in one transaction,
  so a source that fails half-way keeps its last good copy; the failure is
  written to ``calendar_sync.last_error`` and logged as one clear warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from careerlog.calendar import webdav
from careerlog.calendar.connect import (
    caldav_client,
    fetch_ics_conditional,
    local_ics_files,
    negotiated_auth,
    open_caldav,
    safe_label,
)
from careerlog.config.model import CalendarSource
from careerlog.errors import UserError
from careerlog.net import explain
from careerlog.store.calendar_sources import (
    SyncState,
    calendar_key,
    mark_failed,
    mark_synced,
    object_count,
    object_keys,
    object_versions,
    objects,
    replace_objects,
    save_account_state,
    save_calendar_tags,
    save_feed_tags,
    save_objects,
    sync_state,
)
from careerlog.store.db import iso

log = logging.getLogger(__name__)

DISCOVERY_TTL = timedelta(hours=24)
MAX_SYNC_PAGES = 50


@dataclass
class SourceResult:
    """What one source's fetch did. ``keys`` are the object keys its events live under."""

    label: str
    key: str
    ok: bool = True
    error: str | None = None
    requests: int = 0
    fetched: int = 0
    deleted: int = 0
    seconds: float = 0.0
    keys: tuple[str, ...] = ()


def source_key(source: CalendarSource) -> str:
    """Stable across restarts and config reordering: kind plus path, or URL fingerprint.

    A URL is reduced to its host and a hash of the whole URL: published calendars
    carry a private token in the path, and the key is stored in the database.
    """
    if source.path:
        return f"{source.kind}:{Path(source.path).expanduser().resolve()}"
    url = source.url or ""
    parts = urlsplit(url)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return f"{source.kind}:{parts.scheme}://{parts.netloc.rpartition('@')[2]}/{digest}"


def _stored_etags(db: Database, key: str) -> dict[str, str]:
    """href → version of what ``key`` holds; "" for an object stored without one."""
    return {href: etag or "" for href, etag in object_versions(db, key)}


class _Counter:
    """Counts HTTP requests on the wire (auth retries included) by wrapping the session."""

    def __init__(self, client: Any) -> None:
        self.count = 0
        session = getattr(client, "session", None)
        if session is None:
            return
        original = session.request

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return original(*args, **kwargs)

        session.request = counted


# --- CalDAV -------------------------------------------------------------------------------


def _sync_calendar(db: Database, client: Any, key: str, url: str, at: datetime) -> tuple[int, int]:
    """Bring one calendar collection up to date; returns (fetched, deleted)."""
    state = sync_state(db, key)
    stored = _stored_etags(db, key)
    if state.ctag and not state.sync_token:
        return _sync_by_ctag(db, client, key, url, state, stored, at)
    token = state.sync_token
    full = token is None
    changed: dict[str, str] = {}
    deleted: list[str] = []
    for _ in range(MAX_SYNC_PAGES):
        try:
            page = webdav.sync_collection(client, url, token)
        except webdav.DavStatusError as exc:
            if exc.token_invalid and token is not None:
                log.info("%s: sync token expired, fetching the calendar again", url)
                token, full, changed, deleted = None, True, {}, []
                continue
            if exc.unsupported and token is None:
                log.info("%s: no sync-collection support; using ctag/etag", url)
                return _sync_by_ctag(db, client, key, url, state, stored, at)
            raise
        changed.update(page.changed)
        deleted.extend(page.deleted)
        token = page.token
        if not page.truncated:
            break
    if full:  # a full listing: whatever we hold and it doesn't list is gone
        deleted.extend(href for href in stored if href not in changed)
    wanted = [href for href, etag in changed.items() if stored.get(href) != etag or not etag]
    fetched = _fetch(client, url, wanted)
    with db.atomic():
        save_objects(db, key, fetched, deleted, at)
        save_calendar_tags(db, key, sync_token=token, ctag=None)
        mark_synced(db, key, at)
    return len(fetched), len(deleted)


def _sync_by_ctag(
    db: Database,
    client: Any,
    key: str,
    url: str,
    state: SyncState,
    stored: dict[str, str],
    at: datetime,
) -> tuple[int, int]:
    ctag, _token = webdav.collection_tags(client, url)
    if ctag and ctag == state.ctag:
        mark_synced(db, key, at)
        return 0, 0
    etags = webdav.list_etags(client, url)
    deleted = [href for href in stored if href not in etags]
    wanted = [href for href, etag in etags.items() if stored.get(href) != etag]
    fetched = _fetch(client, url, wanted)
    with db.atomic():
        save_objects(db, key, fetched, deleted, at)
        # ctag set and sync_token empty marks this calendar as "ctag mode"
        save_calendar_tags(db, key, sync_token=None, ctag=ctag or "-")
        mark_synced(db, key, at)
    return len(fetched), len(deleted)


def _fetch(client: Any, url: str, hrefs: list[str]) -> dict[str, tuple[str, str]]:
    if not hrefs:
        return {}
    got = webdav.multiget(client, url, hrefs)
    by_path = {webdav.path_of(href): value for href, value in got.items()}
    return {
        href: by_path[webdav.path_of(href)] for href in hrefs if webdav.path_of(href) in by_path
    }


def _caldav(
    db: Database, source: CalendarSource, key: str, at: datetime, secret_timeout: float
) -> SourceResult:
    state = json.loads(sync_state(db, key).sync_token or "{}")
    calendars: list[list[str]] = state.get("calendars") or []
    discovered = state.get("discovered_at")
    stale = not discovered or at - datetime.fromisoformat(discovered) > DISCOVERY_TTL
    client = caldav_client(source, secret_timeout, auth_type=state.get("auth"))
    counter = _Counter(client)
    result = SourceResult(safe_label(source), key)
    stamp = iso(at)
    with client:
        if stale or not calendars or state.get("names") != list(source.calendars):
            found = open_caldav(source, secret_timeout, client=client)
            calendars = [[str(c.url), str(c.get_display_name() or "")] for c in found]
            state.update(calendars=calendars, names=list(source.calendars), discovered_at=stamp)
        try:
            for url, _name in calendars:
                fetched, deleted = _sync_calendar(db, client, calendar_key(key, url), url, at)
                result.fetched += fetched
                result.deleted += deleted
        except webdav.DavStatusError as exc:
            if exc.status == 404:  # a calendar went away: look again next time
                state["discovered_at"] = None
                save_account_state(db, key, json.dumps(state))
            raise
        finally:
            result.requests = counter.count
        state["auth"] = negotiated_auth(client) or state.get("auth")
    save_account_state(db, key, json.dumps(state))
    result.keys = tuple(calendar_key(key, url) for url, _name in calendars)
    return result


# --- ICS URL, file, vdir --------------------------------------------------------------------


def _ics_url(
    db: Database, source: CalendarSource, key: str, at: datetime, secret_timeout: float
) -> SourceResult:
    state = sync_state(db, key)
    result = SourceResult(safe_label(source), key, requests=1, keys=(key,))
    response = fetch_ics_conditional(source, state.etag, state.last_modified, secret_timeout)
    with db.atomic():
        if response.body is not None:
            text = response.body.decode("utf-8", "replace")
            if [ics for _href, ics in objects(db, key)] != [text]:
                # the content's hash, not the server's ETag (which may be absent)
                version = "sha256:" + hashlib.sha256(response.body).hexdigest()
                replace_objects(db, key, {"feed.ics": (version, text)}, at)
                result.fetched = 1
        save_feed_tags(db, key, etag=response.etag, last_modified=response.last_modified)
        mark_synced(db, key, at)
    return result


def _signature(path: Path) -> str:
    info = path.stat()
    return f"{info.st_mtime_ns}:{info.st_size}"


def _local(
    db: Database, source: CalendarSource, key: str, at: datetime, _secret_timeout: float
) -> SourceResult:
    """ics-file and vdir alike: an item is re-read only when its mtime or size changed."""
    result = SourceResult(safe_label(source), key, keys=(key,))
    root = Path(source.path or "").expanduser()
    files = local_ics_files(source)
    stored = _stored_etags(db, key)
    seen: dict[str, Path] = {}
    for path in files:
        href = path.name if source.kind == "ics-file" else str(path.relative_to(root))
        seen[href] = path
    fetched: dict[str, tuple[str, str]] = {}
    for href, path in seen.items():
        try:
            signature = _signature(path)
            if stored.get(href) != signature:
                fetched[href] = (signature, path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            log.warning("%s: cannot read %s (%s); keeping its last copy", result.label, href, exc)
    deleted = [href for href in stored if href not in seen]
    with db.atomic():
        save_objects(db, key, fetched, deleted, at)
        mark_synced(db, key, at)
    result.fetched, result.deleted = len(fetched), len(deleted)
    return result


_FETCHERS: dict[str, Callable[[Database, CalendarSource, str, datetime, float], SourceResult]] = {
    "caldav": _caldav,
    "ics-url": _ics_url,
    "ics-file": _local,
    "vdir": _local,
}
_USERINFO = re.compile(r"//[^/@\s]+:[^/@\s]*@")


def describe(exc: BaseException, source: CalendarSource) -> str:
    """One line for the user, with no credentials in it."""
    if isinstance(exc, UserError):
        text = str(exc)
    elif isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
        text = f"{safe_label(source)}: " + explain(exc, _host(source))
    else:
        text = f"{safe_label(source)}: {type(exc).__name__}: {exc}"
    text = _USERINFO.sub("//", text)
    if source.url and source.url in text:
        text = text.replace(source.url, safe_label(source))
    return " ".join(text.split())


def _host(source: CalendarSource) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(source.url or "")
    return f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or "the server"


def fetch_source(
    db: Database, source: CalendarSource, at: datetime, secret_timeout: float
) -> SourceResult:
    """Fetch one source; never raises for a source problem (it is recorded and logged)."""
    key = source_key(source)
    started = time.monotonic()
    try:
        result = _FETCHERS[source.kind](db, source, key, at, secret_timeout)
        mark_synced(db, key, at)
    except Exception as exc:
        message = describe(exc, source)
        log.debug("calendar fetch failed", exc_info=True)
        since = sync_state(db, key).last_success_at or "never"
        mark_failed(db, key, message, at)
        kept = object_count(db, key)
        log.warning(
            "calendar source unavailable: %s — keeping the last good copy "
            "(%d objects, last synced %s); will retry next run",
            message,
            kept,
            since,
        )
        result = SourceResult(safe_label(source), key, ok=False, error=message)
        result.keys = tuple(object_keys(db, key))
    result.seconds = time.monotonic() - started
    return result
