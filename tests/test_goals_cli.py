"""`careerlog goals`: statuses open/done/dropped (``achieved`` still understood), why, history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.store import open_store
from careerlog.store.migrations import migrations
from tests.clirun import careerlog
from tests.configfile import config_tables, write_toml


@pytest.fixture
def config(home: Path) -> str:
    return str(write_toml(home / "config.toml", config_tables(home)))


def goals(config: str, *args: str) -> list[dict[str, object]]:
    run = careerlog("--config", config, "goals", "list", "--json", *args)
    assert run.code == 0, run.text
    rows: list[dict[str, object]] = json.loads(run.out)
    return rows


def test_statuses_motivation_and_history(config: str) -> None:
    def cli(*args: str) -> str:
        run = careerlog("--config", config, "goals", *args)
        assert run.code == 0, run.text
        return run.out

    cli("add", "Reach Staff Engineer", "--why", "set direction", "--tag", "staff")
    cli("add", "Give a talk", "--gap", "no abstract")
    (staff, talk) = goals(config)
    assert {k: staff[k] for k in ("title", "status", "motivation")} == {
        "title": "Reach Staff Engineer",
        "status": "open",
        "motivation": "set direction",
    }
    assert {"current_state", "gap", "actions"} <= set(talk)

    cli("update", "#staff", "--status", "achieved")  # the old word is still understood
    cli("update", "talk", "--status", "dropped", "--state", "no time this year")
    assert goals(config) == []
    assert [(g["title"], g["status"]) for g in goals(config, "--all")] == [
        ("Reach Staff Engineer", "done"),
        ("Give a talk", "dropped"),
    ]
    assert [g["title"] for g in goals(config, "--status", "done")] == ["Reach Staff Engineer"]
    shown = json.loads(cli("show", "Give a talk", "--json"))
    assert [h["status"] for h in shown["history"]] == ["open", "dropped"]
    assert shown["history"][-1]["current_state"] == "no time this year"
    assert "dropped" in cli("show", "Give a talk")

    wrong = careerlog("--config", config, "goals", "update", "#staff", "--status", "finished")
    assert wrong.code == 2 and "Traceback" not in wrong.text


def test_the_migration_maps_achieved_goals_to_done(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m009_goal_done_and_motivation")
    old.table("goals").insert(
        {"title": "Ship v1", "status": "achieved", "created_at": "2026-01-01T00:00:00+00:00"}
    )
    old.close()
    db = open_store(path)
    (row,) = db.query("select status, motivation from goals")
    assert row == {"status": "done", "motivation": None}
