"""The service and the CLI on one store, as users run them (issue: nothing lost).

A real ``careerlog run`` process watches a real inbox (Dovecot over IMAPS, or a
Maildir) while the CLI runs beside it, again and again, in separate processes:
``list``, ``status``, ``log``, ``search``, ``export``, ``goals update`` and
``quarantine accept``. Replies keep arriving; the service is reloaded with
SIGHUP twice, and a reply delivered after each reload is stored while the
service runs; a stranger's mail is held back and accepted from the CLI again
and again in both rounds; the round ends with SIGTERM, the next with SIGKILL.
After each round every reply and every CLI write (``log`` entries, ``goals
update`` rows, the entries of each accepted mail) is in the database exactly
once and SQLite's integrity check passes. This is the scenario that used to delete the
service's WAL (a CLI command's file check dropped the service's locks) and lose
everything written since.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from tests.clirun import careerlog_process
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import MakeConfig, maildir, record_prompt, rewrite, sample
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

WEEKLY_ID = "<prompt-weekly-2026w47.p8q2z@careerlog.invalid>"
REPLY = "01-weekly-gmail-web.eml"
CLI_ROUNDS = 3


def cli(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """One CLI command in its own process, as a user types it beside the service."""
    done = careerlog_process(config, *args, timeout=60)
    assert done.returncode == 0, f"careerlog {' '.join(args)}: {done.stdout}{done.stderr}"
    return done


def query(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read through SQLite (a connection of our own, closed at once)."""
    conn = sqlite3.connect(path, timeout=15)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


