"""Split what the user wrote into items: bullets, numbered points, prefixed lines, paragraphs.

Headings the user typed ("SKILLS", "Relationships:", "Three things this week:") are not items;
they are remembered so the items under them can take their kind from them. A client's
placeholder for an inline image ("[image: graph.png]") is no item, and a list a client
flattened onto one line ("1) shipped … 2) paired …", "• a • b") is split back into items.
Lines that each end a sentence were typed one item per line; a paragraph of prose holds a new
item at each sentence that opens a new thing the user did (``sentence_items``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from careerlog.parsers.kinds import keyword_kind

BULLET = re.compile(r"^\s*(?:[-*•‣◦▪·–—+]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
# A line that opens a new item even without a bullet: "skill: …", "@Priya Raman …".
_PREFIX_WORDS = (
    r"(?:impact|win|wins|evidence|skill|skills|learned|learnt|learning|"
    r"practiced|practised|practice|feedback|person|people|relationship|goal|gap|new goal|"
    r"ziel|objectif|objetivo|doel|obiettivo|til)\s*[:：]"
)
PREFIX = re.compile(rf"^\s*(?:@[^\W\d_]|{_PREFIX_WORDS})", re.IGNORECASE)
# A prefix with nothing after it ("Impact:") introduces what follows: it is a heading.
_BARE_PREFIX = re.compile(rf"^[#*_\s]*{_PREFIX_WORDS}[*_\s]*$", re.IGNORECASE)
_HEADING_MARKUP = re.compile(r"(?=[#*_\s])(?:^[#*_\s]+|[*_\s]+$)")  # (one of them first)
# Hard-wrapped mail rarely wraps before this column; a shorter line ends its item.
WRAP_COLUMN = 55
# Clients that hard-wrap do it at 72 columns or more (RFC 3676 suggests 66-78).
CLIENT_WRAP = 72
# No client wraps beyond this: a text with a longer line was not wrapped, so its line
# breaks are the writer's own ("…should be quiet now" / "paired w/ Omar on …").
UNWRAPPED = 100
# "Skills: …", "Cross-team influence: …" at a line's start: up to four words and a colon.
_LABEL = re.compile(r"^\s*([^\W\d_][\w-]*(?: [\w-]+){0,3})\s*[:：]\s")
# Gmail, Outlook and Apple Mail write an inline image into the text part like this.
_PLACEHOLDER = re.compile(
    r"\[(?:image|inline image|cid|bild|imagen|immagine|afbeelding|grafik)\s*:[^\]\n]{0,300}\]",
    re.IGNORECASE,
)
_INLINE_BULLET = re.compile(r"\s+[•▪‣◦]\s+")
_INLINE_NUMBER = re.compile(r"(?:^|\s)\(?(\d{1,2})[.)]\s+")
_DIGIT = re.compile(r"\d")  # what a numbered list needs: most lines have none


def _inline_items(line: str) -> list[str]:
    """A line holding a whole list: split at "•" or at numbers counting up from its first."""
    # (A line without one of the bullet characters is spared the split.)
    bullets = any(c in line for c in "•▪‣◦")
    parts = [p for p in _INLINE_BULLET.split(line.strip()) if p.strip()] if bullets else []
    if len(parts) > 1:
        return [f"- {BULLET.sub('', p, count=1)}" for p in parts]
    cuts, want = [], 1
    for m in _INLINE_NUMBER.finditer(line) if _DIGIT.search(line) else ():
        if int(m.group(1)) == want:
            cuts.append(m.start())
            want += 1
    if len(cuts) < 2 or line[: cuts[0]].strip():
        return [line]
    return [line[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]


def _lines(lines: list[str]) -> list[str]:
    """The lines as items see them: placeholders gone, flattened lists split."""
    out: list[str] = []
    for line in lines:
        if _PLACEHOLDER.search(line):
            line = _PLACEHOLDER.sub("", line)
            if not line.strip():
                continue  # a line that only held an image is no blank line either
        out.extend(_inline_items(line))
    return out


# Where a paragraph may hold several items: at a sentence's end, or at "; also …".
# Or at ", and <Name> …" ("…, e Hannah mi ha dato un ottimo feedback"): see ``_new_subject``.
_SENTENCE_BREAK = re.compile(
    r"(?=[\s;,])(?:(?<=[.!?])\s+(?=[^\W\d_\s\"“(@])|;\s+(?=also (?:[a-z]+ly )?[a-z]+\b)|"
    r"(?P<clause>,\s+(?=(?:and|e|y|et|und|en)\s+(?:(?:o|a|la|le|el|il)\s+)?[A-ZÀ-Þ])))"
)
_CLAUSE_HEAD = re.compile(r"\w+\s+(?:(?:o|a|la|le|el|il)\s+)?(\w+)")
# A sentence that opens a new thing the user did: "I" and a verb in the past, maybe after a
# few words that set the scene ("On Thursday I ran …", "While that was baking I reviewed …"),
# the same in the other languages ("Et j'ai pris …", "Y me reuní …", "Ho lavorato …",
# "Recebi …", "Terminé …"), or "Also …" ("Também fiz …", "She also asked …"). A sentence
# that goes on about the last ("I owe her a review", "Reviewed it same-day so …") does not.
_OPENS_ACTION = re.compile(
    r"(?:[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,4},?[ \t]+)??I[ \t]+(?:[a-z]+ed|ran|wrote|led|gave|"
    r"met|took|built|spoke|caught|taught|won|drove|held|began|brought|sent|did|made|got|had|"
    r"went|found|kept|paid|told|sat|spent)\b|"
    r"(?:[^\W\d_]+[ \t]+){0,2}?(?i:also|außerdem|zudem|também|también|además|inoltre|"
    r"daarnaast|aussi|anche)\b|"
    r"(?:Et |Y |E )?(?:[Jj]['’]ai|[Mm]e [a-zà-ÿ]+[éí]|Ho [a-z]+[aiu]to|Ich habe|Ik heb|Habe|Heb)\b|"
    r"[A-ZÁÉÍÓÚ][a-zà-ÿ]{3,}(?:ei|é|í)\b"
)
# A sentence about what is to be done next: "Need to send her the plan by Thursday.",
# "Ask him about …" (a brief's follow-up).
_OPENS_TODO = re.compile(
    r"(?i:need to|have to|want to|ask|send|remind|follow[- ]up|"
    r"(?:she|he|they)(?:['’]d like| would like| wants| asked) me to)\b"
)
# A label opens the sentence: "agreed: he leads …", "Retour pour moi : …", "New goal: …";
# not someone's view of what the item is about ("Grace Hopper's feedback: the intro …").
_OPENS_LABEL = re.compile(r"(?![^:：]*['’]s )[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3} ?[:：]\s")
# A sentence whose point is time with someone: "Spent a lot of time with Dorothy", "Met
# Kofi …", "Priya and I have kept up …", "café com o Thiago", or what someone did with the
# user: "Linus gave me a review", "grace offered to …". Someone who helped with the item's
# work ("Renée Dubois … helped me validate the totals") is part of that item.
_WITH_SOMEONE = re.compile(
    r"(?i:\b(?:with|w/|avec|con|com|mit|met|to|da|del|van|vom))\s+(?:(?i:o|a|la|le|el)\s+)?"
    r"[A-ZÀ-Þ]|\b[A-ZÀ-Þ]\w+ and I\b"
)
_SOMEONE_ACTS = re.compile(
    r"(?:\S+\s+){0,2}?(?i:gave me|offered|shadowed|taught me|reviewed|mentioned|introduced|"
    r"asked me|mi ha|m['’]a|me deu|me dio|hat mir|heeft me)\b"
)
# A sentence that refers back to the last one in its first words: "Reviewed it same-day",
# "Rewrote the churn report with them", "Grace says that's the artifact …".
_REFERS_BACK = re.compile(
    r"(?:\S+\s+){0,5}?(?i:it|them|these|those|(?:this|that)(?! (?:week|month|quarter|year)\b))\b"
)
MIN_SENTENCE_WORDS = 4  # a shorter opener ("Big week.") introduces the next sentence


@dataclass
class Item:
    text: str
    heading: str | None = None
    bullet: bool = False
    # The item's first line as typed: "goal: <title>" names its goal on a line of its own.
    first_line: str = ""


def clean_heading(line: str) -> str:
    return _HEADING_MARKUP.sub("", line.strip()).rstrip(":：").strip()


def _all_caps(line: str) -> bool:
    letters = 0
    for c in line:
        if c.isalpha():
            if not c.isupper():
                return False  # most lines: at their first or second letter
            letters += 1
    return letters >= 3


def is_heading(line: str, next_line: str | None) -> bool:
    """Short lines that introduce what follows rather than report something."""
    text = _HEADING_MARKUP.sub("", line.strip())
    if _BARE_PREFIX.match(line):
        return True
    if not text or BULLET.match(line) or PREFIX.match(line):
        return False
    words = text.split()
    if _all_caps(text) and len(words) <= 4:
        return True
    if text.endswith((":", "：")) and len(words) <= 7:
        return True
    followed_by_list = next_line is not None and bool(BULLET.match(next_line))
    return followed_by_list and len(words) <= 4 and not text.endswith((".", "!", "?"))


def _broken_by_hand(prev: str, line: str, width: int) -> bool:
    """A sentence ends the line and the next word would have fitted after it, within the
    text's longest line and at least ``CLIENT_WRAP``: the writer pressed Enter, the client
    did not wrap ("…ran 2 sessions." / "Mentoring Tomás every week now.")."""
    words = line.split()
    fits = bool(words) and len(prev.rstrip()) + 1 + len(words[0]) <= width
    return fits and prev.rstrip().endswith((".", "!", "?"))


# A line that opens with a word in lower case goes on with a sentence ("there. Wrote …");
# "v2.3.1 of the SDK is out." opens with a name.
_LOWER_WORD = re.compile(r"[^\W\d_A-Z]+\b(?![\d.])")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")


def _sentence_lines(lines: list[str]) -> list[bool]:
    """For each line: does it stand in a block (lines between blank lines) of two or more
    lines that each end a sentence, the next opening one? Such a block is one sentence per
    line, typed so ("Wrote the runbook; it saves ~6 hours/week." / "Also had coffee with
    Priya."): a client that wraps a paragraph ends a line at a sentence's end only now and
    then, and every line of it only by chance."""
    marks = [False] * len(lines)
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        block = [line.strip() for line in lines[start:end]] if end - start > 1 else []
        if block and all(
            _SENTENCE_END.search(line) and not BULLET.match(line) and not _LOWER_WORD.match(line)
            for line in block
        ):
            marks[start:end] = [True] * len(block)
        start = end + 1
    return marks


def _continues(prev: str, line: str, in_bullet: bool, width: int) -> bool:
    """Does ``line`` continue the item whose last line is ``prev``? ``width`` is the
    longest line of the text, the column a client that wraps it wrapped at."""
    if BULLET.match(line) or PREFIX.match(line) or _broken_by_hand(prev, line, width):
        return False
    if (label := _LABEL.match(line)) and (
        keyword_kind(label.group(1)).kind or not prev.rstrip().endswith((",", ";", "-"))
    ):
        return False  # "People: …", or "staff: no change" after a line that ends no clause
    if _OPENS_ALSO.match(line) and len(prev.strip()) < WRAP_COLUMN:
        return False  # "staff: no change" / "also became the owner of …"
    if in_bullet and line[:1].isspace():
        return True
    if len(prev.strip()) >= WRAP_COLUMN and width > UNWRAPPED:
        return False  # a long line the client did not wrap: the writer ended it
    if in_bullet and len(prev.strip()) >= WRAP_COLUMN:
        return True
    if in_bullet:
        return not prev.rstrip().endswith((".", "!", "?"))
    return len(prev.strip()) >= WRAP_COLUMN or not prev.rstrip().endswith((".", "!", "?", ":"))


def split_items(lines: list[str], heading: str | None = None) -> list[Item]:
    """Items in reading order; ``heading`` is the user heading in force at the start."""
    items: list[Item] = []
    current: list[str] = []
    bullet = False
    lines = _lines(lines)
    width = max([CLIENT_WRAP, *(len(line.rstrip()) for line in lines)])

    def flush() -> None:
        nonlocal current
        if current:
            text = " ".join(part.strip() for part in current)
            first = BULLET.sub("", current[0].strip(), count=1)
            items.append(
                Item(
                    text=BULLET.sub("", text, count=1),
                    heading=heading,
                    bullet=bullet,
                    first_line=first if len(current) > 1 else "",
                )
            )
        current = []

    # The next non-blank line after each line, found in one backward sweep: looking it up
    # with a slice per line made a long body (a 20 MB reply) quadratic.
    following: list[str | None] = [None] * len(lines)
    upcoming: str | None = None
    for idx in range(len(lines) - 1, -1, -1):
        following[idx] = upcoming
        if lines[idx].strip():
            upcoming = lines[idx]

    one_per_line = _sentence_lines(lines)
    for idx, line in enumerate(lines):
        if not line.strip():
            flush()
            continue
        nxt = following[idx]
        if is_heading(line, nxt) and (not current or _all_caps(line) or _BARE_PREFIX.match(line)):
            flush()
            heading = clean_heading(line)
            continue
        if current and not one_per_line[idx] and _continues(current[-1], line, bullet, width):
            current.append(line)
            continue
        flush()
        current = [line]
        bullet = bool(BULLET.match(line))
    flush()
    return items


def _opens_item(
    sentence: str, before: Callable[[], set[str]], names: Callable[[str], list[str]]
) -> bool:
    """Does this sentence open a new item? It opens a new thing done (``_OPENS_ACTION``),
    something to do, or a label; or it names someone the item so far did not (``before``:
    the people it names) — "Spent a lot of time with Dorothy …", "Linus gave me a thorough
    review …" — without referring back to it."""
    if _OPENS_ACTION.match(sentence) or _OPENS_TODO.match(sentence):
        return True
    if _OPENS_LABEL.match(sentence):
        return True
    about_someone = _WITH_SOMEONE.search(sentence) or _SOMEONE_ACTS.match(sentence)
    if not about_someone or _REFERS_BACK.match(sentence):
        return False  # (most sentences: spared looking for people)
    return bool(set(names(sentence)) - before())


# The words a sentence opens with before a pause: where it names what it is about
# ("Staff is stalled; …", "On influence, I think …", "influence — mixed", "Staff-wise …").
_LEAD = re.compile(
    r"\s*(?i:on |as for |re:? )?([^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}?)"
    r"(?:\s*[:：,;—–]|\s+-\s|\s+(?i:is|was|goal)\b|-wise\b)"
)
# A quarterly sentence that turns from the goals: "Outside the goals, I took …".
_OFF_GOAL = re.compile(r"(?i:outside|beyond|besides|apart from|aside from)\b")
# "Also" in a sentence's first words, in the languages replies come in.
_OPENS_ALSO = re.compile(
    r"(?:[^\W\d_]+[ \t]+){0,2}?(?i:also|außerdem|zudem|também|también|además|inoltre|"
    r"daarnaast|aussi|anche|ook|auch)\b"
)


def _leading_goal(sentence: str, goal_named: Callable[[str], str | None]) -> str | None:
    m = _LEAD.match(sentence)
    return goal_named(m.group(1)) if m else None


def _new_subject(
    clause: str, before: Callable[[], set[str]], names: Callable[[str], list[str]]
) -> bool:
    """Does this clause (", and <Name> …") turn to someone the item so far did not name, as
    its subject ("e Hannah mi ha dato un ottimo feedback")? Not a team ("and Checkout could
    ship"), nor someone doing something with the item's work ("and Priya reviewed it")."""
    head = _CLAUSE_HEAD.match(clause)
    if head is None or _REFERS_BACK.match(clause):
        return False
    first = head.group(1).lower()
    new = set(names(clause)) - before()
    return any(n.split()[0].lower() == first for n in new)


def sentence_items(
    item: Item,
    names: Callable[[str], list[str]] = lambda text: [],
    *,
    goal_named: Callable[[str], str | None] | None = None,
) -> list[Item]:
    """A paragraph of prose as the items it reports: a new item starts at each sentence that
    opens one (``_opens_item``; ``names`` finds the people a sentence names); a sentence that
    goes on about the last ("Checkout and Data Platform both signed off …", "It cut 429s by
    90%.") stays with it. ``goal_named`` (the goal a few words name) reads a quarterly
    paragraph: it answers one goal until a sentence opens with a label, "also", or another
    goal's name ("Staff is stalled; …" after the talk's news).
    A bullet is one item however many sentences it holds: the user said so."""
    text = item.text
    if item.bullet or not _SENTENCE_BREAK.search(text):
        return [item]
    spans: list[list[int]] = []  # [start, end] of each item's text in ``text``
    words = 0  # in the last span
    start = 0
    running_goal: str | None = None
    after_comma = False  # the sentence is a clause after ", and"
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

    for m in [*_SENTENCE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        sentence = text[start:end]
        sentence_words = text.count(" ", start, end) + 1
        if after_comma:
            opens = goal_named is None and _new_subject(sentence, before, names)
        elif goal_named is not None:
            goal = _leading_goal(sentence, goal_named)
            opens = bool(
                _OPENS_LABEL.match(sentence)
                or _OPENS_ALSO.match(sentence)
                or _OFF_GOAL.match(sentence)
                or (goal and goal != running_goal)
            )
        else:
            opens = _opens_item(sentence, before, names)
        if spans and (words < MIN_SENTENCE_WORDS or not opens):
            spans[-1][1] = end
            words += sentence_words
        else:
            spans.append([start, end])
            words = sentence_words
            known, known_to = set(), start
            if goal_named is not None:
                running_goal = goal
        start = m.end() if m else len(text)
        after_comma = bool(m and m.group("clause"))
    if len(spans) > 1 and _introduces(text[spans[0][0] : spans[0][1]]):
        intro = spans.pop(0)
        spans[0][0] = intro[0]
    if len(spans) < 2:
        return [item]
    return [Item(text=text[a:b].rstrip(" ;"), heading=item.heading) for a, b in spans]


# A few words on the period the reply covers, with no figure: "Honestly a mixed quarter.",
# "This month was mostly learning the ML serving stack." They introduce what follows.
_INTRO = re.compile(
    r"(?:\S+\s+){0,3}?(?i:week|month|quarter|semaine|mois|trimestre|woche|monat|quartal|"
    r"semana|mes|settimana|mese|maand|kwartaal)\b"
)
_VERDICT = re.compile(r"\b(?i:was|has been|war|était|a été|fue|foi|era|è stato|is)\b")
INTRO_WORDS = 9


def _introduces(sentence: str) -> bool:
    words = sentence.count(" ") + 1
    return (
        words <= INTRO_WORDS
        and bool(_INTRO.match(sentence))
        and (words <= MIN_SENTENCE_WORDS or bool(_VERDICT.search(sentence)))
        and not _DIGIT.search(sentence)
    )
