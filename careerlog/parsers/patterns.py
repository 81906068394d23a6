"""Line patterns for quote headers, client footers and sign-offs.

The words of each language live in ``languages``; this module turns them into the regular
expressions the stripping logic uses, next to the few patterns that are not about words.
``by_first_letter`` builds the long case-blind alternations of the cue modules, and
``reads_alike_lowered`` says when lowered text can be read case-sensitively instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from careerlog.parsers.languages import phrases

_I = re.IGNORECASE
# The characters of the Basic Multilingual Plane that have a case: only these match a
# character other than themselves case-blind (none beyond the plane does), so _any_case
# asks ``re`` about them, not about all 65,536.
_CASED = "".join(c for c in map(chr, range(0x10000)) if c.lower() != c or c.upper() != c)


@cache
def _any_case(letter: str) -> str:
    """A case-sensitive class of what ``letter`` matches ignoring case: "[Ssſ]" for "s"."""
    found = set(re.findall(re.escape(letter), _CASED, _I)) | {letter}
    return "(?-i:[" + "".join(re.escape(c) for c in sorted(found)) + "])"


def opening_letters(forms: Sequence[str]) -> str:
    """A lookahead for the first letters of ``forms`` (see :func:`by_first_letter`): put
    before their alternation, most places fail on it at once."""
    return "(?=[" + "".join(sorted({form[0].lower() for form in forms})) + "])"


def by_first_letter(forms: Sequence[str]) -> str:
    """One alternation of ``forms`` for a case-blind pattern, grouped under their first
    letters: "(?-i:[Cc])(?:offee with\\b|…)|(?-i:[Mm])(?:et …|…)".

    Each form must open with a plain letter or digit. Plainly alternated, the regex engine
    tries every form at every place it gets to; grouped, it tests one character per letter
    and goes into the forms opening with the letter there. The letter is written as a
    case-sensitive class of all its cases because CPython skips a branch on that one test only
    when its first character is matched case-sensitively. What matches is the same: forms
    with different first letters never match at one place, and those sharing one keep their
    order.
    """
    groups: dict[str, list[str]] = {}
    for form in forms:
        if not form[0].isalnum():
            raise ValueError(f"a form must open with a letter: {form!r}")
        groups.setdefault(form[0].lower(), []).append(form[1:])
    return "|".join(f"{_any_case(letter)}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def reads_alike_lowered(text: str, low: str) -> bool:
    """Does a lower-case pattern of Latin letters, compiled case-sensitively, find in ``low``
    (``text.lower()``) what it finds case-blind in ``text``, at the same places?

    It does, about twice as fast, unless lowering changed a length ("İ") or the text holds
    a letter that case-blind reading takes for another ("ı" for "i", "ſ" for "s"): no other
    letter matches a Latin one case-blind without lowering to it.
    """
    return len(low) == len(text) and "ı" not in low and "ſ" not in low


def _alt(kind: str) -> str:
    """One alternation of a kind's phrases, grouped by first letter (``by_first_letter``); a
    phrase that starts with a letter of an alphabet (not CJK) must start and end at a word
    boundary."""
    worded: list[str] = []
    cjk: list[str] = []
    for phrase in phrases(kind):
        esc = re.escape(phrase).replace(r"\ ", r"\s+")
        (worded if ord(phrase[0]) < 0x3000 else cjk).append(esc)
    alternatives = [rf"(?<!\w)(?:{by_first_letter(worded)})(?!\w)"] if worded else []
    return "|".join(alternatives + ([by_first_letter(cjk)] if cjk else []))


def _first_letters(kind: str) -> str:
    """A lookahead for the first characters of a kind's phrases: put before ``_alt(kind)``
    in a pattern that is searched for, most positions fail on it at once instead of trying
    every phrase of every language."""
    return "(?=[" + "".join(sorted({re.escape(phrase[0]) for phrase in phrases(kind)})) + "])"


# "On …, X wrote:", "Le …, X a écrit :", "2026/11/27 … のメッセージ:"
ATTRIBUTION = re.compile(rf"{_first_letters('wrote')}(?:{_alt('wrote')}).{{0,120}}[:：]\s*$", _I)
WROTE_VERB = re.compile(rf"{_first_letters('wrote')}(?:{_alt('wrote')})", _I)
# "---- John Smith wrote ----", "------On 12/29/1987 17:32 PM, Julius Caesar wrote-----"
DASHED_ATTRIBUTION = re.compile(rf"^\s*-{{2,}}\s*.{{0,150}}?(?:{_alt('wrote')})\s*-{{2,}}\s*$", _I)
# The first line of an attribution split over lines: "On <date> …" or a numeric date.
ATTRIBUTION_OPENING = re.compile(
    rf"^(?:(?:{_alt('on')})\s.*\d|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b)", _I
)
# Reply text and an attribution on one line: "Looks good. On Mon, …, Bob <b@x> wrote:".
# Searched for in a line's last 300 characters only (an attribution is no longer), which
# also keeps the work linear on a long line.
SHARED_ATTRIBUTION = re.compile(rf"(?:\s+|\s*-{{2,}}\s*)(?P<attr>(?:{_alt('on')})\s.*\d.*)$", _I)
# "2026年11月27日(金) 16:02 careerlog <a@b>:" (Gmail in CJK locales) and similar: a date and
# an address, then a colon. Only trusted when quoted lines follow.
LOOSE_ATTRIBUTION = re.compile(
    r"(?:\d.*<\s?[^<>\s]+@[^<>\s]+>|<\s?[^<>\s]+@[^<>\s]+>.*\d).*[:：]\s*$"
)

HEADER_FROM = re.compile(rf"^\s*\*?(?:{_alt('header_from')})\s*\*?\s*[:：]\s*\S", _I)
HEADER_OTHER = re.compile(rf"^\s*\*?(?:{_alt('header_fields')})\s*\*?\s*[:：]", _I)
# A second field inside a one-line block: "From: bob@example.com Date: Thu, 24 Mar 2016 …"
INLINE_FIELD = re.compile(rf"\s(?:{_alt('header_fields')})\s*[:：]", _I)
ORIGINAL_MESSAGE = re.compile(rf"^\s*-{{2,}}\s*(?:{_alt('separators')})\s*-*\s*$", _I)
FORWARD_INTRO = re.compile(rf"^\s*(?:{_alt('forward_intros')})\s*[:：]\s*$", _I)
RULE = re.compile(r"^\s*(?:_{8,}|-{8,}|={8,}|—{4,})\s*$")
SIG_DELIMITER = re.compile(r"^(?:-- ?|—)$")

# Client footers: "Sent from my iPhone", "Get Outlook for Android<…>", Proton's line, …
FOOTER = re.compile(
    r"^\s*(?:(?:sent (?:wirelessly )?(?:from|with|via|using|on)|"
    r"envoyé (?:de|depuis|avec|sans fil par)|"
    r"enviado (?:desde|do|de|con|com)|inviato (?:da|dal|con)|verzonden (?:vanaf|met|van)|"
    r"skickat från|sendt fra|wysłane z|отправлено (?:с|из)|gesendet (?:von|mit)|von meinem|"
    r"get \S+(?: \S+)? for (?=ios|android|iphone|ipad|windows|mac)|"
    r"télécharger|descargar|baixe|scarica|holen sie sich)\b"
    r"[^\n,;.?!]{0,50}?(?:,\s)?\b(?:iphone|ipad|ios|mac|android|outlook|mail|galaxy|samsung|mobile|proton\s?mail|"
    r"yahoo|blackberry|phone|huawei|pixel|smartphone|tablet|windows|gmail|fastmail|tuta\w*|"
    r"bluemail|spark|mobil|móvil|celular|cellulare|telefoon|telefon|handy)\b"
    r"(?:[^\n.?!<]|[.?!](?!\s)|\s*<[^<>\n]{0,80}>){0,60}[.!]?"
    r"|.{0,30}から送信|(?:secure )?email powered by .{0,40}"
    r"|[^.\n]{0,40}\boutlook\b[^.\n]{0,20}\b(?:ios|android)\b(?:[^\n.?!<]|[.?!](?!\s)|\s*<[^<>\n]{0,80}>){0,60})$",
    _I,
)

# The lookahead holds each cue's first letter: most positions fail on it at once.
DISCLAIMER_CUES = re.compile(
    r"(?=[cpiardv])"
    r"(?:confidential|privileged|intended (?:solely |only )?for|intended recipient|addressee|"
    r"received (?:it|this)(?: e-?mail| message)? in error|delete (?:it|this)|disclaimer|"
    r"vertraulich|confidentiel|riservat|confidencial|vertrouwelijk)",
    _I,
)

SIGN_OFF = re.compile(rf"^\s*(?:{_alt('sign_offs')})\s*[,.!…]*\s*$", _I)

TITLE_WORDS = re.compile(
    r"\b(?:engineer|engineering|manager|director|developer|designer|lead|head of|vp|cto|ceo|"
    r"founder|analyst|consultant|architect|scientist|product|principal|staff|senior|"
    r"intern|specialist|officer|president|team|platform|department|ingenieur|ingénieur|"
    r"ingeniera?|engenheir[oa]|directeur|gerente|responsable)\b|\||·|\+?\d[\d ()-]{7,}|"
    r"https?://|www\.|@",
    _I,
)
