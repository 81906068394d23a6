"""Team names the user taught in the config decide scope: [user] team, [parsing] teams."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerlog.parsers.scope import find_scope
from tests.clirun import careerlog
from tests.configfile import config_tables, write_toml

TEAMS = ("Risk", "Ledger", "Payments")


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Rolled the new retry budget out to Ledger as well", "multi-team"),
        ("The Risk folks adopted the same dashboards", "multi-team"),
        ("Cut the Payments deploy from 40 to 12 minutes", "team"),
        ("Cut the deploy from 40 to 12 minutes", None),
        ("Reduced the risk of double charges", None),  # the word, not the team's name
    ],
)
def test_taught_names(text: str, scope: str | None) -> None:
    assert find_scope(text, own_team="Payments", teams=TEAMS) == scope


def test_without_the_config_the_names_mean_nothing() -> None:
    assert find_scope("Rolled the new retry budget out to Ledger as well") is None


def test_parse_reads_the_teams_from_the_config(home: Path, tmp_path: Path) -> None:
    changes = {"user": {"team": "Payments"}, "parsing": {"teams": ["Risk", "Ledger"]}}
    config = write_toml(home / "config.toml", config_tables(home, changes))
    reply = tmp_path / "reply.eml"
    reply.write_text(
        "From: Ada Lovelace <ada@example.com>\nTo: ada@example.com\nSubject: Re: weekly\n"
        "Message-ID: <t1@example.com>\nDate: Fri, 20 Nov 2026 17:00:00 +0000\n\n"
        "Rolled the new retry budget out to Ledger as well, 30% fewer pages.\n"
    )
    run = careerlog("--config", str(config), "parse", str(reply), "--prompt", "weekly", "--json")
    assert run.code == 0, run.text
    (entry,) = json.loads(run.out)["entries"]
    assert entry["scope"] == "multi-team"
