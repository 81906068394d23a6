"""How far a piece of evidence reached: team, multi-team, org or external.

Only what the user states counts. The widest stated reach wins, so "my team's fix, now used
by every customer" is external. A negated mention ("No customer was charged") is ignored,
and so is reach a gap still lacks ("still missing an org-wide artifact").
Besides the words that say it ("across three teams", "org-wide"), a head count says it:
"~60 engineers" is an org, a dozen people from several teams is multi-team. Work "with" a
team named by the words teams go by ("with Data Platform", "with SRE") reaches beyond the
user's own; the other languages replies come in say it too ("alle 5 Teams", "6 team", "les
équipes Risque, Paiements et Données"; "mi equipo", "mein Team" for the user's own).
A customer word that names an internal tool ("the merchant portal") is no reach, nor is the
criterion a packet asks for ("the org-wide artifact"). Work on the things of one named team
("les 9 dépôts de l'équipe Paiements") is that team's scope. "a user can now…" is the
product's audience as much as "users" is; "a great partner" is a colleague, and "Partners"
in a list of capitalised names ("Mobile, Web and Partners") a team. German and Dutch write
a kind of team as one word ("3 betaalteams"). The head count of a public conference's
audience ("at PGConf EU, ~250 people") is no reach of the user's org.

A goal's update or a note about a person reads reach only where it is said plainly
(``find_plain_scope``): their text names goals ("cross-team influence"), gaps and plans, so
two teams named or an "org-wide" there is not yet reach; three or more teams, an all-hands,
an org-sized head count or customers are, and so are "2 other teams" (the user's and two
more) and two teams stated to act each ("Storage and Compute both sign off").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import chain

from careerlog.parsers.given_names import GIVEN_NAMES
from careerlog.parsers.patterns import opening_letters
from careerlog.parsers.people import fold

_I = re.IGNORECASE
_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|\d+)"
_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
_DETERMINERS = "(?:my|our|the|their|his|her|your|its|a|an|this|that)"
# "the merchant portal", "the customer API": a customer word naming an internal tool.
_TOOL = (
    r"(?![- ](?:portal|dashboard|console|admin|apis?|app|service|database|db|table|schema|ids?|"
    r"records?|repo|backend|frontend|team)\b)"
)
# The people a product serves, in English and the other languages replies come in. Each
# form opens with its first letter, a lookbehind going after the word ("users" not after
# "internal "), so that _by_first_letter can group them.
_AUDIENCE_FORMS = (
    rf"customers?{_TOOL}",
    rf"merchants?{_TOOL}",
    rf"partners?{_TOOL}",
    "clients",
    "end[- ]users",
    "users(?<!internal users)(?<!admin users)",
    "shoppers",
    "buyers",
    "subscribers",
    "visitors",
    # de nl fr es pt it
    *("kunden", "klanten", "utilisateurs", "usuarios", "usuários", "clientes", "clienti"),
    *("utenti", "benutzer(?:n|innen)?", "nutzer(?:n|innen)?", "käufer(?:n|innen)?"),
    *("händler(?:n|innen)?", "gebruikers", "kopers", "winkeliers", "acheteurs", "commerçants"),
    *("compradores", "comercios", "lojistas", "acquirenti", "esercenti"),
    # a bank's customers: "live for all EU cardholders"; one shopper stands for them all
    *("cardholders", "shopper", "karteninhaber(?:n|innen)?", "titulaires de cartes?"),
    "kaarthouders",
    # a game's players, a clinic's patients, a public service's citizens; "der Kunde"
    *("players", "gamers", "jugadores", "joueurs", "spieler(?:n|innen)?", "spelers"),
    *("giocatori", "jogadores", "patients", "pacientes", "patienten", "pazienti", "citizens"),
    *("bürger(?:n|innen)?", "citoyens", "ciudadanos", "cidadãos", "cittadini", "burgers"),
    *("kunde", "klant", "titulares de (?:tarjetas?|cart[ãa]o|cart[õo]es)", "titolari di carta"),
)
# What else makes work external: the public, open source, a talk outside.
_PUBLIC_FORMS = ("the public", "publicly", "open[- ]source", "externally", "external conference")


def _by_first_letter(forms: Sequence[str]) -> str:
    """One alternation of ``forms``, grouped under their first letters: "c(?:lients|…)|m(?:…)".

    At each word's start the regex engine tries the forms of a plain alternation one by one;
    grouped, only those opening with the letter there. The matches are the same: forms with
    different first letters never match at one place, and those sharing one keep their order.
    """
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(form[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# "a user can now download their data": any one of them stands for them all ("a user name",
# "a user account" are things). Tried only on text with the start of one of its words after
# a space (_may_name_one_user).
_ONE_USER = re.compile(
    r"\b(?:a|an|any|every|each|ein|eine|jeder|jede|un|une|chaque|cada|um|uma|ogni|een|elke) "
    r"(?:user|gebruiker|utilisateur|utilisatrice|usuario|usuária|usuário|utente|nutzer(?:in)?)"
    rf"{_TOOL}(?! (?:names?|errors?|mistakes?|accounts?|agents?|interfaces?|stor(?:y|ies)|guides?"
    r"|manuals?|groups?|roles?)\b)\b"
)
# _EXTERNAL, _AUDIENCE, _ORG and _TEAM group their forms by first letter, so most
# positions fail on one test instead of on each form. They are written in lower case and
# read the text lowered once: ignoring case in the pattern cost twice as much at every
# position. The first two have a lookahead of their forms' first letters too, as the others:
# a word opening with none of them fails on it before the engine goes into the groups.
_EXTERNAL = re.compile(
    rf"\b{opening_letters(_AUDIENCE_FORMS + _PUBLIC_FORMS)}"
    rf"(?:{_by_first_letter(_AUDIENCE_FORMS + _PUBLIC_FORMS)})\b"
)
_AUDIENCE = re.compile(
    rf"\b{opening_letters(_AUDIENCE_FORMS)}(?:{_by_first_letter(_AUDIENCE_FORMS)})\b"
)
# "No customer was charged", and a gap still open: "still missing an org-wide artifact".
_NEGATED = re.compile(
    r"\b(?:no|not|without|zero|never|missing|lacking|lacks?|needs?|yet to \w+)\s+(?:\w+\s+)?$", _I
)
# "the org-wide artifact the packet was missing": what a promotion asks for, not a reach.
_CRITERION = r"(?! (?:artifact|impact|evidence|influence|visibility)s?\b)"
# A reach across the whole organisation: "org-wide", "the whole company", "all-hands".
_WHOLE_ORG = r"(?:org|organi[sz]ation|company|engineering)\b"
_WHOLE_UNIT = r"(?:monorepo|department|division|platform|eng\b)"
_IN_THE_ORG = r"\b[^.;]{0,40}\bin the (?:org|organi[sz]ation|company)\b"
_ORG_FORMS = (
    rf"org[- ]wide\b{_CRITERION}",
    rf"company[- ]wide\b{_CRITERION}",
    r"all[- ]hands\b",
    *(rf"{whole} {_WHOLE_ORG}" for whole in ("whole", "entire", "across the")),
    r"every (?:team|engineer)\b",
    r"all (?:teams|engineers)\b",
    r"org[- ]level\b",
    *(rf"{whole} {_WHOLE_UNIT}" for whole in ("whole", "entire")),
    *(rf"{every}{_IN_THE_ORG}" for every in ("every", "each", "all")),
    r"all of (?:engineering|eng|the org|the organi[sz]ation|the company)\b",
    r"toda (?:a|la) (?:engenharia|ingenier[ií]a|empresa|organiza)",
    r"ganze[nr]? (?:firma|org)",
    r"tout(?:e)? l['’](?:ingénierie|entreprise|organisation)",
    r"tutta l['’](?:ingegneria|azienda)",
)
_ORG = re.compile(rf"\b{opening_letters(_ORG_FORMS)}(?:{_by_first_letter(_ORG_FORMS)})")
# Every form of _ORG holds one of these (lowered): text with none is spared the search.
_ORG_WORDS = (
    *("org", "compan", "hands", "eng", "team", "monorepo", "department", "division"),
    *("platform", "ingenier", "ingénierie", "ingegneria", "empresa", "entreprise", "firma"),
    "azienda",
)
# "for the whole monorepo, ~60 engineers": a head count this size is an org, a smaller one
# that still needs several teams is multi-team. Below that it says nothing about reach.
_HEADCOUNT = re.compile(
    r"(?<![\w.,])[~≈]?\s?(\d{1,3}(?:,\d{3})*)\+?\s(?:engineers|developers|devs|people|ppl|"
    r"ingenieure?n?|entwickler(?:innen)?|ingénieurs|développeurs|personnes|ingenieros|"
    r"desarrolladores|personas|engenheiros|desenvolvedores|pessoas|ingegneri|sviluppatori|"
    r"persone|ontwikkelaars|mensen|leute)\b",
    _I,
)
_DIGIT = re.compile(r"\d")
# "the talk at PGConf EU, ~250 people": a conference or meetup in each language, or one
# named the way they are ("KubeCon", "QCon", "PGConf").
_CONFERENCE = re.compile(
    r"\b(?:[A-Z][\w-]*Con(?:f|f[A-Z]\w*)?\b|[A-Z]\w*Conf\b|"
    r"(?i:conf(?:erences?|s)?|konferenz(?:en)?|conf[ée]rences?|conferencias?|confer[êe]ncias?|"
    r"conferenz[ae]|congres(?:sen)?|conferenties?|meetups?)\b)"
)
ORG_HEADCOUNT = 50
MULTI_TEAM_HEADCOUNT = 15
# "live for Payments and Risk": two capitalised names joined after a word of reach.
_TWO_NAMES = re.compile(
    rf"\b(?:for|across|by|between)\s+({_CAP}[\w-]+)\s+(?:and|&)\s+({_CAP}[\w-]+)"
    rf"(?![ \t]+{_CAP})"
)
# "3 betaalteams", "drei Produktteams": German and Dutch write a kind of team as one word.
# The word is read to its end once and never backtracked into: tried at every letter of a
# long word, "teams" cost more than the rest of the pattern.
_COMPOUND_TEAMS = r"[\w-]++(?<=[Tt]eams)"
# Teams in the other languages replies come in: "alle 5 Teams", "4 équipes", "6 team" (it).
_TEAMS_ABROAD = r"(?:Teams|[ée]quipes|equip[oa]s|squadre|team(?! members?\b| leads?\b))"
_NUMBERS_ABROAD = (
    r"(?:[2-9]|\d\d+|drei|vier|fünf|trois|quatre|cinq|tres|cuatro|três|quatro|tre|quattro|"
    r"drie|vijf)"
)
# "por 4 times": a team is a "time" in Brazilian Portuguese; "4 times" alone is English.
_TIMES = (
    r"(?:(?:por|para|com|em|de|entre|envolve|envolvem|envolvendo|envolveu|afeta|afetam|abrange)"
    r" \d+|dois|duas|três|quatro|cinco|seis|vários) times"
)
_OTHER = "(?:other|andere[n]?|autres|otros|outros|altri|altre)"
# "of" and "from" in each language: "Matteo Gallo del team Sicurezza" is where he works.
_OF = "(?:of|from|del|della|dal|de|da|do|di|van|von|vom|aus)"
# Someone's team said after their name: "Matteo Gallo from the Security team" names no reach.
_AFFILIATION = re.compile(rf"{_CAP}[\w'’-]+,? (?:from|of) (?:the )?$")
# Each form of multi-team reach needs a word most text lacks, so each group of forms is
# tried only on text that has its word (find_scope): a team's, "services", or a list of names.
# Each form below starts at a word's edge with a space (" 3 teams" after a word), a digit,
# a capital or one of these letters: checking that once spares trying every form at every
# word's edge.
_MULTI_TEAMS = re.compile(
    r"\b(?=[\d afbwtsenmdvcqh]|[A-ZÀ-ÖØ-ÞĀ-Ž])(?:"
    rf"\b(?:across|for|between|with)? ?{_NUMBER_WORDS} (?:[a-z][\w-]* ){{0,2}}?{_COMPOUND_TEAMS}\b|"
    rf"\b(?=[\ddvftcq]){_NUMBERS_ABROAD} (?:{_COMPOUND_TEAMS}|{_TEAMS_ABROAD})\b|"
    r"\bcross[- ]team\b|\bmulti[- ]team\b|\b[Aa]cross (?:the )?teams\b|"
    rf"\b{_CAP}\w+(?:['’]s)? (?:(?!{_DETERMINERS}\b|{_OF}\b)[a-z][\w-]* )?team\b|"
    rf"\b{_CAP}\w+(?:,| and) {_CAP}\w+ teams\b|\b(?:both|all three|all four) teams\b|"
    # another team the work serves, in German and Dutch: "spart dem Finance-Team" (not
    # someone "aus dem Plattform-Team")
    r"(?<!aus )(?<!von )(?<!bei )(?<!van )(?<!uit )(?<!bij )"
    rf"\b(?:das|dem|den|der|het|de) {_CAP}\w*-[Tt]eams?\b)"
)
# Every form of _MULTI_TEAMS holds one of these, with at most four spaces before it in the
# match ("across 3 regional support teams", " 3 équipes", "Payments and Risk teams").
_MULTI_TEAMS_WORDS = ("team", "Team", "quip", "squadre")
_MULTI_UNITS = re.compile(
    rf"\b{_NUMBER_WORDS} (?:services|orgs|departments)\b|\b(?:both|all three|all four) services\b"
)
_MULTI_NAMES = re.compile(
    rf"\b{_CAP}\w+(?:,| and) {_CAP}\w+ (?:both|could both|all)\b|"
    rf"\b{_CAP}\w+, {_CAP}\w+,? (?:and|et|und|y|e|en) {_CAP}\w+\b"
)
_UNITS = ("services", "orgs", "departments")
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
# The user's own team: "my team", "our squad", "the team", "mon équipe".
_TEAM_FORMS = (
    r"my (?:[\w-]+ )?team(?:['’]s)?\b",
    r"our (?:[\w-]+ )?team(?:['’]s)?\b",
    r"my squad\b",
    r"our squad\b",
    r"the team(?:['’]s\b|(?! leads?\b| members?\b)\b)",  # "the team" alone is the user's
    # the same in the other languages replies come in (de, fr, es, pt, nl, it)
    *(
        rf"{ours} team\b"
        for ours in ("mein(?:em)?", "unser(?:em)?", "im", "mijn", "ons", "il mio", "nel mio")
    ),
    r"al mio team\b",
    *(
        rf"{ours} (?:équipe|equipo|equipa|equipe|time)\b"
        for ours in ("mon", "notre", "mi", "nuestro", "minha", "meu", "nossa")
    ),
)
_TEAM = re.compile(rf"\b{opening_letters(_TEAM_FORMS)}(?:{_by_first_letter(_TEAM_FORMS)})")
# "les 9 dépôts de l'équipe Paiements", "all 12 services of the Ledger team": the work
# covered one team's things, which is that team's scope, not a reach beyond it.
_TEAM_THINGS = re.compile(
    r"\b(?=\d|al|Al|ev|to|tu)(?:\d+|all|alle|every|tous|toutes|todos|todas|tutti|tutte)\s"
    r"[\w'’-]+(?: [\w'’-]+)? (?:of|de|del|della|des|der|von|van|do|da|di) "
    r"(?:the |l['’]|la |el |il |het |o |a |dem )?"
    rf"(?:(?:[Tt]eam|équipe|equipo|equipa|equipe|time|squadra) {_CAP}|{_CAP}[\w-]* team\b)"
)
# "other teams" in every language, and "por 4 times": read in lowered text that names teams.
_OTHER_TEAMS = re.compile(rf"\b(?=[oa]){_OTHER} (?:teams?|[ée]quipes|equip[oa]s|squadre|times)\b")
_PT_TEAMS = re.compile(rf"\b(?=[pcedtqsva]){_TIMES}\b")
# The words for a team, in lowered text: most text has none, and then no pattern that
# needs one is tried.
_TEAM_WORDS = ("team", "équipe", "equip", "squad", "time")
# What a goal's update says plainly (find_plain_scope): three teams or more, by count or by
# name after a word of reach ("3 teams", "4 times", "across Identity, Payments and Mobile",
# "les équipes Risque, Paiements et Données"); an all-hands.
_THREE_OR_MORE = (
    r"(?:[3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|several|multiple|many|drei|vier|"
    r"fünf|trois|quatre|cinq|tres|cuatro|três|quatro|tre|quattro|drie|vijf)"
)
_TWO_OR_MORE = rf"(?:{_THREE_OR_MORE}|2|two|zwei|twee|deux|dos|dois|duas|due)"
_PLAIN_COUNT = re.compile(
    rf"\b(?=[\dtfsemndvqc]){_THREE_OR_MORE} (?:[a-z][\w-]* ){{0,2}}?"
    rf"(?:{_COMPOUND_TEAMS}|{_TEAMS_ABROAD})\b|"
    rf"\b(?=[pcedtqsv]){_TIMES}\b"
)
# "with 2 other teams", "otros dos equipos": the user's team and two more. Tried only on
# text with a word for "other" (find_plain_scope).
_PLAIN_OTHERS = re.compile(
    rf"\b(?=[\dtfsemndvqcz]){_TWO_OR_MORE} {_OTHER} (?:{_COMPOUND_TEAMS}|{_TEAMS_ABROAD}|times)\b|"
    rf"\b(?=[oa])(?:{_OTHER}|outras) {_TWO_OR_MORE} (?:{_TEAMS_ABROAD}|times)\b"
)
_OTHER_WORDS = ("other", "ander", "autres", "otros", "outr", "altr")
_BY = "(?:(?:by|von|door|par|por|pelo|pela|da|de) )?"
# "Storage and Compute both sign off": two teams, each stated to act (not two partners).
_PLAIN_BOTH = re.compile(
    rf"\b(?=[A-ZÀ-ÖØ-ÞĀ-Žbsztà])"  # a name or a word for "both": most positions fail here
    rf"(?:({_CAP}[\w-]+) (?:and|und|et|y|e|en) ({_CAP}[\w-]+),? (?:both|beide|allebei|"
    r"tous (?:les )?deux|toutes (?:les )?deux|ambos|ambas|os dois|as duas|entrambi|entrambe)\b|"
    # "signed off by both Ledger and Finance", "sowohl Ledger als auch Finance"
    rf"(?:both|sowohl|zowel|tanto|sia|à la fois) {_BY}({_CAP}[\w-]+) "
    rf"(?:and|als auch|als|como|quanto|che|que|et) {_BY}({_CAP}[\w-]+))"
)
_PLAIN_LIST = re.compile(
    # "by", "of" and "for" in each language: "la migración de Pagos, Riesgo y Logística"
    r"\b(?=[afbéetTsvdpo])(?:across|for|by|of|von|door|van|par|por|pelo|pela|da|de|di|"
    r"[ée]quipes|[Tt]eams|"
    r"equip[oa]s|squadre|times|team) "
    rf"(?:the |les |los |as |i |de )?({_CAP}[\w-]+), ({_CAP}[\w-]+),? (?:and|et|und|y|e|en) "
    rf"({_CAP}[\w-]+)"
)
_ALL_HANDS = re.compile(r"\ball[- ]hands\b")
_OWN_TEAM = re.compile(
    r"(?:my|our|the|this|that|a|an|each|every|your|his|her|their|one|same|whole)\b.*team", _I
)


def _stated(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _NEGATED.search(text[: m.start()]) for m in pattern.finditer(text))


# "Kenji has been a great partner": one partner described so is a colleague, not a client
# ("a partner reported the bug" is one).
_COLLEAGUE = re.compile(r"\b(?:(?:an?|ein|eine|un|una|um|uma|een)\s[\w-]+|my|mein)\s$")
# "adopted by Mobile, Web and Partners": a capitalised word in a list of capitalised names
# is a team's name, whatever it means in lower case.
# In German every noun is capitalised: a list of customer words ("Händler, Käufer und
# Partner") is still the product's audience.
_NAME_LIST_BEFORE = re.compile(rf"({_CAP}[\w-]*),?\s(?:and|&|et|und|y|e|en)\s$|({_CAP}[\w-]*),\s$")
_NAME_LIST_AFTER = re.compile(rf"(?:,|\s(?:and|&|et|und|y|e|en))\s({_CAP}[\w-]*)")


_ENGLISH_AUDIENCE = frozenset(
    ("customers", "merchants", "partners", "users", "shoppers", "buyers", "subscribers")
)
_MID_SENTENCE = re.compile(r"[a-z,][ \t]+$")


def _may_name_one_user(low: str) -> bool:
    """Does the lowered text hold, after a space, the start of a word _ONE_USER needs? A
    match holds one of these, so text without any is spared the search (bare "us" was in
    most text: "just", "because")."""
    return (
        " user" in low
        or " usu" in low  # usuario, usuária, usuário
        or " gebruiker" in low
        or " utili" in low  # utilisateur, utilisatrice
        or " utente" in low
        or " nutzer" in low
    )


def _audience(pattern: re.Pattern[str], low: str, text: str) -> bool:
    """Does the text name the people a product serves, not a colleague or a team?"""
    found: Iterable[re.Match[str]] = pattern.finditer(low)
    if _may_name_one_user(low):
        found = chain(found, _ONE_USER.finditer(low))
    for m in found:
        start, end = m.span()
        before = low[:start]
        if _NEGATED.search(before):
            continue
        if m.group() == "partner" and _COLLEAGUE.search(before):
            continue
        if len(low) == len(text) and text[start].isupper() and _team_name(text, start, end):
            continue
        return True
    return False


def _team_name(text: str, start: int, end: int) -> bool:
    """Is the capitalised customer word at text[start:end] a team's name? It is inside a
    list of names, and so is an English one written in capitals inside a sentence ("buy-in
    from Mobile but Partners is still pushing back"), which German nouns all are."""
    if text[start:end].lower() in _ENGLISH_AUDIENCE and _MID_SENTENCE.search(text, 0, start):
        return True
    return _in_name_list(text, start, end)


def _in_name_list(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one of a list of names none of which is a customer word?"""
    before = _NAME_LIST_BEFORE.search(text[max(0, start - 40) : start])
    after = _NAME_LIST_AFTER.match(text, end)
    names = [n for m in (before, after) if m for n in m.groups() if n]
    return bool(names) and not any(_AUDIENCE.fullmatch(name.lower()) for name in names)


def _says_both(low: str) -> bool:
    """Does the lowered text hold a word for "both" in one of the seven languages?"""
    return (
        "both" in low
        or "beide" in low
        or "allebei" in low
        or "deux" in low
        or "ambos" in low
        or "ambas" in low
        or "dois" in low
        or "duas" in low
        or "entramb" in low
        or "sowohl" in low
        or "zowel" in low
        or "tanto" in low
        or "sia " in low
        or "à la fois" in low
    )


def _headcount(text: str) -> int:
    if (first := _DIGIT.search(text)) is None:  # a head count needs a figure: most text has none
        return 0
    # A count opens at most two characters before its figure ("~ 60"): no need to read the
    # text before that.
    start = max(0, first.start() - 2)
    counts = [int(m.group(1).replace(",", "")) for m in _HEADCOUNT.finditer(text, start)]
    if counts and _CONFERENCE.search(text):  # a public event's audience is not the user's org
        return 0
    return max(counts, default=0)


def _within(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _people_named(text: str) -> bool:
    """Does a list of capitalised names hold a person's given name ("Mei and Tomás both
    jumped in", not "Storage and Compute both sign off")?"""
    return any(fold(word) in GIVEN_NAMES for word in re.findall(r"\w+", text) if word[0].isupper())


def _named_teams(text: str) -> bool:
    """Two names that are not people's ("Payments and Risk", not "Priya and Omar")."""
    return any(not _people_named(" ".join(m.groups())) for m in _TWO_NAMES.finditer(text))


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


def _multi_teams_from(text: str) -> int:
    """Where _MULTI_TEAMS may first match: after the fifth space before the first of
    _MULTI_TEAMS_WORDS (the end when there is none). No match starts earlier, so searching
    from there finds the same matches, without stepping through the text before them."""
    found = [at for at in (text.find(word) for word in _MULTI_TEAMS_WORDS) if at >= 0]
    if not found:
        return len(text)
    at = min(found)
    for _ in range(5):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
    return at + 1


def find_scope(text: str, own_team: str | None = None, teams: Sequence[str] = ()) -> str | None:
    """The scope the text states, or ``None`` when it states none.

    ``own_team`` and ``teams`` are the names the user taught in the config: naming
    another team reaches beyond the user's own; naming one's own team is team scope.
    """
    low = text.lower()
    if _audience(_EXTERNAL, low, text):
        return "external"
    heads = _headcount(text)
    if (any(word in low for word in _ORG_WORDS) and _stated(_ORG, low)) or heads >= ORG_HEADCOUNT:
        return "org"
    teamed = any(word in low for word in _TEAM_WORDS)
    own_things = [m.span() for m in _TEAM_THINGS.finditer(text)] if teamed else []
    multi = list(_MULTI_TEAMS.finditer(text, _multi_teams_from(text))) if teamed else []
    if any(unit in low for unit in _UNITS):
        multi += _MULTI_UNITS.finditer(text)
    if ", " in text or " and " in text:
        multi += (m for m in _MULTI_NAMES.finditer(text) if not _people_named(m.group()))
    multi = [
        m
        for m in multi
        if not _OWN_TEAM.match(m.group().strip())
        and not _within(m.span(), own_things)
        and not _AFFILIATION.search(text, max(0, m.start() - 40), m.start())
    ]
    if teamed:
        multi += _OTHER_TEAMS.finditer(low)
        if "times" in low:
            multi += _PT_TEAMS.finditer(low)
    if "teams" in text:
        multi += _LOWER_TEAMS.finditer(text)
    if any(not _NEGATED.search(text[: m.start()]) for m in multi):
        return "multi-team"
    others = [team for team in teams if not own_team or team.lower() != own_team.lower()]
    if _names(text, others) or _named_teams(text) or heads >= MULTI_TEAM_HEADCOUNT:
        return "multi-team"
    if _with_team(text, own_team):
        return "multi-team"
    if own_things or _stated(_TEAM, low) or (own_team and _names(text, [own_team])):
        return "team"
    return None


def find_plain_scope(text: str) -> str | None:
    """The reach a goal's update or a note about a person states plainly, or ``None``.

    Their text names goals ("cross-team influence", "an external talk"), gaps ("the
    committee wants org-wide impact") and plans, so only what cannot be one of those counts:
    customers, an all-hands or an org-sized head count, three or more teams.
    """
    low = text.lower()
    if _audience(_AUDIENCE, low, text):
        return "external"
    if ("hands" in low and _stated(_ALL_HANDS, low)) or _headcount(text) >= ORG_HEADCOUNT:
        return "org"
    plain: list[re.Match[str]] = []
    if any(word in low for word in _TEAM_WORDS):
        plain += _PLAIN_COUNT.finditer(text)
        if any(word in low for word in _OTHER_WORDS):
            plain += _PLAIN_OTHERS.finditer(text)
    if _says_both(low):
        plain += (
            m
            for m in _PLAIN_BOTH.finditer(text)
            if not any(name.lower() in GIVEN_NAMES for name in m.groups() if name)
        )
    if ", " in text:  # a list of teams
        plain += (
            m
            for m in _PLAIN_LIST.finditer(text)
            if not any(name.lower() in GIVEN_NAMES for name in m.groups())
        )
    if any(not _NEGATED.search(text[: m.start()]) for m in plain):
        return "multi-team"
    return None
