"""`careerlog run` as a real process: replies stored within seconds; SIGTERM is clean."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlite_utils import Database

from tests.mailtest import MakeConfig, record_prompt, sample, smtp_send
from tests.servers import MailEnv

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


def wait_for(condition, timeout: float) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError(f"not true within {timeout} s")


def test_running_daemon_stores_reply_within_seconds(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    assert config.path is not None
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    log = (home / "daemon.log").open("wb")
    daemon = subprocess.Popen(
        [sys.executable, "-m", "careerlog", "--config", str(config.path), "-v", "run"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    try:
        wait_for(lambda: b"IMAP logged in" in (home / "daemon.log").read_bytes(), 15)
        time.sleep(0.5)  # let the first catch-up finish and IDLE start
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        count = lambda: db.execute("select count(*) from entries").fetchone()[0]  # noqa: E731
        latency = wait_for(lambda: count() == 2, 10)
        assert latency < 5
        daemon.send_signal(signal.SIGTERM)
        started = time.monotonic()
        assert daemon.wait(timeout=10) == 0
        assert time.monotonic() - started < 5
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    output = (home / "daemon.log").read_text()
    assert "careerlog stopped" in output and "Traceback" not in output
