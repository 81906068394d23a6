"""Compare a parsed reply with a fixture's .json, as the fixtures' README describes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from careerlog.parsers import ParseContext, ParsedReply, parse_message, prompt_text_from_message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# One copy of the sample replies: the demo's, packaged with careerlog. What each must
# give is kept here, beside the tests (tests/fixtures/replies/<name>.json).
REPLIES = FIXTURES.parent.parent / "careerlog" / "demo" / "replies"
EXPECTED = FIXTURES / "replies"
QUIRKS = FIXTURES / "quirks"

PEOPLE = (
    "Grace Hopper", "Linus Chen", "Priya Raman", "Mei Tanaka", "Omar Haddad", "Renée Dubois",
    "José Álvarez", "Tomás Ortega", "Dana Okafor", "Sam Whitfield", "Hannah Becker",
)  # fmt: skip
# The goals each quarterly prompt listed (README: "Ada's goals over the year").
_STAFF = "Reach Staff Engineer by Q3 2027"
_INFLUENCE = "Get better at cross-team influence"
GOALS_BEFORE_Q4_REVIEW = (_STAFF, _INFLUENCE, "Give a talk at an external conference")
GOALS_FROM_Q4_REVIEW = (_STAFF, _INFLUENCE, "Mentor a new hire through their first on-call")


def norm_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _n(text: str) -> str:
    return " ".join(text.split()).lower()


def expectation(eml: Path) -> Path:
    """The .json beside a quirk fixture, or the sample reply's in tests/fixtures/replies."""
    beside = eml.with_suffix(".json")
    return beside if beside.exists() else EXPECTED / beside.name


def expected(eml: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(expectation(eml).read_text(encoding="utf-8"))
    return data


def context_for(eml: Path, exp: dict[str, Any], *, known: bool = True) -> ParseContext:
    """What the app would know: the people and the goals open when the reply was written."""
    raw = eml.read_bytes()
    goals = GOALS_FROM_Q4_REVIEW if b"2027" in raw.split(b"\n\n", 1)[0] else GOALS_BEFORE_Q4_REVIEW
    original = exp.get("original")
    prompt = prompt_text_from_message((eml.parent / original).read_bytes()) if original else None
    return ParseContext(
        prompt_kind=exp.get("prompt_kind"),
        prompt_text=prompt,
        known_people=PEOPLE if known else (),
        open_goals=goals if known else (),
    )


def parse_fixture(eml: Path, *, known: bool = True) -> tuple[ParsedReply, dict[str, Any]]:
    exp = expected(eml)
    return parse_message(eml.read_bytes(), context_for(eml, exp, known=known)), exp


def problems(reply: ParsedReply, exp: dict[str, Any]) -> list[str]:
    """Every way ``reply`` differs from the expectation; empty when it matches."""
    out: list[str] = []
    if norm_lines(reply.new_text) != norm_lines(exp["new_text"]):
        out.append(f"new_text: {norm_lines(reply.new_text)!r}")
    if reply.auto_reply != exp["auto_reply"]:
        out.append(f"auto_reply is {reply.auto_reply}")
    if "skipped" in exp and reply.skipped != exp["skipped"]:
        out.append(f"skipped is {reply.skipped}")
    if len(reply.entries) != len(exp["entries"]):
        out.append(f"{len(reply.entries)} entries, expected {len(exp['entries'])}")
    for i, want in enumerate(exp["entries"]):
        tag = f"entry {i} ({want['text_contains'][0]!r})"
        found = [
            e
            for e in reply.entries
            if e.kind == want["kind"] and all(_n(t) in _n(e.text) for t in want["text_contains"])
        ]
        if not found:
            out.append(f"{tag}: no {want['kind']} entry contains it")
            continue
        got = found[0]
        texts = [_n(m.text) for m in got.metrics]
        for metric in want["metrics"]:
            if not any(_n(metric) in t or t in _n(metric) for t in texts):
                out.append(f"{tag}: metric {metric!r} not in {texts}")
        if got.scope != want["scope"]:
            out.append(f"{tag}: scope {got.scope!r}, expected {want['scope']!r}")
        have = {_n(p.lstrip("@")) for p in got.people}
        for person in want["people"]:
            if _n(person.lstrip("@")) not in have:
                out.append(f"{tag}: person {person!r} not in {got.people}")
        if _n(got.goal or "") != _n(want["goal"] or ""):
            out.append(f"{tag}: goal {got.goal!r}, expected {want['goal']!r}")
    return out


def fixtures(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.eml") if expectation(p).exists())


SAFE_ID = re.compile(r"\W+")
