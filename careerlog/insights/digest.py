"""The quarterly digest: the quarter in numbers, two charts, the top three, and the honest parts.

``build_digest`` reads the store for one quarter (local days in the user's time zone,
see :mod:`careerlog.insights.window`); :mod:`careerlog.insights.digest_output` turns it
into a mail, exactly once per quarter, or into one HTML file with its charts inside it.

The top three evidence entries are the three with the highest strength score, with the
formula in :mod:`careerlog.insights.scoring`::

    strength = 40·Q (quantified outcome) + 30·S (breadth of scope)
             + 20·G (linked to a goal)   + 10·R (recency within the quarter)

The digest is "as of" the end of the quarter, or now while the quarter is still running:
fading relationships, the visibility gap and stale gaps are judged at that moment.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.insights.charts import Chart, energy_chart, months_chart, scopes_chart
from careerlog.insights.energy import energy
from careerlog.insights.resume import rewrite_sentence, sentences
from careerlog.insights.scoring import SCOPE_RANK, Scored, entry_view, quantified, rank
from careerlog.insights.signals import (
    HEALTHY_PER_MONTH,
    GoalStatus,
    closed_goals,
    goal_statuses,
    patterns,
    previous_window,
    relationships,
)
from careerlog.insights.skill_links import used_in_texts
from careerlog.insights.window import (
    Window,
    entries_in,
    month_label,
    months_of,
    quarter_for,
    quarter_window,
)
from careerlog.periods import Period
from careerlog.store.goals import count_open_goals_updated
from careerlog.store.interactions import count_between
from careerlog.store.skill_links import rejected_links
from careerlog.wording import counted

log = logging.getLogger(__name__)

LIST_LIMIT = 10
SCOPES = ("team", "multi-team", "org", "external", "not given")
SKILL_KINDS = {
    "new-domain": "New domain or codebase",
    "practice": "Deliberate practice",
    "gap": "Gap acted on",
    "feedback": "Feedback received",
}


@dataclass
class Digest:
    """Everything a digest shows; ``context(limit)`` is what the templates read."""

    period: Period
    window: Window
    as_of: datetime
    first_name: str
    numbers: list[dict[str, Any]]
    months: list[dict[str, Any]]
    scopes: list[dict[str, Any]]
    top: list[Scored]
    groups: list[dict[str, Any]]
    skills: list[dict[str, Any]]
    people: dict[str, Any]
    goals: list[dict[str, Any]]
    closed_goals: list[dict[str, str]]
    patterns: list[str]
    self_assessment: str
    charts: list[Chart] = field(default_factory=list)
    # What energised and what drained (careerlog.insights.energy); None: too few feelings.
    energy: dict[str, Any] | None = None

    @property
    def so_far(self) -> bool:
        """A quarter still running (a digest asked for by hand): it says "so far"."""
        return self.as_of < self.window.ends_at

    @property
    def headline(self) -> str:
        return f"{self.period.label} {'so far' if self.so_far else 'in review'}"

    @property
    def covered(self) -> str:
        """The days the digest reads: the whole quarter, or up to today while it runs."""
        if not self.so_far:
            return self.window.label()
        today = self.as_of.astimezone(self.window.tz).date()
        return Window(self.window.start, today + timedelta(days=1), self.window.tz).label()

    @property
    def subject(self) -> str:
        return f"Your {self.headline}: evidence, people, goals (careerlog digest)"

    @property
    def stale_goals(self) -> list[dict[str, Any]]:
        return [g for g in self.goals if g["callout"]]

    def context(self, sources: dict[str, str], limit: int = LIST_LIMIT) -> dict[str, Any]:
        """Template context; every list is cut to ``limit`` items with a count of the rest."""

        def cut(items: Sequence[Any]) -> dict[str, Any]:
            return {"items": list(items[:limit]), "more": max(len(items) - limit, 0)}

        return {
            "subject": self.subject,
            "first_name": self.first_name,
            "quarter": {
                "key": self.period.key,
                "label": self.period.label,
                "headline": self.headline,
                "covered": self.covered,
            },
            "numbers": self.numbers,
            "months": self.months,
            "scopes": self.scopes,
            "healthy": f"{HEALTHY_PER_MONTH[0]}–{HEALTHY_PER_MONTH[1]}",
            "charts": [
                {
                    "name": c.name,
                    "title": c.title,
                    "alt": c.alt,
                    "src": sources[c.name],
                    "width": c.width,
                    "height": c.height,
                }
                for c in self.charts
            ],
            "top": [entry_view(s.entry, s) for s in self.top],
            "groups": [{**g, "entries": cut(g["entries"])} for g in self.groups],
            "skills": [{**s, "entries": cut(s["entries"])} for s in self.skills],
            "people": {
                key: cut(value) if isinstance(value, list) else value
                for key, value in self.people.items()
            },
            "goals": self.goals,
            "closed_goals": self.closed_goals,
            "stale": self.stale_goals,
            "patterns": self.patterns,
            "self_assessment": self.self_assessment,
            "energy": self.energy,
        }


def _numbers(
    evidence: list[dict[str, Any]],
    previous: int,
    skills: int,
    people: dict[str, Any],
    meetings: int,
    statuses: list[GoalStatus],
    updated: int,
) -> list[dict[str, Any]]:
    total = len(evidence)
    measured = sum(1 for e in evidence if quantified(e) == 1)
    wide = sum(1 for e in evidence if SCOPE_RANK.get(e.get("scope") or "", 0) >= 2)
    stale = sum(1 for s in statuses if s.stale)
    return [
        {"label": "Evidence entries", "value": total, "note": f"previous quarter: {previous}"},
        {
            "label": "With a measurable outcome",
            "value": measured,
            "note": f"{round(100 * measured / total)}% of evidence" if total else "",
        },
        {"label": "Beyond your team", "value": wide, "note": "multi-team, org or external"},
        {"label": "Skills logged", "value": skills, "note": ""},
        {"label": "New people in your map", "value": len(people["new"]), "note": ""},
        {"label": "Meetings with people in your map", "value": meetings, "note": ""},
        {
            "label": "Open goals",
            "value": len(statuses),
            "note": f"{updated} updated this quarter, {stale} with a stale gap",
        },
    ]


def _groups(evidence: list[dict[str, Any]], statuses: list[GoalStatus]) -> list[dict[str, Any]]:
    """Evidence under each open goal (also when empty: that is worth seeing), then the rest."""
    by_goal: dict[str, list[dict[str, Any]]] = {s.goal["title"]: [] for s in statuses}
    loose: list[dict[str, Any]] = []
    for entry in evidence:
        title = entry.get("goal")
        if title:
            by_goal.setdefault(title, []).append(entry_view(entry))
        else:
            loose.append(entry_view(entry))
    groups = [{"title": t, "linked": True, "entries": e} for t, e in by_goal.items()]
    if loose:
        groups.append({"title": "Not linked to a goal", "linked": False, "entries": loose})
    return groups


def _skills(
    skills: list[dict[str, Any]], evidence: list[dict[str, Any]], wrong: set[tuple[int, int]]
) -> list[dict[str, Any]]:
    """Skill entries by kind, each with the evidence it was used in (``wrong``: links the
    user rejected)."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for entry in skills:
        label = SKILL_KINDS.get(entry.get("skill_kind") or "", "Other")
        view = {**entry_view(entry), "used_in": used_in_texts(entry, evidence, wrong)}
        grouped.setdefault(label, []).append(view)
    order = [*SKILL_KINDS.values(), "Other"]
    return [{"kind": k, "entries": grouped[k]} for k in order if k in grouped]


