"""Signatures, sign-offs and disclaimers at the end of what the user wrote.

Clients rarely mark these (Outlook never writes ``-- ``), so the rules look at the shape of
the last paragraph: a sign-off word, the sender's own name, a name followed by a job title,
or boilerplate about confidentiality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careerlog.parsers.patterns import DISCLAIMER_CUES, SIGN_OFF, TITLE_WORDS

_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?$")


def sender_names(display_name: str, address: str) -> set[str]:
    """Ways the sender may sign: full name, first name, initials, address local part."""
    names: set[str] = set()
    words = display_name.replace('"', "").split()
    if words:
        names.add(" ".join(words).lower())
        names.add(words[0].lower())
        if len(words) > 1:
            names.add("".join(w[0] for w in words).lower())
    local = address.split("@")[0].split("+")[0]
    if local:
        names.add(local.lower())
        names.add(local.replace(".", " ").replace("_", " ").lower())
    names.discard("")
    return names


def _bare(line: str) -> str:
    return line.strip().lstrip("-–—~ ").rstrip(",.!;").strip()


def _is_sender(line: str, names: set[str]) -> bool:
    return bool(line.strip()) and _bare(line).lower() in names


def _name_like(line: str) -> bool:
    words = _bare(line).split()
    return (
        1 <= len(words) <= 3
        and len(line.strip()) <= 40
        and all(_NAME_WORD.match(w) and w[0].isupper() for w in words)
    )


def _title_like(line: str) -> bool:
    text = line.strip()
    return (
        len(text) <= 90
        and not text.endswith((".", "?", "!", ":"))
        and bool(TITLE_WORDS.search(text))
    )


def _is_disclaimer(para: Sequence[str]) -> bool:
    text = " ".join(para)
    return len(text.split()) >= 12 and len(set(DISCLAIMER_CUES.findall(text.lower()))) >= 2


def _is_signature_block(para: Sequence[str], names: set[str]) -> bool:
    if all(SIGN_OFF.match(line) for line in para):
        return True
    head, rest = para[0], list(para[1:])
    if SIGN_OFF.match(head) and rest and len(para) <= 5:
        return (_is_sender(rest[0], names) or _name_like(rest[0])) and all(
            _title_like(r) for r in rest[1:]
        )
    if _is_sender(head, names) and len(para) <= 5:
        return all(len(r.strip()) <= 90 for r in rest)
    if _name_like(head) and len(_bare(head).split()) >= 2 and 2 <= len(para) <= 5:
        return all(_title_like(r) for r in rest)
    return False


def trim_signature(lines: list[str], names: set[str]) -> list[str]:
    """Remove closing lines (sign-off, name, title, disclaimer) from the end of ``lines``."""
    out = list(lines)
    while True:
        while out and not out[-1].strip():
            out.pop()
        if not out:
            return out
        start = len(out)
        while start > 0 and out[start - 1].strip():
            start -= 1
        para = out[start:]
        if _is_disclaimer(para) or _is_signature_block(para, names):
            del out[start:]
            continue
        if len(para) > 1 and _is_sender(para[-1], names):
            out.pop()
            if out and SIGN_OFF.match(out[-1]):
                out.pop()
            continue
        if len(para) > 1 and SIGN_OFF.match(para[-1]):
            out.pop()
            continue
        return out
