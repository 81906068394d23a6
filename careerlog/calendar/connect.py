"""Reach a configured calendar source and say plainly when it can't be reached."""

from __future__ import annotations

import base64
import logging
import math
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from careerlog.config.model import CalendarSource
from careerlog.config.secrets import resolve
from careerlog.config.validate import is_loopback
from careerlog.errors import UserError
from careerlog.net import explain, ssl_context

log = logging.getLogger(__name__)


class CalendarError(UserError):
    """A calendar source could not be used; the message says why and what to do."""


def http_url(url: str) -> str:
    """webcal:// is https:// (and webcals:// too); other schemes are left alone."""
    for scheme in ("webcals://", "webcal://"):
        if url.startswith(scheme):
            return "https://" + url[len(scheme) :]
    return url


def caldav_client(
    source: CalendarSource, secret_timeout: float, auth_type: str | None = None
) -> Any:
    """A DAVClient for the source. ``auth_type`` ("basic", "digest", "bearer") sends
    credentials up front, sparing the 401 round trip a fresh client otherwise pays."""
    from caldav.davclient import DAVClient

    assert source.url
    host = urlsplit(source.url).hostname or source.url
    password = None
    if any(
        (
            source.credentials.password,
            source.credentials.password_command,
            source.credentials.oauth2_token_command,
        )
    ):
        secret = resolve(source.credentials, secret_timeout)
        password = secret.value
        if secret.mechanism == "xoauth2":
            auth_type = "bearer"
    return DAVClient(
        url=source.url,
        username=source.credentials.username,
        password=password,
        auth_type=auth_type if password else None,
        timeout=math.ceil(source.timeout),  # the client takes whole seconds; never 0
        ssl_verify_cert=source.ca_file or True,
        require_tls=not is_loopback(host),
    )


def negotiated_auth(client: Any) -> str | None:
    """Which scheme the client ended up using, to be reused on the next run."""
    name = type(getattr(client, "auth", None)).__name__
    return {"HTTPBasicAuth": "basic", "HTTPDigestAuth": "digest", "HTTPBearerAuth": "bearer"}.get(
        name
    )


def open_caldav(source: CalendarSource, secret_timeout: float, client: Any = None) -> list[Any]:
    """Log in and return the chosen calendars (all of them when none are named)."""
    from caldav.lib import error as dav_error

    assert source.url
    host = urlsplit(source.url).hostname or source.url
    client = client if client is not None else caldav_client(source, secret_timeout)
    try:
        calendars = client.principal().calendars()
    except dav_error.AuthorizationError:
        raise CalendarError(
            f"{safe_label(source)}: login as {source.credentials.username} was refused; "
            "check the username and password"
        ) from None
    except dav_error.DAVError as exc:
        raise CalendarError(f"{safe_label(source)}: the server answered {exc}") from None
    except OSError as exc:
        raise CalendarError(f"{safe_label(source)}: {explain(exc, host)}") from None
    if not source.calendars:
        return list(calendars)
    by_name = {str(c.get_display_name() or ""): c for c in calendars}
    missing = [name for name in source.calendars if name not in by_name]
    if missing:
        raise CalendarError(
            f"{safe_label(source)}: no calendar called {', '.join(map(repr, missing))}; "
            f"the server has: {', '.join(map(repr, by_name)) or 'none'}"
        )
    return [by_name[name] for name in source.calendars]


MAX_ICS_BYTES = 64 * 1024 * 1024


def safe_label(source: CalendarSource) -> str:
    """Like ``source.label`` but without what may be a secret: user:password@ in the
    URL, or the private token that published-calendar paths and queries carry."""
    if not source.url:
        return source.label
    parts = urlsplit(http_url(source.url))
    shown = f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}/…"
    return f"calendar {source.index + 1} ({source.kind} {shown})"


@dataclass(frozen=True)
class IcsResponse:
    """What a conditional GET gave: ``body`` is None when the server said 304."""

    status: int
    body: bytes | None
    etag: str | None
    last_modified: str | None


def _auth_header(source: CalendarSource, secret_timeout: float) -> dict[str, str]:
    creds = source.credentials
    if not any((creds.password, creds.password_command, creds.oauth2_token_command)):
        return {}
    secret = resolve(creds, secret_timeout)
    if secret.mechanism == "xoauth2":
        return {"Authorization": f"Bearer {secret.value}"}
    pair = f"{creds.username or ''}:{secret.value}".encode()
    return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}


def fetch_ics_conditional(
    source: CalendarSource,
    etag: str | None,
    last_modified: str | None,
    secret_timeout: float,
) -> IcsResponse:
    """GET an ICS URL with If-None-Match / If-Modified-Since; one request either way."""
    headers = {"Accept": "text/calendar, */*;q=0.5", "User-Agent": "careerlog"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    headers.update(_auth_header(source, secret_timeout))
    assert source.url
    url = http_url(source.url)
    label = safe_label(source)
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(
            request, timeout=source.timeout, context=ssl_context(source.ca_file)
        ) as response:
            body: bytes = response.read(MAX_ICS_BYTES + 1)
            status = response.status
            new_etag = response.headers.get("ETag")
            new_modified = response.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return IcsResponse(304, None, etag, last_modified)
        raise CalendarError(f"{label}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, BaseException) else OSError(str(exc.reason))
        host = urlsplit(url).hostname or url
        raise CalendarError(f"{label}: {explain(reason, host)}") from None
    except OSError as exc:  # e.g. a timeout while reading the body
        host = urlsplit(url).hostname or url
        raise CalendarError(f"{label}: {explain(exc, host)}") from None
    if len(body) > MAX_ICS_BYTES:
        raise CalendarError(f"{label}: the file is larger than {MAX_ICS_BYTES >> 20} MB")
    if b"BEGIN:VCALENDAR" not in body[:4096]:
        raise CalendarError(f"{label}: the URL did not return an iCalendar file")
    return IcsResponse(status, body, new_etag, new_modified)


def fetch_ics(
    source: CalendarSource, secret_timeout: float, headers: dict[str, str] | None = None
) -> bytes:
    """GET an ICS URL and return its body."""
    headers = headers or {}
    response = fetch_ics_conditional(
        source, headers.get("If-None-Match"), headers.get("If-Modified-Since"), secret_timeout
    )
    if response.body is None:
        raise CalendarError(f"{safe_label(source)}: not modified since the last fetch")
    return response.body


def local_ics_files(source: CalendarSource) -> list[Path]:
    """The .ics files of an ics-file or vdir source."""
    assert source.path
    path = Path(source.path)
    if source.kind == "ics-file":
        if not path.is_file():
            raise CalendarError(f"{safe_label(source)}: no such file")
        return [path]
    if not path.is_dir():
        raise CalendarError(f"{safe_label(source)}: no such folder")
    return sorted(path.glob("*.ics")) + sorted(path.glob("*/*.ics"))
