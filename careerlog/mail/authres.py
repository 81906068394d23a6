"""Read Authentication-Results headers (RFC 8601) without being fooled by their text.

A header is ``authserv-id [version]; method=result [reason="..."] ptype.property=value
...; ...``. Comments ``(...)`` are dropped and quoted strings are kept whole, so a
``reason="dkim=pass header.d=you.example"`` or an envelope address whose local part
holds ``header.d=...`` stays a value and is never read as a result.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

_SPECIALS = ";="


@dataclass(frozen=True)
class Result:
    """One ``method=result`` with its properties (``header.d``, ``smtp.mailfrom``, ...)."""

    method: str
    result: str
    properties: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AuthResults:
    authserv_id: str
    results: tuple[Result, ...]


def _tokens(value: str) -> Iterator[str]:
    """Words, ``;`` and ``=``; comments removed, quoted strings kept (quotes included)."""
    word: list[str] = []
    depth, quoted, escaped = 0, False, False
    for char in value:
        if escaped:
            escaped = False
            if depth == 0:
                word.append(char)
            continue
        if char == "\\" and (quoted or depth):
            escaped = True
            if quoted:
                word.append(char)
            continue
        if quoted:
            word.append(char)
            quoted = char != '"'
            continue
        if depth:
            depth += {"(": 1, ")": -1}.get(char, 0)
            continue
        if char == "(":
            depth = 1
        elif char == '"':
            word.append(char)
            quoted = True
            continue
        if char == "(" or char.isspace() or char in _SPECIALS:
            if word:
                yield "".join(word)
                word = []
            if char in _SPECIALS:
                yield char
            continue
        word.append(char)
    if word and not quoted:
        yield "".join(word)


def unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
        return value.replace('\\"', '"').replace("\\\\", "\\")
    return value


def _result(tokens: list[str]) -> Result | None:
    """``method = result`` then ``key = value`` pairs; anything else is skipped."""
    if len(tokens) < 3 or tokens[1] != "=" or "=" in (tokens[0], tokens[2]):
        return None
    method = tokens[0].split("/", 1)[0].lower()
    properties: dict[str, str] = {}
    i = 3
    while i < len(tokens):
        if i + 2 < len(tokens) and tokens[i + 1] == "=" and tokens[i] != "=" != tokens[i + 2]:
            key = tokens[i].lower()
            if key != "reason" and "." in key:
                properties.setdefault(key, unquote(tokens[i + 2]))
            i += 3
        else:
            i += 1
    return Result(method, tokens[2].lower(), properties)


def parse(value: str) -> AuthResults | None:
    """One header's value; None when it has no authserv-id."""
    segments: list[list[str]] = [[]]
    for token in _tokens(value):
        if token == ";":
            segments.append([])
        else:
            segments[-1].append(token)
    head = segments[0]
    if not head or head[0] in _SPECIALS:
        return None
    results = tuple(r for s in segments[1:] if (r := _result(s)) is not None)
    return AuthResults(unquote(head[0]).lower(), results)


def trusted_results(values: list[str], trusted_ids: tuple[str, ...]) -> AuthResults | None:
    """The topmost header written by a server you trust, or None.

    Headers are listed top first, as they are in the message: the nearest server
    adds its own on top. Headers with another authserv-id (or none) may have been
    written by anyone, the sender included, and are never read.
    """
    trusted = {t.lower() for t in trusted_ids}
    for value in values:
        parsed = parse(value)
        if parsed is not None and parsed.authserv_id in trusted:
            return parsed
    return None


def authserv_ids(values: list[str]) -> list[str]:
    """The authserv-ids of these headers, top first (for ``doctor``)."""
    return [p.authserv_id for v in values if (p := parse(v)) is not None]
