"""A database that is truncated, read-only or on a full disk: one clear message, nothing lost.

The read-only and full-disk cases need a real file system in that state: a
read-only bind mount and a small tmpfs, both made with ``mount`` (root, as in
CI). Where mounting is not allowed, those tests say so and are skipped.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerlog.store import open_store
from careerlog.store.entries import NewEntry, add_entry, list_entries
from tests.clirun import careerlog_process as careerlog
from tests.configfile import config_tables, write_toml
from tests.daemon.daemonrun import Daemon
from tests.mailtest import SAMPLE_ALIAS, maildir, record_prompt, rewrite, sample

PROMPT_ID = "<prompt-weekly-2026w47.r4s5t@careerlog.invalid>"


def write_config(home: Path, store: Path) -> Path:
    changes = {
        "user": {
            "email": "ada@example.test",
            "aliases": [SAMPLE_ALIAS],
            "timezone": "Europe/London",
        },
        "store": {"path": str(store), "backups": 0},
        "mail": {"poll_interval": 0.3},
    }
    return write_toml(home / "config.toml", config_tables(home, changes))


def _mount(*args: str) -> None:
    done = subprocess.run(["mount", *args], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here ({done.stderr.strip()}); needs root as in CI")


@pytest.fixture
def small_disk() -> Iterator[Path]:
    """A 4 MiB tmpfs, room for a small store until :func:`fill` takes the rest."""
    folder = Path(tempfile.mkdtemp(prefix="full-", dir="/tmp"))
    _mount("-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
        folder.rmdir()


def fill(disk: Path) -> Path:
    """Take every free byte of ``disk`` with a filler file; remove it to free the disk."""
    filler = disk / "filler"
    try:
        with filler.open("wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:  # ENOSPC: the disk is full now
        pass
    return filler


def seeded_store(path: Path) -> None:
    db = open_store(path)
    add_entry(db, NewEntry("evidence", "Cut the deploy time from 40 to 12 minutes"))
    db.close()


def test_truncated_database_refused_and_left_as_it_was(tmp_path: Path) -> None:
    store = tmp_path / "careerlog.db"
    seeded_store(store)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2])
    before = store.read_bytes()
    for command in (("list",), ("log", "one more"), ("status",)):
        done = careerlog(write_config(tmp_path, store), *command)
        assert done.returncode == 2, done.stderr
        assert str(store) in done.stderr and "Traceback" not in done.stderr
    assert store.read_bytes() == before


def test_read_only_file_system_gets_one_clear_message(tmp_path: Path) -> None:
    source = Path(tempfile.mkdtemp(prefix="ro-src-", dir="/tmp"))
    view = Path(tempfile.mkdtemp(prefix="ro-", dir="/tmp"))
    try:
        seeded_store(source / "careerlog.db")
        before = (source / "careerlog.db").read_bytes()
        _mount("--bind", str(source), str(view))
        try:
            _mount("-o", "remount,ro,bind", str(view))
            config = write_config(tmp_path, view / "careerlog.db")
            for command in (("list",), ("log", "one more")):
                done = careerlog(config, *command)
                assert done.returncode == 2, done.stderr
                assert "is read-only" in done.stderr and "Traceback" not in done.stderr
            backup = tmp_path / "backup.db"
            seeded_store(backup)
            lock = view / "careerlog.db.lock"
            for command in (("run",), ("run", "--once"), ("restore", str(backup))):
                done = careerlog(config, *command)
                assert done.returncode == 2, (command, done.stderr)
                assert f"cannot write the lock file {lock}: the file system is read-only" in (
                    done.stderr
                )
                assert "Traceback" not in done.stderr
        finally:
            subprocess.run(["umount", str(view)], check=False)
        assert (source / "careerlog.db").read_bytes() == before
    finally:
        for folder in (view, source):
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()


def test_full_disk_cli_says_so_and_keeps_everything(tmp_path: Path, small_disk: Path) -> None:
    store = small_disk / "careerlog.db"
    seeded_store(store)
    config = write_config(tmp_path, store)
    filler = fill(small_disk)
    big = "Wrote the capacity model for the checkout fleet. " * 2000
    done = careerlog(config, "log", big)
    assert done.returncode == 2, done.stderr
    assert "disk is full" in done.stderr and "Free some disk space" in done.stderr
    assert "Traceback" not in done.stderr
    filler.unlink()
    assert careerlog(config, "log", "After the cleanup").returncode == 0
    db = open_store(store)
    texts = [entry["text"] for entry in list_entries(db)]
    db.close()
    assert texts == ["After the cleanup", "Cut the deploy time from 40 to 12 minutes"]


def test_service_on_a_full_disk_does_not_start(tmp_path: Path, small_disk: Path) -> None:
    store = small_disk / "careerlog.db"
    seeded_store(store)
    config = write_config(tmp_path, store)
    before = store.read_bytes()
    filler = fill(small_disk)
    for command in (("run",), ("run", "--once")):
        done = careerlog(config, *command)
        assert done.returncode == 2, (command, done.stderr)
        assert f"cannot write the lock file {store}.lock: the disk is full" in done.stderr
        assert "Traceback" not in done.stderr
    filler.unlink()
    assert store.read_bytes() == before


@pytest.mark.parametrize("damage", ["truncated", "not SQLite"])
def test_service_refuses_a_broken_database_at_start(tmp_path: Path, damage: str) -> None:
    store = tmp_path / "careerlog.db"
    seeded_store(store)
    data = store.read_bytes()
    store.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"notes\n" * 2000)
    before = store.read_bytes()
    done = careerlog(write_config(tmp_path, store), "run")
    assert done.returncode != 0
    problem = [line for line in done.stderr.splitlines() if str(store) in line]
    assert len(problem) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert store.read_bytes() == before


def test_full_disk_stops_the_service_and_the_reply_waits(tmp_path: Path, small_disk: Path) -> None:
    store = small_disk / "careerlog.db"
    seeded_store(store)
    db = open_store(store)
    record_prompt(db, "weekly", "2026-W47", PROMPT_ID)
    db.close()
    config = write_config(tmp_path, store)
    daemon = Daemon(config, tmp_path, {"CAREERLOG_NOW": "2026-11-23T10:00:00+00:00"})
    try:
        daemon.ready(20)
        filler = fill(small_disk)
        raw = rewrite(
            sample("01-weekly-gmail-web.eml"),
            Message_ID="<full-disk-1@mail.example.com>",
            In_Reply_To=PROMPT_ID,
            Subject="Re: weekly " + "x" * 200,
        )
        maildir(tmp_path / "Maildir").add(raw + b"\n" + b"y" * 300_000)
        assert daemon.process.wait(timeout=30) == 1
    finally:
        daemon.stop()
    assert "careerlog stopped: the database" in daemon.log()
    assert "disk is full" in daemon.log()
    filler.unlink()
    once = careerlog(config, "run", "--once")
    assert "Traceback" not in once.stderr, once.stderr
    db = open_store(store)
    rows = db.execute(
        "select count(*) from inbound_messages where message_id = ?",
        ["<full-disk-1@mail.example.com>"],
    ).fetchone()
    db.close()
    assert rows == (1,)
