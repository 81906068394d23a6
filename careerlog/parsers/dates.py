"""When something happened, read relative to the message's Date header.

"yesterday", "on Tuesday", "Tuesday's incident", "last week", "Oct 3", "3 October",
"2026-10-03" → a date. Phrases that point forward ("by Nov 20", "next week", "due …") are
not when something happened and are skipped. No date stated → ``None``.

A date that is written as one but cannot be one ("Feb 30", "2026-13-02") is *unreadable*:
the entry keeps its default date (the end of the period the prompt asked about) and the
user is told which words were not read. A real day still to come ("moving teams on July
13") is a plan, not when something happened, and is passed over like "by Nov 20".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from careerlog.parsers.patterns import reads_alike_lowered

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip


def _month(group: str) -> str:
    return rf"(?P<{group}>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"


# Each form starts at a word boundary with a digit or one of these letters: checking that
# once spares trying all five forms at every position.
_PATTERN = re.compile(
    r"\b(?=[\djfmasondytlew])(?:"
    r"(?P<iso>\d{4}-\d{2}-\d{2})\b"
    rf"|{_month('m1')}\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"
    rf"|(?P<dm>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_month('m2')}"
    r"|(?P<rel>yesterday|today|this morning|last night|last week|earlier this week)\b"
    r"|(?P<last>last\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)
# The same, read in lowered text where that finds the same (``reads_alike_lowered``): its
# case-blind alternations cost twice as much at every word.
_PATTERN_LOWERED = re.compile(_PATTERN.pattern)
_FORWARD = re.compile(
    r"\b(?:by|until|till|before|due|next|from|starting|starts?|will|once|going to|"
    r"plan(?:ned)? (?:for|on)|scheduled (?:for|on))\b[^.;!?]{0,25}$",
    re.IGNORECASE,
)
# Every form holds a digit or one of these pieces of its words, in lowered text ("day" of
# "yesterday" and the weekdays, "week", "ght" of "last night", "morn"): a text with neither
# is spared the case-blind search. No other letter matches these ones case-blind.
_DIGIT = re.compile(r"\d")
_WORD_PIECES = ("day", "week", "ght", "morn")
# A figure is a date only in an ISO date ("2026-10-03") or next to a month: a text with
# figures but neither is spared the search too (most are metrics: "cut p99 by 340ms").
# Lowered text with "ſ" is searched: case-blind, "ſep 3" is "Sep 3" ("ſ" is an "s").
_ISO_PIECE = re.compile(r"\d-\d")
_MONTH_PIECE = re.compile("|".join(_MONTHS))
# A month and day this far ahead of the message is a plan, not last year's event.
_FUTURE_WINDOW = timedelta(days=183)


class _Unreadable(ValueError):
    """Words shaped like a date that name no day: 30 February, month 13."""


def _month_day(month: int, day: int, ref: date) -> date | None:
    try:
        date(2024, month, day)  # a leap year: is this a day in any year?
    except ValueError:  # 30 February, 31 November
        raise _Unreadable from None
    try:
        candidate = date(ref.year, month, day)
        if candidate <= ref + timedelta(days=1):
            return candidate
        if candidate - ref <= _FUTURE_WINDOW:
            return None
        return date(ref.year - 1, month, day)
    except ValueError:  # 29 February in a year without one
        return None


def _name(word: str) -> str:
    """A month or day name as the tables write it. The patterns match case-blind, so "ſep"
    and "Wedneſday" match too: NFKC and casefold make them "sep" and "wednesday"; a name
    still not in a table ("Frİday") is a date that could not be read."""
    return unicodedata.normalize("NFKC", word).casefold()


def _month_number(word: str) -> int:
    if (month := _MONTHS.get(_name(word)[:3])) is None:
        raise _Unreadable
    return month


def _weekday_index(word: str) -> int:
    if (day := _name(word)) not in _DAYS:
        raise _Unreadable
    return _DAYS.index(day)


def _resolve(m: re.Match[str], ref: date) -> date | None:
    if iso := m.group("iso"):
        try:
            return date.fromisoformat(iso)
        except ValueError:
            raise _Unreadable from None
    if m.group("md"):
        return _month_day(_month_number(m.group("m1")), int(m.group("md")), ref)
    if m.group("dm"):
        return _month_day(_month_number(m.group("m2")), int(m.group("dm")), ref)
    if rel := m.group("rel"):
        rel = rel.lower()
        if rel in ("today", "this morning", "earlier this week"):
            return ref
        return ref - timedelta(days=7 if rel == "last week" else 1)
    day = m.group("day")
    if day:
        weekday = _weekday_index(day)
        back = (ref.weekday() - weekday) % 7
        if m.group("last"):
            back += 7 if back == 0 or ref.weekday() >= weekday else 0
        return ref - timedelta(days=back)
    return None


@dataclass(frozen=True)
class DateReading:
    """The first past date a text states, or the words of a date that could not be read."""

    day: date | None = None
    unreadable: str | None = None


def _may_hold_date(text: str) -> bool:
    """Can ``_PATTERN`` match in ``text``? A cheap look: see the comments above ``_DIGIT``."""
    low = text.lower()
    if any(piece in low for piece in _WORD_PIECES):
        return True
    return bool(_DIGIT.search(text)) and (
        "ſ" in low or bool(_MONTH_PIECE.search(low)) or bool(_ISO_PIECE.search(text))
    )


def read_date(text: str, message_date: datetime | None) -> DateReading:
    """The first date the text states about the past (see the module docstring)."""
    if message_date is None:
        return DateReading()
    if not _may_hold_date(text):
        return DateReading()
    ref = message_date.date()
    unreadable: str | None = None
    low = text.lower()
    lowered = reads_alike_lowered(text, low)
    for m in _PATTERN_LOWERED.finditer(low) if lowered else _PATTERN.finditer(text):
        if _FORWARD.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        try:
            found = _resolve(m, ref)  # it lowers or casefolds what it reads
        except _Unreadable:
            unreadable = unreadable or text[m.start() : m.end()]  # as written
            continue
        if found is not None and found <= ref + timedelta(days=1):
            return DateReading(found)
    return DateReading(unreadable=unreadable)


def occurred_on(text: str, message_date: datetime | None) -> date | None:
    """The first past date the text states, or ``None``."""
    return read_date(text, message_date).day


_PERIOD_KEY = re.compile(
    r"\b(?P<year>\d{4})-(?:W(?P<week>\d{1,2})|Q(?P<quarter>[1-4])|(?P<month>\d{2}))\b"
    r"|\bQ(?P<q2>[1-4]) (?P<y2>\d{4})\b"
)
_OCCURRENCE = re.compile(r"#(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)$")


def _first_of_month(year: int, month: int) -> date:
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def period_last_day(key: str, tz: tzinfo | None = None) -> date | None:
    """The last day of the period a prompt asked about, from its key or subject tag.

    ``2026-W45`` → that ISO week's Sunday, ``2026-11`` → 30 November, ``2026-Q4`` or
    "Q4 2026" → 31 December; a brief's occurrence key (``uid#2026-12-01T16:00:00+00:00``)
    → the day of that meeting in ``tz``. Anything else → ``None``.
    """
    if occurrence := _OCCURRENCE.search(key):
        try:
            moment = datetime.fromisoformat(occurrence.group(1))
        except ValueError:
            return None
        return (moment.astimezone(tz) if tz and moment.tzinfo else moment).date()
    m = _PERIOD_KEY.search(key)
    if m is None:
        return None
    try:
        if m.group("week"):
            week = int(m.group("week"))
            return date.fromisocalendar(int(m.group("year")), week, 7)
        if m.group("month"):
            year, month = int(m.group("year")), int(m.group("month"))
            if not 1 <= month <= 12:
                return None
            return _first_of_month(year, month + 1) - timedelta(days=1)
        quarter = int(m.group("quarter") or m.group("q2"))
        year = int(m.group("year") or m.group("y2"))
        return _first_of_month(year, quarter * 3 + 1) - timedelta(days=1)
    except ValueError:  # week 54, month 13
        return None
