"""Which meetings are 1:1s, and with whom.

A 1:1 is a meeting of exactly the user and one other person (rooms and FYI
copies don't count), or one whose title says so: "1:1", "1-1", "1on1",
"one-on-one", or two names joined by "/" or "<>" ("Alex / Pat", "Sam <> Pat").
A titled meeting with more than one other participant is not a 1:1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog.calendar.expand import Occurrence
from careerlog.store.calendar_events import attended_between

DEFAULT_TITLE_PATTERNS: tuple[str, ...] = (
    r"(?<![\d:\-])1\s*[:\-]\s*1(?![\d:])",  # 1:1, 1-1, 1 : 1 (not 11:15 or 2021-1-1)
    r"\b1\s*on\s*1\b",
    r"\bone[\s\-]*on[\s\-]*one\b",
)
_PAIR = re.compile(r"^\s*(?P<a>[^/<>]+?)\s*(?:/|<>|<->)\s*(?P<b>[^/<>]+?)\s*$")
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.\-]*$")
_FILLER = re.compile(
    r"\b(with|w/|and|weekly|biweekly|monthly|sync|catch[\s-]?up|chat)\b|[:\-–—|()]", re.I
)


@dataclass(frozen=True)
class Counterpart:
    """The other person of a 1:1: an address when the invite had one, else a name."""

    email: str
    name: str
    from_title: bool = False


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words)


def _is_me(name: str, user_names: Sequence[str]) -> bool:
    lowered = name.lower()
    return any(lowered == n.lower() or lowered == n.split()[0].lower() for n in user_names if n)


def _name_from_title(
    summary: str, user_names: Sequence[str], patterns: Sequence[str]
) -> tuple[bool, str]:
    """(title says 1:1, the other person's name or "")."""
    pair = _PAIR.match(summary)
    if pair and _looks_like_name(pair["a"]) and _looks_like_name(pair["b"]):
        a, b = pair["a"], pair["b"]
        return True, b if _is_me(a, user_names) else a
    for pattern in patterns:
        if re.search(pattern, summary, re.I):
            rest = re.sub(pattern, " ", summary, flags=re.I)
            rest = " ".join(_FILLER.sub(" ", rest).split())
            name = rest if _looks_like_name(rest) and not _is_me(rest, user_names) else ""
            return True, name
    return False, ""


def one_on_one_counterpart(
    occurrence: Occurrence,
    addresses: Iterable[str],
    user_names: Sequence[str] = (),
    patterns: Sequence[str] = DEFAULT_TITLE_PATTERNS,
) -> Counterpart | None:
    """The other person if ``occurrence`` is a 1:1, else None."""
    mine = {a.lower() for a in addresses}
    people = occurrence.people()
    others = [p for p in people if p.email not in mine]
    if len(others) == 1 and len(people) <= 2:
        return Counterpart(others[0].email, others[0].name)
    titled, name = _name_from_title(occurrence.summary, user_names, patterns)
    if not titled or len(others) > 1:
        return None
    if others:
        return Counterpart(others[0].email, others[0].name)
    return Counterpart("", name, from_title=True) if name else None


@dataclass(frozen=True)
class UpcomingOneOnOne:
    """One upcoming 1:1 occurrence. ``key`` is stable per occurrence (uid + original
    start), even when the meeting is moved, so a brief can be sent exactly once."""

    key: str
    start: datetime
    end: datetime
    summary: str
    person_id: int | None
    person_name: str
    email: str
    event_id: int
    source: str


def upcoming_one_on_ones(
    db: Database, now: datetime, horizon: timedelta = timedelta(days=1)
) -> list[UpcomingOneOnOne]:
    """1:1s starting in [now, now + horizon) that are neither cancelled nor declined."""
    from careerlog.calendar.meetings import PersonIndex

    rows = attended_between(db, now, now + horizon, one_on_one=True)
    index = PersonIndex.load(db)
    found: dict[str, UpcomingOneOnOne] = {}
    for row in rows:
        other = counterpart_of_row(row)
        if other is None:
            continue
        key = f"{row['uid']}#{row['recurrence_id']}" if row["recurrence_id"] else row["uid"]
        person = index.match(other.get("email", ""), other.get("name", ""))
        found.setdefault(  # the same meeting seen through two sources is one occurrence
            key,
            UpcomingOneOnOne(
                key=key,
                start=datetime.fromisoformat(row["starts_at"]),
                end=datetime.fromisoformat(row["ends_at"]),
                summary=row["summary"] or "",
                person_id=person[0] if person else None,
                person_name=(person[1] if person else "") or other.get("name") or other["email"],
                email=other.get("email", ""),
                event_id=row["id"],
                source=row["source"],
            ),
        )
    return list(found.values())


def counterpart_of_row(row: dict[str, Any]) -> dict[str, Any] | None:
    """The attendee entry flagged as the 1:1 counterpart in a calendar_events row."""
    for entry in json.loads(row.get("attendees") or "[]"):
        if entry.get("counterpart"):
            return dict(entry)
    return None
