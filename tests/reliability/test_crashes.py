"""Crashes: SIGKILL at random moments while replies arrive; nothing lost, nothing doubled."""

from __future__ import annotations

import json
from pathlib import Path

from sqlite_utils import Database

from tests.mailtest import MakeConfig
from tests.reliability.crashloop import run_crash_loop
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot


def test_sigkill_loop_loses_nothing_and_doubles_nothing(
    make_config: MakeConfig, db: Database, dovecot: Dovecot, mail_env: MailEnv, home: Path
) -> None:
    db.close()  # the loop keeps no connection of its own; neither does this test
    config = make_config()
    workdir = home / "crash"
    workdir.mkdir()
    figures = run_crash_loop(
        config=config, dovecot=dovecot, user=mail_env.username, workdir=workdir
    )
    print(json.dumps(figures.as_dict(), indent=1))  # shown with -s / on failure
    assert figures.problems == []
    assert figures.kills == 15 and figures.runs == 16
    assert figures.kills_with_work_pending >= 10  # the kills landed while work was flowing
    assert figures.lost == 0 and figures.duplicated == 0 and figures.wrong_entry_counts == 0
    assert figures.stored == figures.messages == 200
    assert figures.entries == figures.expected_entries > 400
    assert figures.unmarked_on_server == 0
    assert figures.outgoing_lost == 0 and figures.outgoing_duplicated == 0
    assert figures.prompts_delivered_once == figures.prompts == 14


def test_sigkill_loop_with_the_cli_beside_and_reloads(
    make_config: MakeConfig, db: Database, dovecot: Dovecot, mail_env: MailEnv, home: Path
) -> None:
    """The same loop on IMAP with a CLI command every 200 ms and SIGHUPs in every run."""
    db.close()
    config = make_config()
    workdir = home / "crash"
    workdir.mkdir()
    figures = run_crash_loop(
        config=config,
        dovecot=dovecot,
        user=mail_env.username,
        workdir=workdir,
        messages=40,
        kills=4,
        max_kill_delay=4.0,
        cli_every=0.2,
    )
    print(json.dumps(figures.as_dict(), indent=1))  # shown with -s / on failure
    assert figures.problems == []
    assert figures.kills == 4 and figures.reloads == 2 * figures.kills
    assert figures.lost == 0 and figures.duplicated == 0 and figures.wrong_entry_counts == 0
    assert figures.stored == figures.messages == 40
    assert figures.unmarked_on_server == 0
    assert figures.outgoing_lost == 0 and figures.outgoing_duplicated == 0
    assert figures.cli_logged >= 3 and figures.cli_kept_once == figures.cli_logged
    assert figures.cli_failures == 0
