"""Reach a configured calendar source and say plainly when it can't be reached."""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
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


def open_caldav(source: CalendarSource, secret_timeout: float = 30.0) -> list[Any]:
    """Log in and return the chosen calendars (all of them when none are named)."""
    from caldav.davclient import DAVClient
    from caldav.lib import error as dav_error

    assert source.url
    host = urlsplit(source.url).hostname or source.url
    password = None
    if any((source.credentials.password, source.credentials.password_command)):
        password = resolve(source.credentials, secret_timeout).value
    client = DAVClient(
        url=source.url,
        username=source.credentials.username,
        password=password,
        timeout=int(source.timeout),
        ssl_verify_cert=source.ca_file or True,
        require_tls=not is_loopback(host),
    )
    try:
        calendars = client.principal().calendars()
    except dav_error.AuthorizationError:
        raise CalendarError(
            f"{source.label}: login as {source.credentials.username} was refused; "
            "check the username and password"
        ) from None
    except dav_error.DAVError as exc:
        raise CalendarError(f"{source.label}: the server answered {exc}") from None
    except OSError as exc:
        raise CalendarError(f"{source.label}: {explain(exc, host)}") from None
    if not source.calendars:
        return list(calendars)
    by_name = {str(c.get_display_name() or ""): c for c in calendars}
    missing = [name for name in source.calendars if name not in by_name]
    if missing:
        raise CalendarError(
            f"{source.label}: no calendar called {', '.join(map(repr, missing))}; "
            f"the server has: {', '.join(map(repr, by_name)) or 'none'}"
        )
    return [by_name[name] for name in source.calendars]


def fetch_ics(source: CalendarSource, headers: dict[str, str] | None = None) -> bytes:
    """GET an ICS URL and return its body."""
    assert source.url
    url = http_url(source.url)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(
            request, timeout=source.timeout, context=ssl_context(source.ca_file)
        ) as response:
            body: bytes = response.read()
    except urllib.error.HTTPError as exc:
        raise CalendarError(
            f"{source.label}: the server answered {exc.code} {exc.reason}"
        ) from None
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, BaseException) else OSError(str(exc.reason))
        host = urlsplit(url).hostname or url
        raise CalendarError(f"{source.label}: {explain(reason, host)}") from None
    if b"BEGIN:VCALENDAR" not in body[:4096]:
        raise CalendarError(f"{source.label}: the URL did not return an iCalendar file")
    return body


def local_ics_files(source: CalendarSource) -> list[Path]:
    """The .ics files of an ics-file or vdir source."""
    assert source.path
    path = Path(source.path)
    if source.kind == "ics-file":
        if not path.is_file():
            raise CalendarError(f"{source.label}: no such file")
        return [path]
    if not path.is_dir():
        raise CalendarError(f"{source.label}: no such folder")
    return sorted(path.glob("*.ics")) + sorted(path.glob("*/*.ics"))
