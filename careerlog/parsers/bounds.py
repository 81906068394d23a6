"""Only the first ``MAX_ENTRY_TEXT`` characters of what the user wrote become entries.

A reply of megabytes (a pasted log, a whole document) would otherwise become
tens of thousands of entries and take minutes to read. Its start is logged; the
rest stays in the stored raw message, and the confirmation says how much. Past
``MAX_TEXT_BYTES`` of a text part, the message is not even decoded.
"""

from __future__ import annotations

from dataclasses import replace

from careerlog.parsers.quotes import Segment

MAX_ENTRY_TEXT = 256_000
# Of a text part, only this much is decoded at all: four times what becomes entries leaves
# room for the quotes and signature stripped before it, and a 20 MB body costs no more
# than a 1 MB one (the rest is counted as left out, never copied).
MAX_TEXT_BYTES = 4 * MAX_ENTRY_TEXT


def bound_segments(
    segments: list[Segment], limit: int = MAX_ENTRY_TEXT
) -> tuple[list[Segment], int]:
    """(the segments up to ``limit`` characters, cut at a line's end; characters left out)."""
    kept: list[Segment] = []
    room = limit
    left_out = 0
    for seg in segments:
        if room <= 0:
            left_out += len(seg.text)
            continue
        lines: list[str] = []
        for index, line in enumerate(seg.lines):
            if len(line) + 1 > room:
                head = _cut(line, room)  # one huge line still gives its start
                if head:
                    lines.append(head)
                left_out += sum(len(rest) + 1 for rest in seg.lines[index:]) - len(head)
                room = 0
                break
            lines.append(line)
            room -= len(line) + 1
        if lines:
            kept.append(replace(seg, lines=lines))
    return kept, left_out


def _cut(line: str, room: int) -> str:
    """The start of ``line`` that fits in ``room``, ended at a word when there is one."""
    head = line[: max(room - 1, 0)]
    space = head.rfind(" ")
    return head[:space] if space > 0 else head
