"""Turn stored iCalendar objects into concrete occurrences inside a time window.

Real calendars are messy, and some are hostile. The rules here:

* every UID is expanded on its own, so one broken series (no DTSTART, a bad
  RRULE, a recursive RECURRENCE-ID) is skipped with a warning while the rest of
  the calendar still counts;
* work is bounded before it starts: a rule whose expansion would need more than
  ``Limits.rule_iterations`` steps (``FREQ=SECONDLY`` without end, or
  ``BYHOUR``×``BYMINUTE``×``BYSECOND`` bombs) is skipped, at most
  ``Limits.occurrences_per_series`` occurrences are kept per series, and an
  event's attendee list is cut to ``Limits.attendees`` before expansion (so a
  10,000-attendee series is not copied 10,000 times per occurrence);
* times become aware UTC instants: floating times and all-day dates are read in
  the user's time zone, Outlook's Windows zone names are mapped by icalendar,
  X-WR-TIMEZONE (Google exports) is honoured, an unknown TZID is read as local
  time with a warning (reading the text itself, BOMs, concatenated VCALENDARs,
  per-calendar time zones and UID-less events: ``read``).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from careerlog.calendar.read import read_calendars
from careerlog.config.model import CalendarConfig

log = logging.getLogger(__name__)

_FREQ_SECONDS = {
    "SECONDLY": 1,
    "MINUTELY": 60,
    "HOURLY": 3600,
    "DAILY": 86400,
    "WEEKLY": 7 * 86400,
    "MONTHLY": 31 * 86400,
    "YEARLY": 366 * 86400,
}
_SUB_DAILY = {"SECONDLY", "MINUTELY", "HOURLY"}
# The most values each BY* part can multiply a period into (an upper bound is enough).
_BY_PARTS = ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")
COUNT_PARAM = "X-CAREERLOG-ATTENDEE-COUNT"


@dataclass(frozen=True)
class Limits:
    """Bounds that keep a hostile calendar from hanging a sync."""

    rule_iterations: int = 50_000
    occurrences_per_series: int = 1_000
    attendees: int = 100


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Attendee:
    email: str  # lower-cased, without mailto:
    name: str
    partstat: str = "NEEDS-ACTION"
    role: str = "REQ-PARTICIPANT"
    cutype: str = "INDIVIDUAL"

    @property
    def participates(self) -> bool:
        """Rooms, resources and non-participants (FYI copies) don't count as people met."""
        return self.cutype not in ("ROOM", "RESOURCE") and self.role != "NON-PARTICIPANT"

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "partstat": self.partstat}


@dataclass(frozen=True)
class Occurrence:
    """One concrete meeting. ``recurrence_id`` is "" for a one-off event, else the
    occurrence's original start in UTC, so a moved occurrence keeps its identity."""

    uid: str
    recurrence_id: str
    start: datetime
    end: datetime
    all_day: bool
    summary: str
    status: str
    organizer: Attendee | None
    attendees: tuple[Attendee, ...]
    attendee_count: int

    @property
    def key(self) -> str:
        """Stable per occurrence across syncs and moves: uid + original start."""
        return f"{self.uid}#{self.recurrence_id}" if self.recurrence_id else self.uid

    @property
    def cancelled(self) -> bool:
        return self.status == "CANCELLED"

    def people(self) -> list[Attendee]:
        """Organizer and participating attendees, one entry per address."""
        seen: dict[str, Attendee] = {}
        for person in (*self.attendees, *([self.organizer] if self.organizer else [])):
            if person.participates and person.email and person.email not in seen:
                seen[person.email] = person
        return list(seen.values())

    def partstat_of(self, addresses: Iterable[str]) -> str:
        """The user's answer: ACCEPTED, DECLINED, …; "ORGANIZER"; or "" if not invited."""
        mine = set(addresses)
        for person in self.attendees:
            if person.email in mine:
                return person.partstat
        if self.organizer and self.organizer.email in mine:
            return "ORGANIZER"
        return ""


