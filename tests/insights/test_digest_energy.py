"""The digest's "what energised, what drained": a chart and a sentence, only when enough
entries said how they felt (issue 18, point 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerlog.config import load_config
from careerlog.insights.digest import build_digest
from careerlog.insights.digest_output import render_parts
from careerlog.store import open_store
from tests.clirun import careerlog
from tests.configfile import config_path
from tests.mailtest import MakeConfig

NOW = "2026-11-20T16:00:00+00:00"
FELT = [
    ("Cut checkout P99 by 340ms for the whole org", "proud", "Priya Raman"),
    ("Shipped the retry budget for Payments", "energised", "Priya Raman"),
    ("Led the idempotency RFC review with Risk", "happy", "Priya Raman"),
    ("Ran the incident review for the ledger outage", "drained", "Omar Haddad"),
    ("Untangled the billing cron jobs after the outage", "exhausted", "Omar Haddad"),
]


@pytest.fixture
def cfg(make_offline_config: MakeConfig, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAREERLOG_NOW", NOW)
    path = config_path(make_offline_config({"user": {"timezone": "UTC"}}))
    return path


def _log(cfg: Path, rows: list[tuple[str, str, str]], *extra: str) -> None:
    for text, feeling, person in rows:
        run = careerlog("--config", str(cfg), "log", text, "--feeling", feeling,
                        "--person", person, "--date", "2026-11-02", *extra)  # fmt: skip
        assert run.code == 0, run.text


def _digest_text(cfg: Path) -> tuple[str, list[str]]:
    config = load_config(cfg)
    db = open_store(config.store_path)
    digest = build_digest(
        db, tz=config.user.tz, quarter="2026-Q4", max_meeting_size=config.calendar.max_meeting_size
    )
    text, _html = render_parts(digest, {c.name: c.name for c in digest.charts})
    return " ".join(text.split()), [c.name for c in digest.charts]


def test_enough_feelings_give_a_chart_and_a_sentence(cfg: Path, tmp_path: Path) -> None:
    _log(cfg, FELT)
    text, charts = _digest_text(cfg)
    assert charts == ["months", "scopes", "energy"]
    # All of it is impact work, so the kind tells nothing: the people do.
    assert "Work with Priya Raman energised you; work with Omar Haddad drained you." in text
    assert "impact work drained you" not in text.lower()
    assert "with Priya Raman 3 energised 0 drained" in text
    out = tmp_path / "q4.html"
    run = careerlog("--config", str(cfg), "digest", "--quarter", "2026-Q4", "-o", str(out))
    assert run.code == 0, run.text
    html = out.read_text()
    assert "What energised, what drained" in html and "data:image/png;base64," in html


def test_different_kinds_of_work_are_named_with_their_people(cfg: Path) -> None:
    _log(cfg, FELT[:3])
    _log(cfg, [(f"Learned from it: {t}", f, p) for t, f, p in FELT[3:]], "--kind", "skill")
    text, _charts = _digest_text(cfg)
    assert (
        "Impact work energised you, most of all with Priya Raman; learning drained you,"
        " most of all with Omar Haddad." in text
    )


def test_a_few_feelings_say_nothing(cfg: Path) -> None:
    _log(cfg, FELT[:3])
    text, charts = _digest_text(cfg)
    assert charts == ["months", "scopes"]
    assert "energised" not in text
