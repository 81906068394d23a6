"""Backups and restore as a user meets them: `careerlog backup`, the daily snapshot,
`careerlog restore`, and what `doctor` and `status` say about the database."""

from __future__ import annotations

import json
import sqlite3
import stat
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from careerlog.config import load_config
from careerlog.store import open_store
from careerlog.store.backup import snapshot_if_due
from careerlog.store.locks import running_service_pid
from tests.clirun import careerlog

# Holds a connection with one commit still in the -wal and a second transaction
# open, until told to commit it.
WRITER = """
import sys
from pathlib import Path
from careerlog.store import open_store
from careerlog.store.entries import NewEntry, add_entry
db = open_store(Path(sys.argv[1]))
add_entry(db, NewEntry("evidence", "committed, still in the WAL"))
db.conn.execute("BEGIN IMMEDIATE")
add_entry(db, NewEntry("evidence", "not committed yet"))
print("ready", flush=True)
sys.stdin.readline()
db.conn.execute("COMMIT")
"""


# Commits an entry two seconds after it says "ready", while a restore runs.
LATE_WRITER = """
import sys, time
from pathlib import Path
from careerlog.store import open_store
from careerlog.store.entries import NewEntry, add_entry
db = open_store(Path(sys.argv[1]))
db.conn.execute("BEGIN IMMEDIATE")
add_entry(db, NewEntry("evidence", "logged during the restore"))
print("ready", flush=True)
time.sleep(2)
db.conn.execute("COMMIT")
"""


@pytest.fixture
def configured(home: Path) -> Path:
    run = careerlog(
        "init",
        "--yes",
        "--user-name",
        "Ada Lovelace",
        "--user-email",
        "ada@example.com",
        "--user-timezone",
        "America/Los_Angeles",
    )
    assert run.code == 0, run.text
    return home / "config" / "careerlog" / "config.toml"


@pytest.fixture
def database(configured: Path, home: Path) -> Path:
    return home / "data" / "careerlog" / "careerlog.db"


def listed() -> list[str]:
    run = careerlog("list", "--json")
    assert run.code == 0, run.text
    return sorted(entry["text"] for entry in json.loads(run.out))


