"""The parts of a raw message, found on its bytes: headers parsed, bodies left where they are.

``email.message_from_bytes`` builds the whole tree at once: every body line becomes a
``str``, each payload is a copy, and a 20 MB message peaks at about 8× its size before a
word of it is read. Here only each part's header block goes through email's own header
parser; a body is a span of the raw bytes, found with ``bytes.find`` of its boundary, and
is read only if the caller asks (a text part, up to a limit). The boundaries follow
``email.feedparser``'s reading of RFC 2046, so the parts are those the stdlib finds:
lines end in CRLF, LF or a lone CR; a boundary line is ``--boundary``, optionally ``--``,
then blanks; any enclosing boundary ends a part too; the line end before a boundary
belongs to it; repeated boundary lines make no empty parts; a multipart whose first
boundary never comes is one body. Depth and part count are bounded as the caller walks,
and nothing recurses, so hostile nesting costs nothing.
"""

from __future__ import annotations

import email.message
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

_LINE_END = re.compile(rb"\r\n|\r|\n")
# Lines that email.feedparser's headerRE takes as headers (a header, a continuation, a Unix
# "From " line), as many as come in a row: the header block.
_HEADER_BLOCK = re.compile(rb"(?:(?:From |[\x21-\x39\x3b-\x7e]*:|[\t ])[^\r\n]*(?:\r\n|\r|\n|\Z))*")
# What may follow "--boundary" on its line: "--" for the last one, then blanks.
_BOUNDARY_TAIL = re.compile(rb"(--)?[ \t]*")


@dataclass
class Part:
    """One part: its headers, and where its body is in the raw message."""

    headers: email.message.Message
    start: int
    end: int
    # The content type, read once: each get_content_type parses the header again.
    ctype: str
    # A multipart whose boundary was found: where each child's lines are. None for a leaf.
    children: list[tuple[int, int]] | None = field(default=None, repr=False)
    # The line end before the next boundary is the boundary's (RFC 2046), not the body's.
    trim_line_end: bool = False
    # A "From " line that ended the header block: email reads it as the body's first line.
    lead: bytes = b""


def _line_end(raw: bytes, pos: int, end: int) -> tuple[int, int]:
    """(where the line at ``pos`` ends, where the next one starts), within ``end``."""
    m = _LINE_END.search(raw, pos, end)
    return (m.start(), m.end()) if m else (end, end)


def _parse_headers(lines: list[str]) -> tuple[email.message.Message, str]:
    """email.feedparser's reading of a header block: (the headers, and a "From " line it
    gives back to the body when that line comes last, or "")."""
    headers = email.message.Message()
    fields: list[list[str]] = []  # each header's lines: the first, then its continuations
    open_field = False
    lead = ""
    for number, line in enumerate(lines):
        if line[0] in " \t":
            if open_field:  # a continuation of nothing is dropped
                fields[-1].append(line)
            continue
        open_field = False
        if line.startswith("From "):
            if number == 0:
                headers.set_unixfrom(line.rstrip("\r\n"))
            elif number == len(lines) - 1:
                lead = line
            continue
        if line.find(":") > 0:  # a line opening with ":" names nothing: dropped
            fields.append([line])
            open_field = True
    for field_lines in fields:
        # compat32's header_source_parse, written out: it runs for every header of every part
        name, value = field_lines[0].split(":", 1)
        headers.set_raw(name, (value.lstrip(" \t") + "".join(field_lines[1:])).rstrip("\r\n"))
    return headers, lead


def content_params(headers: email.message.Message) -> list[tuple[str, Any]]:
    """What ``headers.get_params()`` gives, or ``[]`` without a Content-Type header.

    A header with no backslash, no RFC 2231 "*" and no ";" inside quotes (nearly every one)
    is split here in one pass: for it, get_params' answer is each parameter's name (lowered
    when it has a value) and its value unquoted, and get_params gets there by counting
    quotes at each ";" and quoting and unquoting every value once more."""
    value = headers.get("Content-Type")
    if isinstance(value, str) and "\\" not in value and "*" not in value:
        pieces = value.split(";")
        if all(piece.count('"') % 2 == 0 for piece in pieces):
            params: list[tuple[str, Any]] = []
            for piece in pieces:
                name, equals, param = piece.partition("=")
                if equals:
                    params.append((name.strip().lower(), email.utils.unquote(param.strip())))
                else:
                    params.append((piece.strip(), ""))
            return params
    return headers.get_params() or []


def _boundary(headers: email.message.Message) -> str | None:
    """``headers.get_boundary()``, reading the parameters with :func:`content_params`."""
    for name, value in content_params(headers):
        if name.lower() == "boundary":
            return email.utils.collapse_rfc2231_value(value).rstrip()
    return None


