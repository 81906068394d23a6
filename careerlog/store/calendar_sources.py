"""The tables ``calendar_objects`` and ``calendar_sync``: what each calendar source holds.

``calendar_objects`` keeps the raw iCalendar objects fetched from each source, one row
per ``(source_key, href)``, with the version (``etag``) they were fetched at, so a sync
asks the server only for what changed. ``calendar_sync`` keeps, per key, where the
last sync left off (the server's sync token, ctag, ETag or Last-Modified), when it last
succeeded or failed, and what the stored events were expanded from (``expanded``, see
:mod:`careerlog.calendar.freshness`).

A CalDAV account is one key; each of its calendars is another, ``<account key>#<url>``
(:func:`calendar_key`), so "a source and its calendars" is that key or any key with that
prefix. The account's own row keeps its discovery state (JSON) in ``sync_token``.

Every statement on the two tables lives here (their schema is in
:mod:`careerlog.store.migrations`); ``tests/test_layers.py`` fails on such SQL
anywhere else. The calendar modules keep the policy (what to fetch, what a failure
keeps) and choose the transaction: a source's objects and its new sync state are
written together, so a source that fails half-way keeps its last good copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from careerlog.store.db import iso

#: rows of the key ``?`` and of its calendars (``?#…``): three parameters, see _of_source
_KEY_OR_CALENDAR = "(source_key = ? or substr(source_key, 1, ?) = ?)"


def _of_source(key: str) -> list[object]:
    """The parameters of :data:`_KEY_OR_CALENDAR` for ``key``."""
    return [key, len(key) + 1, key + "#"]


def calendar_key(account_key: str, calendar_url: str) -> str:
    """The key one calendar of a CalDAV account is stored under."""
    return f"{account_key}#{calendar_url}"


# --- calendar_sync ----------------------------------------------------------------------


@dataclass(frozen=True)
class SyncState:
    """Where a key's last sync left off; all None before the first one."""

    sync_token: str | None = None
    ctag: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_success_at: str | None = None


def sync_state(db: Database, key: str) -> SyncState:
    rows = db.query(
        "select sync_token, ctag, etag, last_modified, last_success_at from calendar_sync "
        "where source_key = ?",
        [key],
    )
    row = next(iter(rows), None)
    return SyncState(**row) if row else SyncState()


def _upsert(db: Database, key: str, values: dict[str, str | None]) -> None:
    """Set these columns of ``key``'s row (made if missing), leaving the others as they are."""
    db.table("calendar_sync").upsert({"source_key": key, **values}, pk="source_key")


def mark_synced(db: Database, key: str, at: datetime) -> None:
    """``key`` was fetched at ``at``: it succeeded then, and its last error is over."""
    _upsert(db, key, {"last_success_at": iso(at), "last_error": None})


def mark_failed(db: Database, key: str, error: str, at: datetime) -> None:
    """``key`` failed at ``at``; its last success (and its stored objects) stay."""
    _upsert(db, key, {"last_error": error, "last_error_at": iso(at)})


def save_calendar_tags(db: Database, key: str, *, sync_token: str | None, ctag: str | None) -> None:
    """A CalDAV calendar's version: a sync token (RFC 6578), or a ctag without one."""
    _upsert(db, key, {"sync_token": sync_token, "ctag": ctag})


def save_account_state(db: Database, key: str, state: str) -> None:
    """A CalDAV account's discovery state (JSON: its calendars, when found, the auth)."""
    _upsert(db, key, {"sync_token": state})


def save_feed_tags(db: Database, key: str, *, etag: str | None, last_modified: str | None) -> None:
    """An ICS URL's ``ETag`` and ``Last-Modified``, for the next conditional GET."""
    _upsert(db, key, {"etag": etag, "last_modified": last_modified})


def last_success(db: Database, key: str) -> str | None:
    """The latest success of a source or of any of its calendars (None: never)."""
    row = db.execute(
        f"select max(last_success_at) from calendar_sync where {_KEY_OR_CALENDAR}",
        _of_source(key),
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def expanded_from(db: Database, key: str) -> str | None:
    """The fingerprint ``key``'s stored events were expanded from (None: unknown)."""
    row = db.execute("select expanded from calendar_sync where source_key = ?", [key]).fetchone()
    return row[0] if row else None


def save_expanded(db: Database, key: str, fingerprint: str | None) -> None:
    """Record what ``key``'s events now reflect (None: expand them again next time)."""
    _upsert(db, key, {"expanded": fingerprint})


# --- calendar_objects -------------------------------------------------------------------


def object_keys(db: Database, key: str) -> list[str]:
    """The keys a source's objects are stored under: its own, or one per CalDAV calendar."""
    rows = db.query(
        f"select distinct source_key from calendar_objects where {_KEY_OR_CALENDAR}",
        _of_source(key),
    )
    return [row["source_key"] for row in rows]


def object_count(db: Database, key: str) -> int:
    """How many objects a source holds, its calendars' included."""
    row = db.execute(
        f"select count(*) from calendar_objects where {_KEY_OR_CALENDAR}", _of_source(key)
    ).fetchone()
    return int(row[0])


def object_versions(db: Database, key: str) -> list[tuple[str, str | None]]:
    """``(href, etag)`` of every object stored under ``key``, in href order."""
    rows = db.execute(
        "select href, etag from calendar_objects where source_key = ? order by href", [key]
    )
    return [(row[0], row[1]) for row in rows]


def objects(db: Database, key: str) -> Iterator[tuple[str, str]]:
    """``(href, iCalendar text)`` of every object under ``key``, in href order, read lazily."""
    for row in db.query(
        "select href, ics from calendar_objects where source_key = ? order by href", [key]
    ):
        yield row["href"], row["ics"]


def save_objects(
    db: Database,
    key: str,
    fetched: dict[str, tuple[str, str]],
    deleted: list[str],
    at: datetime,
) -> None:
    """Drop the objects ``deleted`` and store ``fetched`` (href → (etag, iCalendar text))."""
    for href in deleted:
        db.execute("delete from calendar_objects where source_key = ? and href = ?", [key, href])
    if fetched:
        stamp = iso(at)
        db.table("calendar_objects").upsert_all(
            (
                {"source_key": key, "href": href, "etag": etag, "ics": ics, "fetched_at": stamp}
                for href, (etag, ics) in fetched.items()
            ),
            pk=("source_key", "href"),
        )


def replace_objects(
    db: Database, key: str, fetched: dict[str, tuple[str, str]], at: datetime
) -> None:
    """Hold exactly ``fetched`` under ``key`` (an ICS feed is one object, read whole)."""
    db.execute("delete from calendar_objects where source_key = ?", [key])
    save_objects(db, key, fetched, [], at)
