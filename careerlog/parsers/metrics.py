"""Quantities an item reports: money, percentages, multipliers, durations, rates, counts.

Each metric keeps the text as written ("$8k/month", "1.21s", "~250 people") plus a number
and a normalised unit when they can be read. Dates, clock times, versions, ticket numbers and
"1:1" carry no unit and are not matched; "429s" or "5xx" name HTTP statuses, not seconds.
A range ("from ~1,200/day to under 40/day") gives both ends as metrics of their own.
"""

from __future__ import annotations

import re

from careerlog.parsers.model import Metric

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_APPROX = r"(?:[~≈]\s?)?"
_PER = r"(?:\s?/\s?(?:month|mo|year|yr|week|wk|day|hour|hr|quarter|user|customer|req)\b)?"
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
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
# Every quantity starts with "~", "≈", a currency sign or a digit; the lookahead says so
# first, which spares the engine trying eight alternatives at every other character.
_PATTERN = re.compile(
    r"(?=[~≈$€£¥\d])"
    rf"(?:(?P<cur>{_APPROX}[$€£¥]\s?{_NUM}\s?(?:[kKmMbB]n?\b)?{_PER})"
    rf"|(?P<code>{_APPROX}{_NUM}\s?[kKmM]?\s?(?:{_CODES})\b{_PER})"
    r"|(?P<hm>\d+h\s?\d+m(?:in)?\b)"
    rf"|(?P<rate>{_APPROX}{_NUM}\s?(?:[^\W\d_]+)?/(?:sec|s|second|min|minute|h|hr|hour|day)\b"
    rf"|{_APPROX}{_NUM}/(?:week|wk|month|mo|year|yr)\b)"
    rf"|(?P<pct>{_APPROX}{_NUM}\s?(?:%|percent\b|pp\b))"
    rf"|(?P<mult>{_APPROX}{_NUM}\s?[x×](?![\w-]))"
    rf"|(?P<dur>{_APPROX}{_NUM}\s?(?:{'|'.join(sorted(_DURATION_UNITS, key=len, reverse=True))})"
    rf"(?![\w-])(?:\s(?:per|a|each)\s[^\W\d_]+|{_PER}))"
    rf"|(?P<count>{_APPROX}{_NUM}\+?\s{_QUALIFIERS}(?:{_COUNT_NOUNS})\b))",
    re.IGNORECASE,
)


def _number(text: str) -> float | None:
    m = re.search(_NUM, text)
    return float(m.group().replace(",", "")) if m else None


def _scale(text: str) -> float:
    m = re.search(r"\d\s?([kKmMbB])n?\b", text)
    if not m:
        return 1.0
    return {"k": 1e3, "m": 1e6, "b": 1e9}[m.group(1).lower()]


def _per(text: str) -> str:
    m = re.search(r"/\s?([a-z]+)\s*$", text, re.IGNORECASE)
    return f"/{m.group(1).lower()}" if m else ""


def _read(kind: str, text: str) -> tuple[float | None, str | None]:
    value = _number(text)
    if kind == "cur":
        symbol = next(c for c in text if c in _CURRENCY)
        return (value * _scale(text) if value is not None else None), _CURRENCY[symbol] + _per(text)
    if kind == "code":
        code = re.search(rf"({_CODES})", text, re.IGNORECASE)
        unit = code.group(1).upper() if code else None
        unit = {"DOLLARS": "USD", "EUROS": "EUR"}.get(unit or "", unit)
        return (value * _scale(text) if value is not None else None), (unit or "") + _per(text)
    if kind == "hm":
        h, m = re.findall(r"\d+", text)[:2]
        return float(int(h) * 60 + int(m)), "min"
    if kind == "rate":
        num = re.search(_NUM, text)
        return value, (text[num.end() :].strip() if num else None)
    if kind == "pct":
        return value, "pp" if text.lower().endswith("pp") else "%"
    if kind == "mult":
        return value, "x"
    if kind == "dur":
        unit_word = re.search(r"\d\s?([^\W\d_]+)", text)
        unit = _DURATION_UNITS.get(unit_word.group(1).lower()) if unit_word else None
        return value, (unit + _per(text)) if unit else None
    noun = re.search(r"([^\W\d_]+)\s*$", text)
    return value, noun.group(1).lower() if noun else None


def find_metrics(text: str) -> list[Metric]:
    """Every quantity in ``text``, in order of appearance."""
    metrics: list[Metric] = []
    for m in _PATTERN.finditer(text):
        kind = m.lastgroup or "count"
        raw = m.group().strip()
        if _HTTP_STATUS.match(raw):
            continue
        value, unit = _read(kind, raw)
        metrics.append(Metric(text=raw, value=value, unit=unit or None))
    return metrics
