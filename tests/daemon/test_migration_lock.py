"""Migrations run under careerlog's own lock file, ``<database>.migrate.lock``.

The service holds ``<database>.lock`` for as long as it runs, so creating or
upgrading the schema takes a lock file of its own: whoever finds migrations
pending waits for it, and one that cannot get it in time says so in one line
naming the holder, as a second service does. The race it closes (the service
and ``status`` creating the store at once) is
``tests.daemon.test_store_guard.test_service_and_status_creating_the_store_at_once``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from careerlog.store import db as store_db
from careerlog.store.locks import ServiceLock
from tests.clirun import careerlog
from tests.configfile import config_tables, write_toml
from tests.daemon.daemonrun import wait_for


def entries(store: Path) -> list[str]:
    conn = sqlite3.connect(store, timeout=15)
    try:
        return [row[0] for row in conn.execute("select text from entries")]
    finally:
        conn.close()


def entries_table_missing(store: Path) -> bool:
    conn = sqlite3.connect(store, timeout=15)
    try:
        found = conn.execute("select count(*) from sqlite_master where name = 'entries'")
        return bool(found.fetchone()[0] == 0)
    finally:
        conn.close()


def held_migration_lock(store: Path) -> ServiceLock:
    """Hold the lock as another careerlog migrating ``store`` would (this process's pid)."""
    lock = ServiceLock(Path(f"{store}.migrate.lock"), f"the database {store}", role="migrate")
    assert lock.acquire()
    return lock


def test_a_store_being_migrated_elsewhere_is_refused_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "careerlog.db"
    config = write_toml(tmp_path / "config.toml", config_tables(tmp_path))
    monkeypatch.setattr(store_db, "MIGRATE_WAIT_S", 0.5, raising=False)
    lock = held_migration_lock(store)
    try:
        refused = careerlog("--config", str(config), "log", "Shipped the importer")
    finally:
        lock.release()
    assert refused.code == 2, refused.text
    (line,) = refused.err.strip().splitlines()
    assert f"the database {store} is being set up or upgraded by another careerlog" in line
    assert f"(pid {os.getpid()})" in line and f"{store}.migrate.lock" in line
    done = careerlog("--config", str(config), "log", "Shipped the importer")
    assert done.code == 0, done.text
    assert entries(store) == ["Shipped the importer"]


def opened(pid: int, path: Path) -> bool:
    """Has process ``pid`` got ``path`` open (waiting for its lock)?"""
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd) == str(path):
                return True
        except FileNotFoundError:  # closed meanwhile
            continue
    return False


def test_a_command_on_a_fresh_store_waits_for_the_migration_lock(tmp_path: Path) -> None:
    store = tmp_path / "careerlog.db"
    config = write_toml(tmp_path / "config.toml", config_tables(tmp_path))
    lock = held_migration_lock(store)
    try:
        command = [sys.executable, "-m", "careerlog", "--config", str(config)]
        waiting = subprocess.Popen(
            [*command, "log", "Mentored two new hires"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # It creates the file, then finds migrations pending and waits for the lock.
        lock_file = Path(f"{store}.migrate.lock")
        wait_for(lambda: opened(waiting.pid, lock_file), 30, "the command waiting for the lock")
        assert waiting.poll() is None, waiting.communicate()
        assert entries_table_missing(store)
    finally:
        lock.release()
    _out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert entries(store) == ["Mentored two new hires"]
