"""One service per store, and a store that breaks under the service stops it loudly."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.store import open_store
from tests.clirun import careerlog_process as careerlog
from tests.daemon.daemonrun import Daemon, stored, wait_for
from tests.mailtest import MakeConfig, maildir, record_prompt, rewrite, sample

WEEKLY_ID = "<prompt-weekly-2026w47.g7h2k@careerlog.invalid>"


def maildir_config(make_config: MakeConfig, db: Database) -> Path:
    record_prompt(db, "weekly", "2026-W47", WEEKLY_ID)
    db.close()
    config = make_config({"mail": {"inbox": "maildir", "poll_interval": 0.3}})
    assert config.path is not None
    return config.path


def deliver_reply(home: Path, number: int) -> str:
    message_id = f"<guard-{number}@mail.example.com>"
    raw = rewrite(sample("01-weekly-gmail-web.eml"), Message_ID=message_id, In_Reply_To=WEEKLY_ID)
    maildir(home / "Maildir").add(raw)
    return message_id


def test_second_service_refused_naming_the_first(
    make_config: MakeConfig, db: Database, home: Path
) -> None:
    config = maildir_config(make_config, db)
    daemon = Daemon(config, home)
    try:
        daemon.ready(20)
        second = careerlog(config, "run")
        assert second.returncode == 2
        assert f"already running on the database {home / 'careerlog.db'}" in second.stderr
        assert f"pid {daemon.process.pid}" in second.stderr
        assert "Traceback" not in second.stderr
        once = careerlog(config, "run", "--once")
        assert once.returncode == 0
        assert f"running as a service on {home / 'careerlog.db'} (pid {daemon.process.pid})" in (
            once.stdout
        )
        assert daemon.process.poll() is None
    finally:
        assert daemon.stop() == 0
    assert careerlog(config, "run", "--once").returncode == 0  # the lock went with the service


def test_second_service_on_the_same_mailbox_refused(
    make_config: MakeConfig, db: Database, home: Path
) -> None:
    config = maildir_config(make_config, db)
    other = home / "other.toml"
    other.write_text(config.read_text().replace(str(home / "careerlog.db"), str(home / "other.db")))
    daemon = Daemon(config, home)
    try:
        daemon.ready(20)
        second = careerlog(other, "run")
        assert second.returncode == 2
        assert f"already running on the mailbox maildir:{home / 'Maildir'}" in second.stderr
        assert f"pid {daemon.process.pid}" in second.stderr
    finally:
        daemon.stop()


def test_deleted_store_stops_the_service_loudly(
    make_config: MakeConfig, db: Database, home: Path
) -> None:
    config = maildir_config(make_config, db)
    daemon = Daemon(config, home)
    try:
        daemon.ready(20)
        first = deliver_reply(home, 1)
        wait_for(lambda: stored(home / "careerlog.db", first), 20, "the first reply stored")
        (home / "careerlog.db").unlink()
        assert daemon.process.wait(timeout=20) == 1
    finally:
        daemon.stop()
    log = daemon.log()
    assert "careerlog stopped: the database" in log and "was deleted" in log
    assert "Traceback" not in log


def test_corrupt_store_stops_the_service_loudly(
    make_config: MakeConfig, db: Database, home: Path
) -> None:
    config = maildir_config(make_config, db)
    path = home / "careerlog.db"
    daemon = Daemon(config, home)
    try:
        daemon.ready(20)
        # A reply stored first: the service is past its start-up checks, which say the
        # same in other words (and exit 2) when the file is already bad.
        first = deliver_reply(home, 1)
        wait_for(lambda: stored(home / "careerlog.db", first), 20, "the first reply stored")
        # Everything into the main file, then garbage over every page but the first.
        # This test process holds no connection, so writing the file cannot drop locks.
        conn = sqlite3.connect(path, timeout=15)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        conn.close()
        fd = os.open(path, os.O_WRONLY)
        try:
            size = path.stat().st_size
            for offset in range(page_size, size, page_size):
                os.pwrite(fd, b"\xa5" * page_size, offset)
        finally:
            os.close(fd)
        deliver_reply(home, 2)
        assert daemon.process.wait(timeout=30) == 1
    finally:
        daemon.stop()
    log = daemon.log()
    assert "careerlog stopped: the database" in log and "can no longer be used" in log
    status = careerlog(config, "status")
    assert status.returncode == 2
    assert "careerlog.db" in status.stderr and "Traceback" not in status.stderr


def test_reload_that_moves_the_store_is_refused(
    make_config: MakeConfig, db: Database, home: Path
) -> None:
    config = maildir_config(make_config, db)
    daemon = Daemon(config, home)
    try:
        daemon.ready(20)
        config.write_text(
            config.read_text().replace(str(home / "careerlog.db"), str(home / "moved.db"))
        )
        daemon.signal(signal.SIGHUP)
        wait_for(lambda: "[store] path changed" in daemon.log(), 20, "the refusal logged")
        message_id = deliver_reply(home, 3)
        wait_for(
            lambda: stored(home / "careerlog.db", message_id),
            20,
            "a reply still stored in the old store",
        )
        assert not (home / "moved.db").exists()
        assert daemon.process.poll() is None
    finally:
        assert daemon.stop() == 0


def _open_at_the_barrier(path: str, barrier: Barrier, results: Queue) -> None:
    barrier.wait()
    try:
        open_store(Path(path)).close()
        results.put("")
    except Exception as exc:  # reported to the test, which fails with it
        results.put(f"{type(exc).__name__}: {exc}")


@pytest.mark.reliability  # 360 processes: a race run, not a quick check
def test_service_and_status_creating_the_store_at_once(home: Path) -> None:
    """Processes opening a brand-new database at the same instant: all wait, none fails.

    A barrier releases them together, the way the service and ``status`` start at
    once after ``init``. Turning the new file into WAL at the same moment made
    SQLite answer "database is locked" at once (no busy wait) about once in 25
    rounds; 60 rounds caught it nine times in ten.
    """
    path = home / "fresh.db"
    fork = multiprocessing.get_context("fork")
    for _ in range(60):
        for leftover in home.glob("fresh.db*"):
            leftover.unlink()
        barrier, results = fork.Barrier(6), fork.Queue()
        runs = [
            fork.Process(target=_open_at_the_barrier, args=(str(path), barrier, results))
            for _ in range(6)
        ]
        for run in runs:
            run.start()
        errors = [results.get(timeout=60) for _ in runs]
        for run in runs:
            run.join(timeout=60)
        assert [error for error in errors if error] == []
        assert open_store(path).quick_check() == []


def test_service_keeps_a_daily_snapshot(make_config: MakeConfig, db: Database, home: Path) -> None:
    config = maildir_config(make_config, db)
    daemon = Daemon(config, home)
    try:
        daemon.ready(20)
        folder = home / "backups"
        wait_for(lambda: list(folder.glob("careerlog-daily-*.db")), 20, "a daily snapshot")
    finally:
        daemon.stop()
    (snapshot,) = folder.glob("careerlog-daily-*.db")
    assert snapshot.stat().st_mode & 0o777 == 0o600
    conn = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        assert conn.execute("select count(*) from prompts").fetchone() == (1,)
    finally:
        conn.close()
    status = careerlog(config, "status")
    assert "backup" in status.stdout
