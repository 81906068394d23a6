"""Which of the four tracked things an item is.

Evidence is decided in this order: an explicit prefix the user typed (``skill:``, ``@Name``),
a heading the user wrote above it, the prompt question it answers inline, a label at its
start ("People-wise: …"), and finally the item's content, with what the prompt asked for
as the prior: a weekly reply's "Paired with Arjun on the rollout plan" is about a person
(so is "Ran 4 pairing sessions with the new hires", though it names nobody), its "Started
learning Rust …" is a skill, its "Staff packet: wrote the first draft …" opens with a goal's
name and is that goal's update, and a quarterly reply's "I'm now the DRI for …" or a result
it measures ("Onboarding von 3 Wochen auf 8 Tage gesenkt") is evidence rather than an update
of a goal. A monthly or brief reply's "Shipped …" or "p99 down 40%" is evidence, whatever
else the prompt asked for. Feedback given to someone ("Gave Tomás feedback on his RFC") is
about that person; feedback received is a skill. The cues are read in the languages replies
come in ("Mit Dorothy … durchgesprochen", "Opgeleverd: …", "Je suis maintenant …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from careerlog.parsers.model import EntryKind, PromptKind

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
_SKILL = re.compile(
    r"\bskills?\b|\blearn|\bpractic|\bpractis|\bcodebases?\b|\bcompétence|\bfähigkeit|"
    r"\bhabilidad|\bvaardigh|\bcompetenz|\bcompetênc|\bcompetenc|\bstudied|"
    r"\bramp(?:ed|ing)? up",
    _I,
)
_RELATION = re.compile(
    r"\brelationships?\b|\bpeople\b|\bperson\b|\bnetwork|\bworked with|\bcontacts?\b|"
    r"\b1:1 with|\bbeziehung|\brelations\b|\bpersonen\b|\bpersonas\b|\bcontactos\b|"
    r"\bmensen\b|\bpessoas\b|\bpersone\b|\bleute\b",
    _I,
)
_GOAL = re.compile(r"\bgoals?\b|\bgaps?\b|\bobjecti|\bziele?\b|\bdoelen\b|\bpromo(?:tion)?\b", _I)
_EVIDENCE = re.compile(r"\bimpact|\bwins?\b|\bevidence\b|\boutcome|\bscope\b|\bwhat you did", _I)
_FACETS = (("outcome", "outcome"), ("result", "outcome"), ("scope", "scope"), ("what you", "what"))
RELATION_CUES = re.compile(
    r"\bcoffee|\b1:1\b|\bmet\b|\bmeet|\bpair(?:ed|ing)?\b|\bmentor|\bsync\b|\bfollow(?:ed)? up|"
    r"\breconnect|\bintro|\bworked with|\bworking with|\bcatch(?:ing)? up|\blunch|\bsponsor|"
    r"\bco-own|\btogether|\btaught me|\bhelped me|\bwalked me|\bshowed me",
    _I,
)
SKILL_CUES = re.compile(
    r"\blearn|\bfeedback|\bpractic|\bstudied|\bcourse|\bhow to\b|\bread(?:ing)?\b|\bexplain", _I
)
# The point of the item is a person: pairing, mentoring, walking someone through something.
PERSON_POINT = re.compile(
    # (The lookahead holds the cues' first letters: most word starts fail on it at once.)
    r"\b(?=[pwmcl1rifsabgzt])(?:"
    r"pair(?:ed|ing)? (?:up )?with\b|walked \S+ through\b|walking \S+ through\b|"
    r"mentor(?:ed|ing)?\b|coach(?:ed|ing)\b|coffee with\b|lunch with\b|"
    r"1:1 with\b|met (?:with )?[A-Z@]|caught up with\b|reconnected with\b|"
    r"introduced (?:me|\S+ to)\b|feedback (?:from|to)\b|shadow(?:ed|ing)\b|"
    # the same in the other languages replies come in (fr, nl, de, es, pt)
    r"accompagn|begeleid|betreut|acompañ|acompanh|mentorei|"
    # feedback given to someone: "Gave Tomás feedback", "Di feedback a Tomás"
    r"gave \S+ (?:some )?feedback\b|feedback (?:a|à|an|aan|para) (?-i:[A-Z])|"
    # working or pairing with someone, in the other languages: "Mit Dorothy … durchgesprochen"
    r"(?<![^\W_])(?<!\w\W)(?<!\w\W\W)mit (?-i:[A-Z])|(?:samen)?gewerkt met\b|"
    r"zusammengearbeitet mit\b|travaill[ée] avec\b|trabaj[ée] con\b|trabalhei com\b|"
    r"lavorato con\b|pair[- ]programming (?:com|con|avec|mit|met|with)\b)",
    _I,
)
# Feedback the user gave to someone is about that person, not a skill the user practised.
_FEEDBACK_GIVEN = re.compile(
    r"\bgave \S+ (?:some )?feedback\b|\bfeedback (?:a|à|an|aan|para|to) (?-i:[A-Z])|"
    r"^\W*(?:di|gab|j['’]ai donné|dei|ho dato|gaf) (?:\S+ )?feedback\b",
    _I,
)
# The point is people even when none is named: pairing with, onboarding or mentoring a
# group ("the new hires", "two juniors").
_NEWCOMERS = (
    r"(?:(?:the|our|my|two|three|four|five|six|several|some|\d+)\s+){0,2}"
    r"(?:(?:new|junior|other)\s+)*(?:hires|joiners|starters|juniors|interns|grads|graduates|"
    r"mentees|apprentices|(?<=new )(?:engineers|teammates|devs|developers|team members))\b"
)
PEOPLE_POINT = re.compile(
    r"\b(?=[pomc])(?:"  # the first letters of the cues below: most positions fail on it
    rf"pair(?:ed|ing)?(?:[- ]programming)?(?: sessions?)? (?:up )?with {_NEWCOMERS}|"
    rf"(?:onboard|mentor|coach)(?:ed|ing)? {_NEWCOMERS}|"
    rf"(?:mentoring|coaching|onboarding|pairing) (?:sessions? )?(?:with|for) {_NEWCOMERS})",
    _I,
)
# Counts of the meeting itself ("4 pairing sessions", "3 new hires") report no outcome.
ACTIVITY_COUNTS = frozenset({"sessions", "meetings", "hires", "people", "calls", "1:1s"})
# Units that measure an outcome, not the time or the sessions spent: a percentage, a
# multiplier, money, a rate ("~6 hours/week").
_IMPACT_UNITS = frozenset({"%", "pp", "x", "USD", "EUR", "GBP", "JPY", "CHF", "BRL"})
# What a monthly or brief reply reports as delivered ("Shipped the rate limiter …"); not
# "Presented …" or "Took over the training …", which there are practice.
DELIVERED = re.compile(
    r"^\W*(?:(?:also|and|then|finally) )?(?:shipped|landed|launched|delivered|released|"
    r"rolled out|migrated|cut|reduced|saved|fixed|"
    # the same in the other languages replies come in (nl, de, fr, es, pt, it)
    r"(?:op)?geleverd|geliefert|ausgeliefert|livré|entregado|entregue|consegnato|rilasciato)\b",
    _I,
)
# An item that opens with learning or practice is a skill, whatever the prompt asked.
_SKILL_START = re.compile(
    r"^\W*(?:learned|learnt|studied|practi[cs]ed|took (?:a|the) course|went deep on|"
    r"ramped up on|read up on|got (?:some )?feedback|received feedback)\b",
    _I,
)
# The user learning, anywhere in the item ("Started learning Rust through …"), but not
# others ("so the new hires learn …", "lessons learned") nor a thing ("machine learning").
_LEARNING = re.compile(
    r"\b(?=[lsprwt])(?<!machine )(?<!deep )(?<!lessons )(?<!e-)(?:learn(?:ed|t|ing)?|"
    r"stud(?:ied|ying)|"
    r"practi[cs](?:ed|ing)|went deep on|ramp(?:ed|ing) up on|read up on|took (?:a|the) course)\b"
    r"(?! (?:path|platform|budget|session|sessions|materials|resources)\b)",
    _I,
)
# Taking a course, in the other languages replies come in: "Ho anche seguito un corso su eBPF".
_COURSE = re.compile(
    r"\b(?=[sfhtbg])(?:seguito|fatto|frequentato|hice|tomé|fiz|suivi|besucht|gemacht|gevolgd|gedaan)\s+"
    r"(?:[^\W\d_]+\s+){0,2}(?:corso|curso|cours|kurs|cursus|formation|schulung)\b",
    _I,
)
_OTHERS_LEARN = re.compile(
    r"\b(?:help(?:ed|ing|s)?|so|let(?:s|ting)?|teach(?:ing)?|taught|them|others|everyone|"
    r"people|team|hires|they|he|she|how)\s+(?:\w+\s+)?$",
    _I,
)
# Words that speak of a goal's progress or gap rather than report something done.
_GOAL_TALK = re.compile(
    r"\bgoals?\b|\bgaps?\b|\bnext\b|\bstill\b|\bnot yet\b|\bwant\b|\bplan(?:ning)? to\b|"
    r"\bneed to\b|\bhope\b|\baim\b|\bdone\b|\bdrop(?:ping|ped)?\b|\bprogress\b|"
    r"\bcloser\b|\bno change\b|\bon track\b|\bbehind\b",
    _I,
)
# A plain report of something achieved: "I'm now the DRI for …", "Shipped …", "Led …".
_ACHIEVED = re.compile(
    r"^\W*(?:I['’]m now|I am now|I now (?:own|lead|run)|I became|became|now the|shipped|"
    r"landed|launched|led|delivered|took over|was made|got promoted|presented|published|"
    # "I'm now …" and "delivered" in the other languages replies come in
    r"je suis (?:maintenant|désormais)|ich bin (?:jetzt|nun)|ahora soy|agora sou|ik ben nu|"
    r"ora sono|(?:op)?geleverd|geliefert|livré|entregado|entregue|consegnato)\b",
    _I,
)
# A figure changed: "from 45 to 12 min", "von 3 Wochen auf 8 Tage", "van 25 naar 9 minuten".
_FROM_TO = re.compile(
    r"\b(?=[fvdFVD])(?:from|von|van|de|da|desde|du)\s+[~≈]?\d[^.;\d]{0,20}?\s"
    r"(?:to|auf|naar|tot|à|a|para|hasta)\s+(?:[a-z]+\s+)?[~≈]?\d",
    _I,
)
_NUMBERED_GOAL = re.compile(r"^\s*\d{1,2}[.)]\s+(.+?)\s*$")
_QUOTED_GOAL = re.compile(r"\bgoals?\b\s*[:：]?\s*[\"“„«]([^\"”“»]{4,120})[\"”“»]", _I)


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
        return KindHint("skill", "feedback")
    if _RELATION.search(text):
        return KindHint("relationship")
    if _SKILL.search(text):
        return KindHint("skill")
    if _GOAL.search(text):
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


def achievement(text: str) -> bool:
    """Does the item report something achieved, without speaking of a goal's progress?"""
    return bool(_ACHIEVED.search(text)) and not _GOAL_TALK.search(text)


