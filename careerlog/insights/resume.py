"""Résumé bullets: evidence entries, strongest first, rewritten in résumé voice.

A bullet is either rewritten completely or left exactly as written, never half-changed.
Each sentence of the entry is rewritten by a small set of plain rules, applied in order
(nothing is invented, only words are dropped or a leading verb is put in the past tense):

1. drop a leading marker (``impact:``, ``- ``, ``•``), time words (``This week,``), an
   opener ("Also", "And") and a short label before a colon (``Big one this week:``);
2. drop the subject: "I", "we", "my team", "our team", with "have", "'ve", "was able to",
   "managed to" after it;
3. the sentence must then open with an action: a subject was dropped, or its first word
   is a known verb in the past, -ing or -s form ("design docs are better" opens with a
   noun, so it is not an action);
4. drop fillers anywhere ("basically", "actually", "just", "really", "successfully", …);
5. put a leading verb in the past tense ("cut" stays, "lead"/"leading"/"leads" → "Led",
   "reduce" → "Reduced");
6. capital first letter, no final full stop.

If any sentence does not open with an action (step 3), the entry is left as written.
"I cut checkout P99 latency by 340 ms across three teams." becomes
"Cut checkout P99 latency by 340 ms across three teams".

The résumé takes impact evidence only: feedback and other skill entries (criticism
included) are never turned into bullets.
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
    "accelerate add align analyse analyze automate cause champion clean close coach collaborate "
    "convince finish handle host land roll turn "
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
_BASES = frozenset((*_IRREGULAR, *_REGULAR, *_DOUBLE))


def _past(word: str) -> str | None:
    """The past tense of a known verb given in base, -s, -ing or past form; else None."""
    return _VERBS.get(word.lower())


_OPENER = re.compile(r"^(?:also|and|plus|then|finally)\b,?\s+", re.I)
_LABEL = re.compile(r"^[^:.;!?]{1,30}:\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _strip_lead(value: str) -> tuple[str, bool]:
    """Markers, time words, a label and the subject dropped; whether a subject was."""
    had_subject = False
    for _ in range(3):  # markers, time words and subjects may come in any order
        value = _MARKER.sub("", value)
        value = _TIME.sub("", value)
        value = _OPENER.sub("", value)
        labelled = _LABEL.match(value)
        if labelled and _opens_with_verb(value[labelled.end() :]):
            value = value[labelled.end() :]
        subject = _SUBJECT.match(value)
        if subject:
            value, had_subject = value[subject.end() :], True
    return value, had_subject


def _opens_with_verb(text: str) -> bool:
    """Whether ``text`` starts with a known verb that can only be a verb there.

    A bare base form ("design", "plan", "review") is also a noun, so it counts only when
    it is its own past tense ("cut", "set").
    """
    first = text.split(" ", 1)[0].strip(",").lower()
    past = _past(first)
    if past is None:
        return False
    return first == past or first not in _BASES


def rewrite_sentence(sentence: str) -> str | None:
    """One sentence in résumé voice, or None when it does not open with an action."""
    value, had_subject = _strip_lead(" ".join(sentence.split()))
    if not value or not (had_subject or _opens_with_verb(value)):
        return None
    value = _FILLERS.sub("", value)
    value = re.sub(r"\s+([,.;:])", r"\1", " ".join(value.split()))
    value = value.rstrip(" .;,!")
    if not value:
        return None
    first, _, rest = value.partition(" ")
    past = _past(first.strip(",")) if first[:1].islower() or first.istitle() else None
    if past is not None:
        value = f"{past} {rest}".strip()
    return value[:1].upper() + value[1:]


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` on one line each (at least one, maybe empty)."""
    return _SENTENCE_END.split(" ".join(str(text).split()))


def rewrite(text: str) -> str | None:
    """The whole entry in résumé voice, or None when any sentence would only half-change."""
    rewritten = [rewrite_sentence(s) for s in sentences(text) if s]
    if not rewritten or any(r is None for r in rewritten):
        return None
    return ". ".join(r for r in rewritten if r)


def resume_voice(text: str) -> str:
    """One entry's text as a résumé bullet: rewritten completely, or exactly as written."""
    return rewrite(text) or " ".join(str(text).split())


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
    """Accomplishment bullets from impact evidence, strongest first."""
    evidence = entries_in(db, window, "evidence")
    return {
        "title": "Accomplishments",
        "covered": window.label(),
        "bullets": bullets(rank(evidence, window), limit),
        "total": len(evidence),
    }
