"""Mistakes a person can make at the command line: exit 2, one line, no traceback.

Some need the world in a given state: a database on a read-only file system, another
program holding its write lock, a full disk, a Maildir folder that does not exist. Those
are made for real, with the helpers of the tests that provoke them in depth
(tests/daemon/test_store_bad_files.py, tests/outbox/test_exactly_once.py); the mounts
need root, as in CI, and are skipped where mounting is not allowed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from careerlog.store import open_store
from tests.configfile import Tables, config_tables, merged, write_toml
from tests.daemon.test_store_bad_files import _mount, seeded_store
from tests.outbox.test_exactly_once import WITH_BUSY_TIMEOUT, fill, tiny_filesystem

# The world a case runs in: made before careerlog starts, undone after; it yields the
# config changes that point careerlog at it.
Situation = Callable[[Path], AbstractContextManager[Tables]]


def run(
    home: Path, args: list[bytes], changes: Tables | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The real CLI, with SQLite's busy timeout at 1 s instead of 15 (only the locked
    database waits for it)."""
    user = {"email": "ada@example.test", "timezone": "Europe/London"}
    tables = config_tables(home, merged({"user": user}, changes or {}))
    config = write_toml(home / "config.toml", tables)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env["XDG_DATA_HOME"] = str(home / "data")
    start = [sys.executable.encode(), b"-c", WITH_BUSY_TIMEOUT.encode(), b"1.0"]
    return subprocess.run(
        [*start, b"--config", bytes(config), *args],
        capture_output=True,
        timeout=60,
        env=env,
    )


@contextlib.contextmanager
def read_only_store(home: Path) -> Iterator[Tables]:
    """A store on a read-only bind mount of a folder holding it."""
    source, view = home / "ro-source", home / "ro"
    source.mkdir()
    view.mkdir()
    seeded_store(source / "careerlog.db")
    _mount("--bind", str(source), str(view))
    try:
        _mount("-o", "remount,ro,bind", str(view))
        yield {"store": {"path": str(view / "careerlog.db")}}
    finally:
        subprocess.run(["umount", str(view)], check=False)


@contextlib.contextmanager
def locked_store(home: Path) -> Iterator[Tables]:
    """Another program holds SQLite's write lock (BEGIN IMMEDIATE on its own connection)
    for as long as careerlog runs: the test process, beside careerlog's."""
    store = home / "careerlog.db"
    open_store(store).close()
    other = sqlite3.connect(store, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield {}
    finally:
        other.execute("ROLLBACK")
        other.close()


@contextlib.contextmanager
def full_disk(home: Path) -> Iterator[Tables]:
    """A store on a small tmpfs filled to the last byte."""
    with tiny_filesystem() as filesystem:
        store = filesystem / "careerlog.db"
        open_store(store).close()
        filler = fill(filesystem)
        try:
            yield {"store": {"path": str(store)}}
        finally:
            filler.unlink()


def missing_folder(key: str) -> Situation:
    """``[mail] key`` names a Maildir in a folder that does not exist (a typo); the other
    Maildir key is left out, so the outbox is the inbox's Maildir or the one named."""

    @contextlib.contextmanager
    def situation(home: Path) -> Iterator[Tables]:
        yield {
            "mail": {
                "maildir_inbox": None,
                "maildir_outbox": None,
                key: str(home / "typo" / "Maildir"),
            }
        }

    return situation


@pytest.mark.parametrize(
    ("args", "changes", "says"),
    [
        ([b"log", b"Shipped \xff"], {}, "is not valid UTF-8"),
        (
            [b"list"],
            {"limits": {"max_message_bytes": -1}},
            "max_message_bytes: -1 is out of range",
        ),
        ([b"list"], {"mail": {"poll_interval": 0}}, "poll_interval: 0 is out of range"),
        ([b"list"], {"briefs": {"evening_hour": 99}}, "evening_hour: 99 is out of range"),
        ([b"list"], {"outbox": {"give_up_after": -1}}, "give_up_after: -1 is out of range"),
        (
            [b"list", b"--since", b"yesterday"],
            {},
            "careerlog: Invalid value for '--since': 'yesterday' does not match the format "
            "'%Y-%m-%d' (see 'careerlog list --help')",
        ),
        (
            [b"list", b"--since", b"2026-12-01", b"--until", b"2026-11-01"],
            {},
            "--since 2026-12-01 is after --until 2026-11-01",
        ),
        ([b"goals", b"update", b"nothing-like-this", b"--state", b"x"], {}, "goal"),
        ([b"lst"], {}, "careerlog: No such command 'lst' (see 'careerlog --help')"),
        ([b"restore"], {}, "careerlog: Missing argument 'FILE' (see 'careerlog restore --help')"),
    ],
    ids=[
        "utf8",
        "bytes",
        "poll",
        "hour",
        "give-up",
        "date",
        "since-after-until",
        "goal",
        "no-such-command",
        "missing-argument",
    ],
)
def test_mistake_gets_exit_2_and_no_traceback(
    tmp_path: Path, args: list[bytes], changes: Tables, says: str
) -> None:
    assert_one_line(run(tmp_path, args, changes), says)


@pytest.mark.parametrize(
    ("args", "situation", "says"),
    [
        ([b"log", b"one more"], read_only_store, "is read-only"),
        ([b"send", b"weekly"], locked_store, "is busy: another program held it"),
        ([b"send", b"weekly"], full_disk, "disk is full"),
        (
            [b"send", b"weekly"],
            missing_folder("maildir_inbox"),
            "typo/Maildir cannot be created: the folder {home}/typo does not exist",
        ),
        (
            [b"send", b"weekly"],
            missing_folder("maildir_outbox"),
            "typo/Maildir cannot be created: the folder {home}/typo does not exist",
        ),
    ],
    ids=["read-only-log", "locked-send", "full-disk-send", "no-inbox-folder", "no-outbox-folder"],
)
def test_mistake_in_the_world_gets_exit_2_and_no_traceback(
    tmp_path: Path, args: list[bytes], situation: Situation, says: str
) -> None:
    with situation(tmp_path) as changes:
        done = run(tmp_path, args, changes)
    assert_one_line(done, says.format(home=tmp_path))


def assert_one_line(done: subprocess.CompletedProcess[bytes], says: str) -> None:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert says in err


@pytest.mark.parametrize("key", ["maildir_inbox", "maildir_outbox"])
def test_doctor_names_the_missing_maildir_folder(tmp_path: Path, key: str) -> None:
    """`careerlog init` would not make the folder a typo names: doctor says which is missing."""
    with missing_folder(key)(tmp_path) as changes:
        done = run(tmp_path, [b"doctor"], changes)
    typo = tmp_path / "typo"
    assert done.returncode == 1, done.stderr
    named = [line for line in done.stdout.decode().splitlines() if str(typo) in line]
    role = key.removeprefix("maildir_")
    assert named == [
        f"FAIL  maildir {role}: the Maildir {typo / 'Maildir'} cannot be created: the folder "
        f"{typo} does not exist; create it, or fix [mail] maildir_inbox / maildir_outbox"
    ]
