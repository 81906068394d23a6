"""Four quarters of a career log with known answers (user in America/Los_Angeles).

The digest under test is Q3 2026 (1 Jul – 30 Sep, local), as of 2026-10-01 07:00 UTC
(midnight in Los Angeles). Rows are inserted directly so every timestamp is exact.

Top three by strength (40·Q + 30·S + 20·G + 10·R over 92 days):
  latency  2026-07-02  340 ms, multi-team, goal   40 + 18 + 20 + 0.1  = 78.1
  storage  logged 2026-10-01T05:00Z (Sep 30, 22:00 local), $12k, team   40 + 7.5 + 10 = 57.5
  build    2026-08-15  45 min → 6 min, team      40 + 7.5 + 4.8        = 52.3
Traps: an org/quantified/goal entry on Jun 30 and one logged 2026-07-01T05:00Z (Jun 30,
local) are Q2; one on Oct 1 is Q4; a deleted one is gone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlite_utils import Database

AS_OF = datetime.fromisoformat("2026-10-01T07:00:00+00:00")
NOW = datetime.fromisoformat("2026-10-05T16:00:00+00:00")  # Q4 lead-in: reviews Q3
MULTI_GOAL = "Staff engineer: multi-team influence"


@dataclass
class Seeded:
    entries: dict[str, int] = field(default_factory=dict)
    goals: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)


def _metric(text: str, value: float | None, unit: str | None) -> list[dict[str, Any]]:
    return [{"text": text, "value": value, "unit": unit}]


def add_entry(
    db: Database,
    kind: str,
    text: str,
    *,
    day: str | None,
    created: str | None = None,
    scope: str | None = None,
    metrics: list[dict[str, Any]] | None = None,
    goal: int | None = None,
    people: tuple[int, ...] = (),
    skill_kind: str | None = None,
    deleted: bool = False,
) -> int:
    created = created or f"{day}T18:00:00+00:00"
    table = db.table("entries")
    table.insert(
        {
            "kind": kind,
            "skill_kind": skill_kind,
            "text": text,
            "metrics": json.dumps(metrics or []),
            "scope": scope,
            "occurred_on": day,
            "created_at": created,
            "updated_at": created,
            "source": "email",
            "deleted_at": created if deleted else None,
        }
    )
    entry_id = int(table.last_pk)  # type: ignore[arg-type]
    if goal:
        db.table("entry_goals").insert({"entry_id": entry_id, "goal_id": goal})
    for person in people:
        db.table("entry_people").insert({"entry_id": entry_id, "person_id": person})
    return entry_id


def add_goal(db: Database, title: str, created: str, **fields: str | None) -> int:
    table = db.table("goals")
    table.insert({"title": title, "status": fields.pop("status", None) or "open",
                  "created_at": created, "updated_at": created, **fields})  # fmt: skip
    goal_id = int(table.last_pk)  # type: ignore[arg-type]
    update_goal(db, goal_id, created, **{k: v for k, v in fields.items() if k != "status"})
    return goal_id


def update_goal(db: Database, goal_id: int, at: str, **fields: str | None) -> None:
    db.table("goal_updates").insert(
        {
            "goal_id": goal_id,
            "at": at,
            "current_state": fields.get("current_state"),
            "gap": fields.get("gap"),
            "actions": fields.get("actions"),
            "source": "email",
        }
    )
    changes = {k: v for k, v in fields.items() if v is not None}
    if changes:
        db.table("goals").update(goal_id, {**changes, "updated_at": at})


def add_person(db: Database, name: str, relation: str, created: str, advocate: int = 0) -> int:
    table = db.table("people")
    table.insert({"name": name, "relation": relation, "created_at": created,
                  "updated_at": created, "emails": "[]", "advocate": advocate})  # fmt: skip
    return int(table.last_pk)  # type: ignore[arg-type]


def meet(db: Database, person: int, *ats: str) -> None:
    db.table("interactions").insert_all(
        {"person_id": person, "at": at, "kind": "meeting"} for at in ats
    )


def seed(db: Database) -> Seeded:
    s = Seeded()
    g = s.goals
    g["staff"] = add_goal(db, MULTI_GOAL, "2026-01-10T17:00:00+00:00",
                          current_state="senior, team-level work",
                          gap="cross-team influence", actions="lead the API RFC")  # fmt: skip
    update_goal(db, g["staff"], "2026-08-01T17:00:00+00:00", actions="drive the API RFC review")
    # stale: gap written 2025-12-01, a state-only update in February, never an action
    g["speak"] = add_goal(db, "Public speaking", "2025-12-01T17:00:00+00:00",
                          gap="never spoken at a conference")  # fmt: skip
    update_goal(db, g["speak"], "2026-02-01T17:00:00+00:00", current_state="submitted a CFP")
    # the gap changed in May: five months is under two quarters
    g["rust"] = add_goal(db, "Learn Rust", "2026-01-05T17:00:00+00:00", gap="no production Rust")
    update_goal(db, g["rust"], "2026-05-01T17:00:00+00:00",
                gap="one service in Rust, no code-review experience")  # fmt: skip
    # gap written one hour after the two-quarter cut-off (2026-04-01T07:00Z): not stale yet
    g["mentor"] = add_goal(db, "Mentor more", "2026-04-01T08:00:00+00:00",
                           gap="no mentee of my own")  # fmt: skip
    # exactly at the cut-off: stale
    g["docs"] = add_goal(db, "Write more design docs", "2026-04-01T07:00:00+00:00",
                         gap="two docs a year")  # fmt: skip
    # closed goals are never called out
    add_goal(db, "Old dropped goal", "2025-01-01T00:00:00+00:00", gap="ancient", status="dropped")

    p = s.people
    long_ago = "2025-11-01T17:00:00+00:00"
    p["morgan"] = add_person(db, "Morgan Lee", "manager", long_ago, advocate=1)
    p["sam"] = add_person(db, "Sam Ortiz", "peer", long_ago)
    p["casey"] = add_person(db, "Casey Boss", "above-skip", long_ago)
    p["alex"] = add_person(db, "Alex Rivera", "report", long_ago)
    p["dana"] = add_person(db, "Dana Kim", "peer", "2026-08-10T17:00:00+00:00")  # new in Q3
    p["riley"] = add_person(db, "Riley Early", "external", "2026-07-01T05:00:00+00:00")  # Jun 30
    meet(db, p["morgan"], "2026-06-20T17:00:00+00:00", "2026-09-25T17:00:00+00:00")
    meet(db, p["sam"], "2026-07-20T17:00:00+00:00")  # 73 days by Oct 1: fading (peer, 45)
    meet(db, p["casey"], "2026-05-10T17:00:00+00:00")  # 144 days: fading (90), visibility gap
    # Alex: one in Q2 (Jun 30 23:00 local counts for Q2), three in Q3: strengthened
    meet(db, p["alex"], "2026-07-01T06:00:00+00:00", "2026-07-15T17:00:00+00:00",
         "2026-08-15T17:00:00+00:00", "2026-09-28T17:00:00+00:00")  # fmt: skip
    meet(db, p["dana"], "2026-08-12T17:00:00+00:00", "2026-09-15T17:00:00+00:00")
    meet(db, p["riley"], "2026-09-01T17:00:00+00:00")

    e = s.entries
    # Q1 and Q2 2026
    e["q1"] = add_entry(db, "evidence", "Wrote the on-call runbook", day="2026-02-10",
                        scope="team")  # fmt: skip
    e["q2"] = add_entry(db, "evidence", "Led the storage migration across four teams",
                        day="2026-05-20", scope="multi-team", goal=g["staff"],
                        metrics=_metric("4 teams", 4, "teams"))  # fmt: skip
    e["jun30"] = add_entry(db, "evidence", "Org-wide incident process, MTTR 4h → 1h",
                           day="2026-06-30", scope="org", goal=g["staff"],
                           metrics=_metric("4h → 1h", 3, "h"))  # fmt: skip
    e["late_q2"] = add_entry(db, "evidence", "Logged late on June 30: saved $40k",
                             day=None, created="2026-07-01T05:00:00+00:00", scope="org",
                             metrics=_metric("$40k", 40000, "USD"))  # fmt: skip
    # Q3 2026
    e["latency"] = add_entry(db, "evidence",
                             "I cut checkout P99 latency by 340 ms across three teams.",
                             day="2026-07-02", scope="multi-team", goal=g["staff"],
                             metrics=_metric("340 ms", 340, "ms"), people=(p["alex"],))  # fmt: skip
    e["mentor"] = add_entry(db, "evidence", "Mentored two interns through their first launch",
                            day="2026-07-10", scope="team", people=(p["alex"],))  # fmt: skip
    e["build"] = add_entry(db, "evidence", "We basically reduced build time from 45 min to 6 min",
                           day="2026-08-15", scope="team",
                           metrics=_metric("45 min → 6 min", 39, "min"))  # fmt: skip
    e["process"] = add_entry(db, "evidence", "Wrote the incident review process",
                             day="2026-09-20", scope="team")  # fmt: skip
    e["pairing"] = add_entry(db, "evidence", "Paired with the new hire on onboarding docs",
                             day="2026-09-29", scope="team", people=(p["dana"],))  # fmt: skip
    e["storage"] = add_entry(db, "evidence", "Saved $12k/month on storage by tiering cold data",
                             day=None, created="2026-10-01T05:00:00+00:00", scope="team",
                             metrics=_metric("$12k/month", 12000, "USD"))  # fmt: skip
    e["deleted"] = add_entry(db, "evidence", "Deleted: org-wide 10x win", day="2026-08-01",
                             scope="org", goal=g["staff"], metrics=_metric("10x", 10, "x"),
                             deleted=True)  # fmt: skip
    e["skill"] = add_entry(db, "skill", "Practised system design interviews", day="2026-08-03",
                           skill_kind="practice")  # fmt: skip
    e["feedback"] = add_entry(db, "skill", "Feedback: summarise decisions in writing",
                              day="2026-09-02", skill_kind="feedback")  # fmt: skip
    # Q4 2026
    e["oct1"] = add_entry(db, "evidence", "Org-wide launch on Oct 1, +12% conversion",
                          day="2026-10-01", scope="org", goal=g["staff"],
                          metrics=_metric("+12%", 12, "%"))  # fmt: skip
    return s
