"""When something happened, read relative to the message's Date header.

"yesterday", "on Tuesday", "Tuesday's incident", "last week", "Oct 3", "3 October",
"2026-10-03" → a date. Phrases that point forward ("by Nov 20", "next week", "due …") are
not when something happened and are skipped. No date stated → ``None``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


def _month(group: str) -> str:
    return rf"(?P<{group}>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"


_PATTERN = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    rf"|\b{_month('m1')}\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"
    rf"|\b(?P<dm>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_month('m2')}"
    r"|\b(?P<rel>yesterday|today|this morning|last night|last week|earlier this week)\b"
    r"|\b(?P<last>last\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_FORWARD = re.compile(
    r"\b(?:by|until|till|before|due|next|from|starting|starts?|will|once|going to|"
    r"plan(?:ned)? (?:for|on)|scheduled (?:for|on))\b[^.;!?]{0,25}$",
    re.IGNORECASE,
)
# A month and day this far ahead of the message is a plan, not last year's event.
_FUTURE_WINDOW = timedelta(days=183)


def _month_day(month: int, day: int, ref: date) -> date | None:
    try:
        candidate = date(ref.year, month, day)
        if candidate <= ref + timedelta(days=1):
            return candidate
        if candidate - ref <= _FUTURE_WINDOW:
            return None
        return date(ref.year - 1, month, day)
    except ValueError:  # 30 February, or 29 February last year
        return None


def _resolve(m: re.Match[str], ref: date) -> date | None:
    if iso := m.group("iso"):
        try:
            return date.fromisoformat(iso)
        except ValueError:
            return None
    if m.group("md"):
        return _month_day(_MONTHS[m.group("m1").lower()[:3]], int(m.group("md")), ref)
    if m.group("dm"):
        return _month_day(_MONTHS[m.group("m2").lower()[:3]], int(m.group("dm")), ref)
    if rel := m.group("rel"):
        rel = rel.lower()
        if rel in ("today", "this morning", "earlier this week"):
            return ref
        return ref - timedelta(days=7 if rel == "last week" else 1)
    day = m.group("day")
    if day:
        back = (ref.weekday() - _DAYS.index(day.lower())) % 7
        if m.group("last"):
            back += 7 if back == 0 or ref.weekday() >= _DAYS.index(day.lower()) else 0
        return ref - timedelta(days=back)
    return None


def occurred_on(text: str, message_date: datetime | None) -> date | None:
    """The first past date the text states, or ``None``."""
    if message_date is None:
        return None
    ref = message_date.date()
    for m in _PATTERN.finditer(text):
        if _FORWARD.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        found = _resolve(m, ref)
        if found is not None and found <= ref + timedelta(days=1):
            return found
    return None