def _read_part(
    raw: bytes, span: tuple[int, int], limit: int, *, digest: bool = False, child: bool = False
) -> Part:
    """The part whose lines are the ``span`` of raw: its header block parsed, its body
    located, and (a multipart) its children's spans, at most ``limit`` of them.

    ``digest``: its parent is a multipart/digest, where a part is a message by default;
    ``child``: it has a parent, whose boundary takes the line end before it."""
    start, end = span
    block = _HEADER_BLOCK.match(raw, start, end)
    pos = block.end() if block else start
    body = pos
    if raw.startswith(b"\r\n", pos, end):  # a blank line ends the headers and is dropped;
        body += 2  # any other line starts the body
    elif pos < end and raw[pos] in b"\r\n":
        body += 1
    lines = [line.decode("ascii", "surrogateescape") for line in raw[start:pos].splitlines(True)]
    headers, lead = _parse_headers(lines)
    if digest:
        headers.set_default_type("message/rfc822")
    ctype = headers.get_content_type()
    multipart = ctype.split("/")[0] == "multipart"
    part = Part(headers, body, end, ctype, trim_line_end=child and not multipart)
    part.lead = lead.encode("ascii", "surrogateescape")
    if multipart:
        part.children = _children(raw, part, limit)
    return part


def read_message(raw: bytes, max_parts: int) -> Part:
    """The message's top part: its headers, and its body's span (children if multipart)."""
    return _read_part(raw, (0, len(raw)), max_parts)


def leaves(raw: bytes, root: Part, max_depth: int, max_parts: int) -> Iterator[Part]:
    """The parts that are not multiparts with parts, in document order.

    At most ``max_parts`` parts are looked at (multiparts included), and the parts of a
    multipart ``max_depth`` levels down are not.
    """
    stack: list[tuple[Part | tuple[int, int], int, bool]] = [(root, 0, False)]
    seen = 0
    while stack and seen < max_parts:
        item, depth, digest = stack.pop()
        if isinstance(item, Part):
            part = item
        else:
            part = _read_part(raw, item, max_parts, digest=digest, child=True)
        seen += 1
        if part.children is None:
            yield part
        elif depth < max_depth:
            is_digest = part.ctype == "multipart/digest"
            stack.extend((span, depth + 1, is_digest) for span in reversed(part.children))


def body(raw: bytes, part: Part, limit: int | None = None) -> tuple[bytes, int]:
    """The part's body, and how many bytes of it were left unread.

    With a ``limit``, a longer body is cut at the last line end before it (or at the limit,
    on one long line): the bytes past the cut are never copied.
    """
    start, end, lead = part.start, part.end, part.lead
    if part.trim_line_end:
        if end - start >= 2 and raw[end - 2 : end] == b"\r\n":
            end -= 2
        elif end > start and raw[end - 1] in b"\r\n":
            end -= 1
        elif end == start:
            lead = lead.rstrip(b"\r\n")  # one line, so at most one line end
    if limit is None or end - start <= limit:
        return lead + raw[start:end], 0
    cut = raw.rfind(b"\n", start, start + limit) + 1
    if cut <= start:
        cut = start + limit
    return lead + raw[start:cut], end - cut


def _boundary_lines(raw: bytes, part: Part, boundary: bytes) -> Iterator[tuple[int, int, bool]]:
    """(line start, next line's start, is the closing one) of each boundary line, in order."""
    sep = b"--" + boundary
    pos = raw.find(sep, part.start, part.end)
    while pos != -1:
        line_end, next_line = _line_end(raw, pos + len(sep), part.end)
        if pos == part.start or raw[pos - 1] in b"\r\n":
            tail = _BOUNDARY_TAIL.match(raw, pos + len(sep), line_end)
            if tail and tail.end() == line_end:
                yield pos, next_line, tail.group(1) is not None
        # A boundary line starts a line: the rest of this one holds none.
        pos = raw.find(sep, next_line, part.end) if next_line < part.end else -1


def _children(raw: bytes, part: Part, limit: int) -> list[tuple[int, int]] | None:
    """Each child's span, or None when the multipart's first boundary never comes."""
    boundary = _boundary(part.headers)
    if boundary is None:
        return None
    try:
        encoded = boundary.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # no line of raw bytes can hold it
        return None
    if b"\r" in encoded or b"\n" in encoded:
        return None  # a folded parameter: no line holds a line end
    lines = _boundary_lines(raw, part, encoded)
    first = next(lines, None)
    if first is None:
        return None  # the body is all there is
    if first[2]:
        part.end = first[0]  # a closing line first: the body is what came before it
        return None
    spans: list[tuple[int, int]] = []
    child_start = first[1]
    for line_start, next_line, closing in lines:
        if len(spans) >= limit:
            return spans  # more than a walk ever looks at
        if line_start == child_start:
            child_start = next_line  # boundary lines in a row: no part between them
            continue
        spans.append((child_start, line_start))
        if closing:
            return spans
        child_start = next_line
    spans.append((child_start, part.end))
    return spans
