"""The CLI beside a service that is reloaded and SIGKILLed: nothing lost, nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from tests.mailtest import MakeConfig
from tests.reliability.clibeside import run_cli_beside


def test_cli_beside_reloads_and_kills_loses_nothing(
    make_config: MakeConfig, db: Database, home: Path
) -> None:
    db.close()  # the loop keeps no connection of its own; neither does this test
    config = make_config({"mail": {"inbox": "maildir", "poll_interval": 0.3}})
    workdir = home / "beside"
    workdir.mkdir()
    figures = run_cli_beside(config=config, workdir=workdir, replies=30, kills=4)
    print(json.dumps(figures.as_dict(), indent=1))  # shown with -s / on failure
    assert figures.problems == []
    assert figures.integrity == "ok"
    assert figures.kills == 4 and figures.reloads >= 4
    assert figures.replies_kept_once == 30
    assert figures.cli_logged >= 5 and figures.cli_kept_once == figures.cli_logged
    assert figures.cli_failures == 0
