"""Relationships, stale gaps and patterns: the parts of a digest that need judgement.

Stale gap (the seeds: "I've been saying I want to improve cross-team influence for six
months and I haven't actually done anything differently"): an open goal whose gap is
written down, whose gap text has not changed, and which has had no update that sets its
``actions`` for two quarters or more (six calendar months before the digest's moment),
judged from the ``goal_updates`` history only up to that moment.

Patterns compare what the evidence shows with what the goals ask for: a goal whose
title, gap or current state names a scope ("cross-team", "org-wide", "external") is set
against the quarter's scope mix.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from careerlog.calendar.meetings import suggest_people
from careerlog.calendar.touchpoints import fading_relationships, visibility_gap
from careerlog.insights.scoring import SCOPE_RANK, quantified
from careerlog.insights.window import Window, month_label, months_of
from careerlog.store.entries import mentions_per_person
from careerlog.store.goals import closed_goals_with_moment, dated_updates_until, open_goals_as_of
from careerlog.store.interactions import count_per_person
from careerlog.store.people import people_by_id

STALE_AFTER = relativedelta(months=6)  # two quarters
HEALTHY_PER_MONTH = (2, 4)
MAX_PEOPLE = 8

SCOPE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "external",
        re.compile(r"\b(external|industry|open[- ]source|community|conference)\b", re.I),
    ),
    (
        "org",
        re.compile(
            r"\b(org[- ]?wide|org[- ]level|organi[sz]ation[- ]?wide|company[- ]?wide"
            r"|across the (?:org|organi[sz]ation|company))\b",
            re.I,
        ),
    ),
    (
        "multi-team",
        re.compile(
            r"\b(multi[- ]?team|cross[- ]?team|across (?:several |multiple |many |other )?teams"
            r"|several teams|multiple teams|other teams)\b",
            re.I,
        ),
    ),
)


def asked_scope(*texts: str | None) -> str | None:
    """The broadest scope a goal's words ask for, if they name one."""
    joined = " ".join(t for t in texts if t)
    for scope, pattern in SCOPE_WORDS:
        if pattern.search(joined):
            return scope
    return None


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


@dataclass(frozen=True)
class GoalStatus:
    goal: dict[str, Any]
    gap_since: datetime | None  # when the gap last changed (or was first written)
    last_action: datetime | None  # the last update that set actions
    stale: bool
    quiet_since: datetime | None

    def callout(self, as_of: datetime, tz: tzinfo) -> str | None:
        if not self.stale or self.quiet_since is None:
            return None
        months = max(6, round((as_of - self.quiet_since).days / 30.4))
        since = self.quiet_since.astimezone(tz).date().isoformat()
        done = (
            f"the last action was written on {self.last_action.astimezone(tz).date().isoformat()}"
            if self.last_action
            else "no action has been written down"
        )
        return (
            f"This gap has read the same for {months} months (since {since}) and {done}. "
            "That is two quarters or more: still a goal? Name one next step, or drop it."
        )


def goal_statuses(db: Database, as_of: datetime) -> list[GoalStatus]:
    """Every open goal with its gap history read up to ``as_of``."""
    goals = open_goals_as_of(db, as_of)
    history: dict[int, list[dict[str, Any]]] = {}
    for row in dated_updates_until(db, as_of):
        history.setdefault(int(row["goal_id"]), []).append(row)
    cutoff = as_of - STALE_AFTER
    found = []
    for goal in goals:
        gap_text: str | None = None
        gap_since: datetime | None = None
        last_action: datetime | None = None
        for update in history.get(int(goal["id"]), []):
            if update["gap"] and _norm(update["gap"]) != _norm(gap_text):
                gap_text, gap_since = update["gap"], _at(update["at"])
            if (update["actions"] or "").strip():
                last_action = _at(update["at"])
        if gap_text is None and goal.get("gap"):
            gap_text, gap_since = goal["gap"], _at(goal["created_at"])
        quiet = max(d for d in (gap_since, last_action, _at(goal["created_at"])) if d)
        stale = bool(gap_text) and quiet <= cutoff
        found.append(GoalStatus({**goal, "gap": gap_text or goal.get("gap")}, gap_since,
                                last_action, stale, quiet))  # fmt: skip
    return found


def closed_goals(db: Database, window: Window) -> list[dict[str, str]]:
    """Goals closed (done or dropped) inside ``window``, oldest first, each once.

    The closing moment is the history row that set the goal's status, else the goal's
    last update.
    """
    return [
        {"title": " ".join(str(r["title"]).split()), "status": str(r["status"])}
        for r in closed_goals_with_moment(db)
        if window.contains_instant(r["closed_at"])
    ]


@dataclass(frozen=True)
class Relationships:
    new: list[dict[str, Any]]
    strengthened: list[dict[str, Any]]
    fading: list[dict[str, Any]]
    visibility: dict[str, Any]
    suggestions: list[dict[str, Any]]


def _touches(db: Database, start: datetime, end: datetime, tz: tzinfo) -> Counter[int]:
    """Meetings (interactions) plus evidence entries naming someone, per person."""
    counts: Counter[int] = Counter(count_per_person(db, start, end))
    counts.update(mentions_per_person(db, start.astimezone(tz).date(), end.astimezone(tz).date()))
    return counts


