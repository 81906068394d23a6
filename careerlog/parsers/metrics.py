"""Quantities an item reports: money, percentages, multipliers, durations, rates, counts.

Each metric keeps the text as written ("$8k/month", "1.21s", "~250 people") plus a number
and a normalised unit when they can be read. Dates, clock times, versions, ticket numbers and
"1:1" carry no unit and are not matched; "429s", "5xx" or "HTTP 500 errors" name HTTP
statuses, not seconds or a count. Counts are of anything written as a plural ("3 RFCs",
"40 questions"), unless the number belongs to a name ("RFC 7231 says", "Postgres 16 brings").
A range gives both ends as metrics of their own: "from ~1,200/day to under 40/day", and when
only one end carries the unit ("from 12 to 4 pages", "45-60 min", "2 days instead of 5") the
bare end keeps its text as written and shares the other end's unit ("from 30 pages/week to
4" too). "~400 in the room" is a quantity (nobody writes "~" before an identifier), and so is
"ran 3 of them"; "all 5 teams" names a whole the reader knows and counts nothing, while
"all 14 markets" counts the markets the work covered.

Replies come in seven languages, so a count is read as they write it: a plural with accents
("9 dépôts", "12 serviços"), a German noun in capitals ("140 Flags", "4 Alarme"), "N times"
in each language, "2.1M stored cards" and "1,8 miljoen abonnementen", a rate in words
("1.500 richieste al secondo"), and a bare figure that counts what the clause before counted
("quarantined 31 tests, fixed 12") or what the partitive pronoun stands for ("ne ho fatte
27", "j'en ai relu 12"). Dutch plurals in -en and -'s ("63 certificaten", "9 repo's"),
Italian ones in -i ("3 servizi") and the English word the other languages borrow unchanged
("3 endpoint") are counts too; working days ("2 giornate", "3 Arbeitstage") are days. A
figure glued to a letter ("Q2", "v2", "EC2", "k8s") names something and is never a quantity.
"""

from __future__ import annotations

import re

