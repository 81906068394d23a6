"""Signatures, sign-offs and disclaimers at the end of what the user wrote.

Clients rarely mark these (Outlook never writes ``-- ``), so the rules look at the shape of
the last paragraph: a sign-off word, the sender's own name, a name followed by a job title,
or boilerplate about confidentiality.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careerlog.parsers.patterns import DISCLAIMER_CUES, SIGN_OFF, TITLE_WORDS

_DASH_NAME = re.compile(r"^\s*[-–—]\s?[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}$")
_MAX_DISCLAIMER_LINES = 40
_RULE = re.compile(r"^\s*(?:-{3,}|_{3,}|={3,})\s*$")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?$")
# Each of DISCLAIMER_CUES' forms holds one of these: lowered text with none (most of what
# users write) is spared the case-blind search. In lowered text only "ı" and "ſ" match a
# cue's letter ("i", "s") case-blind without being it; text with either is searched.
_DISCLAIMER_PIECES = (
    "confiden", "privileged", "intended ", "addressee", "received ", "delete ", "disclaimer",
    "vertraulich", "riservat", "vertrouwelijk",
)  # fmt: skip


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
    if len(para) > _MAX_DISCLAIMER_LINES:  # a pasted log is not one: don't scan it whole
        return False
    text = " ".join(para)
    if len(text.split()) < 12:
        return False
    low = text.lower()
    if "ı" not in low and "ſ" not in low and not any(p in low for p in _DISCLAIMER_PIECES):
        return False
    return len(set(DISCLAIMER_CUES.findall(low))) >= 2


def _is_signature_block(para: Sequence[str], names: set[str]) -> bool:
    head, rest = para[0], list(para[1:])
    head_signs_off = bool(SIGN_OFF.match(head))  # asked once: the pattern is long
    if head_signs_off and all(SIGN_OFF.match(line) for line in rest):
        return True
    if head_signs_off and rest and len(para) <= 5:
        return (_is_sender(rest[0], names) or _name_like(rest[0])) and all(
            _title_like(r) for r in rest[1:]
        )
    if _is_sender(head, names) and len(para) <= 5:
        return all(len(r.strip()) <= 90 for r in rest)
    if _name_like(head) and len(_bare(head).split()) >= 2 and 2 <= len(para) <= 5:
        return all(_title_like(r) for r in rest)
    return False


def _is_dash_name(line: str, above: str) -> bool:
    """ "-Abhishek Kona", "- roman", "-Lev.": a name signed after a dash. Not the last item
    of a list ("- and another" under "- how about bullets", "- testing" under "Next:")."""
    words = line.strip().lstrip("-–— ").split()
    return (
        len(line.strip()) <= 30
        and bool(_DASH_NAME.match(line))
        and (len(words) == 1 or all(w[0].isupper() for w in words))
        and not above.strip().startswith(("-", "–", "—", "*", "•"))
        and not above.rstrip().endswith(":")
    )


def _is_signature_tail(tail: Sequence[str], names: set[str]) -> bool:
    """Lines below a rule that read as a signature or a list footer: a few short lines,
    one of them a name, a title, a phone number, an address or a link."""
    text = [t.strip() for t in tail if t.strip()]
    return (
        1 <= len(text) <= 15
        and all(len(t) <= 100 and not t.endswith("?") for t in text)
        and any(_is_sender(t, names) or _name_like(t) or TITLE_WORDS.search(t) for t in text)
    )


def _cut_at_rule(lines: list[str], names: set[str]) -> list[str]:
    """Everything from the last rule line on, when what follows it is a signature."""
    for i in range(len(lines) - 1, 0, -1):
        if _RULE.match(lines[i]):
            return lines[:i] if _is_signature_tail(lines[i + 1 :], names) else lines
    return lines


def trim_signature(lines: list[str], names: set[str]) -> list[str]:
    """Remove closing lines (sign-off, name, title, disclaimer) from the end of ``lines``."""
    out = _cut_name_below_sign_off(_cut_at_rule(list(lines), names))
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
        if (len(para) > 1 and SIGN_OFF.match(para[-1])) or _is_dash_name(
            para[-1], out[-2] if len(out) > 1 else ""
        ):
            out.pop()
            continue
        return out


def _cut_name_below_sign_off(lines: list[str]) -> list[str]:
    """ "Regards," / blank line / "John Doe": the name alone in the last paragraph."""
    text = [i for i in range(len(lines) - 1, max(-1, len(lines) - 6), -1) if lines[i].strip()]
    text.reverse()  # the last nonblank lines (among the last five), in order
    if (
        len(text) >= 2
        and text[-1] - text[-2] == 2
        and _name_like(lines[text[-1]])
        and SIGN_OFF.match(lines[text[-2]])
    ):
        return lines[: text[-1]]
    return lines