def learning(text: str) -> bool:
    """Does the item say the user learned or practised something, anywhere in it?"""
    return (
        bool(_SKILL_START.search(text))
        or any(not _OTHERS_LEARN.search(text[: m.start()]) for m in _LEARNING.finditer(text))
        or bool(_COURSE.search(text))
    )


def impact(units: Iterable[str | None], text: str = "") -> bool:
    """Does one of these metric units measure an outcome (see ``_IMPACT_UNITS``), or does
    ``text`` report a change from one figure to another ("von 3 Wochen auf 8 Tage")?"""
    units = list(units)  # a change needs a figure: most items have none, and skip the look
    return any(u and (u.split("/")[0] in _IMPACT_UNITS or "/" in u) for u in units) or bool(
        units and _FROM_TO.search(text)
    )


def _skill(text: str) -> KindHint:
    return KindHint("skill", "feedback" if FEEDBACK.search(text) else None)


def content_kind(
    prompt_kind: PromptKind,
    text: str,
    *,
    has_people: bool,
    outcome: bool,
    goal_linked: bool,
    measured: bool = False,
) -> KindHint:
    """The fallback: what the item talks about, with what the prompt asked for as the prior.

    ``outcome`` (a metric, or reach beyond the user's team) keeps an item about pairing
    with someone evidence: "paired with Linus; one budget across three teams now"; a count
    of the sessions themselves (``ACTIVITY_COUNTS``) is no outcome.
    ``goal_linked``: the item names an open goal (in a weekly reply, by a label at its start).
    ``measured``: a metric measures an outcome, or a figure changed (``impact``): in a monthly
    or brief reply, "p99 down 40%" is evidence, "took 2 shifts" or "a weekly 30 min" is not;
    in a quarterly one, such a line that speaks of no goal's progress is evidence too.
    """
    if prompt_kind == "quarterly" and goal_linked:
        return KindHint("goal")
    if prompt_kind == "weekly" and goal_linked:
        return KindHint("goal")  # "Staff packet: the doc is drafted, still missing …"
    if prompt_kind in ("weekly", "quarterly"):
        if _SKILL_START.search(text):
            return _skill(text)
        about_people = (has_people and PERSON_POINT.search(text)) or PEOPLE_POINT.search(text)
        if about_people and not outcome:
            return KindHint("relationship")
        if learning(text):
            return _skill(text)
    if prompt_kind == "weekly" or (prompt_kind == "quarterly" and achievement(text)):
        return KindHint("evidence")
    if prompt_kind == "quarterly" and measured and not _GOAL_TALK.search(text):
        return KindHint("evidence")  # "Nebenbei: Onboarding von 3 Wochen auf 8 Tage gesenkt"
    if prompt_kind == "quarterly":
        return KindHint("goal")
    if prompt_kind == "monthly":
        if has_people and _FEEDBACK_GIVEN.search(text):
            return KindHint("relationship")
        if learning(text):
            return _skill(text)
        if has_people and RELATION_CUES.search(text) and not SKILL_CUES.search(text):
            return KindHint("relationship")
        if PEOPLE_POINT.search(text):
            return KindHint("relationship")
        if DELIVERED.search(text) or (measured and not SKILL_CUES.search(text)):
            return KindHint("evidence")
        return _skill(text)
    # A 1:1 brief: notes are goal updates, feedback received, what was achieved, or notes
    # about people.
    if goal_linked:
        return KindHint("goal")
    if FEEDBACK.search(text):
        return KindHint("skill", "feedback")
    if DELIVERED.search(text) or measured:
        return KindHint("evidence")
    return KindHint("relationship")
