"""Where a paragraph of prose makes several points, and where it makes one.

Writers put several things in one paragraph ("Shipped the limiter. Spent a lot of time with
Dorothy on the forecast.") and go on about one thing over several sentences ("Shipped the
limiter. Priya reviewed it the same day."). A new point starts at a sentence that opens one:
a new thing done, "also", something to do, a label, time with someone the point so far did
not name or that someone as its subject; a clause ", and <Name> …" that turns to someone
new. In a quarterly reply a paragraph answers one goal until a sentence names another goal
or turns from the goals. ``openers`` says which sentences open a point, ``intros`` which first
sentences only introduce the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careerlog.parsers.goal_answers import starts_with_field
from careerlog.parsers.intros import MIN_SENTENCE_WORDS, introduces
from careerlog.parsers.openers import (
    ASKED,
    I_MUST,
    LISTS,
    OPENS_ALSO,
    OPENS_LABEL,
    REFERS_BACK,
    REPORTED,
    SOMEONE_ACTS,
    SUBJECT,
    WITH_SOMEONE,
    opens_item,
    turns_back_to_work,
)
from careerlog.parsers.work_cues import OFF_GOALS

# Someone named giving the user something, asking or wanting something of them, right after
# their name: "Mei gaf me feedback", "Anna hat mir …", "Omar wants me to …" (not "Omar told
# me the deploy went fine", which is about the work before it).
_NAME_DOES = (
    r"[A-ZÀ-Þ][^\W\d_]+(?:[ \t][A-ZÀ-Þ][^\W\d_]+)?[ \t]+"
    r"(?:(?:gave|gaf|gab|asked|vroeg|fragte) (?:me|mij|mir)|hat mir|heeft me|mi ha|m['’]a|"
    r"me (?:deu|dio)|wants me|wil dat ik|will, dass ich|quer que eu|quiere que|vuole che|"
    r"veut que)\b"
)
# Where a paragraph may hold several items: at a sentence's end, or at "; also …".
# Or at ", and …" or ";" before a clause about someone new: see ``_new_subject``; or at
# "and" before what the user must do, or someone named doing something, comma or not
# ("… e devo ancora un caffè a Salvatore", "… en Mei gaf me feedback op mijn ontwerp").
_SENTENCE_BREAK = re.compile(
    r"(?=[\s;,])(?:(?<=[.!?])\s+(?=[^\W\d_\s\"“(@])|;\s+(?=also (?:[a-z]+ly )?[a-z]+\b)|"
    r"(?P<clause>,\s+(?=(?:and|e|y|et|und|en)\s)|;\s+|"
    rf"(?<=[^\W\d_])\s+(?=(?:and|e|y|et|und|en)[ \t]+(?:{I_MUST}|{_NAME_DOES})))"
    r")"
)
_CONJUNCTION = re.compile(r"(?:and|e|y|et|und|en)\s+")
_CLAUSE_HEAD = re.compile(r"(?:(?:and|e|y|et|und|en)\s+)?(?:(?:o|a|la|le|el|il)\s+)?(\w+)")
# In a 1:1's notes, the person as a sentence's subject, saying, wanting or going through
# something: "She's been stuck on the consumer lag alerts for 2 weeks", "He wants a second
# reviewer …", "Ela quer …".
_THEIR_NEWS = re.compile(
    r"(?i:(?:she|he|they)(?:['’](?:s|d|ll)\b| (?:is|was|has|had|wants|wanted|thinks|asked|"
    r"said|says|likes|liked|loved|needs|agreed|will|would|feels|seems|plans|prefers|"
    r"mentioned)\b)|(?:ela|ele|ella|él|elle|sie|er|lei|lui|zij|hij) (?:quer|quiere|veut|will|"
    r"möchte|vuole|wil|acha|cree|pense|denkt|findet|pensa|vindt)\b)"
)
SHORT_UPDATE = 6  # words: a quarterly sentence this short that names a goal is its update
# The words a sentence opens with before a pause: where it names what it is about
# ("Staff is stalled; …", "On influence, I think …", "influence — mixed", "Staff-wise …").
_LEAD = re.compile(
    r"\s*(?i:on |as for |re:? )?([^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}?)"
    r"(?:\s*[:：,;—–]|\s+-\s|\s+(?i:is|was|goal)\b|-wise\b)"
)
# A quarterly sentence that opens by turning aside ("Outside the goals, I took …",
# "Separately, …"): a new point, whatever goal it names. (``work_cues.OFF_GOALS`` is the
# narrower phrase, anywhere in a line, that makes a quarterly result evidence.)
_ASIDE = re.compile(
    r"(?i:outside|beyond|besides|apart from|aside from|separately|unrelated|"
    r"not (?:a|one of the) goal|außerhalb|abgesehen|"
    r"en dehors|à part|fuera de|aparte de|fora d[oa]s?|além d[oa]s?|buiten|naast de|los van|"
    r"fuori d(?:agli|ai|al|alle)|"
    r"al di fuori|"
    r"a parte)\b"
)


def lead_words(sentence: str) -> str | None:
    """The words a sentence opens with before a pause, where it names what it is about
    ("On influence, I mentored …" → "influence")."""
    m = _LEAD.match(sentence)
    return m.group(1) if m else None


def _leading_goal(sentence: str, goal_named: Callable[[str], str | None]) -> str | None:
    """The goal a sentence's first words name: up to a pause, else its first three words
    ("Conference talk went nowhere, …")."""
    return goal_named(lead_words(sentence) or " ".join(sentence.split(maxsplit=3)[:3]))


def _new_subject(
    clause: str, before: Callable[[], set[str]], names: Callable[[str], list[str]]
) -> bool:
    """Does this clause (after ", and" or ";") turn to someone the item so far did not name:
    as its subject ("e Hannah mi ha dato un ottimo feedback", "; Linus mi ha detto …"), or,
    after "and", as its point ("and I'd like to get to know Femi Adeyemi better")? Not a team
    ("and Checkout could ship"), nor someone doing something with the item's work ("and
    Priya reviewed it")."""
    head = _CLAUSE_HEAD.match(clause)
    if head is None or REFERS_BACK.match(clause):
        return False
    # After "and", or after ";" when the clause goes on with the user's next deed ("; got
    # feedback from Mei …", not "; I offered to write the spec and she'll loop in Marco"),
    # the clause may also be about someone it names.
    deed = head.start(1) > 0 or not SUBJECT.match(clause)
    about_someone = deed and (WITH_SOMEONE.search(clause) or SOMEONE_ACTS.match(clause))
    if not (head.group(1)[:1].isupper() or about_someone):
        return False  # (most clauses: spared looking for people)
    first = head.group(1).lower()
    new = set(names(clause)) - before()
    return bool(new) and (bool(about_someone) or any(n.split()[0].lower() == first for n in new))


