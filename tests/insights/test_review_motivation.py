"""`export review` shows why each goal matters beside its gap (issue 18, point 2: a goal's
motivation is in the exports), and says nothing for a goal that has none."""

from __future__ import annotations

import json

import pytest

from tests.clirun import careerlog
from tests.configfile import config_path
from tests.mailtest import MakeConfig

STAFF = "Reach Staff Engineer"
TALK = "Give a conference talk"
WHY = "I want to set technical direction beyond my own team"


@pytest.fixture
def cfg(make_offline_config: MakeConfig, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    path = str(config_path(make_offline_config({"user": {"timezone": "UTC"}})))
    for args in (
        ("goals", "add", STAFF, "--gap", "no multi-team project", "--motivation", WHY),
        ("goals", "add", TALK, "--gap", "no abstract"),
    ):
        run = careerlog("--config", path, *args)
        assert run.code == 0, run.text
    return path


def _review(cfg: str, fmt: str) -> str:
    run = careerlog("--config", cfg, "export", "review", "--format", fmt)
    assert run.code == 0, run.text
    return run.out


def test_the_review_says_why_each_goal_matters(cfg: str) -> None:
    goals = {g["title"]: g for g in json.loads(_review(cfg, "json"))["goals"]}
    assert (goals[STAFF]["motivation"], goals[TALK]["motivation"]) == (WHY, "")

    md = _review(cfg, "md")
    assert f"- What I'm doing about it: nothing written down yet\n- Why it matters: {WHY}\n" in md
    assert md.count("Why it matters:") == 1  # the talk has no why: no empty line for it

    html = _review(cfg, "html")
    assert f"Why it matters: {WHY}" in html and html.count("Why it matters:") == 1