_REACH = {
    "team": "for my team",
    "multi-team": "reaching several teams",
    "org": "reaching the whole organisation",
    "external": "reaching people outside the company",
}
_MAX_WORDS = 30
_NUMBER = re.compile(r"\d[\d,.]*")
#: words that already say whom the work reached
_WHO = re.compile(r"\b(?:teams?|org|organi[sz]ation|company|customers?|users?)\b", re.I)


def _outcome(text: str, missing: list[str]) -> str:
    """The measured results the first sentence left out: the later sentence that gives
    them ("Refund failures fell from 0.8% to 0.05%"), else the numbers themselves."""
    if not missing:
        return ""
    for sentence in sentences(text)[1:]:
        if any(_states(sentence, m) for m in missing) and len(sentence.split()) <= _MAX_WORDS:
            return f" ({sentence.rstrip('.!')})"
    return f" (outcome: {', '.join(missing)})"


def _states(what: str, metric: str) -> bool:
    """Whether ``what`` already gives this measured result ("45 min → 6 min" in "from 45
    min to 6 min"): every number of the metric is in it."""
    numbers = _NUMBER.findall(metric)
    return all(n in what for n in numbers) if numbers else metric in what


def achievement(entry: dict[str, Any]) -> str | None:
    """'cut checkout P99 by 340 ms (outcome: 1.21s → 870ms), reaching several teams'.

    What was done is the entry's first sentence in résumé voice, shortened at a clause
    end; the outcome is any measured result that sentence does not already state; the
    scope says whom it reached. None when the entry does not open with what was done.
    """
    first = sentences(str(entry["text"]))[0]
    what = rewrite_sentence(first)
    if what is None:
        return None
    words = what.split()
    if len(words) > _MAX_WORDS:
        head = " ".join(words[:_MAX_WORDS])
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(" – "))
        if cut < len(head) // 2:
            return None
        what = head[:cut]
    what = what[:1].lower() + what[1:]
    missing = [m["text"] for m in entry.get("metrics") or [] if not _states(what, m["text"])]
    outcome = _outcome(str(entry["text"]), missing)
    scope = entry.get("scope")
    reach = f", {_REACH[scope]}" if scope in _REACH and not _WHO.search(what) else ""
    return f"{what}{outcome}{reach}"


