"""The performance-review pack: 3–5 strongest entries, skills developed, forward-looking goals.

The seeds: "pull the impact evidence from the review period. Identify 3–5 entries that
demonstrate the scope and judgment required at your level. Write your self-assessment
around those entries rather than trying to cover everything. Use the skills log to
articulate what you've developed, and the goals/gaps log to frame your forward-looking
section." Three entries always (when there are three), a fourth and fifth only when their
strength reaches 50 of 100 (see :mod:`careerlog.insights.scoring`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from careerlog.insights.digest import SKILL_KINDS
from careerlog.insights.scoring import entry_view, strongest
from careerlog.insights.signals import closed_goals, goal_statuses
from careerlog.insights.skill_links import used_in_texts
from careerlog.insights.window import Window, entries_in
from careerlog.store.skill_links import rejected_links

STRONG_BAR = 50.0


def build_review(db: Database, window: Window, now: datetime) -> dict[str, Any]:
    """Everything the review templates show, as plain data (also the ``json`` format)."""
    evidence = entries_in(db, window, "evidence")
    picked = strongest(evidence, window, least=3, most=5, bar=STRONG_BAR)
    skills: dict[str, list[dict[str, Any]]] = {}
    wrong = rejected_links(db)
    for entry in reversed(entries_in(db, window, "skill")):  # oldest first: a progression
        label = SKILL_KINDS.get(entry.get("skill_kind") or "", "Other")
        view = {**entry_view(entry), "used_in": used_in_texts(entry, evidence, wrong)}
        skills.setdefault(label, []).append(view)
    as_of = min(now, window.ends_at)
    goals = []
    for status in goal_statuses(db, as_of):
        goal = status.goal
        goals.append(
            {
                "title": goal["title"],
                "state": goal.get("current_state") or "",
                "gap": goal.get("gap") or "",
                "actions": goal.get("actions") or "",
                "motivation": goal.get("motivation") or "",
                "evidence": sum(1 for e in evidence if e.get("goal") == goal["title"]),
                "callout": status.callout(as_of, window.tz) or "",
            }
        )
    return {
        "title": "Performance review",
        "since": window.start.isoformat(),
        "until": window.last_day.isoformat(),
        "covered": window.label(),
        "evidence_total": len(evidence),
        "strongest": [entry_view(s.entry, s) for s in picked],
        "skills": [
            {"kind": k, "entries": skills[k]}
            for k in [*SKILL_KINDS.values(), "Other"]
            if k in skills
        ],
        "goals": goals,
        "closed_goals": closed_goals(db, window),
    }
