"""Read a goal answer into its fields: current state, gap, next action, why, and closure.

The quarterly prompt asks, for each goal, where it stands, what the gap is and what comes
next. Users answer with labels ("Gap: …", "Next: …", "Why: …", in any order, in the
languages the parser reads) or in prose ("The gap is still scope; next step is a plan";
"still want it because I want to set direction": what follows "because" is the why).
A labelled part runs until the next label; a sentence that opens with "gap" or "next"
holds only itself. Whatever is not under a label is the current state.

Closing words ("done", "achieved", "got it"; "dropping", "parking", "no longer …") close
the goal, unless the sentence hedges ("not done yet", "almost done", "mostly closed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerlog.parsers.model import GoalStatus

_I = re.IGNORECASE
_FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "current_state": (
        r"current\s+state", r"state", r"status", r"where\s+i\s+am", r"now", r"progress",
        r"aktueller\s+stand", r"stand", r"état(?:\s+actuel)?", r"situation",
        r"estado(?:\s+actual)?", r"huidige\s+stand", r"stato",
    ),
    "gap": (
        r"(?:the\s+|new\s+|remaining\s+|main\s+|biggest\s+)?gaps?(?:\s+now)?", r"missing",
        r"lücke", r"écart", r"brecha", r"lacuna", r"hiaat", r"divario",
    ),
    "actions": (
        r"next(?:\s+(?:steps?|actions?|up))?", r"actions?", r"plan", r"to\s?do",
        r"nächste[rn]?\s+schritte?", r"maßnahmen?", r"prochaines?\s+étapes?",
        r"próximos?\s+pasos?", r"siguientes?\s+pasos?", r"acci[oó]n(?:es)?",
        r"próximos?\s+passos?", r"ação|ações", r"volgende\s+stap(?:pen)?", r"actie",
        r"prossim[oi]\s+pass[oi]", r"azion[ei]",
    ),
    "motivation": (
        r"why(?:\s+it\s+matters)?", r"motivation", r"because", r"warum", r"pourquoi",
        r"por\s+qu[eé]", r"por\s+que", r"waarom", r"perch[eé]",
    ),
}  # fmt: skip
# (The lookahead holds the labels' first letters: most word starts fail on it at once.)
_LABEL = re.compile(
    r"(?:^|(?<=[\s.;!?(]))(?=[cswnpaéehtrmbgldv])(?P<label>"
    + "|".join(f"(?P<{name}>{'|'.join(words)})" for name, words in _FIELD_WORDS.items())
    + r")\s*[:：]\s*",
    _I,
)
# Prose that opens a field without a colon: "The gap is still scope", "next step is …".
# What the cue words say ("New gap is", "next step is") is dropped from the field.
_CUES = (
    ("gap", re.compile(r"^(?:the\s+|my\s+|new\s+|remaining\s+|main\s+)*gaps?\b"
                       r"(?:\s+(?:is|now|remains)\b)*\s*", _I)),
    ("actions", re.compile(r"^next(?:\s+(?:steps?|actions?|up))?\b(?:\s+(?:is|are)\b)?\s*",
                           _I)),
)  # fmt: skip
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
# "Still want it because I want to set direction": what follows "because" is the why.
_BECAUSE = re.compile(
    r"(?:^|,?\s+)(?:because|weil|parce\s+que|porque|omdat|"
    r"perch[eé]|poich[eé])\s+(?=\S)",
    _I,
)

_HEDGE = re.compile(
    r"\b(?:not|n't|nearly|almost|mostly|partly|half|yet|once|when|if|until|before|"
    r"nicht|noch|fast|pas|presque|casi|todavía|quase|ainda|bijna|nog|quasi)\b",
    _I,
)
_DONE_WORD = (
    r"(?:done|achieved|accomplished|complete[d]?|erledigt|erreicht|geschafft|atteint|"
    r"accompli|logrado|conseguido|cumplido|alcan[cç]ado|conclu[ií]do|bereikt|gehaald|"
    r"raggiunto)"
)
_GOAL_WORD = r"(?:goal|ziel|objectif|objetivo|doel|obiettivo)"
# Every form of _DONE and _DROPPED starts a word; the leading \b says so once, so a
# position inside a word fails at once instead of in each form.
_DONE = re.compile(
    r"\b(?:"
    # "Marking this one done", "I'd count it as achieved"
    r"\b(?:marking|mark|calling|call|consider(?:ing)?|count(?:ing)?)\s+(?:this|it|that|"
    rf"the\s+goal)(?:\s+(?:one|goal))?\s+(?:as\s+)?(?:{_DONE_WORD}|closed)\b"
    # "Done.", "Got it: …", "Achieved!" — the word alone, not "Achieved a 20% cut"
    rf"|^(?:got\s+it|{_DONE_WORD}|goal\s+(?:reached|met))\s*(?:[.!:,;—–-]|$)"
    rf"|\b(?:this|it|that|the\s+goal)(?:\s+(?:one|goal))?(?:\s+is|'s|’s)\s+(?:now\s+)?{_DONE_WORD}\b"
    r"|\bgot\s+it\s*[.!]*$|\b(?:achieved|reached|hit)\s+(?:it|this|that|the\s+goal)\b"
    # "Ziel erreicht", "Objectif atteint", "Doel bereikt"
    rf"|\b{_GOAL_WORD}\b[^.!?]{{0,30}}\b{_DONE_WORD}\b)",
    _I,
)
_DROPPED = re.compile(
    r"\b(?=[dpsaglnvjy])(?:"  # and with one of its forms' first letters
    r"\b(?:dropping|drop(?:ped)?|parking|park(?:ed)?|shelving|shelve[d]?|abandoning|"
    r"abandon(?:ed)?|giving\s+up(?:\s+on)?|letting\s+go\s+of)\s+(?:this|it|that|the\s+goal)\b"
    r"|^(?:dropping|dropped|parking|parked|shelving|shelved|abandoned)\s*(?:[.!,;:—–-]|for\s+now|$)"
    r"|\bno\s+longer\s+(?:a\s+goal|a\s+priority|relevant|pursuing|want|wanted|care|"
    r"interested|matters?|important|needed|going\s+for)"
    r"|\bnot\s+a\s+(?:goal|priority)\s+any\s?more\b"
    r"|\b(?:streiche|verwerfe|lasse)\b.*\b(?:fallen|ziel)\b|\bnicht\s+mehr\s+(?:relevant|wichtig)\b"
    r"|\bj'abandonne\b|\bplus\s+(?:une\s+priorité|d'actualité)\b"
    r"|\b(?:descarto|abandono)\s+(?:este|el|esto)\b|\bya\s+no\s+es\s+(?:una\s+prioridad|un\s+objetivo)\b"
    r"|\bdesisto\b|\blaat\b.*\bvallen\b|\bstop\s+ermee\b"
    r"|\blascio\s+perdere\b|\bnon\s+è\s+più\s+(?:una\s+priorità|un\s+obiettivo)\b)",
    _I,
)  # fmt: skip


def _colon(text: str) -> bool:
    """Every label ends in a colon: text without one is spared trying them all."""
    return ":" in text or "：" in text


@dataclass
class AnswerFields:
    """The fields one goal answer sets; ``None`` leaves the stored value as it is."""

    current_state: str | None = None
    gap: str | None = None
    actions: str | None = None
    motivation: str | None = None
    status: GoalStatus | None = None


def closing_status(sentence: str) -> GoalStatus | None:
    """``done`` or ``dropped`` when the sentence closes the goal, else ``None``."""
    text = sentence.strip()
    if _DROPPED.search(text):
        return "dropped"
    if _DONE.search(text) and not _HEDGE.search(text):
        return "done"
    return None


def _chunks(text: str) -> list[tuple[str | None, str]]:
    """(field named by a label, text) pieces, in order; an unlabelled start has no field."""
    pieces: list[tuple[str | None, str]] = []
    start, current = 0, None
    for m in _LABEL.finditer(text) if _colon(text) else ():
        pieces.append((current, text[start : m.start()]))
        current = next(name for name in _FIELD_WORDS if m.group(name))
        start = m.end()
    pieces.append((current, text[start:]))
    return [(name, piece.strip()) for name, piece in pieces if piece.strip()]


def _join(parts: list[str]) -> str | None:
    text = " ".join(" ".join(p.split()) for p in parts if p.strip()).rstrip(";,")
    return text or None


def _cued(sentence: str) -> tuple[str, str]:
    """The field an unlabelled sentence belongs to, and its words for that field."""
    for name, cue in _CUES:
        m = cue.match(sentence)
        if m and sentence[m.end() :].strip():
            return name, sentence[m.end() :]
    return "current_state", sentence


def read_fields(text: str) -> AnswerFields:
    """Split one goal answer into its fields (see the module docstring)."""
    parts: dict[str, list[str]] = {}
    status: GoalStatus | None = None
    for name, piece in _chunks(text):
        for sentence in _SENTENCE.split(piece):
            if not sentence.strip():
                continue
            if name in (None, "current_state") and (closed := closing_status(sentence)):
                status = status or closed
                continue  # "Marking this one done.", "Status: achieved": not the state
            if name in (None, "current_state") and (why := _BECAUSE.search(sentence)):
                parts.setdefault("motivation", []).append(sentence[why.end() :])
                sentence = sentence[: why.start()]
                if not sentence.strip():
                    continue
            target, sentence = (name, sentence) if name else _cued(sentence)
            parts.setdefault(target, []).append(sentence)
    return AnswerFields(
        current_state=_join(parts.get("current_state", [])),
        gap=_join(parts.get("gap", [])),
        actions=_join(parts.get("actions", [])),
        motivation=_join(parts.get("motivation", [])),
        status=status,
    )


def starts_with_field(text: str) -> bool:
    """Does this line open with a field label ("Gap: …", "Next: …", "Why: …")?"""
    m = _LABEL.match(text.strip()) if _colon(text) else None
    return m is not None and m.start() == 0


def field_heading(quoted: list[str]) -> str | None:
    """The field label a quoted prompt line ends on ("  Gap: what stands between you…").

    An answer written right under it, inline, is that part of the goal answered above.
    """
    lines = [line.strip() for line in quoted if line.strip()]
    m = _LABEL.match(lines[-1]) if lines else None
    return m.group("label") if m and m.start() == 0 else None


def split_at_fields(text: str) -> tuple[str, str]:
    """(text before the first field label, the rest): a ``goal:`` line names its goal first."""
    m = _LABEL.search(text) if _colon(text) else None
    if m is None:
        return text.strip(), ""
    return text[: m.start()].strip(), text[m.start() :].strip()
