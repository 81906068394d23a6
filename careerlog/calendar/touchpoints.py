"""Relationship upkeep: who is fading, which meetings are natural touchpoints, and
whether anyone above skip-level has seen the user lately (the visibility gap)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlite_utils import Database

from careerlog.calendar.meetings import PersonIndex
from careerlog.store.calendar_events import attended_between
from careerlog.store.interactions import last_met, latest_with_relation
from careerlog.store.people import mention_dates, names_with_relation, people_without_status

DEFAULT_FADING_DAYS: Mapping[str, int] = {
    "manager": 14,
    "report": 14,
    "peer": 45,
    "skip-level": 60,
    "above-skip": 90,
    "external": 120,
}
UNKNOWN_RELATION_DAYS = 60
INACTIVE_STATUSES = ("archived", "inactive", "dormant", "gone")


@dataclass(frozen=True)
class Fading:
    person_id: int
    name: str
    relation: str | None
    last_met: datetime | None
    days_since: int | None  # None: never met since they were added
    threshold_days: int
    next_meeting: datetime | None  # an upcoming shared meeting that would fix it


@dataclass(frozen=True)
class Touchpoint:
    """An upcoming meeting shared with someone in the map."""

    person_id: int
    name: str
    start: datetime
    summary: str
    key: str
    one_on_one: bool


@dataclass(frozen=True)
class VisibilityGap:
    has_gap: bool
    days: int
    last_at: datetime | None
    last_with: str | None
    people: tuple[str, ...]  # who counts as above skip-level in the map


def upcoming_touchpoints(
    db: Database, now: datetime, horizon: timedelta = timedelta(days=14)
) -> list[Touchpoint]:
    """Meetings in [now, now + horizon) with people in the map (not cancelled/declined)."""
    index = PersonIndex.load(db)
    rows = attended_between(db, now, now + horizon)
    found: dict[tuple[str, int], Touchpoint] = {}
    for row in rows:
        key = f"{row['uid']}#{row['recurrence_id']}" if row["recurrence_id"] else row["uid"]
        for entry in json.loads(row["attendees"] or "[]"):
            if entry.get("me"):
                continue
            person = index.match(str(entry.get("email") or ""), str(entry.get("name") or ""))
            if person and (key, person[0]) not in found:
                found[(key, person[0])] = Touchpoint(
                    person_id=person[0],
                    name=person[1],
                    start=datetime.fromisoformat(row["starts_at"]),
                    summary=row["summary"] or "",
                    key=key,
                    one_on_one=bool(row["one_on_one"]),
                )
    return list(found.values())


def fading_relationships(
    db: Database,
    now: datetime,
    thresholds: Mapping[str, int] = DEFAULT_FADING_DAYS,
    *,
    default_days: int = UNKNOWN_RELATION_DAYS,
    horizon: timedelta = timedelta(days=14),
) -> list[Fading]:
    """People with no interaction for longer than their relation's threshold, most overdue first.

    Contact is a meeting or an entry that names the person (a coffee, a pairing session
    the user logged), up to ``now``. Someone never in contact counts from when they were
    added to the map. An upcoming shared meeting is reported alongside, as the natural
    moment to reconnect.
    """
    met = last_contact(db, now)
    upcoming: dict[int, datetime] = {}
    for touch in upcoming_touchpoints(db, now, horizon):
        upcoming.setdefault(touch.person_id, touch.start)
    found: list[tuple[int, Fading]] = []
    for row in people_without_status(db, INACTIVE_STATUSES):
        pid = int(str(row["id"]))
        relation = str(row["relation"]) if row["relation"] else None
        limit = thresholds.get(relation or "", default_days)
        last = met.get(pid)
        since = last or (
            datetime.fromisoformat(str(row["created_at"])) if row["created_at"] else None
        )
        if since is None or now - since <= timedelta(days=limit):
            continue
        overdue = (now - since).days - limit
        found.append(
            (
                overdue,
                Fading(
                    person_id=pid,
                    name=str(row["name"]),
                    relation=relation,
                    last_met=last,
                    days_since=(now - last).days if last else None,
                    threshold_days=limit,
                    next_meeting=upcoming.get(pid),
                ),
            )
        )
    return [fading for _overdue, fading in sorted(found, key=lambda pair: -pair[0])]


def last_contact(db: Database, now: datetime) -> dict[int, datetime]:
    """person_id -> the latest meeting or logged entry naming them, not after ``now``.

    An entry counts on the day it is about (``occurred_on``), else when it was logged;
    a day counts from its noon (UTC), close enough for thresholds counted in weeks.
    """
    found: dict[int, datetime] = {}

    def keep(person_id: int, moment: datetime) -> None:
        if moment <= now and (person_id not in found or moment > found[person_id]):
            found[person_id] = moment

    for person_id, at in last_met(db, until=now).items():
        keep(person_id, _instant(at))
    for row in mention_dates(db):
        day = row["occurred_on"]
        moment = (
            datetime.combine(date.fromisoformat(str(day)[:10]), time(12), tzinfo=UTC)
            if day
            else _instant(str(row["created_at"]))
        )
        keep(int(row["person_id"]), moment)
    return found


def _instant(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def visibility_gap(
    db: Database,
    now: datetime,
    days: int = 90,
    relations: Sequence[str] = ("above-skip",),
) -> VisibilityGap:
    """Has anyone whose relation is in ``relations`` met the user in the last ``days``?"""
    people = names_with_relation(db, relations)
    latest = latest_with_relation(db, relations, until=now)
    last_at = datetime.fromisoformat(latest[0]) if latest else None
    gap = last_at is None or now - last_at > timedelta(days=days)
    return VisibilityGap(gap, days, last_at, latest[1] if latest else None, people)
