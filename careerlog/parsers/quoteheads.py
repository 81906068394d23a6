"""Where a quote starts: attribution lines ("On …, X wrote:") and quoted header blocks.

Clients wrap, split and decorate these lines in many ways (over two or three lines, in
dashes, without the colon, on the same line as the reply). Each rule asks for a second
signal besides the words (quoted lines right below, a date and an address, a run of header
fields) so that a sentence the user wrote is never taken for one.
"""

from __future__ import annotations

import re

from careerlog.parsers.patterns import (
    ATTRIBUTION,
    ATTRIBUTION_OPENING,
    DASHED_ATTRIBUTION,
    FORWARD_INTRO,
    HEADER_FROM,
    HEADER_OTHER,
    INLINE_FIELD,
    LOOSE_ATTRIBUTION,
    ORIGINAL_MESSAGE,
    SHARED_ATTRIBUTION,
    WROTE_VERB,
)

# A time, a numeric date or an address: what a client's attribution or header carries and
# a sentence of prose rarely does.
STRONG_DATE_OR_ADDRESS = re.compile(r"@|\d:\d\d|\d[./-]\d{1,2}[./-]\d")
_DATED_ADDRESS = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b.*<[^<>\s]+@[^<>\s]+>\s*[:：]?$")
_HEADER_VALUE = re.compile(r"[:：]\s*(.*)$")
_MAX_SPAN = 5


def is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def next_nonblank(lines: list[str], start: int) -> int | None:
    for j in range(start, min(len(lines), start + 4)):
        if lines[j].strip():
            return j
    return None


def _split_span(lines: list[str], i: int) -> int:
    """An attribution split over up to five lines ("On …, Somebody <" / "x@y>" / "wrote:"):
    it starts like one ("On <date>", or a date) and a line below ends it with the colon."""
    first = lines[i].strip()
    if (
        first.endswith((".", "!", "?"))
        or not ATTRIBUTION_OPENING.match(first)
        or WROTE_VERB.search(first)
    ):
        return 0
    joined = first
    for j in range(i + 1, min(len(lines), i + _MAX_SPAN)):
        part = lines[j].strip()
        # A line that opens an attribution of its own, quoted or not, is not this one's
        # rest: "on the train so short: iOS 7.2 out …" above "> On 20 Nov 2026, at 16:02,
        # … wrote:" is the user's text over the prompt's attribution.
        if ATTRIBUTION_OPENING.match(part.lstrip("> ")):
            return 0
        joined = f"{joined} {part}" if part else joined
        if len(joined) > 300:
            return 0
        if part.endswith((":", "：")) and (
            ATTRIBUTION.search(joined) or LOOSE_ATTRIBUTION.search(joined)
        ):
            return j - i + 1
    return 0


def attribution_span(lines: list[str], i: int) -> int:
    """Number of lines of a quote header starting at ``i``, or 0."""
    line = lines[i].strip()
    if not line or len(line) > 300 or line.endswith((".", "!", "?")):
        return 0  # none ends a sentence: the one-line forms end in ":", ">" or dashes
    if line.startswith("-") and DASHED_ATTRIBUTION.match(line):
        return 1
    colon = line.endswith((":", "："))  # cheap: the patterns below are slow to fail
    if colon or line.endswith(">"):
        nxt = next_nonblank(lines, i + 1)
        quoted_next = nxt is not None and is_quoted(lines[nxt])
        strong = quoted_next or STRONG_DATE_OR_ADDRESS.search(line)
        if colon and strong and ATTRIBUTION.search(line):
            return 1
        if quoted_next and (LOOSE_ATTRIBUTION.search(line) or _DATED_ADDRESS.match(line)):
            return 1
    return _split_span(lines, i)


def _field_value_is_strong(line: str) -> bool:
    m = _HEADER_VALUE.search(line)
    return bool(m and STRONG_DATE_OR_ADDRESS.search(m.group(1)))


def header_block_at(lines: list[str], i: int) -> bool:
    """A quoted header block: From/Date/To/… fields in a run (a wrapped value may take a
    second line), at least two of them, one carrying a date or an address. Or one line
    holding two fields, as an HTML block flattened to text gives."""
    first = lines[i]
    if not (HEADER_FROM.match(first) or HEADER_OTHER.match(first)):
        return False
    fields, strong, wrapped = 1, _field_value_is_strong(first), False
    for line in lines[i + 1 : i + 8]:
        if HEADER_FROM.match(line) or HEADER_OTHER.match(line):
            fields += 1
            strong = strong or _field_value_is_strong(line)
            wrapped = False
        elif not line.strip():
            continue
        elif not wrapped and len(line.strip()) <= 80 and "@" in line:
            wrapped = True  # "*From:* bob@example.com [mailto:" / "  bob@example.com]"
        else:
            break
    if fields >= 2 and strong:
        return True
    return bool(HEADER_FROM.match(first) and INLINE_FIELD.search(first) and strong)


def starts_original(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    # Every form but the separator needs a colon: most lines are spared the patterns.
    if ":" in text or "：" in text:
        return header_block_at(lines, i) or bool(
            ORIGINAL_MESSAGE.match(text) or FORWARD_INTRO.match(text)
        )
    return text.startswith("--") and bool(ORIGINAL_MESSAGE.match(text))


def split_shared_attribution(lines: list[str]) -> list[str]:
    """Put an attribution that follows reply text on the same line on its own line."""
    out: list[str] = []
    done = 0  # lines before this one are in ``out``
    # Only an unquoted line ending in a colon, with quoted lines below, can hold one: the
    # others are copied in slices, and the pattern (slow to fail) is tried on these only.
    ends_in_colon = [i for i, line in enumerate(lines) if line.endswith((":", "："))]
    for i in ends_in_colon:
        line = lines[i]
        if is_quoted(line):
            continue
        nxt = next_nonblank(lines, i + 1)
        if nxt is None or not is_quoted(lines[nxt]):
            continue
        m = SHARED_ATTRIBUTION.search(line, max(1, len(line) - 300))
        if m and line[: m.start()].strip() and ATTRIBUTION.search(m["attr"]):
            out += lines[done:i]
            out += [line[: m.start()], m["attr"]]
            done = i + 1
    out += lines[done:]
    return out