@dataclass
class Expansion:
    """Occurrences found, and how much of the input could be read at all."""

    occurrences: list[Occurrence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    calendars: int = 0  # VCALENDARs read
    unreadable: int = 0  # non-empty objects that are not iCalendar
    series: int = 0  # events (series) read, inside the window or not
    skipped: int = 0  # events skipped as broken or too costly

    @property
    def read_nothing(self) -> bool:
        """Non-empty input of which nothing could be read: not a success."""
        if self.calendars == 0:
            return self.unreadable > 0
        return self.series == 0 and self.skipped > 0

    def warn(self, message: str) -> None:
        log.warning("%s", message)
        self.warnings.append(message)


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _address(value: Any) -> str:
    text = _text(value)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


def _person(prop: Any) -> Attendee:
    params = getattr(prop, "params", {}) or {}
    return Attendee(
        email=_address(prop),
        name=_text(params.get("CN")).strip('"'),
        partstat=_text(params.get("PARTSTAT")).upper() or "NEEDS-ACTION",
        role=_text(params.get("ROLE")).upper() or "REQ-PARTICIPANT",
        cutype=_text(params.get("CUTYPE")).upper() or "INDIVIDUAL",
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _instant(value: date | datetime, tz: ZoneInfo) -> datetime:
    """Aware UTC instant; dates are local midnight, floating times are local time."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(0), tz)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def _rule_cost(rule: Any, start: date | datetime, window_end: datetime) -> float:
    """An upper bound on the steps dateutil takes to expand ``rule`` up to the window end.

    dateutil walks every period from DTSTART, matching or not, so the cost is the
    number of periods times what the BY* parts multiply each period into.
    """
    freq = _text((rule.get("FREQ") or [""])[0]).upper()
    if freq not in _FREQ_SECONDS:
        return 0.0  # recurring-ical-events rejects it; the series is skipped as broken
    interval = max(1, int((rule.get("INTERVAL") or [1])[0]))
    begin = _instant(start, ZoneInfo("UTC"))
    seconds = max(0.0, (window_end - begin).total_seconds())
    periods = seconds / (_FREQ_SECONDS[freq] * interval) + 1
    count = rule.get("COUNT")
    if count and freq not in _SUB_DAILY:
        periods = min(periods, float(count[0]))
    per_period = math.prod(max(1, len(rule.get(part) or [])) for part in _BY_PARTS)
    return periods * per_period


def _prepare(component: icalendar.Component, limits: Limits) -> None:
    """Cut the attendee list before expansion copies it into every occurrence."""
    attendees = _as_list(component.get("ATTENDEE"))
    if len(attendees) > limits.attendees:
        del component["ATTENDEE"]
        for attendee in attendees[: limits.attendees]:
            component.add("ATTENDEE", attendee)
        component[COUNT_PARAM] = str(len(attendees))


def _occurrence(
    component: icalendar.Component, tz: ZoneInfo, seen_ids: set[str], recurring: bool
) -> Occurrence:
    raw_start = component.decoded("DTSTART")
    raw_end = component.decoded("DTEND") if "DTEND" in component else None
    start = _instant(raw_start, tz)
    end = _instant(raw_end, tz) if raw_end is not None else start
    all_day = not isinstance(raw_start, datetime)
    if end < start:
        end = start
    recurrence_id = ""
    if recurring and "RECURRENCE-ID" in component:
        recurrence_id = _instant(component.decoded("RECURRENCE-ID"), tz).isoformat()
        if recurrence_id in seen_ids:
            # RANGE=THISANDFUTURE copies one RECURRENCE-ID onto later occurrences
            recurrence_id = start.isoformat()
    elif recurring:
        recurrence_id = start.isoformat()
    seen_ids.add(recurrence_id)
    attendees = tuple(_person(p) for p in _as_list(component.get("ATTENDEE")))
    organizer = _person(component["ORGANIZER"]) if "ORGANIZER" in component else None
    count = int(_text(component.get(COUNT_PARAM)) or len(attendees))
    return Occurrence(
        uid=_text(component.get("UID")),
        recurrence_id=recurrence_id,
        start=start,
        end=end,
        all_day=all_day,
        summary=_text(component.get("SUMMARY")),
        status=_text(component.get("STATUS")).upper() or "CONFIRMED",
        organizer=organizer,
        attendees=attendees,
        attendee_count=count,
    )


def _check_rules(
    components: list[icalendar.Component], window_end: datetime, limits: Limits
) -> str | None:
    """Why this series must not be expanded, or None."""
    for component in components:
        if "DTSTART" not in component:
            return "it has no DTSTART"
        start = component.decoded("DTSTART")
        for rule in _as_list(component.get("RRULE")):
            cost = _rule_cost(rule, start, window_end)
            if cost > limits.rule_iterations:
                freq = _text((rule.get("FREQ") or ["?"])[0])
                limit = limits.rule_iterations
                return f"its {freq} rule would need ~{cost:.0e} steps (limit {limit})"
    return None


def _unknown_tzids(components: list[icalendar.Component]) -> set[str]:
    unknown = set()
    for component in components:
        for name in ("DTSTART", "DTEND"):
            prop = component.get(name)
            tzid = prop.params.get("TZID") if prop is not None else None
            if tzid and isinstance(prop.dt, datetime) and prop.dt.tzinfo is None:
                unknown.add(str(tzid))
    return unknown


def expand_calendar(
    text: str | bytes,
    *,
    tz: ZoneInfo,
    start: datetime,
    end: datetime,
    limits: Limits = DEFAULT_LIMITS,
    label: str = "calendar",
    result: Expansion | None = None,
) -> Expansion:
    """Expand one VCALENDAR text into the occurrences that overlap [start, end)."""
    result = result if result is not None else Expansion()
    if not text.strip():
        return result
    try:
        calendars = read_calendars(text)
    except Exception as exc:  # a file that is not iCalendar at all
        result.warn(f"{label}: not a readable iCalendar object, skipped ({exc})")
        result.unreadable += 1
        return result
    for calendar in calendars:
        timezones = list(calendar.walk("VTIMEZONE"))
        by_uid: dict[str, list[icalendar.Component]] = {}
        for component in calendar.walk("VEVENT"):
            by_uid.setdefault(_text(component.get("UID")), []).append(component)
        for uid, components in by_uid.items():
            _expand_series(uid, components, timezones, tz, start, end, limits, label, result)
        result.calendars += 1
    return result


def _expand_series(
    uid: str,
    components: list[icalendar.Component],
    timezones: list[icalendar.Component],
    tz: ZoneInfo,
    start: datetime,
    end: datetime,
    limits: Limits,
    label: str,
    result: Expansion,
) -> None:
    name = f"{label}: event {uid or '(no UID)'}"
    try:
        problem = _check_rules(components, end, limits)
        if problem:
            result.warn(f"{name} skipped: {problem}")
            result.skipped += 1
            return
        for tzid in sorted(_unknown_tzids(components)):
            result.warn(f"{name}: unknown time zone {tzid!r}, read as local time ({tz.key})")
        series = icalendar.Calendar()
        for timezone in timezones:
            series.add_component(timezone)
        recurring = False
        for component in components:
            _prepare(component, limits)
            recurring = recurring or any(
                key in component for key in ("RRULE", "RDATE", "RECURRENCE-ID")
            )
            series.add_component(component)
        found = recurring_ical_events.of(series).between(start, end)
        found.sort(key=lambda c: _instant(c.decoded("DTSTART"), tz))
        if len(found) > limits.occurrences_per_series:
            result.warn(
                f"{name}: {len(found)} occurrences in the window, "
                f"kept the first {limits.occurrences_per_series}"
            )
            found = found[: limits.occurrences_per_series]
        seen: set[str] = set()
        result.occurrences.extend(_occurrence(c, tz, seen, recurring) for c in found)
        result.series += 1
    except Exception as exc:
        result.warn(f"{name} skipped: it could not be read ({type(exc).__name__}: {exc})")
        result.skipped += 1


def expand_objects(
    objects: Iterable[tuple[str, str]],
    *,
    tz: ZoneInfo,
    start: datetime,
    end: datetime,
    limits: Limits = DEFAULT_LIMITS,
    label: str = "calendar",
) -> Expansion:
    """Expand many stored objects ((href, ics) pairs) of one calendar."""
    result = Expansion()
    for href, text in objects:
        expand_calendar(
            text, tz=tz, start=start, end=end, limits=limits, label=f"{label} {href}", result=result
        )
    return result


def calendar_window(now: datetime, settings: CalendarConfig) -> tuple[datetime, datetime]:
    """The span kept in calendar_events: ``[calendar] days_back`` (long enough for "last
    met") before ``now`` to ``days_ahead`` after."""
    now = now.astimezone(UTC)
    return now - timedelta(days=settings.days_back), now + timedelta(days=settings.days_ahead)
