"""A local Maildir as the inbox (mbsync/offlineimap users, and the demo)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from careerlog.store import open_store
from tests.configfile import config_tables, write_config
from tests.mailtest import maildir, record_prompt, rewrite, sample


def test_maildir_replies_once_each_and_own_mail_ignored(home: Path) -> None:
    config = write_config(home / "config.toml", config_tables(home, {"user": {"timezone": None}}))
    db: Database = open_store(config.store_path)
    record_prompt(db, "monthly", "2026-08", "<prompt-monthly-2026-08.n8s2d@careerlog.invalid>")
    box = maildir(home / "Maildir")
    box.add(sample("15-monthly-fastmail-bottom.eml"))
    box.add(b"From: someone@example.org\nSubject: hello\nMessage-ID: <x@example.org>\n\nhi\n")
    box.add(
        rewrite(
            sample("15-monthly-fastmail-bottom.eml"),
            Message_ID="<monthly-2026-09.abcdefgh@careerlog.invalid>",
            X_Careerlog="monthly 2026-09",
        )
    )
    report = check_inbox(config, db)
    assert report.examined == 3 and report.outcomes["parsed"] == 1
    kinds = [r["kind"] for r in db.query("select kind from entries")]
    assert "skill" in kinds and "relationship" in kinds
    box.add(sample("15-monthly-fastmail-bottom.eml"))  # the same reply again
    again = check_inbox(config, db)
    assert again.examined == 1 and again.outcomes["duplicate"] == 1
    assert check_inbox(config, db).examined == 0
    assert db.execute("select count(*) from inbound_messages").fetchone()[0] == 1
