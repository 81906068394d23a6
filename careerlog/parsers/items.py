"""Split what the user wrote into items: bullets, numbered points, prefixed lines, paragraphs.

Headings the user typed ("SKILLS", "Relationships:", "Three things this week:") are not items;
they are remembered so the items under them can take their kind from them. A client's
placeholder for an inline image ("[image: graph.png]") is no item, and a list a client
flattened onto one line ("1) shipped … 2) paired …", "• a • b") is split back into items.
Lines that each end a sentence were typed one item per line; a paragraph of prose holds an
item for each point it makes (``sentence_items``, with ``sentences``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from careerlog.parsers.kind_labels import keyword_kind
from careerlog.parsers.openers import OPENS_ALSO, OPENS_TODO
from careerlog.parsers.sentences import points

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
UNWRAPPED = 80
# "Skills: …", "Cross-team influence: …", "talk — …" at a line's start: up to four words and
# a colon or a dash.
_LABEL = re.compile(r"^\s*([^\W\d_][\w-]*(?: [\w-]+){0,3})\s*(?:[:：]|\s[—–-])\s")
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
    # (A line without one of the bullet characters is spared the split; they are not ASCII,
    # so an ASCII line, most of them, is spared looking for them too.)
    bullets = not line.isascii() and any(c in line for c in "•▪‣◦")
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
    text = line.strip()
    if text[:1] in "#*_" or text[-1:] in "*_":  # markup only opens or ends a stripped line
        text = _HEADING_MARKUP.sub("", text)
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
        keyword_kind(label.group(1)).kind
        or prev.rstrip().endswith((".", "!", "?"))
        or not (in_bullet or prev.rstrip().endswith((",", ";", "-")))
    ):
        return False  # "People: …", "staff: no change" after a line that ends no clause
    if (OPENS_ALSO.match(line) or OPENS_TODO.match(line)) and len(prev.strip()) < WRAP_COLUMN:
        return False  # "staff: no change" / "also became …", "… by fri" / "ask her if …"
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


def sentence_items(
    item: Item,
    names: Callable[[str], list[str]] = lambda text: [],
    *,
    goal_named: Callable[[str], str | None] | None = None,
    brief: bool = False,
) -> list[Item]:
    """A paragraph of prose as the items it reports (``sentences.points``). A bullet is one
    item however many sentences it holds: the user said so."""
    if item.bullet:
        return [item]
    texts = points(item.text, names, goal_named=goal_named, brief=brief)
    if len(texts) < 2:
        return [item]
    return [Item(text=text, heading=item.heading) for text in texts]