# A clause that goes on to what the user did or must do next: "…, and then moved the fraud
# scorer onto it", "…, et puis j'ai migré les workers", "…; j'ai aussi suivi la formation …",
# "…, en ik moet Grace nog bedanken".
_NEXT_DEED = re.compile(
    r"(?i:and|et|y|e|und|en)[ \t]+(?i:then|puis|ensuite|luego|después|depois|então|dann|"
    r"danach|toen|daarna|poi|dopo)[ \t]+(?:\S+[ \t]+){3}|"
    # "…, en ik moet Grace nog bedanken voor de intro"
    rf"(?i:and|et|y|e|und|en)[ \t]+{I_MUST}|"
    # "…; j'ai aussi suivi la formation interne", "…; I also ran …", "…; ho anche …"
    r"(?i:j['’]ai|I|I['’]ve|ich habe|habe ich|ik heb|heb ik|ho|he|eu)[ \t]+(?:\S+[ \t]+)?"
    r"(?i:aussi|also|auch|ook|anche|también|também)[ \t]+(?:\S+[ \t]+){2}"
)


def _next_deed(clause: str) -> bool:
    """Does this clause (after ", and then", or "; I also …") open the user's next deed, not
    go on about the last one ("…, and then it broke again")?"""
    return bool(_NEXT_DEED.match(clause)) and not REFERS_BACK.match(clause)