from careerlog.parsers.model import Metric
from careerlog.parsers.wordtrie import trie_pattern

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_APPROX = r"(?:[~≈]\s?)?"
_PER = r"(?:\s?/\s?(?:month|mo|year|yr|week|wk|day|hour|hr|quarter|user|customer|req)\b)?"
_CURRENCY = {"R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CODES = r"USD|EUR|GBP|CHF|JPY|dollars|euros"
_DURATION_UNITS = {
    "ns": "ns", "µs": "us", "us": "us", "ms": "ms", "s": "s", "sec": "s", "secs": "s",
    "second": "s", "seconds": "s", "min": "min", "mins": "min", "minute": "min",
    "minutes": "min", "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "d": "d",
    "day": "d", "days": "d", "week": "week", "weeks": "week", "kb": "KB", "mb": "MB",
    "gb": "GB", "tb": "TB", "pb": "PB",
    # current, charge, power and energy, as firmware work measures them ("180 µA auf 35 µA")
    "µa": "uA", "μa": "uA", "mah": "mAh", "mw": "mW", "kw": "kW", "kwh": "kWh",
    # the units replies write in the other languages they come in (de, nl, fr, es, pt, it)
    "minuten": "min", "minutos": "min", "minuti": "min", "stunden": "h", "uur": "h",
    "heures": "h", "horas": "h", "ore": "h", "tage": "d", "dagen": "d", "jours": "d",
    "días": "d", "dias": "d", "giorni": "d", "wochen": "week", "weken": "week",
    "semaines": "week", "semanas": "week", "settimane": "week", "uren": "h", "sekunden": "s",
    "secondes": "s", "segundos": "s", "secondi": "s", "seconden": "s",
    # working days, as a course or an effort is counted in each language
    "workdays": "d", "giornate": "d", "giornata": "d", "journées": "d", "journée": "d",
    "jornadas": "d", "jornada": "d", "werkdagen": "d", "werkdag": "d", "arbeitstage": "d",
    "arbeitstag": "d", "werktage": "d", "werktag": "d",
}  # fmt: skip
_COUNT_NOUNS = (
    r"people|users|customers|merchants|engineers|developers|teams|services|requests|tickets|"
    r"incidents|alerts|bugs|tests|repos|transactions|orders|signups|downloads|settlements|"
    r"calls|queries|jobs|builds|deploys|deployments|accounts|clients|servers|nodes|sessions|"
    r"meetings|interviews|reviews|PRs|pull requests|hires|talks|workshops|docs|pages|"
    r"dashboards|runbooks|pipelines|tables|endpoints|migrations|outages|releases|"
    r"commits|issues|errors|failures|slides|attendees|participants|reports|shifts|escalations|"
    r"bullets|team|headcount|ppl|"
    # one person, as each language writes it ("mais 1 pessoa")
    r"person|personne|pessoa|persona|persoon|"
    # "4 times this quarter": how often something happened, in the languages replies use
    r"times|mal|fois|veces|vezes|keer|volte"
)
# "4 pairing sessions", "3 new engineers": up to two lowercase words may qualify the noun.
_QUALIFIERS = r"(?:[a-z][a-z-]*\s){0,2}"
# The lowercase and capital letters of the seven languages replies come in: a plural is
# "dépôts" or "serviços" as much as "repos", and a German noun is written "Flags", "Alarme".
_LOWER = "a-zß-öø-ÿœ"
_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised noun after a figure is counted the German way, where an adjective before it
# ends in -e, -en, -er, -es or -em ("12 neue Dienste"); "1 with Omar", "3 on Monday" count
# no one.
_GERMAN_ADJECTIVE = rf"(?-i:(?:[{_LOWER}]+e[nrsm]?\s)?)"
_GERMAN_NOUN = rf"(?-i:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}]?[{_LOWER}]+)*)"
# The plurals the Romance -s and the German capital miss: Dutch "63 certificaten" and "9
# repo's", Italian "3 servizi"; and the English word the other languages borrow unchanged
# ("3 endpoint", "5 server"), which after a figure above 1 is no English singular.
_OTHER_PLURAL = rf"(?-i:[{_LOWER}]{{3,}}(?:en|i)|[{_LOWER}]{{2,}}['’]s)"
_LOANWORDS = (
    r"(?-i:endpoint|server|bug|test|ticket|repo|job|build|deploy|release|commit|alert|"
    r"dashboard|pipeline|runbook|workshop|meeting|node|cluster|microservice|feature|flag|"
    r"sprint|PR|incident|container|pod|query|worker|script|check)"
)
# Words after a figure that end like those plurals but count nothing: English adverbs and
# participles ("5 often"), German and Dutch auxiliaries ("die 3 waren"), Italian articled
# prepositions ("2 degli"), French and Spanish adverbs and weekdays.
_NOT_PLURALS = frozenset(
    """
    often given taken written broken hidden forbidden between green seven eleven screen token garden
    listen happen chosen proven driven frozen spoken gotten fallen eaten beaten stolen woken
    sudden golden wooden thirteen fourteen fifteen sixteen seventeen eighteen nineteen
    waren haben hatten werden wurden sollen sollten können konnten müssen mussten wollen
    wollten dürfen hebben hadden worden zullen zouden moeten moesten kunnen konden willen
    wilden mogen geleden samen alleen tussen boven tegen binnen buiten beneden
    degli negli dagli sugli quali oggi wiki multi semi mini taxi aussi ainsi parmi lundi
    mardi mercredi jeudi vendredi samedi aquí allí ahí así aqui januari februari juni juli
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# "von 10 auf 11 verschoben": a figure that ends a range is a value, and the word after it
# the verb that German and Dutch put last.
_RANGE_END = re.compile(
    r"\b(?:from|von|van|de|du|da|desde)\s+\S+\s+(?:to|auf|bis|naar|tot|à|a|al|para|hasta)\s+$",
    re.IGNORECASE,
)
# "Wir haben 3 gefunden.", "we hebben er 2 verschoven": a participle ends its clause.
_PARTICIPLE = re.compile(r"(?:ge|ver|zer|ont)[^\W\d_]{3,}en$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# "2.1M stored cards", "1,8 miljoen abonnementen": a count in thousands, millions or billions
# (a decimal point or comma before a scale is a fraction, not a version).
_SCALE_WORDS = {
    "k": 1e3, "mil": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "million": 1e6, "millions": 1e6,
    "millionen": 1e6, "miljoen": 1e6, "millones": 1e6, "milhões": 1e6, "milioni": 1e6,
    "billion": 1e9, "billions": 1e9, "milliarden": 1e9, "miljard": 1e9, "milliards": 1e9,
    "miliardi": 1e9,
}  # fmt: skip
_BIG_WORDS = "|".join(w for w in sorted(_SCALE_WORDS, key=len, reverse=True) if len(w) > 2)
_SCALED = rf"\d+(?:[.,]\d{{1,2}})?(?:[kKmM]\b|\s(?:{_BIG_WORDS})\b)"
# "1.500 richieste": a count is whole, so a point before three digits groups thousands.
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_FIGURE = re.compile(_NUM)
# What the pattern reads as an amount of something (the rest are counts of things).
_MEASURES = frozenset(("cur", "code", "hm", "rate", "pct", "mult", "times", "dur"))
_SCALED_FIGURE = re.compile(rf"(\d+(?:[.,]\d{{1,2}})?)\s?({_BIG_WORDS}|[kKmM])\b", re.IGNORECASE)
# "1.500 richieste al secondo": a rate of things written in words, in each language.
_PER_TIME_WORDS = {
    "second": "s", "sec": "s", "secondo": "s", "seconde": "s", "sekunde": "s", "segundo": "s",
    "minute": "min", "minuto": "min", "minuut": "min", "hour": "h", "ora": "h", "stunde": "h",
    "heure": "h", "hora": "h", "uur": "h", "day": "day", "giorno": "day", "tag": "day",
    "jour": "day", "día": "day", "dia": "day", "dag": "day", "week": "week",
    "settimana": "week", "woche": "week", "semaine": "week", "semana": "week", "month": "month",
    "mese": "month", "monat": "month", "mois": "month", "mes": "month", "mês": "month",
    "maand": "month",
}  # fmt: skip
_PER_WORD = r"(?:per|a|al|alla|pro|par|por|ao|à la|am|in the)"
_PER_TIME_UNIT = re.compile(rf"([^\W\d_]+)\s{_PER_WORD}\s([^\W\d_]+)$", re.IGNORECASE)
# Three digits from 100 to 599 written straight before an "s" are HTTP statuses ("429s",
# "503s"); that many seconds is written "429 s" or "7 min".
_HTTP_STATUS = re.compile(r"^[1-5]\d\ds$")
# "HTTP 500 errors", "status 404 responses": the number names the status, it counts nothing.
_STATUS_BEFORE = re.compile(r"\b(?:HTTP|status(?: code)?|error code)\s*$", re.IGNORECASE)
# A plural after a number is a count of things ("3 RFCs", "40 questions"), except these
# words that end in "s" without being a plural ("the 2 was", "RFC 7231 says", "2 bis 3").
_NOT_THINGS = frozenset(
    """
    this thus plus minus less unless across always perhaps towards versus was has does
    says gets goes makes takes means needs runs seems looks works uses shows comes keeps
    lets puts sets holds brings helps starts stays turns wants gives tells feels reads
    bis aus als des les los las dos das más mais tras sous sans dans chez vers après depuis
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# "2 dry runs", "3 test sets": after a figure and an adjective, a plural that can be a verb
# heads the noun phrase; an adverb or a pronoun there leaves it a verb ("3 still works",
# "151 it shows").
_NOUN_VERBS = frozenset(
    ("runs", "sets", "shows", "starts", "turns", "reads", "uses", "works", "looks", "helps")
)
_AFTER_PREPOSITION = re.compile(r"\b(?:over|across|in|after|of|within)\s+$", re.IGNORECASE)
_NOUN_PHRASE = re.compile(
    r"[~≈]?\s?[\d.,]+\+?\s(?!(?:also|still|now|then|just|only|really|already|usually|always|"
    r"never|often|actually|even|more|less|that|which|who|and|or|but|so|it|he|she|they|we|you|i|"
    r"this)\s)[a-z-]+\s[a-z]+$"
)
# A date or a clock time is written like a count of a capitalised noun or of a plural: "3
# December", "6 Nov 2026", "14 März", "le 3 mars", "um 10 Uhr".
_DATE_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz mär juni juli
    oktober okt dezember dez mars uhr
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# What marks a number as part of a name or a date, not a quantity: a word in capitals
# ("RFC 7231"), a capitalised word inside a sentence ("Postgres 16"), a month ("Nov 3").
_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}|(?<=[^\W\d_][ \t])[A-Z][\w-]*|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sep|sept|oct|nov|dec)[a-z]*\.?|\bv|\b(?:version|release|step|phase|part|no|number)))\s*$"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_DIGIT = re.compile(r"\d")
# A range holds two numbers with something else between them: most texts with a figure have
# one, and this look spares them the range patterns.
_TWO_NUMBERS = re.compile(r"\d\D+\d")
# "2 of 3 proposals approved", "12 dos 20 serviços": the whole a part is counted against is
# no count of its own.
_PART_OF = re.compile(
    r"\d\s+(?:of|out of|von|van|op|de|des|dos|das|di|dei|degli|delle|su|sur|sobre)\s+$"
)
# "for all 5 teams": the number names the user's teams, a whole the reader knows; it states
# reach and reports no count. Of anything else ("all 14 markets", "all 9 product teams") it
# counts how many the work covered.
_ALL_TEAMS = re.compile(
    r"[~≈]?\s?\d+\s(?:teams?|équipes|equip[oa]s|equipes|squadre)", re.IGNORECASE
)
_ALL_OF = re.compile(
    r"\b(?:all(?: the)?|alle|tous les|toutes les|todos los|todas las|todos os|todas as|"
    r"tutti i|tutte le)\s+$",
    re.IGNORECASE,
)
# Time spent per week is a duration ("~6 hours/week"), not a rate of things ("30 pages/week").
_TIME_WORD = r"(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?)"
# "9 minuti per tutti i team" (Italian "per" is also "for"): after an article or a word for
# "all" or "every", "per" starts no rate ("2 hours per week" does).
_NOT_PER_WHAT = (
    r"(?:the|an?|all|our|my|their|this|that|every|il|lo|la|i|gli|le|un|una|uno|tutti|tutte|"
    r"ogni|questo|questa|nostro|nostra|mio|mia)"
)
# Every quantity starts with "~", "≈", a currency sign or a digit; the lookahead says so
# first, which spares the engine trying eight alternatives at every other character. A digit
# right after a digit is not tried again: what fails at a number's first digit fails at its
# later ones (each match from there is one from the first), and no match ends before a
# digit but a sum cut after a group of thousands ("$1,234" of "$1,2345"), which is let on.
_PATTERN = re.compile(
    r"(?=[~≈$€£¥\d]|R\$)(?:(?!\d)|(?<![\dA-Za-z:])|(?<=,\d\d\d))"
    rf"(?:(?P<cur>{_APPROX}(?:R\$|[$€£¥])\s?{_NUM}\s?(?:[kKmMbB]n?\b|mil\b)?{_PER})"
    rf"|(?P<code>{_APPROX}{_NUM}\s?[kKmM]?\s?(?:{_CODES})\b{_PER})"
    r"|(?P<hm>\d+h\s?\d+m(?:in)?\b)"
    rf"|(?P<rate>{_APPROX}{_NUM}[kKmM]?\s?(?:[^\W\d_]+)?/(?:sec|s|second|min|minute|h|hr|hour|day)\b"
    rf"|{_APPROX}{_NUM}(?:\s?(?!{_TIME_WORD}/)[^\W\d_]+)?/(?:week|wk|month|mo|year|yr)\b)"
    rf"|(?P<pct>{_APPROX}{_NUM}\s?(?:%|percent\b|pp\b))"
    rf"|(?P<mult>{_APPROX}{_NUM}\s?[x×](?![\w-]))"
    # the units as a trie: tried at every figure, a hundred alternatives cost the most here
    rf"|(?P<dur>{_APPROX}{_NUM}\s?{trie_pattern(_DURATION_UNITS)}"
    # "2 d'entre nous": a unit's letter before an apostrophe starts an elided word
    rf"(?![\w'’-])(?:\s(?:per|a|each)\s(?!{_NOT_PER_WHAT}\b)[^\W\d_]+|{_PER}))"
    rf"|(?P<times>{_APPROX}{_NUM}\s(?:times|x)\s(?:faster|slower|quicker|more|fewer|less|"
    r"bigger|smaller|cheaper|higher|lower|as)\b)"
    # "ran 3 of them": a count of what the sentence already named.
    rf"|(?P<of_them>{_NUM}(?=\s+(?:(?:of|out of)\s+(?:them|those|these|us)|davon|ervan|"
    r"de (?:ellos|ellas|nosotros|nosotras|nós)|dele[sa]|di (?:questi|queste|loro|noi)|"
    r"d['’]entre (?:eux|elles|nous)|von uns|van ons)\b))"
    rf"|(?P<per_time>{_APPROX}{_NUM}\+?\s{_QUALIFIERS}[^\W\d_]+\s{_PER_WORD}\s"
    rf"(?:{'|'.join(sorted(_PER_TIME_WORDS, key=len, reverse=True))})\b)"
    # "passés de 12 par jour à zéro": a bare figure per unit of time, of what the text names
    rf"|(?P<per_bare>{_APPROX}{_NUM}\s{_PER_WORD}\s"
    rf"(?:{'|'.join(sorted(_PER_TIME_WORDS, key=len, reverse=True))})\b)"
    rf"|(?P<count>{_APPROX}(?:{_SCALED}|{_NUM})\+?\s{_QUALIFIERS}(?:{_COUNT_NOUNS})\b)"
    rf"|(?P<things>{_APPROX}(?:{_SCALED}|{_NUM})\+?\s(?:{_QUALIFIERS}(?-i:[A-Z]{{2,}}s|"
    rf"[{_LOWER}][{_LOWER}-]*[{_LOWER}]s)|{_GERMAN_ADJECTIVE}{_GERMAN_NOUN})\b)"
    rf"|(?P<big>{_APPROX}\d+(?:[.,]\d{{1,2}})?\s(?:{_BIG_WORDS})\b)"
    rf"|(?P<plural>(?!1\s){_APPROX}(?:{_SCALED}|{_NUM})\+?\s{_QUALIFIERS}"
    rf"(?:{_OTHER_PLURAL}|{_LOANWORDS})(?![\w'’-]))"
    # "~400 in the room", "~90k of them": nobody writes "~" before an identifier.
    rf"|(?P<about>[~≈]\s?(?:\d+(?:[.,]\d{{1,2}})?(?-i:[kKM])|{_NUM})(?![\w%/]|[.,]\d)))",
    re.IGNORECASE,
)
# The ends of a range: "from 12 to 4 pages", "between 10 and 20 ms", "van 25 naar 9 minuten"
# (the languages replies come in), "45-60 min", "2 to 3 days", and "2 days instead of 5",
# "down from 12".
_SPAN = (
    rf"(?P<first>{_APPROX}{_NUM})(?:\s+(?:to|and|naar|tot|auf|bis|à|a|al|para|hasta)\s+"
    rf"(?:[a-z]+\s+)?|\s?[-–]\s?)(?P<second>{_APPROX}{_NUM})"
)
# (Each lookahead below holds what its match can start with: the engine skips most
# positions on one character instead of trying every word of the alternation there.)
_RANGE = re.compile(
    r"(?=[fbvd\d])"
    rf"(?:\b(?:from|between|van|von|de|du|da|desde)\s+"
    rf"|(?<![\w.,/:-])(?={_NUM}(?:\s?[-–]\s?|\s+(?:to|bis|à|a|tot|al)\s+)\d))" + _SPAN,
    re.IGNORECASE,
)
# A range whose first end carries its unit and whose second is bare: "from 30 pages/week to 4".
_FROM_BEFORE = re.compile(r"\b(?:from|between|van|von|de|du|da|desde)\s+$", re.IGNORECASE)
_BARE_SECOND = re.compile(
    rf"\s+(?:to|and|naar|tot|auf|bis|à|a|al|para|hasta)\s+(?:[a-z]+\s+)?"
    rf"(?P<second>{_APPROX}{_NUM})(?![\w%/]|[.,]\d)",
    re.IGNORECASE,
)
_OTHER_END_WORDS = ("instead of", "rather than", "down from", "up from", "statt", "en vez de",
                    "au lieu de")  # fmt: skip
