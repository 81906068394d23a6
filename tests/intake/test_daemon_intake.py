"""`careerlog run` as a real process: a reply sent while it runs is stored; SIGTERM is clean.

How fast is bench/intake.py's question (latency p50/p99); here only that it happens.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import MakeConfig, record_prompt, sample, smtp_send
from tests.servers import MailEnv

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


def test_running_daemon_stores_a_reply_and_stops_cleanly(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    assert config.path is not None
    daemon = Daemon(config.path, home)
    try:
        daemon.logged("IMAP logged in", 15)
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        count = lambda: db.execute("select count(*) from entries").fetchone()[0]  # noqa: E731
        wait_for(lambda: count() == 2, 30, "the reply's two entries stored")
        assert daemon.stop() == 0
    finally:
        daemon.stop()
    output = daemon.log()
    assert "careerlog stopped" in output and "Traceback" not in output