def points(
    text: str,
    names: Callable[[str], list[str]] = lambda text: [],
    *,
    goal_named: Callable[[str], str | None] | None = None,
    brief: bool = False,
) -> list[str]:
    """A paragraph of prose as the points it makes: a new one starts at each sentence that
    opens one (``opens_item``; ``names`` finds the people a sentence names); a sentence that
    goes on about the last ("Checkout and Data Platform both signed off …", "It cut 429s by
    90%.") stays with it. ``goal_named`` (the goal a few words name) reads a quarterly
    paragraph: it answers one goal until a sentence opens with a label (not the answer's own
    "Gap: …"), "also", or another goal's name ("Staff is stalled; …" after the talk's news).
    ``brief``: the notes are on one person's 1:1, and what they want, think or are going
    through, said as a sentence of its own ("She wants the dashboard cleaned up …"), is a
    point of its own."""
    breaks = list(_SENTENCE_BREAK.finditer(text))
    if not breaks:
        return [text]
    spans: list[list[int]] = []  # [start, end] of each item's text in ``text``
    words = 0  # in the last span
    start = 0
    running_goal: str | None = None
    unread: str | None = None  # the point's first sentence, the goal it names not yet read
    after_comma = False  # the sentence is a clause after ", and" or ";"
    listing = False  # the sentence announced its points: "Two follow-ups: A, and B."
    labelled = False  # the last span opens with a label ("Staff: no change.")
    # The people the last span names, read as far as ``known_to`` only when a sentence
    # needs them: reading the whole span again for each sentence made a long one quadratic.
    known: set[str] = set()
    known_to = 0

    def before() -> set[str]:
        nonlocal known_to
        if known_to < start:
            known.update(names(text[known_to:start]))
            known_to = start
        return known

    def point_goal() -> str | None:
        """The goal the point so far is about, read only once a sentence names a goal."""
        nonlocal running_goal, unread
        if running_goal is None and unread is not None and goal_named is not None:
            running_goal, unread = goal_named(unread), None
        return running_goal

    for m in [*breaks, None]:
        end = m.start() if m else len(text)
        sentence = text[start:end]
        sentence_words = text.count(" ", start, end) + 1
        goal = None
        if goal_named is not None and not after_comma:
            goal = _leading_goal(sentence, goal_named)
            if goal is None and sentence_words <= SHORT_UPDATE:  # "Nothing new on Staff."
                goal = goal_named(sentence)
        if not spans or words < MIN_SENTENCE_WORDS:
            # The first sentence opens a point; a short one goes on, unless it was a whole
            # answer, labelled or naming its goal, and a label follows ("Staff: no change.
            # New goal: …", "No talk submitted. New goal: …").
            opens = not spans or bool(
                (labelled or running_goal is not None)
                and OPENS_LABEL.match(sentence)
                and not starts_with_field(sentence)
            )
        elif after_comma:
            opens = goal_named is None and (
                listing or _new_subject(sentence, before, names) or _next_deed(sentence)
            )
        elif goal_named is not None:
            opens = bool(
                (OPENS_LABEL.match(sentence) and not starts_with_field(sentence))
                or OPENS_ALSO.match(sentence)
                or _ASIDE.match(sentence)
                or OFF_GOALS.search(sentence)  # "Oh and I mentored …, which isn't a goal"
                or (goal and (current := point_goal()) and goal != current)
            )
        elif REPORTED.match(sentence):
            opens = not ASKED.search(text, spans[-1][0], start)
        else:
            opens = (
                opens_item(sentence, before, names)
                or bool(
                    brief
                    and not labelled  # "Her feedback: … She wants 3 bullets + risks." goes on
                    and _THEIR_NEWS.match(sentence)
                    and not REFERS_BACK.match(sentence)  # "He'll take it to the Finance sync."
                )
                or turns_back_to_work(sentence, text[spans[-1][0] : start], names)
            )
        if not opens:
            spans[-1][1] = end
            words += sentence_words
            if goal and point_goal() is None:
                running_goal = goal  # the point turns out to be about this goal
            elif goal_named is not None and running_goal is None:
                # its goal may be named further in: "Good quarter. The big one for Staff: …"
                unread = f"{unread} {sentence}" if unread else sentence
        else:
            # A clause's entry starts at its own words: "I'd like to …", not "and I'd like to …"
            joined = _CONJUNCTION.match(text, start) if after_comma else None
            spans.append([joined.end() if joined else start, end])
            words = sentence_words
            labelled = bool(OPENS_LABEL.match(sentence))
            known, known_to = set(), start
            running_goal, unread = goal, (None if goal else sentence)
        if not after_comma:
            listing = bool(LISTS.match(sentence))
        start = m.end() if m else len(text)
        after_comma = bool(m and m.group("clause"))
    if len(spans) > 1 and introduces(text[spans[0][0] : spans[0][1]]):
        intro = spans.pop(0)
        spans[0][0] = intro[0]
    if len(spans) < 2:
        return [text]
    return [text[a:b].rstrip(" ;") for a, b in spans]
