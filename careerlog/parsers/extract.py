"""Turn the user's segments into entries: kind, text, metrics, scope, people, goal, date."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from careerlog.parsers.dates import read_date
from careerlog.parsers.feedback_cues import received_feedback
from careerlog.parsers.feelings import feeling_line, feeling_remark, find_feeling, split_remark
from careerlog.parsers.goal_answers import field_heading, starts_with_field
from careerlog.parsers.goal_entries import goal_of, with_fields
from careerlog.parsers.goals import label_of, link_goal, overlap
from careerlog.parsers.items import Item, sentence_items, split_items
from careerlog.parsers.kind_labels import (
    FEEDBACK,
    KindHint,
    explicit_prefix,
    keyword_kind,
    question_hint,
    question_unit,
    topic_hint,
)
from careerlog.parsers.kinds import content_kind
from careerlog.parsers.metrics import find_metrics
from careerlog.parsers.model import DateSource, EntryKind, Metric, ParsedEntry, PromptKind
from careerlog.parsers.openers import opens_with_someone
from careerlog.parsers.people import PeopleFinder, with_brief_person
from careerlog.parsers.person_cues import PEOPLE_POINT
from careerlog.parsers.quotes import Segment
from careerlog.parsers.scope import find_plain_scope, find_scope
from careerlog.parsers.sentences import lead_words
from careerlog.parsers.work_cues import ACTIVITY_COUNTS, DELIVERED, achievement, impact

_LABEL = re.compile(r"^\s*([^:：\n]{2,60}?)\s*(?:[:：]\s|\s[-–—]\s)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_\s\"“(@])")
# Where a note about several people may turn to the next one: a sentence's end or a ";"
# ("Léa Martin m'a beaucoup aidé ; je veux revoir Omar …"), but not a ";" before a clause
# whose pronoun goes on about the same person ("Priya moves teams; she'll introduce me to …").
_CLAUSE = re.compile(rf"(?=[\s;])(?:{_SENTENCE.pattern}|\s*;\s+)")  # (a blank or ";" first)
_PRONOUN = re.compile(
    r"\b(?:she|he|they|her|his|him|their|them|il|elle|ils|elles|sie|er|ihr|ella|él|ele|lei|"
    r"lui|zij|hij|ze)\b",
    re.IGNORECASE,
)
_NEW_DOMAIN = re.compile(r"\bcodebase|\bmodule|\bdomain|\binternals|\bread(?:ing)?\b|\blearn", re.I)
_PRACTICE = re.compile(r"\bpractic|\bpractis", re.I)
# Only this much of an item is analysed: real items are far shorter, and it keeps a
# pathological single-line "item" of megabytes from costing seconds.
ANALYSE_CHARS = 4000
# Entries kept from one reply: a real one holds a handful, so a reply of thousands of
# bullet lines is a paste, and parsing all of it would only flood the log.
MAX_ENTRIES = 100
# Items this short carry no information unless they name someone or report a number.
MIN_WORDS = 4
# Lines about the reply itself ("Notes inline.", "Answers in blue below.").
_META = re.compile(r"\b(?:inline|below|above|in (?:blue|red|green|bold|colou?r))\b", re.I)


@dataclass(frozen=True)
class Extraction:
    prompt_kind: PromptKind
    goals: list[str]
    people: PeopleFinder
    message_date: datetime | None
    # The date of an entry that names none, and where that date comes from.
    default_day: date | None = None
    default_source: DateSource | None = None
    goal_tags: Mapping[str, str] = field(default_factory=dict)
    # The person a 1:1 brief was about: every note in the reply links to them.
    about: str | None = None
    own_team: str | None = None
    teams: Sequence[str] = ()
    # An entry's kind and its fields are read from the same text: what was read is kept
    # for this message (never across messages), so each text is read once.
    _metrics: dict[str, list[Metric]] = field(default_factory=dict, repr=False, compare=False)
    _scopes: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def metrics(self, text: str) -> list[Metric]:
        if (found := self._metrics.get(text)) is None:
            found = self._metrics[text] = find_metrics(text)
        return list(found)

    def scope(self, text: str) -> str | None:
        if text not in self._scopes:
            self._scopes[text] = find_scope(text, self.own_team, self.teams)
        return self._scopes[text]


def _skill_kind(hint: KindHint, text: str) -> str | None:
    if hint.skill_kind:
        return hint.skill_kind
    if FEEDBACK.search(text):
        return "feedback"
    if _PRACTICE.search(text):
        return "practice"
    return "new-domain" if _NEW_DOMAIN.search(text) else None


def _fill(entry: ParsedEntry, ex: Extraction) -> None:
    """(Re)compute what is read from the entry's text."""
    text = entry.text[:ANALYSE_CHARS]
    entry.metrics = ex.metrics(text)
    entry.people = ex.people.find(text)
    if ex.about:
        entry.people = with_brief_person(entry.people, ex.about)
    if entry.kind == "evidence":
        entry.scope = ex.scope(text)
    else:  # a goal's update or a note on a person names goals and plans too: plain reach only
        entry.scope = find_plain_scope(text) if entry.kind in ("goal", "relationship") else None
    # A feeling said on a line of its own was set before; the text may not repeat it.
    entry.feeling = find_feeling(text, entry.metrics, entry.people) or entry.feeling
    reading = read_date(text, ex.message_date)
    entry.unreadable_date = reading.unreadable
    if reading.day:
        entry.occurred_on, entry.date_source = reading.day, "text"
    else:
        entry.occurred_on, entry.date_source = ex.default_day, ex.default_source