def relationships(
    db: Database,
    window: Window,
    as_of: datetime,
    addresses: Sequence[str] = (),
    *,
    max_meeting_size: int,
) -> Relationships:
    tz = window.tz
    people = people_by_id(db)
    new = [
        {"name": p["name"], "relation": p["relation"] or ""}
        for p in people.values()
        if window.contains_instant(p["created_at"])
    ]
    now_touches = _touches(db, window.starts_at, window.ends_at, tz)
    before = window.starts_at - (window.ends_at - window.starts_at)
    prev_touches = _touches(db, before, window.starts_at, tz)
    fading_people = fading_relationships(db, as_of)
    fading_ids = {f.person_id for f in fading_people}
    strengthened = sorted(
        (
            {
                "name": people[pid]["name"],
                "relation": people[pid]["relation"] or "",
                "count": count,
                "previous": prev_touches.get(pid, 0),
            }
            for pid, count in now_touches.items()
            if pid in people
            and pid not in fading_ids  # one list per person: fading wins
            and count >= 2
            and count > prev_touches.get(pid, 0)
        ),
        key=lambda r: (-(r["count"] - r["previous"]), r["name"]),
    )
    fading = [
        {
            "name": f.name,
            "relation": f.relation or "",
            "last_met": f.last_met.astimezone(tz).date().isoformat() if f.last_met else None,
            "days_since": f.days_since,
            "threshold_days": f.threshold_days,
            "next_meeting": f.next_meeting.astimezone(tz).date().isoformat()
            if f.next_meeting
            else None,
        }
        for f in fading_people
    ]
    gap = visibility_gap(db, as_of, days=90)
    if not gap.people:
        visibility_text = (
            "Nobody above your skip-level is in your map. If nobody there knows your work, "
            "that is a visibility gap: add the people who should."
        )
    elif gap.has_gap:
        last = (
            f"the last meeting was with {gap.last_with} on "
            f"{gap.last_at.astimezone(tz).date().isoformat()}"
            if gap.last_at and gap.last_with
            else "there is no meeting on record"
        )
        visibility_text = (
            f"Nobody above your skip-level has met you in {gap.days} days ({last}). "
            "That is a visibility gap."
        )
    else:
        visibility_text = (
            f"Visible above skip-level: you met {gap.last_with} in the last {gap.days} days."
        )
    suggestions = [
        {"name": s.name or s.email, "email": s.email, "meetings": s.meetings}
        for s in suggest_people(
            db, as_of, addresses=addresses, days=90, max_meeting_size=max_meeting_size
        )
    ]
    return Relationships(
        new=sorted(new, key=lambda r: r["name"]),
        strengthened=strengthened,
        fading=fading,
        visibility={"has_gap": gap.has_gap, "text": visibility_text},
        suggestions=suggestions[:5],
    )


def patterns(
    evidence: Sequence[dict[str, Any]], statuses: Sequence[GoalStatus], window: Window
) -> tuple[list[str], str | None]:
    """Plain sentences about the quarter, and the scope a goal asks for (for the chart)."""
    found: list[str] = []
    total = len(evidence)
    if total == 0:
        return ["No impact evidence was logged in this period."], None
    scopes = Counter(e.get("scope") or "not given" for e in evidence)
    dominant, dominant_n = scopes.most_common(1)[0]
    highlight: str | None = None
    seen: set[str] = set()
    for status in statuses:
        goal = status.goal
        asked = asked_scope(goal["title"], goal.get("gap"), goal.get("current_state"))
        if not asked or asked in seen:
            continue
        seen.add(asked)
        highlight = highlight or asked
        wide = sum(
            1 for e in evidence if SCOPE_RANK.get(e.get("scope") or "", 0) >= SCOPE_RANK[asked]
        )
        if total >= 3 and wide / total < 0.5 and dominant != asked:
            what = "without a scope" if dominant == "not given" else f"{dominant}-scope"
            found.append(
                f"{round(100 * dominant_n / total)}% of this quarter's evidence is {what}; "
                f"your goal “{goal['title']}” asks for {asked}"
                + (
                    f" ({wide} of {total} entries reach it)."
                    if wide
                    else ", and none reaches it yet."
                )
            )
    numbers = sum(1 for e in evidence if quantified(e) == 1)
    if total >= 3 and numbers * 3 < total:
        found.append(
            f"Only {numbers} of {total} evidence entries have a number in them; "
            "an outcome you can quantify carries further in a review."
        )
    thin = []
    for first, end in months_of(window):
        if (end - first).days < 20:  # a partial month (a custom window) proves nothing
            continue
        count = sum(1 for e in evidence if first <= e["day"] < end)
        if count < HEALTHY_PER_MONTH[0]:
            thin.append(f"{month_label(first)} ({count})")
    if thin:
        found.append(
            f"Thin months: {', '.join(thin)}. Two to four entries a month is the healthy rhythm."
        )
    linked = {e.get("goal") for e in evidence if e.get("goal")}
    unlinked = [s.goal["title"] for s in statuses if s.goal["title"] not in linked]
    if unlinked:
        names = ", ".join(f"“{t}”" for t in unlinked[:4])
        found.append(f"No evidence this quarter is linked to {names}.")
    return found, highlight


def previous_window(window: Window) -> Window:
    """The same-length window just before (the previous quarter for a quarter)."""
    if window.start.day == 1 and window.days > 80:
        start = window.start - relativedelta(months=3)
        return Window(start, window.start, window.tz)
    return Window(window.start - timedelta(days=window.days), window.start, window.tz)