class Round:
    """One service lifetime: deliveries, CLI commands and reloads beside it."""

    def __init__(self, config: Path, home: Path, deliver: Callable[[bytes], None]) -> None:
        self.config = config
        self.home = home
        self.store = home / "careerlog.db"
        self.deliver = deliver
        self.replies: list[str] = []
        self.logged: list[str] = []
        self.goal_states: list[str] = []
        self.strangers: list[str] = []
        self.accepted: dict[int, int] = {}  # inbound id -> entries its accept logged

    def reply(self) -> str:
        number = len(self.replies) + 1
        message_id = f"<share-{self.home.name}-{number}@mail.example.com>"
        self.deliver(rewrite(sample(REPLY), Message_ID=message_id, In_Reply_To=WEEKLY_ID))
        self.replies.append(message_id)
        return message_id

    def stranger(self) -> str:
        """A mail from someone else, which the service holds back in quarantine."""
        message_id = f"<stranger-{self.home.name}-{len(self.strangers) + 1}@elsewhere.test>"
        raw = rewrite(sample(REPLY), From="Mallory <mallory@elsewhere.test>")
        self.deliver(rewrite(raw, Message_ID=message_id, In_Reply_To=WEEKLY_ID))
        self.strangers.append(message_id)
        return message_id

    def accept(self, message_id: str) -> None:
        """Once the service has held ``message_id`` back, accept it from the CLI."""
        held = "select id from inbound_messages where message_id = ? and status = 'quarantined'"
        wait_for(lambda: query(self.store, held, (message_id,)), 30, f"{message_id} held back")
        ((inbound_id,),) = query(self.store, held, (message_id,))
        listed = json.loads(cli(self.config, "quarantine", "list", "--json").stdout)
        (row,) = [row for row in listed if row["inbound_id"] == inbound_id]
        said = cli(self.config, "quarantine", "accept", str(row["id"])).stdout
        logged = re.search(r"(\d+) entr(y|ies) logged", said)
        assert logged, said
        self.accepted[int(str(inbound_id))] = int(logged.group(1))

    def stored(self, message_id: str) -> bool:
        rows = query(
            self.store, "select count(*) from inbound_messages where message_id = ?", (message_id,)
        )
        return bool(rows[0][0])

    def cli_commands(self) -> None:
        turn = len(self.logged)
        text = f"Pairing session {turn}: cut the deploy time by 40%"
        cli(self.config, "log", text, "--kind", "evidence")
        self.logged.append(text)
        cli(self.config, "list")
        cli(self.config, "status")
        cli(self.config, "search", "Pairing")
        cli(self.config, "export", "entries", "--format", "json")
        state = f"{self.home.name} turn {turn}"
        cli(self.config, "goals", "update", "#staff", "--state", state)
        self.goal_states.append(state)

    def run(self, daemon: Daemon, end: signal.Signals) -> None:
        daemon.ready(20)
        for _ in range(CLI_ROUNDS):
            message_id = self.reply()
            held = self.stranger()
            self.cli_commands()
            wait_for(lambda m=message_id: self.stored(m), 30, f"reply {message_id} stored")
            self.accept(held)
        for reloads in range(1, 3):
            daemon.signal(signal.SIGHUP)
            wait_for(
                lambda n=reloads: daemon.log().count("configuration reloaded") >= n,
                20,
                f"reload {reloads}",
            )
            after_reload = self.reply()
            cli(self.config, "list")
            wait_for(lambda m=after_reload: self.stored(m), 30, "a reply after the reload")
        assert daemon.process.poll() is None, daemon.log()
        daemon.signal(end)
        code = daemon.process.wait(timeout=15)
        assert code == (0 if end == signal.SIGTERM else -signal.SIGKILL), daemon.log()

    def check(self) -> None:
        assert query(self.store, "PRAGMA integrity_check") == [("ok",)]
        for message_id in self.replies:
            rows = query(
                self.store,
                "select count(*) from inbound_messages where message_id = ?",
                (message_id,),
            )
            assert rows == [(1,)], f"{message_id} stored {rows[0][0]} times"
        for text in self.logged:
            rows = query(self.store, "select count(*) from entries where text = ?", (text,))
            assert rows == [(1,)], f"CLI entry {text!r} stored {rows[0][0]} times"
        for state in self.goal_states:
            rows = query(
                self.store, "select count(*) from goal_updates where current_state = ?", (state,)
            )
            assert rows == [(1,)], f"goals update {state!r} stored {rows[0][0]} times"
        assert len(self.accepted) == len(self.strangers)
        for inbound_id, logged in self.accepted.items():
            rows = query(
                self.store,
                "select status, (select count(*) from quarantine where inbound_id = m.id and "
                "resolution = 'accepted'), (select count(*) from entries where inbound_id = m.id) "
                "from inbound_messages m where id = ?",
                (inbound_id,),
            )
            assert rows[0][1:] == (1, logged), f"accepted mail {inbound_id}: {rows}"
            assert rows[0][0] != "quarantined"
        for message_id in self.strangers:
            rows = query(
                self.store,
                "select count(*) from inbound_messages where message_id = ?",
                (message_id,),
            )
            assert rows == [(1,)], f"{message_id} stored {rows[0][0]} times"


def _rounds(config: Path, home: Path, db: Database, deliver: Callable[[bytes], None]) -> None:
    record_prompt(db, "weekly", "2026-W47", WEEKLY_ID)
    db.close()  # an idle connection of the test's own would hide a service that lost its locks
    cli(config, "goals", "add", "Staff engineer", "--tag", "staff")
    done = Round(config, home, deliver)
    for end in (signal.SIGTERM, signal.SIGKILL):
        daemon = Daemon(config, home)
        try:
            done.run(daemon, end)
        finally:
            daemon.stop()
        done.check()


def test_service_and_cli_share_the_store_on_imap(
    make_config: MakeConfig, home: Path, db: Database, dovecot: Dovecot, mail_env: MailEnv
) -> None:
    config = make_config()
    assert config.path is not None
    _rounds(config.path, home, db, lambda raw: dovecot.deliver(mail_env.address, raw))


def test_service_and_cli_share_the_store_on_maildir(
    make_config: MakeConfig, home: Path, db: Database
) -> None:
    config = make_config({"mail": {"inbox": "maildir", "poll_interval": 0.3}})
    assert config.path is not None
    box = maildir(home / "Maildir")
    _rounds(config.path, home, db, lambda raw: box.add(raw) and None)
