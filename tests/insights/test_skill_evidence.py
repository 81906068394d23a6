"""Skills with the evidence they were used in, in the review and the digest (issue 18,
point 3): linked by shared words or a shared person, never by one common word alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerlog.config import load_config
from careerlog.insights.digest import build_digest
from careerlog.insights.digest_output import render_parts
from careerlog.store import open_store
from tests.clirun import careerlog
from tests.configfile import config_path
from tests.mailtest import MakeConfig

LEDGER_SKILL = "Learned the ledger double-entry model from the Payments codebase"
LEDGER_FIX = "Fixed the ledger double-entry drift for Payments"
PAIRED_SKILL = "Practised incident command, shadowing Omar Haddad"
PAIRED_WIN = "Ran the outage call for checkout with Omar Haddad"
UNRELATED = "Cut CI time from 22 min to 7 min for the ledger team"


@pytest.fixture
def cfg(make_offline_config: MakeConfig, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    path = config_path(make_offline_config({"user": {"timezone": "UTC"}}))
    for text, extra in (
        (LEDGER_SKILL, ("--kind", "skill")),
        (LEDGER_FIX, ()),
        (PAIRED_SKILL, ("--kind", "skill", "--person", "Omar Haddad")),
        (PAIRED_WIN, ("--person", "Omar Haddad")),
        (UNRELATED, ()),
    ):
        run = careerlog("--config", str(path), "log", text, "--date", "2026-11-02", *extra)
        assert run.code == 0, run.text
    return path


def test_the_review_shows_each_skill_with_its_evidence(cfg: Path) -> None:
    run = careerlog("--config", str(cfg), "export", "review", "--format", "json")
    assert run.code == 0, run.text
    skills = {e["text"]: e["used_in"] for s in json.loads(run.out)["skills"] for e in s["entries"]}
    assert skills == {LEDGER_SKILL: [LEDGER_FIX], PAIRED_SKILL: [PAIRED_WIN]}
    md = careerlog("--config", str(cfg), "export", "review", "--format", "md").out
    assert f"  - used in: {PAIRED_WIN}" in md


def test_words_of_time_and_order_link_nothing(cfg: Path) -> None:
    first_shift = "Did my first on-call shift for Payments, no escalations needed"
    one_more_time = "Practised giving a talk one more time today, still nervous"
    for text, extra in (
        (first_shift, ("--kind", "skill")),
        (one_more_time, ("--kind", "skill")),
        ("Got the idempotency RFC approved by Payments, the first cross-team decision", ()),
        ("Cut build time today for Payments, still on the old runners", ()),
    ):
        run = careerlog("--config", str(cfg), "log", text, "--date", "2026-11-05", *extra)
        assert run.code == 0, run.text
    run = careerlog("--config", str(cfg), "export", "review", "--format", "json")
    skills = {e["text"]: e["used_in"] for s in json.loads(run.out)["skills"] for e in s["entries"]}
    assert (skills[first_shift], skills[one_more_time]) == ([], [])


def test_the_digest_shows_each_skill_with_its_evidence(cfg: Path) -> None:
    config = load_config(cfg)
    digest = build_digest(
        open_store(config.store_path),
        tz=config.user.tz,
        quarter="2026-Q4",
        charts=False,
        max_meeting_size=config.calendar.max_meeting_size,
    )
    text, html = render_parts(digest, {})
    assert f"used in: {LEDGER_FIX}" in " ".join(text.split())
    assert f"used in: {PAIRED_WIN}" in html
