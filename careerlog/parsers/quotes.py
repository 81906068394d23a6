"""Separate what the user newly wrote from the quoted prompt, keeping inline answers.

The text is read line by line. A line is the user's, quoted (``>`` lines, quote headers,
Outlook header blocks and everything after them), or dropped (signatures, client footers).
User lines are grouped into segments; a segment after a quoted block remembers that block,
so an inline answer knows which prompt question it answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from careerlog.parsers.patterns import FOOTER, HEADER_FROM, HEADER_OTHER, RULE, SIG_DELIMITER
from careerlog.parsers.quoteheads import (
    attribution_span,
    is_quoted,
    next_nonblank,
    split_shared_attribution,
    starts_original,
)
from careerlog.parsers.signatures import trim_signature

USER, QUOTE, DROP = 0, 1, 2
_MARKERS = re.compile(r"^(?:[ \t]*>)+ ?")
_NORM_STRIP = re.compile(r"^[\s>*•·\-–—]+|\s+$")


@dataclass
class Segment:
    """Consecutive lines the user wrote, and the quoted block just before them (if any)."""

    lines: list[str]
    quoted_before: list[str] = field(default_factory=list)
    blank_after: bool = False  # a blank line followed it in the mail, before the quote

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Stripped:
    segments: list[Segment]
    quoted: list[str]  # every quoted line, markers removed: the prompt as the client kept it

    @property
    def new_text(self) -> str:
        # Segments keep the spacing the user saw: a blank line before the quote, or none.
        parts: list[str] = []
        for seg in self.segments:
            parts += [seg.text, "\n\n" if seg.blank_after else "\n"]
        return "".join(parts[:-1])


def _norm(line: str) -> str:
    return " ".join(_NORM_STRIP.sub("", _MARKERS.sub("", line)).lower().split())


class PromptMatcher:
    """Recognises lines of the prompt we sent, however the client re-wrapped them."""

    def __init__(self, prompt_text: str) -> None:
        normed = [_norm(line) for line in prompt_text.splitlines()]
        self.lines = {n for n in normed if n}
        self.blob = " ".join(n for n in normed if n)

    def __contains__(self, line: str) -> bool:
        n = _norm(line)
        return not n or n in self.lines or (len(n) >= 12 and n in self.blob)


def unquote(line: str) -> str:
    return _MARKERS.sub("", line)


def classify(lines: list[str], prompt: PromptMatcher | None) -> list[int]:
    """Label each line USER, QUOTE or DROP."""
    kinds = [USER] * len(lines)
    in_sig = cut = False
    i = 0
    while i < len(lines):
        line, text = lines[i], lines[i].strip()
        if cut:
            # Unmarked original (Outlook, Yahoo): all quoted, unless we know the prompt and
            # the line is not in it (an answer typed inside the original).
            keep = prompt is not None and not (
                not text
                or is_quoted(line)
                or line in prompt
                or HEADER_FROM.match(line)
                or HEADER_OTHER.match(line)
                or RULE.match(line)
                or SIG_DELIMITER.match(text)
            )
            kinds[i] = USER if keep else QUOTE
        elif not text:  # blank: no header or delimiter, the user's unless in a signature
            kinds[i] = DROP if in_sig else USER
        elif text.startswith(">"):  # is_quoted(line), on the stripped line at hand
            kinds[i], in_sig = QUOTE, False
        elif span := attribution_span(lines, i):
            kinds[i : i + span] = [QUOTE] * span
            in_sig = False
            nxt = next_nonblank(lines, i + span)
            cut = nxt is not None and not is_quoted(lines[nxt])
            i += span
            continue
        elif starts_original(lines, i):
            j = i - 1
            while j >= 0 and kinds[j] == USER and (not lines[j].strip() or RULE.match(lines[j])):
                kinds[j] = DROP
                j -= 1
            kinds[i], cut = QUOTE, True
        elif text[0] in "-—" and SIG_DELIMITER.match(text):  # it opens with either
            kinds[i], in_sig = DROP, True
        elif in_sig or FOOTER.match(text):
            kinds[i] = DROP
        i += 1
    _rejoin_wrapped_quote_lines(lines, kinds)
    return kinds


def _rejoin_wrapped_quote_lines(lines: list[str], kinds: list[int]) -> None:
    """A line that lost its ``>`` when the client wrapped a quoted line: right between two
    quoted lines, and a broken link or the lower-case rest of a long line. An answer typed
    inside a quote is a sentence of its own, usually with blank lines around it."""
    for i in range(1, len(lines) - 1):
        if kinds[i] != USER:  # most lines: settled before the line is even stripped
            continue
        line = lines[i].strip()
        if not (line and is_quoted(lines[i - 1]) and is_quoted(lines[i + 1])):
            continue
        linkish = "://" in line or line.endswith((")", ">")) or line.startswith("(")
        above = lines[i - 1].rstrip()
        continued = (
            len(above) >= 60
            and not above.endswith((".", ":", "?", "!"))
            and (line[0].islower() and ":" not in line)
        )
        if linkish or continued:
            kinds[i] = QUOTE


def _trim_blank(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def strip_quotes(text: str, prompt_text: str | None = None, names: Iterable[str] = ()) -> Stripped:
    """Split ``text`` into the user's segments and the quoted lines."""
    lines = [line.rstrip() for line in text.replace("\ufeff", "").split("\n")]
    lines = split_shared_attribution(lines)
    prompt = PromptMatcher(prompt_text) if prompt_text else None
    kinds = classify(lines, prompt)
    name_set = set(names)
    segments: list[Segment] = []
    quoted: list[str] = []
    block: list[str] = []
    current: Segment | None = None
    for line, kind in zip(lines, kinds, strict=True):
        if kind == QUOTE:
            if current is not None and not block:  # the quote starts: was there a gap?
                current.blank_after = bool(current.lines) and not current.lines[-1].strip()
            unquoted = unquote(line)
            quoted.append(unquoted)
            block.append(unquoted)
        elif kind == USER:
            if line.strip() and (current is None or any(b.strip() for b in block)):
                current = Segment(lines=[], quoted_before=block)
                segments.append(current)
                block = []
            if current is not None:
                current.lines.append(line)
    trimmed = [_trim_blank(trim_signature(_trim_blank(s.lines), name_set)) for s in segments]
    if any(trimmed):
        for seg, lines in zip(segments, trimmed, strict=True):
            seg.lines = lines
    else:
        # Everything the user wrote reads like a sign-off or a name ("Thank you!", "Reply"
        # from Reply Tester): then it is the reply itself, never a signature to drop.
        for seg in segments:
            seg.lines = _trim_blank(seg.lines)
    return Stripped(segments=[s for s in segments if s.lines], quoted=quoted)
