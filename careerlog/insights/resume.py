"""Résumé bullets: evidence entries, strongest first, rewritten in résumé voice.

Résumé voice is a small set of plain rules, applied in order (nothing is invented, only
words are dropped or a leading verb is put in the past tense):

1. drop a leading marker (``impact:``, ``- ``, ``•``) and time words (``This week,``);
2. drop the subject: "I", "we", "my team", "our team", with "have", "'ve", "was able to",
   "managed to" after it;
3. drop fillers anywhere ("basically", "actually", "just", "really", "successfully", …);
4. put a leading verb in the past tense ("cut" stays, "lead"/"leading"/"leads" → "Led",
   "reduce" → "Reduced"); a sentence that does not start with a known verb keeps its
   words;
5. capital first letter, no final full stop.

"I cut checkout P99 latency by 340 ms across three teams." becomes
"Cut checkout P99 latency by 340 ms across three teams".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from careerlog.insights.scoring import Scored, rank
from careerlog.insights.window import Window, entries_in

_IRREGULAR = {
    "begin": "began", "bring": "brought", "build": "built", "buy": "bought", "catch": "caught",
    "choose": "chose", "cut": "cut", "do": "did", "draw": "drew", "drive": "drove",
    "find": "found", "get": "got", "give": "gave", "grow": "grew", "hold": "held",
    "keep": "kept", "lead": "led", "lend": "lent", "make": "made", "meet": "met",
    "put": "put", "rebuild": "rebuilt", "rewrite": "rewrote", "run": "ran", "set": "set",
    "shut": "shut", "speak": "spoke", "spend": "spent", "split": "split", "take": "took",
    "teach": "taught", "tell": "told", "think": "thought", "undertake": "undertook",
    "win": "won", "write": "wrote", "co-write": "co-wrote", "oversee": "oversaw",
    "sell": "sold", "send": "sent", "show": "showed", "stand": "stood", "steer": "steered",
}  # fmt: skip
_REGULAR = (  # noqa: SIM905 (a word list reads better as prose)
    "accelerate add align analyse analyze automate cause champion close coach collaborate "
    "consolidate contribute coordinate create cross-train debug decrease define deliver "
    "deploy deprecate design detect develop document double drop eliminate enable "
    "establish estimate expand facilitate fix gather guide halve help identify implement "
    "improve increase instrument interview introduce investigate launch map mentor merge "
    "migrate model modernize move negotiate onboard optimise optimize organise organize "
    "own pair partner pilot plan present prevent prioritise prioritize propose prototype "
    "publish raise recruit redesign reduce refactor release remove replace report "
    "resolve restructure retire review save scale secure ship shorten simplify stabilise "
    "stabilize standardise standardize start streamline support test train triage "
    "unblock unify upgrade validate"
).split()
_DOUBLE = {"ship": "shipped", "plan": "planned", "drop": "dropped", "map": "mapped"}
_MARKER = re.compile(r"^\s*(?:[-*•·]\s*|(?:impact|evidence|win|result)\s*:\s*)+", re.I)
_TIME = re.compile(
    r"^(?:(?:this|last|earlier this|over the last) (?:week|month|sprint|quarter)|today|"
    r"yesterday|on (?:mon|tues|wednes|thurs|fri)day)\s*,?\s+",
    re.I,
)
_SUBJECT = re.compile(
    r"^(?:i|we|my team and i|the team and i|my team|our team|the team)"
    r"(?:'ve|'d| have| had| was able to| were able to| managed to| got to)?\s+",
    re.I,
)
_FILLERS = re.compile(
    r"\b(?:basically|actually|just|really|finally|successfully|simply|literally|"
    r"kind of|sort of|pretty much|a bit|a little|quite|very|also)\b(?!-)\s*",
    re.I,
)


def _regular_past(base: str) -> str:
    if base in _DOUBLE:
        return _DOUBLE[base]
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _forms(base: str) -> list[str]:
    """base, third person and -ing forms of a verb."""
    third = base[:-1] + "ies" if base.endswith("y") and base[-2:-1] not in "aeiou" else base + "s"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
    doubled = _DOUBLE.get(base, "")[:-2]  # ship -> shipp(ing)
    return [base, third, stem + "ing", (doubled or stem) + "ing"]


def _verb_table() -> dict[str, str]:
    table: dict[str, str] = {}
    pairs = [*_IRREGULAR.items(), *((b, _regular_past(b)) for b in (*_REGULAR, *_DOUBLE))]
    for base, past in pairs:
        table[past] = past
        for form in _forms(base):
            table.setdefault(form, past)
    return table


_VERBS = _verb_table()


def _past(word: str) -> str | None:
    """The past tense of a known verb given in base, -s, -ing or past form; else None."""
    return _VERBS.get(word.lower())


def resume_voice(text: str) -> str:
    """One entry's text as a résumé bullet (see the module docstring for the rules)."""
    value = " ".join(str(text).split())
    value = value.split("\n", 1)[0]
    for _ in range(3):  # markers, time words and subjects may come in any order
        value = _MARKER.sub("", value)
        value = _TIME.sub("", value)
        value = _SUBJECT.sub("", value)
    value = _FILLERS.sub("", value)
    value = re.sub(r"\s+([,.;:])", r"\1", " ".join(value.split()))
    value = value.rstrip(" .;,!")
    if not value:
        return " ".join(str(text).split())
    first, _, rest = value.partition(" ")
    past = _past(first.strip(",")) if first[:1].islower() or first.istitle() else None
    if past is not None:
        value = f"{past} {rest}".strip()
    return value[:1].upper() + value[1:]


def starts_with_verb(text: str) -> bool:
    first = text.split(" ", 1)[0].strip(",").lower()
    return _past(first) == first


def bullets(ranked: Sequence[Scored], limit: int | None = None) -> list[dict[str, Any]]:
    picked = ranked[:limit] if limit else ranked
    return [
        {
            "text": resume_voice(s.entry["text"]),
            "day": s.entry["day"].isoformat(),
            "scope": s.entry.get("scope") or "",
            "score": s.score,
        }
        for s in picked
    ]


def build_resume(db: Database, window: Window, *, limit: int = 12) -> dict[str, Any]:
    """Accomplishment bullets strongest first, and the skills worth naming."""
    evidence = entries_in(db, window, "evidence")
    skills = entries_in(db, window, "skill")
    seen: set[str] = set()
    skill_lines = []
    for entry in skills:
        line = resume_voice(entry["text"])
        if line.lower() not in seen:
            seen.add(line.lower())
            skill_lines.append(line)
    return {
        "title": "Accomplishments",
        "covered": window.label(),
        "bullets": bullets(rank(evidence, window), limit),
        "total": len(evidence),
        "skills": skill_lines[:limit],
    }
