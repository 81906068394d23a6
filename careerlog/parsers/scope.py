"""How far a piece of evidence reached: team, multi-team, org or external.

Only what the user states counts. The widest stated reach wins, so "my team's fix, now used
by every customer" is external. A negated mention ("No customer was charged") is ignored.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|\d+)"
_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
_DETERMINERS = "(?:my|our|the|their|his|her|your|its|a|an|this|that)"
_EXTERNAL = re.compile(
    r"\b(?:customers?|merchants?|clients|partners?|end[- ]users|(?:our|all|every|external) users|"
    r"the public|publicly|open[- ]source|externally|external conference)\b",
    _I,
)
_NEGATED = re.compile(r"\b(?:no|not|without|zero|never)\s+(?:\w+\s+)?$", _I)
_ORG = re.compile(
    r"\borg[- ]wide\b|\b(?:whole|entire|across the) (?:org|organi[sz]ation|company|engineering)\b|"
    r"\bcompany[- ]wide\b|\ball[- ]hands\b|\bevery (?:team|engineer)\b|\ball (?:teams|engineers)\b|"
    r"\borg[- ]level\b",
    _I,
)
_MULTI = re.compile(
    rf"\b(?:across|for|between|with)? ?{_NUMBER_WORDS} teams\b|\bcross[- ]team\b|\bmulti[- ]team\b|"
    rf"\b{_NUMBER_WORDS} (?:services|orgs|departments)\b|\bother teams?\b|"
    rf"\b{_CAP}\w+(?:['’]s)? (?:(?!{_DETERMINERS}\b)[a-z][\w-]* )?team\b|"
    rf"\b{_CAP}\w+(?:,| and) {_CAP}\w+ (?:both|could both|all)\b|"
    r"\b(?:both|all three|all four) (?:teams|services)\b|"
    rf"\b{_CAP}\w+, {_CAP}\w+,? and {_CAP}\w+\b",
    re.UNICODE,
)
_TEAM = re.compile(r"\b(?:my|our) (?:[\w-]+ )?team(?:['’]s)?\b|\bmy squad\b|\bour squad\b", _I)
_OWN_TEAM = re.compile(
    r"(?:my|our|the|this|that|a|an|each|every|your|his|her|their|one|same|whole)\b.*team", _I
)


def _stated(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _NEGATED.search(text[: m.start()]) for m in pattern.finditer(text))


def find_scope(text: str) -> str | None:
    """The scope the text states, or ``None`` when it states none."""
    if _stated(_EXTERNAL, text):
        return "external"
    if _stated(_ORG, text):
        return "org"
    multi = [m for m in _MULTI.finditer(text) if not _OWN_TEAM.match(m.group().strip())]
    if any(not _NEGATED.search(text[: m.start()]) for m in multi):
        return "multi-team"
    if _stated(_TEAM, text):
        return "team"
    return None
