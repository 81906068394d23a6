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


def _leaders(counter: Counter[str]) -> list[str]:
    """The kinds sharing the highest count (one, unless they tie)."""
    most = max(counter.values(), default=0)
    return sorted(kind for kind, n in counter.items() if n == most)


def _labels(kinds: list[str]) -> str:
    return " and ".join(KIND_LABELS.get(kind, kind) for kind in kinds)


def _sentence(
    energised: Counter[str], drained: Counter[str], people: dict[str, Counter[str]]
) -> str:
    """Which kind of work energised and which drained, with whom. When one kind leads both
    sides, or kinds tie, the kind tells nothing, so the sentence contrasts the people:
    "Work with Priya Raman energised you; work with Omar Haddad drained you."."""
    sides = {"energised": _leaders(energised), "drained": _leaders(drained)}
    whom = {
        side: _top(Counter({p: c[side] for p, c in people.items() if c[side]})) for side in sides
    }
    leads = [kinds for kinds in sides.values() if kinds]
    by_kind = all(len(k) == 1 for k in leads) and len({k[0] for k in leads}) == len(leads)
    if not by_kind and not any(whom.values()) and sides["energised"] == sides["drained"]:
        text = f"{_labels(sides['energised'])} both energised and drained you"
    else:
        parts = []
        for side, kinds in sides.items():
            person = whom[side]
            if not kinds:
                continue
            if by_kind:
                with_whom = f", most of all with {person}" if person else ""
                parts.append(f"{_labels(kinds)} {side} you{with_whom}")
            elif person:
                parts.append(f"work with {person} {side} you")
            else:
                parts.append(f"{_labels(kinds)} {side} you")
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
