"""The labelled set bench/entries.py measures on stays what issue 15 asks of it.

At least 150 labelled replies (the public samples and the prose set), in every prompt
kind, several clients and languages, with a third held out that the rules are never
tuned on. Shrinking the set or its held-out part fails here, not silently in a figure.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROMPT_KINDS = {"weekly", "monthly", "quarterly", "brief"}


def _prose() -> list[dict]:
    replies: list[dict] = json.loads((FIXTURES / "prose" / "replies.json").read_text())["replies"]
    return replies


def test_the_set_is_large_and_a_third_is_held_out() -> None:
    samples = list((FIXTURES / "replies").glob("*.json"))
    prose = _prose()
    held_out = [r for r in prose if r["part"] == "held-out"]
    assert len(samples) + len(prose) >= 150
    assert 3 * len(held_out) >= len(samples) + len(prose)
    assert {r["part"] for r in prose} == {"tune", "held-out"}
    assert len({r["id"] for r in prose}) == len(prose)


def test_the_held_out_part_covers_kinds_languages_and_clients() -> None:
    held_out = [r for r in _prose() if r["part"] == "held-out"]
    assert {r["prompt"] for r in held_out} == PROMPT_KINDS
    assert len(Counter(r["lang"] for r in held_out)) >= 5
    assert len(Counter(r["client"] for r in held_out)) >= 3
    kinds = Counter(e["kind"] for r in held_out for e in r["entries"])
    assert set(kinds) == {"evidence", "skill", "relationship", "goal"}


def test_every_expected_entry_is_labelled_in_full() -> None:
    for reply in _prose():
        for entry in reply["entries"]:
            assert set(entry) >= {"kind", "text_contains", "metrics", "scope", "people", "goal"}
            assert entry["text_contains"], reply["id"]
            for phrase in entry["text_contains"]:
                assert " ".join(phrase.split()).lower() in " ".join(reply["body"].split()).lower()
