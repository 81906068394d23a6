"""A reply too large to read is answered in words: its subject quoted as a person would
(“…”), not as a Python repr ("Ada's week" came out in double quotes, others in single)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from tests.configfile import config_tables, write_config
from tests.mailtest import maildir, record_prompt

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


def test_the_too_large_note_quotes_the_subject_in_words(tmp_path: Path, db: Database) -> None:
    tables = config_tables(tmp_path, {"limits": {"max_message_bytes": 1_000_000}})
    config = write_config(tmp_path / "config.toml", tables)
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    maildir(config.mail.maildir_inbox).add(
        f"From: Ada Lovelace <ada@example.com>\nTo: ada@example.com\n"
        f"Subject: Re: Ada's week\nMessage-ID: <big@example.com>\nIn-Reply-To: {WEEKLY_ID}\n"
        "Date: Fri, 6 Nov 2026 17:40:00 -0800\nContent-Type: text/plain\n\n".encode()
        + b"word " * 300_000
    )
    assert check_inbox(config, db).outcomes == {"too-large": 1}
    ((text,),) = db.execute("select text from entries").fetchall()
    assert text.startswith("Your mail “Re: Ada's week” was too large to read")
