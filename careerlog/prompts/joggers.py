"""Memory joggers: what the store and the calendar already know about the period.

A prompt is easier to answer when it reminds you what happened. Everything here only
reads careerlog's tables (entries, goals, people, interactions and the calendar events
the calendar sync fills), each through its module in ``careerlog.store``.
Each list is capped so a busy calendar never turns a 10-minute prompt into a report.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlite_utils import Database

from careerlog.calendar.meetings import suggest_people
from careerlog.calendar.touchpoints import fading_relationships, visibility_gap
from careerlog.periods import Period
from careerlog.store.calendar_events import attended_between, met_before
from careerlog.store.entries import list_entries
from careerlog.store.goals import list_goals
from careerlog.store.people import names_and_emails
from careerlog.wording import short

MAX_ITEMS = 6
WIDTH = 90  # a jogger line: shortened at a word end beyond this
VISIBILITY_DAYS = 90
STALE_GOAL = timedelta(days=180)
_SCOPE_RANK = {"team": 1, "multi-team": 2, "org": 3, "external": 3}


def _known_emails(db: Database) -> set[str]:
    known: set[str] = set()
    for _person_id, _name, emails in names_and_emails(db):
        known.update(e.lower() for e in json.loads(emails or "[]"))
    return known


def _attendees(event: dict[str, Any], own: set[str]) -> list[dict[str, str]]:
    people = []
    for a in json.loads(event.get("attendees") or "[]"):
        email = str(a.get("email") or "").lower()
        if email and email not in own:
            people.append({"email": email, "name": a.get("name") or email})
    return people


def weekly(
    db: Database, period: Period, now: datetime, tz: tzinfo, own: set[str]
) -> dict[str, Any]:
    """This week's notable meetings, what is logged already, and open goals' gaps."""
    start, end = period.starts_at(tz), min(period.ends_at(tz), now)
    known = _known_emails(db)
    meetings = []
    for event in attended_between(db, start, end):
        others = _attendees(event, own)
        starts = datetime.fromisoformat(event["starts_at"])
        # only the first meeting with someone is "first time with", not the next ones
        # of a weekly meeting, even when that person is not in the map
        new = [
            p["name"]
            for p in others
            if p["email"] not in known and not met_before(db, p["email"], starts)
        ]
        if not others or (event.get("recurrence_id") and not new):
            continue  # recurring meetings with familiar faces are not news
        day = starts.astimezone(tz)
        meetings.append(
            {"day": f"{day:%a} {day:%b} {day.day}", "summary": short(event["summary"], 60),
             "new_people": new[:4]}
        )  # fmt: skip
    logged = list_entries(db, since=period.start, until=_last_day(period))
    return {
        "meetings": meetings[:MAX_ITEMS],
        "logged": [short(e["text"], WIDTH) for e in logged[:MAX_ITEMS]],
        "gaps": [
            {"title": g["title"], "gap": short(g["gap"], WIDTH)}
            for g in list_goals(db)
            if (g.get("gap") or "").strip()
        ][:MAX_ITEMS],
    }


def monthly(
    db: Database,
    period: Period,
    now: datetime,
    tz: tzinfo,
    own: set[str],
    *,
    max_meeting_size: int,
) -> dict[str, Any]:
    """Skills logged, frequent people not in the map, fading ties, visibility gaps.

    The relationship parts are the calendar's touchpoints (the same rules the
    digest uses): fading by each relation's own threshold, with the next
    shared meeting as the natural moment to reconnect.
    """
    skills = list_entries(db, kind="skill", since=period.start, until=_last_day(period))
    frequent = [
        {"name": s.name or s.email, "count": s.meetings}
        for s in suggest_people(
            db,
            now,
            addresses=sorted(own),
            days=(period.end - period.start).days,
            max_meeting_size=max_meeting_size,
        )
    ]
    fading = [
        {
            "name": f.name,
            "last": _day(f.last_met.isoformat(), tz) if f.last_met else None,
            "next": _day(f.next_meeting.isoformat(), tz) if f.next_meeting else None,
        }
        for f in fading_relationships(db, now)
    ]
    gap = visibility_gap(db, now, days=VISIBILITY_DAYS)
    visibility = None
    if not gap.people:
        visibility = "nobody above your skip-level is in your map yet"
    elif gap.has_gap:
        visibility = f"no meeting with anyone above your skip-level in the last {gap.days} days"
    return {
        "skills": [short(e["text"], WIDTH) for e in skills[:MAX_ITEMS]],
        "frequent": frequent[:MAX_ITEMS],
        "fading": fading[:MAX_ITEMS],
        "visibility": visibility,
    }


def quarterly(
    db: Database, period: Period, now: datetime, tz: tzinfo, own: set[str]
) -> dict[str, Any]:
    """Every open goal with state and gap, the quarter's evidence and its strongest entries."""
    goals = []
    stale = []
    for g in list_goals(db):
        goals.append({"title": " ".join(g["title"].split()), "state": g.get("current_state"),
                      "gap": g.get("gap"), "why": g.get("motivation")})  # fmt: skip
        last = g.get("last_update") or g.get("updated_at") or g.get("created_at")
        if last and datetime.fromisoformat(last) < now - STALE_GOAL:
            stale.append({"title": g["title"], "since": _day(last, tz)})
    evidence = list_entries(db, kind="evidence", since=period.start, until=_last_day(period))
    ranked = sorted(evidence, key=_strength, reverse=True)
    return {
        "goals": goals,
        "stale": stale,
        "evidence_count": len(evidence),
        "candidates": [{"text": short(e["text"], 110), "why": _why(e)} for e in ranked[:3]],
    }


def _strength(entry: dict[str, Any]) -> tuple[int, int, int]:
    """Quantified first, then broader scope, then linked to a goal."""
    return (
        1 if entry.get("metrics") else 0,
        _SCOPE_RANK.get(entry.get("scope") or "", 0),
        1 if entry.get("goal") else 0,
    )


def _why(entry: dict[str, Any]) -> str:
    reasons = []
    if entry.get("metrics"):
        reasons.append("quantified")
    if entry.get("scope"):
        reasons.append(f"scope: {entry['scope']}")
    if entry.get("goal"):
        reasons.append(f"goal: {entry['goal']}")
    return ", ".join(reasons)


def _last_day(period: Period) -> date:
    return period.end - timedelta(days=1)


def _day(value: str, tz: tzinfo) -> str:
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        return moment.date().isoformat()
    return moment.astimezone(tz).date().isoformat()
