"""The strength score: which evidence entries to put forward first.

The seeds ask for "2–3 entries per quarter that would be strong in a performance review
or promotion conversation": quantified outcomes beat vague ones, broader scope beats
narrower, work that moves a stated goal counts, and fresh entries are remembered
better. One score, from 0 to 100, weighs exactly those four things::

    strength = 40·Q + 30·S + 20·G + 10·R

    Q  quantified outcome  1    a metric with a number ("340 ms", "$12k/month", "45 → 6 min")
                           0.5  a metric without a number ("halved", "doubled")
                           0    no metric
    S  breadth of scope    org or external 1 · multi-team 0.6 · team 0.25 · not given 0
    G  linked to a goal    1 when the entry is linked to a goal, else 0
    R  recency             where the entry's day falls in the period looked at:
                           0 on its first day, 1 on its last day (linear)

Ties go to the more recent entry, then to the later-logged one (higher id). Recency
weighs least on purpose: it only orders entries that are otherwise alike, so an org-wide
quantified result from the first week of a quarter still beats a team-scope note from
its last week.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from careerlog.insights.window import Window, entry_day

WEIGHTS = {"quantified": 40.0, "scope": 30.0, "goal": 20.0, "recency": 10.0}
SCOPE_BREADTH = {"team": 0.25, "multi-team": 0.6, "org": 1.0, "external": 1.0}
SCOPE_RANK = {"team": 1, "multi-team": 2, "org": 3, "external": 3}


@dataclass(frozen=True)
class Scored:
    entry: dict[str, Any]
    score: float
    quantified: float
    scope: float
    goal: float
    recency: float

    @property
    def why(self) -> str:
        """The reasons in words, for a reader who wonders why this one was picked."""
        reasons = []
        if self.quantified == 1:
            reasons.append("quantified")
        elif self.quantified:
            reasons.append("outcome named")
        if self.entry.get("scope"):
            reasons.append(f"{self.entry['scope']} scope")
        if self.entry.get("goal"):
            reasons.append(f"toward “{self.entry['goal']}”")
        return ", ".join(reasons)


def quantified(entry: dict[str, Any]) -> float:
    metrics = entry.get("metrics") or []
    if any(isinstance(m, dict) and m.get("value") is not None for m in metrics):
        return 1.0
    return 0.5 if metrics else 0.0


def score_entry(entry: dict[str, Any], window: Window) -> Scored:
    day: date = entry.get("day") or entry_day(entry, window.tz)
    span = max(window.days - 1, 1)
    recency = min(max((day - window.start).days / span, 0.0), 1.0)
    q = quantified(entry)
    s = SCOPE_BREADTH.get(entry.get("scope") or "", 0.0)
    g = 1.0 if entry.get("goal") else 0.0
    total = (
        WEIGHTS["quantified"] * q
        + WEIGHTS["scope"] * s
        + WEIGHTS["goal"] * g
        + WEIGHTS["recency"] * recency
    )
    return Scored(entry, round(total, 1), q, s, g, round(recency, 3))


def rank(entries: Iterable[dict[str, Any]], window: Window) -> list[Scored]:
    """Strongest first (see the module docstring for the formula and the tie-breaks)."""
    scored = [score_entry(e, window) for e in entries]
    scored.sort(
        key=lambda s: (s.score, s.entry.get("day") or entry_day(s.entry, window.tz), s.entry["id"]),
        reverse=True,
    )
    return scored


def strongest(
    entries: Iterable[dict[str, Any]], window: Window, *, least: int, most: int, bar: float = 50.0
) -> list[Scored]:
    """``least`` entries always (when there are that many), up to ``most`` if they reach ``bar``.

    A review wants 3–5 entries: three always, a fourth and fifth only when they are
    strong enough to stand next to the first three.
    """
    ranked = rank(entries, window)
    return ranked[:least] + [s for s in ranked[least:most] if s.score >= bar]


def entry_view(entry: dict[str, Any], scored: Scored | None = None) -> dict[str, Any]:
    """One entry as the digest and exports show it (plus its score when ranked)."""
    return {
        "id": entry["id"],
        "text": " ".join(str(entry["text"]).split()),
        "day": entry["day"].isoformat(),
        "scope": entry.get("scope") or "",
        "goal": entry.get("goal") or "",
        "metrics": [m["text"] for m in entry.get("metrics") or [] if isinstance(m, dict)],
        "people": entry.get("people") or [],
        "why": scored.why if scored else "",
        "score": scored.score if scored else None,
    }
