"""The kind a label, heading or prompt question gives an item.

What the user writes around an item can say its kind before its content does: an explicit
prefix (``skill:``, ``@Name``), a heading or label with the kind's words in it ("People:",
"Was ich gelernt habe"), a topic said before a comma ("People-wise, …") or the question of
the prompt the item answers inline. ``kinds.content_kind`` decides only when none of these
does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerlog.parsers.feedback_cues import FEEDBACK_GIVEN, TOLD_THEM
from careerlog.parsers.model import EntryKind
from careerlog.parsers.topics import TOPIC
from careerlog.parsers.work_cues import OFF_GOALS

_I = re.IGNORECASE


@dataclass(frozen=True)
class KindHint:
    kind: EntryKind | None = None
    skill_kind: str | None = None
    facet: str | None = None  # evidence questions: "what", "outcome" or "scope"
    goal: str | None = None  # a goal title the question names


NONE = KindHint()

_PREFIXES: dict[str, KindHint] = {
    **dict.fromkeys(("impact", "win", "wins", "evidence"), KindHint("evidence")),
    **dict.fromkeys(("skill", "skills", "learned", "learnt", "learning", "til"), KindHint("skill")),
    **dict.fromkeys(("practiced", "practised", "practice"), KindHint("skill", "practice")),
    "feedback": KindHint("skill", "feedback"),
    **dict.fromkeys(("person", "people", "relationship"), KindHint("relationship")),
    **dict.fromkeys(("goal", "gap", "new goal"), KindHint("goal")),
    # "goal:" in the other languages the parser reads (de, fr, es/pt, nl, it)
    **dict.fromkeys(("ziel", "objectif", "objetivo", "doel", "obiettivo"), KindHint("goal")),
}
_PREFIX = re.compile(
    r"^\s*(" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + r")\s*[:：]\s*", _I
)
_MENTION_START = re.compile(r"^\s*@[^\W\d_]")

FEEDBACK = re.compile(
    r"\bfeedback|\bcritique|\bretour|\brückmeldung|\bretroalimentaci|\bterugkoppeling", _I
)
# The words of each kind below are tried only at a word start with one of their first
# letters (the lookahead): labels are read for every item, and most of their words are none.
_SKILL = re.compile(
    r"\b(?=[slpcfhvrwagoi])(?:skills?\b|learn|practic|practis|codebases?\b|compétence|"
    r"fähigkeit|habilidad|vaardigh|competenz|competênc|competenc|studied|ramp(?:ed|ing)? up|"
    r"courses?\b(?! correct)|"
    # learning and training in the other languages: "Gelernt:", "Apprentissage :",
    # "Aprendizaje:", "Formação:", "Geleerd:", "Opleiding:", "Apprendimento:", "Formazione:"
    r"lernen\b|gelernt|weiterbildung|fortbildung|schulung|apprentissage|appris\b|"
    r"formation\b|aprend|formación|formação|leren\b|geleerd|opleiding|imparat|apprendiment|"
    r"formazione)",
    _I,
)
_RELATION = re.compile(
    r"\b(?=[rpnwc1bmlk])(?:relationships?\b|people\b|person\b|network(?:ing|s)?\b|"
    r"worked with|contacts?\b|1:1 with|beziehung|relations\b|personnes\b|relaciones\b|"
    r"relações\b|relazioni\b|relaties\b|personen\b|personas\b|contactos\b|mensen\b|"
    r"pessoas\b|persone\b|leute\b|menschen\b|"
    # colleagues, in every language: "Kollegen:", "Collègues :", "Colegas:", "Collega's:"
    r"colleagues?\b|kolleg(?:en|innen)\b|collègues?\b|colegas?\b|collega(?:['’]s)?\b|"
    r"colleghi\b|contatti\b|kontakte\b)",
    _I,
)
_GOAL = re.compile(
    r"\b(?=[gozdpb])(?:goals?\b|gaps?\b|objecti|objetiv|obiettiv|ziele?\b|doel(?:en)?\b|"
    r"promo(?:tion)?\b|promoci[oó]n|promoção|beförderung|promotie|promozione)",
    _I,
)
# "meta", the Spanish and Portuguese goal word, only as the label's first word ("Meta:",
# "Nova meta:", "Meta Staff:"), not an English "Meta note:"; looked for only at the start.
_META_GOAL = re.compile(
    r"\W*(?:(?:nueva|nova|mi|mis|minha|minhas|a|as|la|las) )?metas?"
    r"(?:\s+(?:d[eao]s?\b|(?-i:[A-Z]))|\W*$)",
    _I,
)
_EVIDENCE = re.compile(
    r"\b(?=[iweosarlc])(?:impact|wins?\b|evidence\b|outcome|scope\b|what you did|"
    r"achievements?\b|accomplishments?\b|"
    # results and achievements in the other languages: "Erfolge:", "Résultats :", "Logros:"
    r"erfolge?\b|ergebniss?e?\b|wirkung\b|réalisations?\b|résultats?\b|logros?\b|"
    r"resultados?\b|conquistas?\b|resultaten\b|risultati\b|impatto\b)",
    _I,
)
_FACETS = (("outcome", "outcome"), ("result", "outcome"), ("scope", "scope"), ("what you", "what"))

_NUMBERED_GOAL = re.compile(r"^\s*\d{1,2}[.)]\s+(.+?)\s*$")
_QUOTED_GOAL = re.compile(r"\bgoals?\b\s*[:：]?\s*[\"“„«]([^\"”“»]{4,120})[\"”“»]", _I)


def topic_hint(text: str) -> KindHint:
    """The kind a topic said at the item's start sets ("People-wise, …"), if any."""
    if (m := TOPIC.match(text)) is None:
        return NONE
    return keyword_kind(m.group(0))


