"""Reply tokens are secrets: a verbose log of sending and reading mail never shows one."""

from __future__ import annotations

import mailbox
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.configfile import config_tables, write_toml
from tests.mailtest import SAMPLE_ALIAS, rewrite, sample


def test_tokens_stay_out_of_the_log(tmp_path: Path) -> None:
    user = {"email": "ada@example.test", "aliases": [SAMPLE_ALIAS], "timezone": "Europe/London"}
    config = write_toml(tmp_path / "config.toml", config_tables(tmp_path, {"user": user}))

    def careerlog(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "careerlog", "--config", str(config), "-vv", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout + done.stderr

    output = careerlog("send", "weekly")
    conn = sqlite3.connect(tmp_path / "careerlog.db")
    token, message_id = conn.execute("select token, message_id from prompts").fetchone()
    conn.close()
    assert len(token) >= 16 and token in message_id
    reply = rewrite(
        sample("01-weekly-gmail-web.eml"),
        Message_ID="<tokens-1@mail.example.com>",
        In_Reply_To=message_id,
        References=message_id,
    )
    mailbox.Maildir(tmp_path / "Maildir").add(reply)
    output += careerlog("run", "--once")
    conn = sqlite3.connect(tmp_path / "careerlog.db")
    stored = conn.execute("select count(*) from entries where source = 'email'").fetchone()
    conn.close()
    assert stored[0] > 0  # the reply was read (and confirmed) in this verbose run
    assert token not in output