def _goal_named(body: str, ex: Extraction) -> bool:
    """A brief's note that speaks of a goal, or a quarterly or weekly answer opening with
    one's name ("Staff packet: …")."""
    if ex.prompt_kind == "brief":
        return bool(link_goal(body, ex.goals, explicit_only=False))
    if ex.prompt_kind in ("quarterly", "weekly") and (label := label_of(body)):
        return bool(overlap(label[0], ex.goals))
    if ex.prompt_kind == "quarterly" and (lead := lead_words(body)):
        return bool(overlap(lead, ex.goals))  # "On influence, I mentored …"
    return False


def _goal_said(body: str, ex: Extraction) -> bool:
    """A weekly or monthly line that names an open goal as the user's ("my KubeCon talk") or
    by two of its title words ("the abstract for the conference talk")."""
    if ex.prompt_kind not in ("weekly", "monthly") or not ex.goals:
        return False
    return bool(
        link_goal(body, ex.goals, explicit_only=True) or overlap(body, ex.goals, min_hits=2)
    )


def _nobody_under_people(hint: KindHint, body: str, ex: Extraction) -> bool:
    """An item under a people heading that names nobody and reports a delivery ("Also
    shipped the ledger export itself: …") is read by its content."""
    return (
        hint.kind == "relationship"
        and bool(DELIVERED.search(body))
        and not ex.people.find(body.strip())
        and not PEOPLE_POINT.search(body)
    )


def _kind_for(item: Item, body: str, prefix: KindHint, qhint: KindHint, ex: Extraction) -> KindHint:
    if prefix.kind:
        return prefix
    if (
        item.heading
        and (hint := keyword_kind(item.heading)).kind
        and not _nobody_under_people(hint, body, ex)
    ):
        if hint.kind == "relationship" and received_feedback(body):
            return KindHint("skill", "feedback")  # "RELATIONSHIPS / Priya gave me feedback …"
        return hint
    if qhint.kind == "goal" and qhint.goal and achievement(body):
        return KindHint("evidence", goal=qhint.goal)  # done toward the goal asked about
    if qhint.kind:
        return qhint
    if label := _LABEL.match(body):
        hint = keyword_kind(label.group(1))
        if hint.kind == "relationship" and received_feedback(body):
            return KindHint("skill", "feedback")  # "Pessoas: a Priya me deu feedback sobre …"
        if hint.kind:
            return hint
        if ex.people.find(label.group(1)) and len(label.group(1).split()) <= 3:
            if received_feedback(body):
                return KindHint("skill", "feedback")  # "Tipp von Dana: die Risiken nach oben"
            return KindHint("relationship")
    elif (topic := topic_hint(body)).kind:
        return topic
    linked = _goal_named(body, ex)
    # Read as _fill will read the entry's text: surrounding blanks change none of these.
    text = body.strip()
    scope = ex.scope(text)
    people = ex.people.find(text)
    return content_kind(
        ex.prompt_kind,
        body,
        has_people=bool(people),
        led_by_someone=opens_with_someone(text, people),
        outcome=any(m.unit not in ACTIVITY_COUNTS for m in ex.metrics(text))
        or scope not in (None, "team"),
        measured=impact((m.unit for m in ex.metrics(text)), text),
        reach=scope not in (None, "team"),
        goal_linked=bool(linked),
        goal_said=_goal_said(body, ex),
    )


