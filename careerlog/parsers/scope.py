"""How far a piece of evidence reached: team, multi-team, org or external.

Only what the user states counts. The widest stated reach wins, so "my team's fix, now used
by every customer" is external. A negated mention ("No customer was charged") is ignored,
and so is reach a gap still lacks ("still missing an org-wide artifact").
Besides the words that say it ("across three teams", "org-wide"), a head count says it:
"~60 engineers" is an org, a dozen people from several teams is multi-team. Work "with" a
team named by the words teams go by ("with Data Platform", "with SRE") reaches beyond the
user's own; the other languages replies come in say it too ("alle 5 Teams", "6 team", "les
équipes Risque, Paiements et Données"; "mi equipo", "mein Team" for the user's own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careerlog.parsers.given_names import GIVEN_NAMES

_I = re.IGNORECASE
_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|\d+)"
_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
_DETERMINERS = "(?:my|our|the|their|his|her|your|its|a|an|this|that)"
# _EXTERNAL and _ORG start every form at a word boundary with one of a few letters: they
# check that first, so most positions fail on one test instead of on each form.
_EXTERNAL = re.compile(
    r"\b(?=[cmpeoatku])"
    r"(?:customers?|merchants?|clients|partners?|end[- ]users|(?<!internal )(?<!admin )users|"
    r"the public|publicly|open[- ]source|externally|external conference|"
    # the same in the other languages replies come in (de, nl, fr, es/pt, it)
    r"kunden|klanten|utilisateurs|usuarios|usuários|clientes|clienti|utenti)\b",
    _I,
)
# "No customer was charged", and a gap still open: "still missing an org-wide artifact".
_NEGATED = re.compile(
    r"\b(?:no|not|without|zero|never|missing|lacking|lacks?|needs?|yet to \w+)\s+(?:\w+\s+)?$", _I
)
_ORG = re.compile(
    r"\b(?=[oweactg])(?:"
    r"org[- ]wide\b|\b(?:whole|entire|across the) (?:org|organi[sz]ation|company|engineering)\b|"
    r"\bcompany[- ]wide\b|\ball[- ]hands\b|\bevery (?:team|engineer)\b|\ball (?:teams|engineers)\b|"
    r"\borg[- ]level\b|\b(?:whole|entire) (?:monorepo|department|division|platform|eng\b)|"
    r"\b(?:every|each|all)\b[^.;]{0,40}\bin the (?:org|organi[sz]ation|company)\b|"
    r"\ball of (?:engineering|eng|the org|the organi[sz]ation|the company)\b|"
    r"\btoda (?:a|la) (?:engenharia|ingenier[ií]a|empresa|organiza)|\bganze[nr]? (?:firma|org))",
    _I,
)
# "for the whole monorepo, ~60 engineers": a head count this size is an org, a smaller one
# that still needs several teams is multi-team. Below that it says nothing about reach.
_HEADCOUNT = re.compile(
    r"(?<![\w.,])[~≈]?\s?(\d{1,3}(?:,\d{3})*)\+?\s(?:engineers|developers|devs|people)\b", _I
)
_DIGIT = re.compile(r"\d")
ORG_HEADCOUNT = 50
MULTI_TEAM_HEADCOUNT = 15
# "live for Payments and Risk": two capitalised names joined after a word of reach.
_TWO_NAMES = re.compile(
    rf"\b(?:for|across|by|between)\s+({_CAP}[\w-]+)\s+(?:and|&)\s+({_CAP}[\w-]+)"
    rf"(?![ \t]+{_CAP})"
)
# Teams in the other languages replies come in: "alle 5 Teams", "4 équipes", "6 team" (it).
_TEAMS_ABROAD = r"(?:Teams|[ée]quipes|equip[oa]s|squadre|team(?! members?\b| leads?\b))"
_NUMBERS_ABROAD = (
    r"(?:[2-9]|\d\d+|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|três|quatro|tre|quattro|"
    r"drie|vijf)"
)
_MULTI = re.compile(
    rf"\b(?:across|for|between|with)? ?{_NUMBER_WORDS} [Tt]eams\b|"
    rf"\b(?=[\ddvftcq]){_NUMBERS_ABROAD} {_TEAMS_ABROAD}\b|"
    r"\bcross[- ]team\b|\bmulti[- ]team\b|\b[Aa]cross (?:the )?teams\b|"
    rf"\b{_NUMBER_WORDS} (?:services|orgs|departments)\b|\bother teams?\b|"
    rf"\b{_CAP}\w+(?:['’]s)? (?:(?!{_DETERMINERS}\b)[a-z][\w-]* )?team\b|"
    rf"\b{_CAP}\w+(?:,| and) {_CAP}\w+ (?:both|could both|all|teams)\b|"
    r"\b(?:both|all three|all four) (?:teams|services)\b|"
    rf"\b{_CAP}\w+, {_CAP}\w+,? (?:and|et|und|y|e|en) {_CAP}\w+\b",
    re.UNICODE,
)
# "Worked with Data Platform": a name after "with" made of the words teams are named by.
_WITH_NAME = re.compile(rf"\bwith (?:the )?({_CAP}[\w-]+(?: {_CAP}[\w-]+)?)(?![ \t]*{_CAP})")
TEAM_WORDS = frozenset(
    """
    data platform sre devops security legal finance sales marketing support design payments
    risk ledger checkout search ads billing growth infra infrastructure mobile web frontend
    backend qa ops reliability analytics fraud identity core tooling
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# "the mobile and web teams": team names written in lower case. Searched for only in text
# that says "teams": tried at every word, it cost more than the rest of _MULTI.
_LOWER_TEAMS = re.compile(
    rf"\b(?!{_DETERMINERS}\b)[a-z][\w-]*,? and (?!{_DETERMINERS}\b)[a-z][\w-]* teams\b"
)
_TEAM = re.compile(
    r"\b(?=[mouina])(?:"  # the first letters of the words below: most positions fail on it
    r"(?:my|our) (?:[\w-]+ )?team(?:['’]s)?\b|my squad\b|our squad\b|"
    # the same in the other languages replies come in (de, fr, es, pt, nl, it)
    r"(?:mein(?:em)?|unser(?:em)?|im|mijn|ons|il mio|nel mio|al mio) team\b|"
    r"(?:mon|notre|mi|nuestro|minha|meu|nossa) (?:équipe|equipo|equipa|equipe|time)\b)",
    _I,
)
_OWN_TEAM = re.compile(
    r"(?:my|our|the|this|that|a|an|each|every|your|his|her|their|one|same|whole)\b.*team", _I
)


