"""Date windows in the user's time zone, and the entries that fall inside one.

An entry's day is ``occurred_on`` when the reply named one, else the *local* date of
``created_at`` (stored in UTC). ``list_entries`` filters on the UTC date, which would put
an entry logged on 30 September at 22:00 in Los Angeles into October; so entries are
fetched with a day of margin and filtered again on their local day here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.periods import Period, local_midnight, period_from_key, reviewed_period
from careerlog.store.entries import list_entries

_QUARTER_KEY = re.compile(r"^(\d{4})-Q([1-4])$", re.I)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Window:
    """Local days ``start`` .. ``end`` (exclusive) in ``tz``."""

    start: date
    end: date
    tz: tzinfo

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def starts_at(self) -> datetime:
        return local_midnight(self.start, self.tz)

    @property
    def ends_at(self) -> datetime:
        return local_midnight(self.end, self.tz)

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def label(self) -> str:
        """'1 Jul – 30 Sep 2026' (the year once when both ends share it)."""
        first, last = self.start, self.last_day
        tail = f"{last.day} {_MONTHS[last.month - 1]} {last.year}"
        if first.year == last.year:
            return f"{first.day} {_MONTHS[first.month - 1]} – {tail}"
        return f"{first.day} {_MONTHS[first.month - 1]} {first.year} – {tail}"

    def contains_instant(self, value: str | None) -> bool:
        if not value:
            return False
        return self.starts_at <= _aware(value) < self.ends_at


def _aware(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # *_at columns are UTC


def parse_quarter(key: str) -> Period:
    """``2026-Q3`` → that quarter; anything else is a :class:`UserError`."""
    match = _QUARTER_KEY.match(key.strip())
    if not match:
        raise UserError(f"quarter {key!r} is not like 2026-Q3 (year, dash, Q1 to Q4)")
    return period_from_key("quarterly", f"{match.group(1)}-Q{match.group(2)}")


def quarter_for(now: datetime, tz: tzinfo, key: str | None = None) -> Period:
    """The quarter named by ``key``, else the one a quarterly mail sent ``now`` reviews.

    Early in a quarter (its first month's lead-in) that is the quarter just ended, as for
    the quarterly prompt; later it is the quarter so far.
    """
    return parse_quarter(key) if key else reviewed_period("quarterly", now, tz)


def quarter_window(period: Period, tz: tzinfo) -> Window:
    return Window(period.start, period.end, tz)


def entry_day(entry: dict[str, Any], tz: tzinfo) -> date:
    """The local day an entry is about (see the module docstring)."""
    if entry.get("occurred_on"):
        return date.fromisoformat(str(entry["occurred_on"])[:10])
    return _aware(str(entry["created_at"])).astimezone(tz).date()


def entries_in(db: Database, window: Window, kind: str | None = None) -> list[dict[str, Any]]:
    """Entries of ``kind`` whose local day is in ``window``, newest first, each with ``day``."""
    rows = list_entries(
        db, kind=kind, since=window.start - timedelta(days=1), until=window.end + timedelta(days=1)
    )
    found = []
    for row in rows:
        day = entry_day(row, window.tz)
        if window.start <= day < window.end:
            row["day"] = day
            found.append(row)
    found.sort(key=lambda r: (r["day"], r["id"]), reverse=True)
    return found


def months_of(window: Window) -> list[tuple[date, date]]:
    """(first day, first day of next month) for every month the window touches."""
    months = []
    cursor = window.start.replace(day=1)
    while cursor < window.end:
        following = (cursor.replace(day=28) + timedelta(days=4)).replace(day=1)
        months.append((max(cursor, window.start), min(following, window.end)))
        cursor = following
    return months


def month_label(day: date) -> str:
    return f"{_MONTHS[day.month - 1]} {day.year}"