def explicit_prefix(text: str) -> tuple[KindHint, str]:
    """The kind an explicit prefix sets, and the text without that prefix."""
    if m := _PREFIX.match(text):
        return _PREFIXES[m.group(1).lower()], text[m.end() :]
    if _MENTION_START.match(text):
        return KindHint("relationship"), text
    return NONE, text


def keyword_kind(text: str) -> KindHint:
    """Map a heading, label or question to a kind by the words in it."""
    if FEEDBACK.search(text):
        if FEEDBACK_GIVEN.search(text) or TOLD_THEM.search(text):
            return KindHint("relationship")  # "Le di feedback: …", "feedback on his RFC: …"
        return KindHint("skill", "feedback")
    if _RELATION.search(text):
        return KindHint("relationship")
    if _SKILL.search(text):
        return KindHint("skill")
    # (a goal's words, but not "Outside my goals: …")
    if (_GOAL.search(text) or _META_GOAL.match(text)) and not OFF_GOALS.search(text):
        return KindHint("goal")
    if _EVIDENCE.search(text):
        low = text.lower()
        facet = next((f for key, f in _FACETS if key in low), None)
        return KindHint("evidence", facet=facet)
    return NONE


def question_unit(block: list[str]) -> str:
    """The last question of a quoted block: its last list item or paragraph, joined."""
    lines = []
    for line in block:
        if line.strip() in ("--", "-- "):
            break  # the prompt's own signature
        lines.append(line)
    while lines and not lines[-1].strip():
        lines.pop()
    unit: list[str] = []
    for line in reversed(lines):
        if not line.strip():
            break
        unit.insert(0, line.strip())
        if re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", line):
            break
    return " ".join(unit)


def question_hint(question: str) -> KindHint:
    """What an inline answer inherits from the prompt question above it."""
    if not question:
        return NONE
    if m := _NUMBERED_GOAL.match(question.split(" State:")[0].split(" Gap:")[0]):
        title = m.group(1).strip()
        if _GOAL.search(question) or re.search(r"\bState:|\bGap:", question):
            return KindHint("goal", goal=title)
    if m := _QUOTED_GOAL.search(question):
        return KindHint("goal", goal=m.group(1).strip())
    first = question.split()[0]
    if len(first) >= 3 and first.isupper():
        hint = keyword_kind(first)
        if hint.kind:
            return KindHint(hint.kind)
    return keyword_kind(question)