def _set_goal(
    entry: ParsedEntry,
    item: Item,
    body: str,
    hints: tuple[KindHint, KindHint, KindHint],
    ex: Extraction,
) -> None:
    """The goal an entry links to; ``hints`` are its prefix's, question's and kind's."""
    prefix, qhint, hint = hints
    if entry.kind == "evidence" and (hint.goal or ex.prompt_kind == "quarterly"):
        # A quarterly reply is about goals: what it reports is evidence toward one, when it
        # shares two of its title words ("12 engineers" alone is not "Staff Engineer").
        entry.goal = hint.goal or link_goal(body, ex.goals, explicit_only=False, min_hits=2)
    elif entry.kind == "goal":
        entry.goal, entry.goal_answer = goal_of(
            item,
            body,
            prefix_goal=prefix.kind == "goal",
            heading_goal=qhint.goal,
            goals=ex.goals,
            tags=ex.goal_tags,
            creates=ex.prompt_kind == "quarterly",
        )
    elif entry.kind in ("evidence", "relationship"):
        entry.goal = link_goal(body, ex.goals, explicit_only=True)


def _add_fields(entry: ParsedEntry, line: str, ex: Extraction) -> None:
    """A "Gap: …" or "Next: …" line under a goal answer adds to that answer."""
    entry.text = f"{entry.text}\n{line.strip()}"
    _fill(entry, ex)
    entry.goal_answer = with_fields(entry.goal_answer, line)


def _split_by_person(entry: ParsedEntry, ex: Extraction) -> list[ParsedEntry]:
    """A prose note about several people becomes one note per person."""
    chunks: list[tuple[str, set[str], int]] = []  # text, people, where it starts
    text = entry.text
    cuts = [(m.start(), m.end()) for m in _CLAUSE.finditer(text)]
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(text)]
    for start, end in zip(starts, ends, strict=True):
        sentence = text[start:end]
        people = set(ex.people.find(sentence))
        goes_on = ";" in text[max(0, start - 3) : start] and bool(_PRONOUN.search(sentence))
        if chunks and (goes_on or not people or not chunks[-1][1] or people <= chunks[-1][1]):
            chunks[-1] = (text[chunks[-1][2] : end], chunks[-1][1] | people, chunks[-1][2])
        else:
            chunks.append((sentence, people, start))
    if len(chunks) < 2:
        return [entry]
    out = []
    for text, _, _ in chunks:
        part = ParsedEntry(kind=entry.kind, text=text, question=entry.question)
        _fill(part, ex)
        part.goal = link_goal(text, ex.goals, explicit_only=True)
        out.append(part)
    return out


def _short_update(body: str, ex: Extraction) -> bool:
    """A quarterly answer of a few words that names a goal: "No talk submitted."."""
    return ex.prompt_kind == "quarterly" and bool(overlap(body, ex.goals))


def _is_noise(text: str) -> bool:
    """Too short to carry information. An item longer than careerlog analyses never is: a
    reply that is one unbroken megabyte "word" is logged from its start, so that its
    confirmation says how much of it was left out instead of the reply vanishing unsaid."""
    if len(text) > ANALYSE_CHARS:
        return False
    words = len(text.split())
    return words < MIN_WORDS or (words <= 6 and bool(_META.search(text)))


