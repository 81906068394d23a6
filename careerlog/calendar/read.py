"""Read iCalendar text the way real tools write it, into calendars ready to expand.

* A UTF-8 byte order mark (Windows tools write one) is not part of the first line.
* A file may hold several VCALENDARs one after another (concatenated exports).
* Time zones are resolved per calendar object. icalendar caches every VTIMEZONE
  it parses under its TZID for the whole process, first definition wins, so two
  Outlook calendars that each define "Customized Time Zone" differently would
  otherwise be read with whichever was parsed first, and the long-running
  service and ``run --once`` could disagree. Every datetime with a TZID is
  re-attached to the zone its own calendar defines, else to the zone the
  provider (tzdata, Windows names) knows by that name, else left floating
  (read as local time with a warning) — never to another calendar's definition.
* An event without a UID gets one derived from its start, summary and
  organizer, so a re-sync neither merges nor duplicates such events.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, tzinfo
from typing import Any

import icalendar
import x_wr_timezone
from icalendar.cal.timezone import Timezone
from icalendar.timezone.tzp import TZP

# A provider proxy that is never handed a VTIMEZONE: it knows tzdata and Windows names only.
_PROVIDER = TZP()
_BOM_AT_LINE_START = re.compile("(^|\n)\ufeff")
SYNTHETIC_UID_PREFIX = "careerlog-content-"


def read_calendars(text: str | bytes) -> list[icalendar.Component]:
    """Every top-level component in ``text`` (VCALENDARs, and the odd custom component
    some tools wrap events in); raises when the text is not iCalendar at all."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = _BOM_AT_LINE_START.sub(r"\1", text)
    components = icalendar.Calendar.from_ical(text, multiple=True)
    if not components:
        raise ValueError("no iCalendar component in it")
    out = []
    for component in components:
        _own_time_zones(component)
        _give_uids(component)
        if isinstance(component, icalendar.Calendar):
            component = x_wr_timezone.to_standard(component)
        out.append(component)
    return out


def _own_time_zones(calendar: icalendar.Component) -> None:
    defined: dict[str, tzinfo | None] = {}
    for vtimezone in calendar.walk("VTIMEZONE"):
        tzid = str(vtimezone.get("TZID") or "")
        if tzid and _PROVIDER.timezone(tzid) is None and isinstance(vtimezone, Timezone):
            defined[tzid] = vtimezone.to_tz(_PROVIDER, lookup_tzid=False)
    resolved: dict[str, tzinfo | None] = {}

    def zone(tzid: str) -> tzinfo | None:
        if tzid not in resolved:
            resolved[tzid] = defined[tzid] if tzid in defined else _PROVIDER.timezone(tzid)
        return resolved[tzid]

    for component in calendar.walk():
        if component.name in ("VTIMEZONE", "STANDARD", "DAYLIGHT"):
            continue
        for value in component.values():
            for prop in value if isinstance(value, list) else [value]:
                used = getattr(prop, "params", {}).get("TZID")
                if used:
                    _reattach(prop, zone(str(used)))


def _reattach(prop: Any, zone: tzinfo | None) -> None:
    """Give a parsed date-time (or each in a list) the wall time it had, in ``zone``."""
    for item in getattr(prop, "dts", None) or [prop]:
        value = getattr(item, "dt", None)
        if isinstance(value, datetime) and value.tzinfo is not zone:
            item.dt = value.replace(tzinfo=zone)
        elif isinstance(value, tuple):  # a PERIOD: (start, end or duration)
            item.dt = tuple(v.replace(tzinfo=zone) if isinstance(v, datetime) else v for v in value)


def _give_uids(calendar: icalendar.Component) -> None:
    """UID-less events get a UID from their content (exact copies share it, and are
    stored once, as the same UID twice is)."""
    for event in calendar.walk("VEVENT"):
        if not str(event.get("UID") or "").strip():
            event["UID"] = content_uid(event)


def content_uid(component: icalendar.Component) -> str:
    """A stable identity for an event that has no UID: its start, summary and organizer."""
    parts = []
    for name in ("DTSTART", "SUMMARY", "ORGANIZER"):
        prop = component.get(name)
        if prop is None:
            parts.append("")
            continue
        tzid = getattr(prop, "params", {}).get("TZID") or ""
        raw = prop.to_ical()
        parts.append(f"{tzid}|{raw.decode() if isinstance(raw, bytes) else raw}")
    digest = hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]
    return SYNTHETIC_UID_PREFIX + digest


def unreadable(text: str | bytes) -> str | None:
    """Why no event can be read from non-empty ``text`` (for ``doctor``), or None."""
    if not text.strip():
        return None
    try:
        calendars = read_calendars(text)
    except Exception as exc:
        return f"not readable as iCalendar ({exc})"
    events = [event for calendar in calendars for event in calendar.walk("VEVENT")]
    if events and not any("DTSTART" in event for event in events):
        if len(events) == 1:
            return "its one event has no start (DTSTART)"
        return f"none of its {len(events)} events has a start (DTSTART)"
    return None
