"""The 24 public sample replies and the quirk fixtures: new text, auto-reply and entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.replycheck import QUIRKS, REPLIES, fixtures, parse_fixture, problems

SAMPLES = fixtures(REPLIES)
QUIRK_FILES = fixtures(QUIRKS)
# Weekly and monthly prompts do not list goals, so these links need the open goals from
# the store (ParseContext.open_goals / --goal); everything else is read from the mail.
NEEDS_STORED_GOALS = {"06-weekly-protonmail.eml", "14-monthly-thunderbird-inline.eml"}


def test_all_samples_are_here() -> None:
    assert len(SAMPLES) == 24


@pytest.mark.parametrize("eml", SAMPLES, ids=lambda p: p.stem)
def test_sample_reply(eml: Path) -> None:
    reply, exp = parse_fixture(eml)
    assert problems(reply, exp) == []


@pytest.mark.parametrize("eml", SAMPLES, ids=lambda p: p.stem)
def test_sample_reply_without_context(eml: Path) -> None:
    """Without known people or goals, only goal links that need the store may be missing."""
    reply, exp = parse_fixture(eml, known=False)
    found = problems(reply, exp)
    if eml.name in NEEDS_STORED_GOALS:
        assert found and all(": goal None, expected" in p for p in found)
    else:
        assert found == []


@pytest.mark.parametrize("eml", QUIRK_FILES, ids=lambda p: p.stem)
def test_quirk_reply(eml: Path) -> None:
    reply, exp = parse_fixture(eml)
    assert problems(reply, exp) == []


@pytest.mark.parametrize("eml", SAMPLES, ids=lambda p: p.stem)
def test_entries_keep_to_the_contract(eml: Path) -> None:
    reply, _ = parse_fixture(eml)
    contract = reply.to_contract()
    assert set(contract) == {"new_text", "auto_reply", "entries"}
    for entry in contract["entries"]:
        assert set(entry) == {
            "kind", "text", "metrics", "scope", "people", "goal", "occurred_on", "feeling",
        }  # fmt: skip
        assert entry["kind"] in ("evidence", "skill", "relationship", "goal")
        assert entry["scope"] is None or entry["kind"] == "evidence"
        for metric in entry["metrics"]:
            assert set(metric) == {"text", "value", "unit"}
        if entry["kind"] == "goal":
            assert entry["goal"]