def _entry(item: Item, qhint: KindHint, question: str | None, ex: Extraction) -> ParsedEntry | None:
    prefix, body = explicit_prefix(item.text)
    if not body.strip():  # a bare "skill:" that is not a heading (e.g. after a bullet)
        return None
    body, feeling = split_remark(body)
    entry = ParsedEntry(
        kind="evidence", text=body.strip(), question=question or item.heading, feeling=feeling
    )
    body = body[:ANALYSE_CHARS]
    hint = _kind_for(item, body, prefix, qhint, ex)
    kind: EntryKind = hint.kind or "evidence"
    entry.kind = kind
    _fill(entry, ex)
    named = ex.people.find(body.strip())  # the brief's own person makes no line worth keeping
    noise = not prefix.kind and not named and not entry.metrics and _is_noise(entry.text)
    if noise and not (kind == "goal" and (label_of(body) or _short_update(body, ex))):
        return None
    _set_goal(entry, item, body, (prefix, qhint, hint), ex)
    if noise and not entry.goal:
        return None  # "Talk: submitted." names its goal in three words; "Notes: below." none
    entry.skill_kind = _skill_kind(hint, body) if kind == "skill" else None
    return entry


def build_entries(segments: list[Segment], ex: Extraction) -> list[ParsedEntry]:
    """Entries in the order the user wrote them."""
    entries: list[ParsedEntry] = []
    facet_open = False  # the last entry answered "what you did": outcome/scope extend it
    last_goal: ParsedEntry | None = None
    overflow = 0  # items past MAX_ENTRIES, counted but not read
    for seg in segments:
        question = question_unit(seg.quoted_before) if seg.quoted_before else ""
        qhint = question_hint(question)
        if ex.prompt_kind == "brief" and qhint.kind == "evidence":
            qhint = KindHint()  # a brief recaps logged evidence; notes under it are not new
        # Inline under the prompt's own "Gap:" line: that part of the goal answered above.
        heading = None if qhint.goal else field_heading(seg.quoted_before)
        answering = last_goal if heading else None  # the goal answer field lines add to
        items = split_items(seg.lines)
        quarterly = ex.prompt_kind == "quarterly"  # a paragraph there answers one goal
        goal_named = (lambda words: overlap(words, ex.goals)) if quarterly else None
        items = [
            part
            for item in items
            for part in sentence_items(
                item, ex.people.find, goal_named=goal_named, brief=ex.prompt_kind == "brief"
            )
        ]
        for item in items:
            if len(entries) >= MAX_ENTRIES:
                overflow += 1
                continue
            if entries and (feeling := feeling_remark(item.text)):  # "Felt proud of it."
                entries[-1].feeling = feeling
                continue
            if entries and feeling_line(item.text):  # "Felt: nervous but good"
                entries[-1].feeling = find_feeling(item.text) or entries[-1].feeling
                continue
            if answering is not None and starts_with_field(item.text):
                _add_fields(answering, item.text, ex)
                continue
            if answering is not None and heading and not explicit_prefix(item.text)[0].kind:
                _add_fields(answering, f"{heading}: {item.text}", ex)
                continue
            entry = _entry(item, qhint, question, ex)
            if entry is None:
                continue
            if facet_open and qhint.facet in ("outcome", "scope") and entry.kind == "evidence":
                previous = entries[-1]
                previous.text = f"{previous.text}\n{entry.text}"
                _fill(previous, ex)
                continue
            split = [entry]
            if entry.kind == "relationship" and not item.bullet:
                split = _split_by_person(entry, ex)
            entries.extend(split)
            answering = entry if entry.kind == "goal" else None
            last_goal = answering or last_goal
            heading = None
            facet_open = entry.kind == "evidence" and qhint.facet in ("what", "outcome")
    if overflow:
        entries[-1].overflow = overflow
    return entries
