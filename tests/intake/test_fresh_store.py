"""A service started on a fresh store leaves mail it handled before to ``reimport``."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlite_utils import Database

from careerlog.store import open_store
from tests.clirun import careerlog_process
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

PROMPT_ID = "<prompt-weekly-2026w47.m3n4p5q6r7s8t9u0@careerlog.invalid>"


def careerlog(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    done = careerlog_process(config, *args)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def counts(path: Path) -> tuple[int, int]:
    db = open_store(path)
    try:
        messages = db.execute("select count(*) from inbound_messages").fetchone()[0]
        entries = db.execute("select count(*) from entries where deleted_at is null").fetchone()[0]
    finally:
        db.close()
    return int(messages), int(entries)


def test_lost_store_marked_mail_waits_for_reimport(
    make_config: MakeConfig, db: Database, home: Path, dovecot: Dovecot, mail_env: MailEnv
) -> None:
    config = make_config()
    assert config.path is not None
    record_prompt(db, "weekly", "2026-W47", PROMPT_ID)
    db.close()
    reply = rewrite(
        sample("01-weekly-gmail-web.eml"),
        Message_ID="<fresh-store-1@mail.example.com>",
        In_Reply_To=PROMPT_ID,
    )
    dovecot.deliver(mail_env.address, reply)
    assert careerlog(config.path, "run", "--once").returncode == 0
    stored, entries = counts(home / "careerlog.db")
    assert stored == 1 and entries > 0

    for suffix in ("", "-wal", "-shm"):  # the store is lost; no process has it open
        Path(f"{home / 'careerlog.db'}{suffix}").unlink(missing_ok=True)
    assert careerlog(config.path, "run", "--once").returncode == 0
    assert counts(home / "careerlog.db") == (0, 0)  # not re-read, not quarantined

    rebuilt = careerlog(config.path, "reimport")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert counts(home / "careerlog.db") == (1, entries)
