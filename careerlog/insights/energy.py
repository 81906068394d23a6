"""What energised and what drained: the quarter's feelings by kind of work and by person.

Each entry with a feeling counts once for its kind of work and once for each person it
names, on the side its feeling falls (careerlog.parsers.feelings.FEELINGS). Two or three
feelings are an anecdote, not a pattern: below :data:`MIN_FELT` felt entries the digest
says nothing about them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from careerlog.parsers.feelings import valence

MIN_FELT = 4
TOP_PEOPLE = 3
KIND_LABELS = {
    "evidence": "impact work",
    "skill": "learning",
    "relationship": "time with people",
    "goal": "goal work",
}


def _top(counter: Counter[str]) -> str | None:
    best = counter.most_common(1)
    return best[0][0] if best else None


def _sentence(
    energised: Counter[str], drained: Counter[str], people: dict[str, Counter[str]]
) -> str:
    parts = []
    for side, kinds in (("energised", energised), ("drained", drained)):
        kind = _top(kinds)
        if kind is None:
            continue
        person = _top(Counter({p: c[side] for p, c in people.items() if c[side]}))
        with_whom = f", most of all with {person}" if person else ""
        parts.append(f"{KIND_LABELS.get(kind, kind)} {side} you{with_whom}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def energy(entries: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """Rows of (label, energised, drained) and a sentence, or ``None`` when too few felt."""
    energised: Counter[str] = Counter()
    drained: Counter[str] = Counter()
    people: dict[str, Counter[str]] = {}
    felt = 0
    for entry in entries:
        side = valence(entry.get("feeling"))
        if side is None:
            continue
        felt += 1
        (energised if side == "energised" else drained)[entry["kind"]] += 1
        for name in entry.get("people") or ():
            people.setdefault(name, Counter())[side] += 1
    if felt < MIN_FELT:
        return None
    rows = [
        {
            "label": KIND_LABELS.get(kind, kind),
            "energised": energised[kind],
            "drained": drained[kind],
        }
        for kind in KIND_LABELS
        if energised[kind] or drained[kind]
    ]
    busiest = sorted(people, key=lambda p: (-sum(people[p].values()), p))[:TOP_PEOPLE]
    rows += [
        {"label": f"with {p}", "energised": people[p]["energised"], "drained": people[p]["drained"]}
        for p in busiest
    ]
    return {"felt": felt, "rows": rows, "sentence": _sentence(energised, drained, people)}
