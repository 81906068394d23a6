"""The few WebDAV/CalDAV requests a cheap incremental sync needs, over caldav's DAVClient.

caldav's high-level ``objects_by_sync_token`` loads changed objects one GET at
a time and its fallback re-downloads everything; here an unchanged calendar
costs exactly one request (a sync-collection REPORT, RFC 6578, or a ctag
PROPFIND), and changed objects come back in one calendar-multiget per batch.
DAVClient still does the login (basic/digest/bearer), TLS and timeouts.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape

DAV = "DAV:"
CALDAV = "urn:ietf:params:xml:ns:caldav"
CS = "http://calendarserver.org/ns/"
MULTIGET_BATCH = 200
_XML = {"Content-Type": 'application/xml; charset="utf-8"'}


class DavStatusError(Exception):
    """The server answered a request with an unexpected status."""

    def __init__(self, method: str, status: int, body: str = "") -> None:
        super().__init__(f"{method} answered HTTP {status}")
        self.method, self.status, self.body = method, status, body

    @property
    def token_invalid(self) -> bool:
        """RFC 6578 3.2: the token expired or the server forgot it; start over."""
        return self.status in (403, 409, 410) and "valid-sync-token" in self.body

    @property
    def unsupported(self) -> bool:
        return self.status in (400, 403, 405, 415, 422, 501) and not self.token_invalid


@dataclass
class SyncPage:
    token: str | None
    changed: dict[str, str] = field(default_factory=dict)  # href -> etag
    deleted: list[str] = field(default_factory=list)
    truncated: bool = False


def _tag(ns: str, name: str) -> str:
    return f"{{{ns}}}{name}"


def path_of(url_or_href: str) -> str:
    """Compare hrefs by unquoted path: servers mix absolute URLs, paths and %40."""
    return unquote(urlsplit(url_or_href).path).rstrip("/")


def _body_text(response: Any) -> str:
    raw = response.raw
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")


def _request(client: Any, url: str, method: str, body: str, depth: str | None) -> ET.Element:
    headers = dict(_XML)
    if depth is not None:
        headers["Depth"] = depth
    from caldav.lib import error as dav_error

    try:
        response = client.request(url, method, body, headers)
    except dav_error.AuthorizationError as exc:
        # caldav raises on every 403; one carrying a precondition is not a login problem
        if exc.preconditions:
            raise DavStatusError(method, exc.status or 403, " ".join(exc.preconditions)) from None
        raise
    text = _body_text(response)
    if response.status not in (200, 207):
        raise DavStatusError(method, int(response.status), text)
    try:
        return ET.fromstring(text.encode("utf-8"))
    except ET.ParseError as exc:
        raise DavStatusError(method, int(response.status), f"unreadable XML: {exc}") from None


def _status_code(element: ET.Element | None) -> int:
    text = (element.text or "") if element is not None else ""
    parts = text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def _responses(root: ET.Element) -> list[tuple[str, int, dict[str, ET.Element]]]:
    """(href, status, {prop tag: element with 200 status}) for each <response>."""
    out = []
    for response in root.iter(_tag(DAV, "response")):
        href = (response.findtext(_tag(DAV, "href")) or "").strip()
        status = _status_code(response.find(_tag(DAV, "status")))
        props: dict[str, ET.Element] = {}
        for propstat in response.findall(_tag(DAV, "propstat")):
            if _status_code(propstat.find(_tag(DAV, "status"))) != 200:
                continue
            prop = propstat.find(_tag(DAV, "prop"))
            for child in prop if prop is not None else []:
                props[child.tag] = child
        out.append((href, status, props))
    return out


def _text(props: dict[str, ET.Element], ns: str, name: str) -> str | None:
    element = props.get(_tag(ns, name))
    return (element.text or "").strip() if element is not None else None


def sync_collection(client: Any, url: str, token: str | None) -> SyncPage:
    """One sync-collection REPORT: what changed since ``token`` (everything if None)."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<D:sync-collection xmlns:D="DAV:">'
        f"<D:sync-token>{escape(token or '')}</D:sync-token>"
        "<D:sync-level>1</D:sync-level>"
        "<D:prop><D:getetag/></D:prop>"
        "</D:sync-collection>"
    )
    root = _request(client, url, "REPORT", body, depth="0")
    page = SyncPage(token=(root.findtext(_tag(DAV, "sync-token")) or "").strip() or None)
    collection = path_of(url)
    for href, status, props in _responses(root):
        if path_of(href) == collection:
            if status == 507:
                page.truncated = True
            continue
        if status == 404:
            page.deleted.append(href)
        elif (etag := _text(props, DAV, "getetag")) is not None:
            page.changed[href] = etag
    return page


def collection_tags(client: Any, url: str) -> tuple[str | None, str | None]:
    """(ctag, sync-token) of a calendar from one Depth 0 PROPFIND."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<D:propfind xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/">'
        "<D:prop><CS:getctag/><D:sync-token/></D:prop></D:propfind>"
    )
    root = _request(client, url, "PROPFIND", body, depth="0")
    for _href, _status, props in _responses(root):
        return _text(props, CS, "getctag"), _text(props, DAV, "sync-token")
    return None, None


def list_etags(client: Any, url: str) -> dict[str, str]:
    """href -> etag of every object in the calendar (Depth 1 PROPFIND)."""
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<D:propfind xmlns:D="DAV:"><D:prop><D:getetag/><D:resourcetype/></D:prop></D:propfind>'
    )
    root = _request(client, url, "PROPFIND", body, depth="1")
    collection = path_of(url)
    return {
        href: etag
        for href, _status, props in _responses(root)
        if path_of(href) != collection and (etag := _text(props, DAV, "getetag")) is not None
    }


def multiget(client: Any, url: str, hrefs: list[str]) -> dict[str, tuple[str, str]]:
    """href -> (etag, iCalendar text) for the given objects, in batches."""
    found: dict[str, tuple[str, str]] = {}
    for at in range(0, len(hrefs), MULTIGET_BATCH):
        batch = hrefs[at : at + MULTIGET_BATCH]
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<C:calendar-multiget xmlns:D="DAV:" xmlns:C="{CALDAV}">'
            "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
            + "".join(f"<D:href>{escape(href)}</D:href>" for href in batch)
            + "</C:calendar-multiget>"
        )
        root = _request(client, url, "REPORT", body, depth="1")
        for href, _status, props in _responses(root):
            data = _text(props, CALDAV, "calendar-data")
            if data:
                found[href] = (_text(props, DAV, "getetag") or "", data)
    return found
