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
"ran 3 of them"; "all 5 teams" names a whole the reader knows and counts nothing.
"""

from __future__ import annotations

import re

from careerlog.parsers.model import Metric

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
    # the units replies write in the other languages they come in (de, nl, fr, es, pt, it)
    "minuten": "min", "minutos": "min", "minuti": "min", "stunden": "h", "uur": "h",
    "heures": "h", "horas": "h", "ore": "h", "tage": "d", "dagen": "d", "jours": "d",
    "días": "d", "dias": "d", "giorni": "d", "wochen": "week", "weken": "week",
    "semaines": "week", "semanas": "week",
}  # fmt: skip
_COUNT_NOUNS = (
    r"people|users|customers|merchants|engineers|developers|teams|services|requests|tickets|"
    r"incidents|alerts|bugs|tests|repos|transactions|orders|signups|downloads|settlements|"
    r"calls|queries|jobs|builds|deploys|deployments|accounts|clients|servers|nodes|sessions|"
    r"meetings|interviews|reviews|PRs|pull requests|hires|talks|workshops|docs|pages|"
    r"dashboards|runbooks|pipelines|tables|endpoints|migrations|outages|releases|"
    r"commits|issues|errors|failures|slides|attendees|participants|reports|shifts|escalations|"
    r"bullets"
)
# "4 pairing sessions", "3 new engineers": up to two lowercase words may qualify the noun.
_QUALIFIERS = r"(?:[a-z][a-z-]*\s){0,2}"
# Three digits from 100 to 599 written straight before an "s" are HTTP statuses ("429s",
# "503s"); that many seconds is written "429 s" or "7 min".
_HTTP_STATUS = re.compile(r"^[1-5]\d\ds$")
# "HTTP 500 errors", "status 404 responses": the number names the status, it counts nothing.
_STATUS_BEFORE = re.compile(r"\b(?:HTTP|status(?: code)?|error code)\s*$", re.IGNORECASE)
# A plural after a number is a count of things ("3 RFCs", "40 questions"), except these
# words that end in "s" without being a plural ("the 2 was", "RFC 7231 says").
_NOT_THINGS = frozenset(
    """
    this thus plus minus less unless across always perhaps towards versus was has does
    says gets goes makes takes means needs runs seems looks works uses shows comes keeps
    lets puts sets holds brings helps starts stays turns wants gives tells feels reads
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
# "2 of 3 proposals approved": the whole a part is counted against is no count of its own.
_PART_OF = re.compile(r"\d\s+(?:of|out of)\s+$")
# "for all 5 teams": the number names a whole the reader knows, it reports no count.
_ALL_OF = re.compile(
    r"\b(?:all(?: the)?|alle|tous les|toutes les|todos los|todas las|todos os|todas as|"
    r"tutti i|tutte le)\s+$",
    re.IGNORECASE,
)
# Time spent per week is a duration ("~6 hours/week"), not a rate of things ("30 pages/week").
_TIME_WORD = r"(?:hours?|hrs?|h|minutes?|mins?|days?|weeks?)"
# Every quantity starts with "~", "≈", a currency sign or a digit; the lookahead says so
# first, which spares the engine trying eight alternatives at every other character. A digit
# right after a digit is not tried again: what fails at a number's first digit fails at its
# later ones (each match from there is one from the first), and no match ends before a
# digit but a sum cut after a group of thousands ("$1,234" of "$1,2345"), which is let on.
_PATTERN = re.compile(
    r"(?=[~≈$€£¥\d]|R\$)(?:(?!\d)|(?<!\d)|(?<=,\d\d\d))"
    rf"(?:(?P<cur>{_APPROX}(?:R\$|[$€£¥])\s?{_NUM}\s?(?:[kKmMbB]n?\b|mil\b)?{_PER})"
    rf"|(?P<code>{_APPROX}{_NUM}\s?[kKmM]?\s?(?:{_CODES})\b{_PER})"
    r"|(?P<hm>\d+h\s?\d+m(?:in)?\b)"
    rf"|(?P<rate>{_APPROX}{_NUM}[kKmM]?\s?(?:[^\W\d_]+)?/(?:sec|s|second|min|minute|h|hr|hour|day)\b"
    rf"|{_APPROX}{_NUM}(?:\s?(?!{_TIME_WORD}/)[^\W\d_]+)?/(?:week|wk|month|mo|year|yr)\b)"
    rf"|(?P<pct>{_APPROX}{_NUM}\s?(?:%|percent\b|pp\b))"
    rf"|(?P<mult>{_APPROX}{_NUM}\s?[x×](?![\w-]))"
    rf"|(?P<dur>{_APPROX}{_NUM}\s?(?:{'|'.join(sorted(_DURATION_UNITS, key=len, reverse=True))})"
    rf"(?![\w-])(?:\s(?:per|a|each)\s[^\W\d_]+|{_PER}))"
    rf"|(?P<times>{_APPROX}{_NUM}\s(?:times|x)\s(?:faster|slower|quicker|more|fewer|less|"
    r"bigger|smaller|cheaper|higher|lower|as)\b)"
    # "ran 3 of them": a count of what the sentence already named.
    rf"|(?P<of_them>{_NUM}(?=\s+(?:of|out of)\s+(?:them|those|these)\b))"
    rf"|(?P<count>{_APPROX}{_NUM}\+?\s{_QUALIFIERS}(?:{_COUNT_NOUNS})\b)"
    rf"|(?P<things>{_APPROX}{_NUM}\+?\s{_QUALIFIERS}(?-i:[A-Z]{{2,}}s|[a-z]{{2,}}s)\b)"
    # "~400 in the room": nobody writes "~" before an identifier.
    rf"|(?P<about>[~≈]\s?{_NUM}(?![\w%/]|[.,]\d)))",
    re.IGNORECASE,
)
# The ends of a range: "from 12 to 4 pages", "between 10 and 20 ms", "van 25 naar 9 minuten"
# (the languages replies come in), "45-60 min", and "2 days instead of 5", "down from 12".
_SPAN = (
    rf"(?P<first>{_APPROX}{_NUM})(?:\s+(?:to|and|naar|tot|auf|bis|à|a|al|para|hasta)\s+"
    rf"(?:[a-z]+\s+)?|\s?[-–]\s?)(?P<second>{_APPROX}{_NUM})"
)
# (Each lookahead below holds what its match can start with: the engine skips most
# positions on one character instead of trying every word of the alternation there.)
_RANGE = re.compile(
    r"(?=[fbvd\d])"
    rf"(?:\b(?:from|between|van|von|de|du|da|desde)\s+|(?<![\w.,/:-])(?={_NUM}\s?[-–]\s?\d))"
    + _SPAN,
    re.IGNORECASE,
)
# A range whose first end carries its unit and whose second is bare: "from 30 pages/week to 4".
_FROM_BEFORE = re.compile(r"\b(?:from|between|van|von|de|du|da|desde)\s+$", re.IGNORECASE)
_BARE_SECOND = re.compile(
    rf"\s+(?:to|and|naar|tot|auf|bis|à|a|al|para|hasta)\s+(?:[a-z]+\s+)?"
    rf"(?P<second>{_APPROX}{_NUM})(?![\w%/]|[.,]\d)",
    re.IGNORECASE,
)
_OTHER_END = re.compile(
    rf"\b(?=[irdusae])(?:instead of|rather than|down from|up from|statt|en vez de|au lieu de)\s+"
    rf"(?P<first>{_APPROX}{_NUM})(?![\w,%/:-]|\.\d)",
    re.IGNORECASE,
)
# A range of bare numbers is a metric only after a word of change: "dropped from 23 to 6"
# (but not "moved the standup from 10 to 11" or "upgraded from 16 to 17").
_CHANGE_BEFORE = re.compile(
    r"\b(?:went|go(?:es)?|dropped|drops?|fell|falls?|cut|reduced|reduces?|brought|down|up|"
    r"rose|grew|increased|decreased|shrank|improved|climbed|jumped|sank|slashed|trimmed|"
    r"lowered|raised|shrunk)\b(?:\s+\S+){0,3}\s+$",
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


def _per(text: str) -> str:
    m = re.search(r"/\s?([a-z]+)\s*$", text, re.IGNORECASE)
    return f"/{m.group(1).lower()}" if m else ""


def _read(kind: str, text: str) -> tuple[float | None, str | None]:
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
    if kind == "dur":
        unit_word = re.search(r"\d\s?([^\W\d_]+)", text)
        unit = _DURATION_UNITS.get(unit_word.group(1).lower()) if unit_word else None
        return value, (unit + _per(text)) if unit else None
    noun = re.search(r"([^\W\d_]+)\s*$", text)
    return value, noun.group(1).lower() if noun else None


def _no_quantity(kind: str, raw: str, before: str) -> bool:
    """Is what matched a name, a status or a year rather than a quantity?"""
    if _HTTP_STATUS.match(raw):
        return True
    if kind not in ("count", "things"):
        return False
    number = re.match(rf"{_APPROX}({_NUM})", raw)
    if number and re.fullmatch(r"[1-5]\d\d", number.group(1)) and _STATUS_BEFORE.search(before):
        return True
    if _ALL_OF.search(before):
        return True
    if kind == "count":
        return False
    noun = raw.split()[-1]
    digits = number.group(1) if number else ""
    return (
        noun.lower() in _NOT_THINGS
        or bool(_PART_OF.search(before))
        or "." in digits
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
            and _CHANGE_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        ):
            extra.append((first, m.end("first"), _bare(m.group("first"), None)))
            extra.append((second, m.end("second"), _bare(m.group("second"), None)))
    for start, end, metric in found:  # "from 30 pages/week to 4": the bare end shares the unit
        to = _BARE_SECOND.match(text, end)
        lead = text[max(0, start - 12) : start]
        zero = to is not None and to["second"].lstrip("~≈ ") == "0"  # "to 0" says "to none"
        if to and not zero and not inside(to.start("second")) and _FROM_BEFORE.search(lead):
            extra.append((to.start("second"), to.end("second"), _bare(to["second"], metric.unit)))
    for m in _OTHER_END.finditer(text) if found else ():  # the end's unit is a metric's before
        before = [metric for _, end, metric in found if end <= m.start()]
        if before and not inside(m.start("first")):
            extra.append(
                (m.start("first"), m.end("first"), _bare(m.group("first"), before[-1].unit))
            )
    return extra


def find_metrics(text: str) -> list[Metric]:
    """Every quantity in ``text``, in order of appearance."""
    if not _DIGIT.search(text):  # every quantity and range end holds a digit; most items none
        return []
    found: list[tuple[int, int, Metric]] = []
    for m in _PATTERN.finditer(text):
        kind = m.lastgroup or "count"
        raw = m.group().strip()
        if _no_quantity(kind, raw, text[max(0, m.start() - 30) : m.start()]):
            continue
        value, unit = _read(kind, raw)
        found.append((m.start(), m.end(), Metric(text=raw, value=value, unit=unit or None)))
    found += _range_ends(text, found)
    return [metric for _, _, metric in sorted(found, key=lambda item: item[0])]
