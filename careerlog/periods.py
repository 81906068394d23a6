"""Periods: the week, month or quarter a cadence prompt (or a digest) is about.

Every calculation happens in the user's time zone, so a Friday-evening prompt in
Los Angeles belongs to that Friday's ISO week even though it is Saturday in UTC.

Two notions matter and are kept apart:

* the **window** is the calendar period (ISO week, month, quarter) in which a prompt
  fires; a prompt missed during downtime is caught up only while its window lasts;
* the **period** is what the prompt asks about, and its key (``2026-W45``, ``2026-11``,
  ``2026-Q4``) is the exactly-once key stored in ``prompts``. A prompt that fires in
  the *lead-in* of its window (the first 2 days of a week, 7 days of a month, 31 days of
  a quarter) reviews the period that just ended: the default quarterly prompt on the
  first Monday of January reviews Q4 of the previous year, as the sample replies show.
  A prompt firing later in its window asks about that window itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

CADENCES = ("weekly", "monthly", "quarterly")
#: bigger cadence first: when two are due the same day, it is queued (and arrives) first
PRIORITY = ("quarterly", "monthly", "weekly")
LEAD_IN = {"weekly": timedelta(days=2), "monthly": timedelta(days=7), "quarterly": timedelta(31)}
_MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July")
_MONTHS += ("August", "September", "October", "November", "December")


@dataclass(frozen=True)
class Period:
    """One calendar period; ``start`` and ``end`` are local dates, ``end`` exclusive."""

    kind: str
    start: date
    end: date

    @property
    def key(self) -> str:
        if self.kind == "weekly":
            year, week, _ = self.start.isocalendar()
            return f"{year}-W{week:02d}"
        if self.kind == "monthly":
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"

    @property
    def label(self) -> str:
        """How the prompt names the period: 'Nov 2–6', 'November 2026', 'Q4 2026'."""
        if self.kind == "weekly":
            friday = self.start + timedelta(days=4)
            first = f"{self.start:%b} {self.start.day}"
            last = (
                str(friday.day) if friday.month == self.start.month else f"{friday:%b} {friday.day}"
            )
            return f"{first}–{last}"
        if self.kind == "monthly":
            return f"{_MONTHS[self.start.month - 1]} {self.start.year}"
        return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"

    def starts_at(self, tz: tzinfo) -> datetime:
        return local_midnight(self.start, tz)

    def ends_at(self, tz: tzinfo) -> datetime:
        return local_midnight(self.end, tz)

    def previous(self) -> Period:
        return period_containing(self.kind, self.start - timedelta(days=1))


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The first instant of ``day`` in ``tz`` (zoneinfo resolves DST gaps for us)."""
    return datetime.combine(day, time(0), tzinfo=tz)


def period_containing(kind: str, day: date) -> Period:
    if kind == "weekly":
        start = day - timedelta(days=day.weekday())
        return Period(kind, start, start + timedelta(days=7))
    if kind == "monthly":
        start = day.replace(day=1)
        return Period(kind, start, _add_months(start, 1))
    if kind == "quarterly":
        start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        return Period(kind, start, _add_months(start, 3))
    raise ValueError(f"unknown cadence {kind!r}")


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def window_of(kind: str, moment: datetime, tz: tzinfo) -> Period:
    """The calendar period ``moment`` falls in, in the user's time zone."""
    return period_containing(kind, moment.astimezone(tz).date())


def reviewed_period(kind: str, fire_time: datetime, tz: tzinfo) -> Period:
    """What a prompt firing at ``fire_time`` asks about (see the module docstring)."""
    window = window_of(kind, fire_time, tz)
    if fire_time.astimezone(tz) < window.starts_at(tz) + LEAD_IN[kind]:
        return window.previous()
    return window


def period_from_key(kind: str, key: str) -> Period:
    """Inverse of :attr:`Period.key` (a ``+N`` suffix of a forced resend is ignored)."""
    base = key.split("+", 1)[0]
    if kind == "weekly":
        year, week = base.split("-W")
        return period_containing(kind, date.fromisocalendar(int(year), int(week), 1))
    if kind == "monthly":
        year, month = base.split("-")
        return period_containing(kind, date(int(year), int(month), 1))
    year, quarter = base.split("-Q")
    return period_containing(kind, date(int(year), (int(quarter) - 1) * 3 + 1, 1))
