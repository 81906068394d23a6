"""Words people read: counts in the right number ("1 entry", "3 entries", never
"1 entries"), and long text shortened where a reader would stop, never mid-word."""

from __future__ import annotations

import re
from typing import Any

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[–—]\s")
# A clause of fewer words is a label ("Big one this week:"): cut there, the line says nothing.
_FEWEST_WORDS = 5


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the right number (``plural`` defaults to singular + s)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def short(text: Any, width: int = 140) -> str:
    """``text`` on one line, shortened to about ``width`` characters, never mid-word.

    Whole when it fits. Else up to the last sentence end within ``width``; failing that
    the last clause end (comma, semicolon, colon, dash) with "…", if that clause has at
    least a few words; failing that the last word end with "…".
    """
    value = " ".join(str(text or "").split())
    if len(value) <= width:
        return value
    sentences = [m.end() for m in _SENTENCE_END.finditer(value) if m.end() <= width]
    if sentences:
        return value[: sentences[-1]]
    clauses = [
        m.start()
        for m in _CLAUSE_END.finditer(value)
        if m.start() < width and len(value[: m.start()].split()) >= _FEWEST_WORDS
    ]
    if clauses:
        return value[: clauses[-1]].rstrip() + "…"
    cut = value.rfind(" ", 0, width)
    return value[: cut if cut > 0 else width - 1].rstrip(" ,;:–—") + "…"