def _stated(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _NEGATED.search(text[: m.start()]) for m in pattern.finditer(text))


def _headcount(text: str) -> int:
    if not _DIGIT.search(text):  # a head count needs a figure: most text has none
        return 0
    counts = [int(m.group(1).replace(",", "")) for m in _HEADCOUNT.finditer(text)]
    return max(counts, default=0)


def _named_teams(text: str) -> bool:
    """Two names that are not people's ("Payments and Risk", not "Priya and Omar")."""
    return any(
        not any(name.lower() in GIVEN_NAMES for name in m.groups())
        for m in _TWO_NAMES.finditer(text)
    )


def _with_team(text: str, own_team: str | None) -> bool:
    """Work "with" a team other than the user's own: "Worked with Data Platform on …"."""
    own = (own_team or "").lower()
    return "with" in text and any(
        m.group(1).lower() != own and all(word.lower() in TEAM_WORDS for word in m.group(1).split())
        for m in _WITH_NAME.finditer(text)
    )


def _names(text: str, teams: Sequence[str]) -> bool:
    """Does the text name one of ``teams``, as written ("Risk", never the word "risk")?"""
    return any(re.search(rf"\b{re.escape(team)}\b", text) for team in teams if team.strip())


def find_scope(text: str, own_team: str | None = None, teams: Sequence[str] = ()) -> str | None:
    """The scope the text states, or ``None`` when it states none.

    ``own_team`` and ``teams`` are the names the user taught in the config: naming
    another team reaches beyond the user's own; naming one's own team is team scope.
    """
    if _stated(_EXTERNAL, text):
        return "external"
    heads = _headcount(text)
    if _stated(_ORG, text) or heads >= ORG_HEADCOUNT:
        return "org"
    multi = [m for m in _MULTI.finditer(text) if not _OWN_TEAM.match(m.group().strip())]
    if "teams" in text:
        multi += _LOWER_TEAMS.finditer(text)
    if any(not _NEGATED.search(text[: m.start()]) for m in multi):
        return "multi-team"
    others = [team for team in teams if not own_team or team.lower() != own_team.lower()]
    if _names(text, others) or _named_teams(text) or heads >= MULTI_TEAM_HEADCOUNT:
        return "multi-team"
    if _with_team(text, own_team):
        return "multi-team"
    if _stated(_TEAM, text) or (own_team and _names(text, [own_team])):
        return "team"
    return None