_OTHER_END = re.compile(
    rf"\b(?=[irdusae])(?:{'|'.join(_OTHER_END_WORDS)})\s+"
    rf"(?P<first>{_APPROX}{_NUM})(?![\w,%/:-]|\.\d)",
    re.IGNORECASE,
)
# A range of bare numbers is a metric only after a word of change: "dropped from 23 to 6",
# "sont passées de 23 à 6", "bajaron de 23 a 6", "caíram de 23 para 6", "scesi da 23 a 6",
# "is gedaald van 23 naar 6" (but not "moved the standup from 10 to 11" or "upgraded from 16
# to 17")...
_CHANGE_BEFORE = re.compile(
    r"\b(?:went|go(?:es)?|dropped|drops?|fell|falls?|cut|reduced|reduces?|brought|down|up|"
    r"rose|grew|increased|decreased|shrank|improved|climbed|jumped|sank|slashed|trimmed|"
    r"lowered|raised|shrunk|"
    r"sanken|fiel|fielen|stieg|stiegen|"
    r"pass[ée]e?s?|baiss[ée]e?s?|r[ée]duite?s?|tomb[ée]e?s?|descendue?s?|mont[ée]e?s?|"
    r"augment[ée]e?s?|diminu[ée]e?s?|ramen[ée]e?s?|"
    r"baj[óo]|bajaron|bajamos|reduj[eo]|redujimos|reducid[oa]s?|pas[óo]|pasaron|pasamos|"
    r"subi[óo]|subiu|cay[óo]|cayeron|aument[óo]|disminuy[óo]|caiu|ca[íi]ram|reduzi|"
    r"reduzimos|reduziu|reduzid[oa]s?|passou|passaram|passamos|baixou|baixaram|baixamos|"
    r"aumentou|diminuiu|"
    r"sces[oaie]|ridott[oaie]|passat[oaie]|portat[oaie]|calat[oaie]|salit[oaie]|"
    r"aumentat[oaie]|diminuit[oaie]|"
    r"gedaald|verlaagd|teruggebracht|gestegen|verhoogd|gezakt|verminderd|gehalveerd|"
    r"daalde|steeg|zakte)\b(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
# ... or before one, where German and Dutch put the verb last: "von 23 auf 6 gesenkt",
# "van 23 naar 6 teruggebracht".
_CHANGE_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:gesenkt|gesunken|reduziert|verringert|verkürzt|gestiegen|"
    r"erhöht|gefallen|halbiert|gedrückt|zurückgegangen|gedaald|verlaagd|teruggebracht|"
    r"gestegen|verhoogd|gezakt|verminderd|gehalveerd|teruggegaan)\b",
    re.IGNORECASE,
)

