"""What goes into a 1:1 brief: read-only queries over the store.

For one upcoming 1:1 with one person:

* **who / when / relation / last met**: the people row and the latest interaction
  before the meeting (any kind: a 1:1, a meeting, anything the calendar recorded);
* **notes**: the relationship notes stored from replies to the *previous* brief for
  that person (``relationship_notes.prompt_id`` = that brief), so each reply is
  shown once, in the brief that follows it;
* **impact**: up to ``max_evidence`` evidence entries logged since the last 1:1 with
  that person (or in the last ``fallback_days`` when no 1:1 is on record) and never
  surfaced to them, ranked quantified first, then broader scope (external > org >
  multi-team > team), then linked to a goal, then newest;
* **goal gap**: one open goal with a gap; goals behind the evidence shown come first,
  then goals whose entries name the person, then the one updated longest ago;
* **follow-ups** (at most 3): "Action:"/"TODO:" parts and "follow up" lines of those
  notes, then relationship entries naming the person that mention a follow-up, logged
  since the last 1:1 and not surfaced to them yet;
* **feedback to ask for**: one skill entry being practised or a gap acted on
  (``skill_kind`` practice / gap) logged in the same window and not surfaced yet.

Every entry shown is returned in ``entry_ids`` so the caller marks it surfaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlite_utils import Database

from careerlog.briefs import timing
from careerlog.calendar.oneonone import UpcomingOneOnOne
from careerlog.store.briefs import notes_on_brief, unshown_entries
from careerlog.store.goals import goal_ids_naming_person, list_goals
from careerlog.store.interactions import last_interaction, last_one_on_one
from careerlog.store.prompts import latest_brief_to
from careerlog.wording import short

SCOPE_RANK = {"team": 1, "multi-team": 2, "org": 3, "external": 4}
MAX_FOLLOW_UPS = 3
FALLBACK_DAYS = 30
# An entry up to this long is a talking point whole (the HTML part shows it in a bullet);
# shortened nearer 140 characters it often kept only its label ("Big one this week…").
IMPACT_WIDTH = 200
_RELATIONS = {
    "manager": "is your manager",
    "skip-level": "is your skip-level",
    "above-skip": "is above your skip-level",
    "peer": "is a peer",
    "report": "reports to you",
    "external": "is an external contact",
}
_ACTION = re.compile(r"\b(?:action|todo|to-do)\s*:\s*(?P<rest>.+)", re.I)
_FOLLOW_UP = re.compile(r"\bfollow[\s-]?ups?\b|\btodo\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


@dataclass
class BriefContent:
    """The template context and the entries it shows."""

    person_id: int
    person_name: str
    context: dict[str, Any]
    entry_ids: list[int] = field(default_factory=list)


def evidence_rank(entry: dict[str, Any]) -> tuple[int, int, int, str, int]:
    """Sort key, biggest first: quantified, scope, goal-linked, then newest."""
    return (
        1 if entry.get("metrics") else 0,
        SCOPE_RANK.get(entry.get("scope") or "", 0),
        1 if entry.get("goal") else 0,
        str(entry.get("occurred_on") or entry.get("created_at") or "")[:10],
        int(entry.get("id") or 0),
    )


def pick_evidence(entries: list[dict[str, Any]], limit: int) -> list[dict[str, Any]]:
    return sorted(entries, key=evidence_rank, reverse=True)[:limit]


def _day(entry: dict[str, Any]) -> str:
    """The day an entry is about, as people write it: 'Nov 6'."""
    day = date.fromisoformat(str(entry.get("occurred_on") or entry["created_at"])[:10])
    return f"{day:%b} {day.day}"


def _goal_gap(db: Database, person_id: int, shown: list[dict[str, Any]]) -> dict[str, str] | None:
    goals = [g for g in list_goals(db) if (g.get("gap") or "").strip()]
    if not goals:
        return None
    shown_goals = {e["goal"] for e in shown if e.get("goal")}
    with_person = goal_ids_naming_person(db, person_id)

    def key(goal: dict[str, Any]) -> tuple[int, int, str]:
        last = str(goal.get("last_update") or goal.get("updated_at") or goal["created_at"])
        return (
            0 if goal["title"] in shown_goals else 1,
            0 if goal["id"] in with_person else 1,
            last,  # the gap left alone longest is the one worth raising
        )

    goal = min(goals, key=key)
    return {"title": " ".join(goal["title"].split()), "gap": short(goal["gap"], 160)}


def follow_ups_in(text: str) -> list[str]:
    """Follow-up items in a brief reply: 'Action: …' / 'TODO: …' parts, 'follow up' lines."""
    found: list[str] = []
    for raw_line in text.splitlines():
        line = _BULLET.sub("", raw_line).strip()
        if not line:
            continue
        action = _ACTION.search(line)
        if action:
            found.append(action["rest"].strip())
        elif _FOLLOW_UP.search(line):
            found.append(line)
    return found


def gather(
    db: Database,
    occurrence: UpcomingOneOnOne,
    person: dict[str, Any],
    now: datetime,
    tz: tzinfo,
    *,
    max_evidence: int,
    fallback_days: int,
    resurface: tuple[int, ...] = (),
) -> BriefContent:
    """Everything the brief for ``occurrence`` shows, as a template context.

    ``resurface``: ids of earlier briefs for this same occurrence (a forced resend shows
    what they showed).
    """
    person_id, name = int(person["id"]), str(person["name"])
    met = last_interaction(db, person_id, min(now, occurrence.start))
    last_1on1 = last_one_on_one(db, person_id, min(now, occurrence.start))
    since = last_1on1 or (now - timedelta(days=fallback_days))

    evidence = pick_evidence(
        unshown_entries(db, person_id, "evidence", since, resurface=resurface), max_evidence
    )
    shown_ids = [int(e["id"]) for e in evidence]

    follow_ups: list[str] = []
    previous = latest_brief_to(db, person_id, exclude=occurrence.key)
    notes = notes_on_brief(db, int(previous["id"])) if previous else []
    for note in notes:
        follow_ups.extend(follow_ups_in(note["text"]))
    related = unshown_entries(
        db, person_id, "relationship", since, naming_person=True, resurface=resurface
    )
    for entry in related:
        if len(follow_ups) >= MAX_FOLLOW_UPS:
            break
        if _FOLLOW_UP.search(entry["text"]) or _ACTION.search(entry["text"]):
            follow_ups.append(entry["text"])
            shown_ids.append(int(entry["id"]))
    follow_ups = [short(f) for f in dict.fromkeys(follow_ups)][:MAX_FOLLOW_UPS]

    feedback_ask = None
    practice = unshown_entries(
        db,
        person_id,
        "skill",
        since,
        skill_kinds=("practice", "gap"),
        resurface=resurface,
    )
    if practice:
        feedback_ask = short(practice[0]["text"], 120)
        shown_ids.append(int(practice[0]["id"]))

    relation = _RELATIONS.get(str(person.get("relation") or ""))
    if met is not None:
        ago = (now.astimezone(tz).date() - met.astimezone(tz).date()).days
        met_text = f"you last met on {timing.day_label(met, tz)} ({_days(ago)})"
    else:
        met_text = "no earlier meeting with them is on your calendar"
    about = f"{name} {relation}; {met_text}." if relation else f"{name}: {met_text}."

    notes_block = None
    if notes:
        lines = [ln.strip() for note in notes for ln in note["text"].splitlines() if ln.strip()]
        notes_block = {
            "day": timing.day_label(datetime.fromisoformat(notes[0]["at"]), tz),
            "lines": [short(ln, 200) for ln in lines[:8]],
        }

    context: dict[str, Any] = {
        "person_name": name,
        "when_word": timing.relative_day(occurrence.start, now, tz),
        "when_text": timing.when_text(occurrence.start, tz),
        "about": about,
        "impact_label": "Impact since your last 1:1" if last_1on1 else "Impact worth sharing",
        "impact": [
            {
                "text": " ".join(str(e["text"]).split()),
                "short": short(e["text"], IMPACT_WIDTH),
                "day": _day(e),
            }
            for e in evidence
        ],
        "goal": _goal_gap(db, person_id, evidence),
        "follow_ups": follow_ups,
        "feedback_ask": feedback_ask,
        "notes": notes_block,
    }
    return BriefContent(person_id, name, context, shown_ids)


def _days(n: int) -> str:
    if n <= 0:
        return "today"
    return "yesterday" if n == 1 else f"{n} days ago"
