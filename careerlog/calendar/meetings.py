"""Store occurrences as ``calendar_events`` and past meetings as ``interactions``.

Idempotent: an occurrence is keyed by (source, uid, recurrence_id), so a
re-sync updates rows in place and keeps their ids; interactions derived from
events inside the sync window are rebuilt each time (people added to the map
since the last sync get their meetings), while events and interactions older
than the window are left as history.

Attendees are matched to people by e-mail, then by exact name. Cancelled
occurrences, meetings the user declined, and meetings larger than
``max_meeting_size`` (an all-hands is not a relationship) are not interactions.
This module decides what is stored and holds the transaction; the statements live
with their tables in :mod:`careerlog.store.calendar_events`,
:mod:`careerlog.store.interactions` and :mod:`careerlog.store.people`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog.calendar.expand import Occurrence
from careerlog.calendar.oneonone import DEFAULT_TITLE_PATTERNS, one_on_one_counterpart
from careerlog.store.calendar_events import attended_between, delete_events, ids_from, save_event
from careerlog.store.db import iso
from careerlog.store.interactions import add_interactions, forget_from_source
from careerlog.store.people import names_and_emails

INTERACTION_KINDS = ("meeting", "1:1")


@dataclass
class PersonIndex:
    """people rows by lower-cased e-mail and by lower-cased name."""

    by_email: dict[str, tuple[int, str]]
    by_name: dict[str, tuple[int, str]]

    @classmethod
    def load(cls, db: Database) -> PersonIndex:
        by_email: dict[str, tuple[int, str]] = {}
        by_name: dict[str, tuple[int, str]] = {}
        for person_id, name, emails in names_and_emails(db):
            person = (person_id, name)
            by_name.setdefault(" ".join(name.lower().split()), person)
            for email in json.loads(emails or "[]"):
                by_email.setdefault(str(email).lower(), person)
        return cls(by_email, by_name)

    def match(self, email: str, name: str) -> tuple[int, str] | None:
        if email and (found := self.by_email.get(email.lower())):
            return found
        if name:
            return self.by_name.get(" ".join(name.lower().split()))
        return None


@dataclass
class StoreStats:
    events: int = 0
    interactions: int = 0
    removed: int = 0


def _attendee_json(occ: Occurrence, mine: set[str], counterpart: Any) -> str:
    entries: list[dict[str, Any]] = []
    entry: dict[str, Any]
    for person in occ.people():
        if (
            occ.organizer is not None
            and person is occ.organizer
            and person.email not in {a.email for a in occ.attendees}
        ):
            entry = {"name": person.name, "email": person.email, "partstat": "ORGANIZER"}
        else:
            entry = person.as_dict()
        if person.email in mine:
            entry["me"] = True
        if counterpart is not None and counterpart.email and person.email == counterpart.email:
            entry["counterpart"] = True
        entries.append(entry)
    if counterpart is not None and counterpart.from_title:
        entries.append(
            {
                "name": counterpart.name,
                "email": "",
                "partstat": "",
                "counterpart": True,
                "from_title": True,
            }
        )
    return json.dumps(entries)


def store_occurrences(
    db: Database,
    source: str,
    occurrences: Iterable[Occurrence],
    *,
    addresses: Sequence[str],
    user_names: Sequence[str] = (),
    window: tuple[datetime, datetime],
    now: datetime,
    patterns: Sequence[str] = DEFAULT_TITLE_PATTERNS,
    max_meeting_size: int,
) -> StoreStats:
    """Replace what ``source`` holds inside ``window`` with ``occurrences``."""
    mine = {a.lower() for a in addresses}
    unique: dict[tuple[str, str], Occurrence] = {}
    for occ in occurrences:
        unique[(occ.uid, occ.recurrence_id)] = occ  # a UID stored twice: the last copy wins
    index = PersonIndex.load(db)
    stats = StoreStats()
    with db.atomic():
        existing = ids_from(db, source, window[0])
        forget_from_source(db, source, window[0])
        gone = [existing[k] for k in existing.keys() - unique.keys()]
        delete_events(db, gone)
        stats.removed = len(gone)
        interactions: list[dict[str, Any]] = []
        for (uid, rid), occ in unique.items():
            other = one_on_one_counterpart(occ, mine, user_names, patterns)
            my_status = occ.partstat_of(mine)
            event_id = save_event(
                db,
                source=source,
                uid=uid,
                recurrence_id=rid,
                start=occ.start,
                end=occ.end,
                all_day=occ.all_day,
                summary=occ.summary,
                organizer=occ.organizer.email if occ.organizer else None,
                attendees=_attendee_json(occ, mine, other),
                status=occ.status,
                my_status=my_status,
                one_on_one=other is not None,
                at=now,
            )
            stats.events += 1
            if occ.start >= now or occ.cancelled or my_status == "DECLINED":
                continue
            if occ.attendee_count > max_meeting_size:
                continue
            kind = "1:1" if other is not None else "meeting"
            met: set[int] = set()
            candidates = [(p.email, p.name) for p in occ.people() if p.email not in mine]
            if other is not None and other.from_title:
                candidates.append(("", other.name))
            for email, name in candidates:
                person = index.match(email, name)
                if person and person[0] not in met:
                    met.add(person[0])
                    interactions.append(
                        {"person_id": person[0], "at": iso(occ.start), "kind": kind,
                         "event_id": event_id}
                    )  # fmt: skip
        add_interactions(db, interactions)
        stats.interactions = len(interactions)
    return stats


@dataclass(frozen=True)
class Suggestion:
    """Someone met often who is not in the relationship map yet."""

    email: str
    name: str
    meetings: int
    last_at: str


def suggest_people(
    db: Database,
    now: datetime,
    *,
    addresses: Sequence[str] = (),
    days: int = 30,
    min_meetings: int = 3,
    max_meeting_size: int,
) -> list[Suggestion]:
    """People in >= ``min_meetings`` meetings over the last ``days`` who are not in the map."""
    mine = {a.lower() for a in addresses}
    index = PersonIndex.load(db)
    rows = attended_between(db, now - timedelta(days=days), now)
    meetings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    names: dict[str, str] = {}
    last: dict[str, str] = {}
    for row in rows:
        entries = json.loads(row["attendees"] or "[]")
        if len(entries) > max_meeting_size:
            continue
        for entry in entries:
            email = str(entry.get("email") or "").lower()
            if not email or entry.get("me") or email in mine:
                continue
            if index.match(email, str(entry.get("name") or "")):
                continue
            meetings[email].add((row["uid"], row["recurrence_id"]))
            names[email] = names.get(email) or str(entry.get("name") or "")
            last[email] = max(last.get(email, ""), row["starts_at"])
    found = [
        Suggestion(email, names[email], len(seen), last[email])
        for email, seen in meetings.items()
        if len(seen) >= min_meetings
    ]
    return sorted(found, key=lambda s: (-s.meetings, s.email))