# "quarantined 31 tests, fixed 12, deleted the rest": the next clause's bare figure counts
# the same things. It is whole ("21 repeats, load 1.0" counts no repeats), stands last in its
# clause, after a lowercase word (a verb; a name before a figure is capitalised, "Node 20"),
# and not after a preposition or a word that numbers ("by 12", "page 12").
_NEXT_CLAUSE = re.compile(
    r"(?:\s*[,;]\s*(?:(?:and|und|et|y|e|en)\s+)?|\s+(?:and|und|et|y|e|en)\s+)"
    rf"(?P<word>[{_LOWER}]{{3,}})\s+(?P<n>\d+(?:,\d{{3}})*)(?![.,]\d)"
    r"(?=\s*(?:[,;.!?)]|$)|\s+(?:and|und|et|y|e|en|or)\b)"
)
_NOT_COUNTING = frozenset(
    """
    at by on in to until till before after since from for into with per via and the was
    were is are um am bis ab seit vor nach für mit à au aux vers avant après depuis par pour
    avec des les alle dalle dal con per tra fra entro om tot van met bij naar voor por para
    desde hasta los las ao às dos das ticket issue page sprint week day chapter item room
    step phase version release number line slide task story level
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# "ne ho fatte 27" (it), "j'en ai relu 12" (fr): the partitive pronoun stands for what the
# sentence named, as "ran 3 of them" does, and the figure after the verb counts it.
_PARTITIVE = re.compile(
    r"(?:\bne\s+(?:ho|hai|ha|abbiamo|avete|hanno|avevo|aveva)"
    r"|(?:\b[jn]['’]|\b(?:on|nous|il|elle|ils|elles)\s+)en\s+"
    r"(?:ai|as|a|avons|avez|ont|avais|avait))"
    rf"\s+(?:(?:già|déjà|solo|seulement|ancora|encore|appena)\s+)?[^\W\d_]+\s+(?P<n>{_NUM})"
    r"(?![\w%/:]|[.,]\d)",
    re.IGNORECASE,
)


def _number(text: str) -> float | None:
    m = re.search(_NUM, text)
    return float(m.group().replace(",", "")) if m else None


def _scale(text: str) -> float:
    m = re.search(r"\d\s?([kKmMbB]|mil)n?\b", text)
    if not m:
        return 1.0
    return {"k": 1e3, "mil": 1e3, "m": 1e6, "b": 1e9}[m.group(1).lower()]


def _count(text: str) -> float | None:
    """A count's value: "2.1M" and "1,8 miljoen" scaled, "1.500" read in thousands."""
    figure = text.lstrip("~≈ ")
    if scaled := _SCALED_FIGURE.match(figure):
        return float(scaled[1].replace(",", ".")) * _SCALE_WORDS[scaled[2].lower()]
    whole = _FIGURE.match(figure)
    if whole is None:
        return None
    digits = whole.group()
    grouped_by = "." if _DOT_THOUSANDS.fullmatch(digits) else ","
    return float(digits.replace(grouped_by, ""))


def _per(text: str) -> str:
    m = re.search(r"/\s?([a-z]+)\s*$", text, re.IGNORECASE)
    return f"/{m.group(1).lower()}" if m else ""


def _count_unit(kind: str, text: str) -> str | None:
    """What a count counts: the noun it ends with, or the things per unit of time."""
    if kind in ("big", "about"):  # "1,8 miljoen", "~90k": how many, of what the sentence says
        return None
    if kind == "per_bare":  # "12 par jour": "/day"
        return f"/{_PER_TIME_WORDS[text.split()[-1].lower()]}"
    if kind == "per_time":  # "1.500 richieste al secondo": "richieste/s"
        words = _PER_TIME_UNIT.search(text)
        return f"{words[1].lower()}/{_PER_TIME_WORDS[words[2].lower()]}" if words else None
    noun = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)(?:['’]s)?\s*$", text)
    return noun.group(1).lower() if noun else None


def _read(kind: str, text: str) -> tuple[float | None, str | None]:
    if kind not in _MEASURES:
        return _count(text), _count_unit(kind, text)
    value = _number(text)
    if kind == "cur":
        symbol = "R$" if "R$" in text else next(c for c in text if c in _CURRENCY)
        return (value * _scale(text) if value is not None else None), _CURRENCY[symbol] + _per(text)
    if kind == "code":
        code = re.search(rf"({_CODES})", text, re.IGNORECASE)
        unit = code.group(1).upper() if code else None
        unit = {"DOLLARS": "USD", "EUROS": "EUR"}.get(unit or "", unit)
        return (value * _scale(text) if value is not None else None), (unit or "") + _per(text)
    if kind == "hm":
        h, m = re.findall(r"\d+", text)[:2]
        return float(int(h) * 60 + int(m)), "min"
    if kind == "rate":  # "25k msgs/s": 25,000 "msgs/s"
        num = re.search(rf"{_NUM}(?:[kKmM](?=\s[^\W\d_]+/))?", text)
        scaled = value * _scale(num.group()) if value is not None and num else value
        return scaled, (text[num.end() :].strip() if num else None)
    if kind == "pct":
        return value, "pp" if text.lower().endswith("pp") else "%"
    if kind in ("mult", "times"):
        return value, "x"
    unit_word = re.search(r"\d\s?([^\W\d_]+)", text)
    unit = _DURATION_UNITS.get(unit_word.group(1).lower()) if unit_word else None
    return value, (unit + _per(text)) if unit else None


def _no_quantity(kind: str, raw: str, before: str, after: str = "") -> bool:
    """Is what matched a name, a status or a year rather than a quantity?"""
    if _HTTP_STATUS.match(raw):
        return True
    if kind not in ("count", "things", "per_time", "plural"):
        return False
    number = re.match(rf"{_APPROX}({_NUM})", raw)
    if number and re.fullmatch(r"[1-5]\d\d", number.group(1)) and _STATUS_BEFORE.search(before):
        return True
    if _ALL_OF.search(before) and _ALL_TEAMS.fullmatch(raw):
        return True
    if kind not in ("things", "plural"):
        return False
    noun = raw.split()[-1].lower()
    if kind == "plural" and (
        noun in _NOT_PLURALS
        or _RANGE_END.search(before)
        or (_PARTICIPLE.match(noun) and _CLAUSE_END.match(after))
    ):
        return True
    digits = number.group(1) if number else ""
    fraction = "." in digits and not _DOT_THOUSANDS.fullmatch(digits)
    return (
        (
            noun in _NOT_THINGS
            and not (
                noun in _NOUN_VERBS
                and (_NOUN_PHRASE.match(raw) or _AFTER_PREPOSITION.search(before))
            )
        )
        or noun in _DATE_WORDS
        or bool(_PART_OF.search(before))
        or (fraction and not _SCALED_FIGURE.match(raw.lstrip("~≈ ")))
        or bool(_YEAR.match(digits))
        or bool(_NAME_BEFORE.search(before))
    )


def _bare(raw: str, unit: str | None) -> Metric:
    return Metric(text=raw, value=_number(raw), unit=unit)


def _range_ends(text: str, found: list[tuple[int, int, Metric]]) -> list[tuple[int, int, Metric]]:
    """The bare ends of ranges whose other end is a metric, or that follow a word of change."""
    starts = {start: metric for start, _, metric in found}

    def inside(at: int) -> bool:
        return any(start <= at < end for start, end, _ in found)

    extra: list[tuple[int, int, Metric]] = []
    for m in _RANGE.finditer(text) if _TWO_NUMBERS.search(text) else ():
        first, second = m.start("first"), m.start("second")
        if inside(first):
            continue
        if (other := starts.get(second)) is not None:
            extra.append((first, m.end("first"), _bare(m.group("first"), other.unit)))
        elif (
            not inside(second)
            and not any(_YEAR.match(m.group(g).lstrip("~≈ ")) for g in ("first", "second"))
            and not re.match(r"\s*(?::|[ap]\.?m\b|o['’]clock)", text[m.end() :], re.IGNORECASE)
            and (
                _CHANGE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
                or _CHANGE_AFTER.match(text, m.end())
            )
        ):
            extra.append((first, m.end("first"), _bare(m.group("first"), None)))
            extra.append((second, m.end("second"), _bare(m.group("second"), None)))
    for start, end, metric in found:  # "from 30 pages/week to 4": the bare end shares the unit
        to = _BARE_SECOND.match(text, end)
        lead = text[max(0, start - 12) : start]
        zero = to is not None and to["second"].lstrip("~≈ ") == "0"  # "to 0" says "to none"
        if to and not zero and not inside(to.start("second")) and _FROM_BEFORE.search(lead):
            extra.append((to.start("second"), to.end("second"), _bare(to["second"], metric.unit)))
    other_end = found and _may_hold(text, _OTHER_END_WORDS)
    for m in _OTHER_END.finditer(text) if other_end else ():  # the unit is a metric's before
        before = [metric for _, end, metric in found if end <= m.start()]
        if before and not inside(m.start("first")):
            extra.append(
                (m.start("first"), m.end("first"), _bare(m.group("first"), before[-1].unit))
            )
    return extra


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Can a case-blind pattern for ``words`` (lower case) match in ``text``? Not when its
    lowered form holds none of them: a cheap look that spares most texts the search. Only
    "İ", "ı" and "ſ" match a letter ("i", "s") case-blind without lowering to it."""
    low = text.lower()
    return any(w in low for w in words) or "İ" in text or "ı" in low or "ſ" in low


def _counted_on(
    text: str, counts: list[tuple[int, Metric]], found: list[tuple[int, int, Metric]]
) -> list[tuple[int, int, Metric]]:
    """Bare figures that count what a count before them or a partitive pronoun names."""
    bare: list[tuple[re.Match[str], str | None]] = []
    for end, metric in counts:
        while (m := _NEXT_CLAUSE.match(text, end)) and m["word"] not in _NOT_COUNTING:
            bare.append((m, metric.unit))
            end = m.end()
    if _may_be_partitive(text):
        bare += [(m, None) for m in _PARTITIVE.finditer(text)]
    if not bare:
        return []
    taken = {start for start, _, _ in found}
    extra: list[tuple[int, int, Metric]] = []
    for m, unit in bare:
        if m.start("n") not in taken and not _YEAR.match(m["n"]):
            taken.add(m.start("n"))
            extra.append((m.start("n"), m.end("n"), _bare(m["n"], unit)))
    return extra


def _may_be_partitive(text: str) -> bool:
    """Does ``text`` hold Italian "ne" as a word, or French "en" after an apostrophe or
    before an auxiliary (all start with a or o)? A look at a few letters spares most texts
    the search."""
    return (
        " ne " in text
        or " Ne " in text
        or text[:3] in ("ne ", "Ne ")
        or "'en " in text
        or "’en " in text
        or " en a" in text
        or " en o" in text
    )


def find_metrics(text: str) -> list[Metric]:
    """Every quantity in ``text``, in order of appearance."""
    if not _DIGIT.search(text):  # every quantity and range end holds a digit; most items none
        return []
    found: list[tuple[int, int, Metric]] = []
    counts: list[tuple[int, Metric]] = []
    for m in _PATTERN.finditer(text):
        kind = m.lastgroup or "count"
        raw = m.group().strip()
        if _no_quantity(kind, raw, text[max(0, m.start() - 30) : m.start()], text[m.end() :]):
            continue
        value, unit = _read(kind, raw)
        metric = Metric(text=raw, value=value, unit=unit or None)
        found.append((m.start(), m.end(), metric))
        if kind in ("count", "things", "plural"):
            counts.append((m.end(), metric))
    found += _range_ends(text, found)
    found += _counted_on(text, counts, found)
    return [metric for _, _, metric in sorted(found, key=lambda item: item[0])]