def texts_in(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return sorted(row[0] for row in conn.execute("select text from entries"))
    finally:
        conn.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def backup_to(path: Path) -> Path:
    run = careerlog("backup", str(path))
    assert run.code == 0, run.text
    assert f"Wrote {path}" in run.out
    return path


def test_backup_while_another_process_writes_holds_every_commit(database: Path, home: Path) -> None:
    careerlog("log", "cut P99 by 340ms")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdin is not None
        assert writer.stdout.readline().strip() == "ready"
        # a plain file copy of careerlog.db would miss this commit
        assert Path(f"{database}-wal").stat().st_size > 0
        copy = backup_to(home / "copy.db")
        writer.stdin.write("\n")
        writer.stdin.flush()
        assert writer.wait(timeout=30) == 0
    finally:
        writer.kill()
    assert texts_in(copy) == ["committed, still in the WAL", "cut P99 by 340ms"]
    assert mode(copy) == 0o600
    assert not Path(f"{copy}-wal").exists()
    assert listed() == ["committed, still in the WAL", "cut P99 by 340ms", "not committed yet"]


def test_backup_default_place_and_no_overwrite(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    careerlog("log", "first")
    run = careerlog("backup")
    target = database.parent / "backups" / "careerlog-20261120T160000Z.db"
    assert run.code == 0 and f"Wrote {target}" in run.out
    assert mode(target.parent) == 0o700 and mode(target) == 0o600
    careerlog("log", "second")
    again = careerlog("backup")
    assert again.code == 2 and "already exists" in again.err and "--force" in again.err
    assert texts_in(target) == ["first"]
    assert careerlog("backup", "--force").code == 0
    assert texts_in(target) == ["first", "second"]


def test_backup_never_overwrites_the_database_itself(database: Path) -> None:
    careerlog("log", "keep me")
    run = careerlog("backup", "--force", str(database))
    assert run.code == 2 and "is the database itself" in run.err
    assert listed() == ["keep me"]


def test_backup_without_a_database_says_so(configured: Path, home: Path) -> None:
    database = home / "data" / "careerlog" / "careerlog.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    run = careerlog("backup", str(home / "copy.db"))
    assert run.code == 2 and "careerlog init" in run.err
    assert not (home / "copy.db").exists()


def test_daily_snapshot_once_a_local_day_pruned_to_the_newest_n(
    database: Path, configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = load_config(str(configured))
    config = replace(loaded, store=replace(loaded.store, backups=2))
    folder = database.parent / "backups"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    careerlog("log", "shipped the importer")
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-18T16:00:00+00:00")
    manual = careerlog("backup")
    assert manual.code == 0
    db = open_store(database)
    try:
        written = []
        for moment in (
            "2026-11-19T07:00:00+00:00",  # 23:00 on the 18th in Los Angeles
            "2026-11-19T07:30:00+00:00",  # the same local day: nothing
            "2026-11-19T16:00:00+00:00",
            "2026-11-20T16:00:00+00:00",
            "2026-11-20T23:00:00+00:00",
        ):
            monkeypatch.setenv("CAREERLOG_NOW", moment)
            path = snapshot_if_due(config, db)
            written.append(path.name if path else None)
    finally:
        db.close()
    assert written == [
        "careerlog-daily-2026-11-18.db",
        None,
        "careerlog-daily-2026-11-19.db",
        "careerlog-daily-2026-11-20.db",
        None,
    ]
    assert sorted(p.name for p in folder.iterdir()) == [
        "careerlog-20261118T160000Z.db",  # made by hand: never pruned
        "careerlog-daily-2026-11-19.db",
        "careerlog-daily-2026-11-20.db",
    ]
    assert mode(folder) == 0o700
    assert all(mode(p) == 0o600 for p in folder.iterdir())
    assert texts_in(folder / "careerlog-daily-2026-11-20.db") == ["shipped the importer"]


def test_todays_snapshot_is_kept_beside_snapshots_dated_later(
    database: Path, configured: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A demo home holds snapshots from its simulated quarter, dated after today."""
    loaded = load_config(str(configured))
    config = replace(loaded, store=replace(loaded.store, backups=2))
    folder = database.parent / "backups"
    careerlog("log", "shipped the importer")
    db = open_store(database)
    try:
        for moment in ("2027-01-04T16:00:00+00:00", "2027-01-05T16:00:00+00:00"):
            monkeypatch.setenv("CAREERLOG_NOW", moment)
            assert snapshot_if_due(config, db) is not None
        monkeypatch.setenv("CAREERLOG_NOW", "2026-12-01T16:00:00+00:00")
        written = snapshot_if_due(config, db)
        again = snapshot_if_due(config, db)  # the next pass, the same day
    finally:
        db.close()
    assert written == folder / "careerlog-daily-2026-12-01.db"
    assert again is None
    assert sorted(p.name for p in folder.iterdir()) == [
        "careerlog-daily-2026-12-01.db",
        "careerlog-daily-2027-01-05.db",
    ]
    assert texts_in(written) == ["shipped the importer"]


def test_doctor_does_not_call_a_backup_dated_in_the_future_recent(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", "2027-01-05T16:00:00+00:00")
    assert careerlog("backup").code == 0
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    assert careerlog("backup").code == 0
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T19:10:00+00:00")
    run = careerlog("doctor")
    (line,) = [line for line in run.out.splitlines() if "store" in line]
    assert "newest backup 3 h ago" in line


def test_daily_snapshot_off_with_zero(database: Path, configured: Path) -> None:
    loaded = load_config(str(configured))
    config = replace(loaded, store=replace(loaded.store, backups=0))
    db = open_store(database)
    try:
        assert snapshot_if_due(config, db) is None
    finally:
        db.close()
    assert not (database.parent / "backups").exists()


def test_negative_backups_is_a_config_error(configured: Path) -> None:
    configured.write_text(configured.read_text() + "\n[store]\nbackups = -1\n")
    run = careerlog("status")
    assert run.code == 2 and "[store] backups: -1 is out of range" in run.err


def test_restore_refused_while_the_service_runs(database: Path, home: Path) -> None:
    careerlog("log", "before the backup")
    copy = backup_to(home / "copy.db")
    careerlog("log", "after the backup")
    service = subprocess.Popen(
        [sys.executable, "-m", "careerlog", "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while running_service_pid(database) != service.pid:
            assert time.monotonic() < deadline, "careerlog run did not take its lock"
            assert service.poll() is None, "careerlog run stopped"
            time.sleep(0.1)
        run = careerlog("restore", str(copy))
        assert run.code == 2
        assert f"pid {service.pid}" in run.err and "stop it first" in run.err
    finally:
        service.terminate()
        service.wait(timeout=30)
    assert listed() == ["after the backup", "before the backup"]
    assert not list(database.parent.glob("*before-restore*"))


@pytest.mark.parametrize("kind", ["not sqlite", "other sqlite", "missing"])
def test_restore_of_something_else_changes_nothing(database: Path, home: Path, kind: str) -> None:
    careerlog("log", "keep me")
    source = home / "thing.db"
    if kind == "not sqlite":
        source.write_bytes(b"PK\x03\x04 a zip file, say" * 100)
    elif kind == "other sqlite":
        conn = sqlite3.connect(source)
        conn.execute("create table notes (text)")
        conn.commit()
        conn.close()
    before = source.read_bytes() if source.exists() else None
    files = lambda: sorted(p.name for p in home.rglob("*") if p.suffix != ".lock")  # noqa: E731
    files_before = files()
    run = careerlog("restore", str(source))
    assert run.code == 2 and "Traceback" not in run.text
    assert str(source) in run.err
    expected = {
        "not sqlite": "is not a readable SQLite database",
        "other sqlite": "not a careerlog database",
        "missing": "is not a file",
    }[kind]
    assert expected in run.err
    assert (source.read_bytes() if source.exists() else None) == before
    assert files() == files_before
    assert listed() == ["keep me"]


def test_restore_keeps_the_old_database_aside(
    database: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    careerlog("log", "in the backup")
    copy = backup_to(home / "copy.db")
    careerlog("log", "only in the old database")
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    run = careerlog("restore", str(copy))
    assert run.code == 0, run.text
    aside = database.with_name("careerlog.db.before-restore-20261120T160000Z")
    assert f"kept as {aside}" in run.out
    assert listed() == ["in the backup"]
    assert texts_in(aside) == ["in the backup", "only in the old database"]
    assert mode(database) == 0o600 and mode(aside) == 0o600
    assert careerlog("log", "after the restore").code == 0
    assert listed() == ["after the restore", "in the backup"]
    assert careerlog("status").code == 0


def test_an_entry_logged_during_a_restore_is_kept_aside(database: Path, home: Path) -> None:
    careerlog("log", "in the backup")
    copy = backup_to(home / "copy.db")
    writer = subprocess.Popen(
        [sys.executable, "-c", LATE_WRITER, str(database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        run = careerlog("restore", str(copy))
        assert writer.wait(timeout=30) == 0
    finally:
        writer.kill()
    assert run.code == 0, run.text
    (aside,) = database.parent.glob("careerlog.db.before-restore-*")
    assert texts_in(aside) == ["in the backup", "logged during the restore"]
    assert listed() == ["in the backup"]


def test_restore_over_an_unreadable_database_moves_it_aside(database: Path, home: Path) -> None:
    careerlog("log", "in the backup")
    copy = backup_to(home / "copy.db")
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"garbage" * 1000)
    run = careerlog("restore", str(copy))
    assert run.code == 0, run.text
    (aside,) = database.parent.glob("careerlog.db.before-restore-*")
    assert aside.read_bytes() == b"garbage" * 1000
    assert listed() == ["in the backup"]


def test_restore_of_a_backup_with_another_page_size(database: Path, home: Path) -> None:
    careerlog("log", "in the backup")
    copy = backup_to(home / "copy.db")
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA page_size=8192")
    conn.execute("VACUUM")
    conn.close()
    careerlog("log", "only in the old database")
    assert careerlog("restore", str(copy)).code == 0
    assert listed() == ["in the backup"]
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()


def test_restore_when_the_database_is_gone(database: Path, home: Path) -> None:
    careerlog("log", "in the backup")
    copy = backup_to(home / "copy.db")
    database.unlink()
    run = careerlog("restore", str(copy))
    assert run.code == 0 and "kept as" not in run.out
    assert listed() == ["in the backup"]
    assert mode(database) == 0o600


def corrupt_entries_table(path: Path) -> None:
    """Overwrite the entries table's first page; no process has ``path`` open."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("select rootpage from sqlite_master where name = 'entries'").fetchone()
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def test_status_and_doctor_name_a_damaged_database(database: Path, home: Path) -> None:
    careerlog("log", "cut P99 by 340ms")
    damaged = backup_to(home / "damaged.db")
    corrupt_entries_table(damaged)
    config = home / "damaged.toml"
    config.write_text(
        (home / "config" / "careerlog" / "config.toml").read_text()
        + f'\n[store]\npath = "{damaged}"\n'
    )
    run = careerlog("--config", str(config), "status")
    assert run.code == 2 and "Traceback" not in run.text
    assert f"the database {damaged} is damaged (PRAGMA quick_check:" in run.err
    assert "careerlog restore" in run.err
    doctor = careerlog("--config", str(config), "doctor")
    (line,) = [line for line in doctor.out.splitlines() if "store" in line]
    assert doctor.code == 1 and line.startswith("FAIL") and "is damaged" in line


def test_doctor_shows_quick_check_and_the_newest_backup_age(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def store_line() -> str:
        run = careerlog("doctor")
        assert run.code == 0, run.text
        (line,) = [line for line in run.out.splitlines() if "store" in line]
        return line

    assert "quick_check ok, no backup yet" in store_line()
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    assert careerlog("backup").code == 0
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T19:10:00+00:00")
    assert "quick_check ok, newest backup 3 h ago" in store_line()
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-25T19:10:00+00:00")
    assert "newest backup 5 days ago" in store_line()