def self_assessment(
    period: Period,
    evidence: list[dict[str, Any]],
    ranked: list[Scored],
    statuses: list[GoalStatus],
) -> str:
    """A first draft in the user's voice: sentences built from the strongest entries.

    Each sentence says what was done, its outcome and its scope (see :func:`achievement`);
    entries that do not open with what was done are passed over rather than pasted.
    """
    if not ranked:
        return (
            f"I logged no impact evidence in {period.label}. Before writing a self-assessment, "
            "add the two or three results from this quarter you would want your manager to know."
        )
    measured = sum(1 for e in evidence if quantified(e) == 1)
    count = len(evidence)
    parts = [
        f"In {period.label} I logged {counted(count, 'piece')} of impact evidence"
        + (f", {measured} with a measurable outcome." if measured else ".")
    ]
    used = []
    for scored in ranked:
        phrase = achievement(scored.entry)
        if phrase is not None:
            used.append((scored.entry, phrase))
        if len(used) == 3:
            break
    if not used:
        parts.append(
            "For each of the top three above, say what you did, what came of it and whom "
            "it reached."
        )
    else:
        parts.append(f"The strongest: I {used[0][1]}.")
        others = [phrase for _entry, phrase in used[1:]]
        if others:
            parts.append("I also " + "; and ".join(others) + ".")
    goals = list(dict.fromkeys(e["goal"] for e, _phrase in used if e.get("goal")))
    if goals:
        parts.append("This moves me toward " + " and ".join(f"“{g}”" for g in goals) + ".")
    ahead = next((s.goal for s in statuses if s.goal.get("gap")), None)
    if ahead:
        gap = " ".join(str(ahead["gap"]).split()).rstrip(".")
        parts.append(f"Next quarter I want to close the gap on “{ahead['title']}”: {gap}.")
    return " ".join(parts)


def build_digest(
    db: Database,
    *,
    tz: tzinfo,
    name: str = "",
    addresses: Sequence[str] = (),
    max_meeting_size: int,
    quarter: str | None = None,
    now: datetime | None = None,
    charts: bool = True,
) -> Digest:
    """Read one quarter (``2026-Q3``, default: the one a quarterly mail now reviews).

    ``max_meeting_size`` is ``[calendar] max_meeting_size``: larger meetings suggest nobody.
    """
    now = now or clock.now()
    period = quarter_for(now, tz, quarter)
    window = quarter_window(period, tz)
    as_of = min(now, window.ends_at)
    evidence = entries_in(db, window, "evidence")
    skills = entries_in(db, window, "skill")
    previous = len(entries_in(db, previous_window(window), "evidence"))
    ranked = rank(evidence, window)
    statuses = goal_statuses(db, as_of)
    people = relationships(db, window, as_of, addresses, max_meeting_size=max_meeting_size)
    found, highlight = patterns(evidence, statuses, window)
    month_counts: list[dict[str, Any]] = [
        {"label": month_label(first), "count": sum(1 for e in evidence if first <= e["day"] < end)}
        for first, end in months_of(window)
    ]
    scope_counter = Counter(e.get("scope") or "not given" for e in evidence)
    total = len(evidence) or 1
    scopes: list[dict[str, Any]] = [
        {"label": s, "count": scope_counter[s], "pct": round(100 * scope_counter[s] / total)}
        for s in SCOPES
    ]
    goals = [
        {
            "title": s.goal["title"],
            "state": s.goal.get("current_state") or "",
            "gap": s.goal.get("gap") or "",
            "actions": s.goal.get("actions") or "",
            "motivation": s.goal.get("motivation") or "",
            "callout": s.callout(as_of, tz) or "",
        }
        for s in statuses
    ]
    people_view = {
        "new": people.new,
        "strengthened": people.strengthened,
        "fading": people.fading,
        "suggestions": people.suggestions,
        "visibility": people.visibility,
    }
    digest = Digest(
        period=period,
        window=window,
        as_of=as_of,
        first_name=(name.split() or ["there"])[0],
        numbers=_numbers(
            evidence,
            previous,
            len(skills),
            people_view,
            count_between(db, window.starts_at, window.ends_at),
            statuses,
            count_open_goals_updated(db, window.starts_at, window.ends_at),
        ),
        months=month_counts,
        scopes=scopes,
        top=ranked[:3],
        groups=_groups(evidence, statuses),
        skills=_skills(skills, evidence, rejected_links(db)),
        people=people_view,
        goals=goals,
        closed_goals=closed_goals(db, window),
        patterns=found,
        self_assessment=self_assessment(period, evidence, ranked, statuses),
        energy=energy(entries_in(db, window)),
    )
    if charts:
        digest.charts = [
            months_chart(
                [m["label"].split()[0] for m in month_counts],
                [m["count"] for m in month_counts],
                HEALTHY_PER_MONTH,
            ),
            scopes_chart([s["label"] for s in scopes], [s["count"] for s in scopes], highlight),
        ]
        if digest.energy:
            rows = digest.energy["rows"]
            digest.charts.append(
                energy_chart(
                    [r["label"] for r in rows],
                    [r["energised"] for r in rows],
                    [r["drained"] for r in rows],
                )
            )
    log.debug("digest %s: %d evidence entries, %d goals", period.key, len(evidence), len(goals))
    return digest
