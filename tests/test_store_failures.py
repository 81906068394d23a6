"""A store that breaks under a running job is reported as the store's failure.

The service stops with exit code 1 only for :data:`FatalStoreError`; any other
SQLite error escaping a job ended it with the CLI's generic exit 2 and no
"careerlog stopped" line. These are the two ways that happened: recording a job's
health in a corrupt store, and the outbox's "sent but not recorded" wrapping the
SQLite error in its own message.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from careerlog.outbox.deliver import UnrecordedSend
from careerlog.store import open_store
from careerlog.store.db import Store
from careerlog.store.failures import StoreBroken, store_failure
from careerlog.store.health import record_error, record_success


def corrupt(path: Path) -> None:
    """Garbage over every page but the first, as a failing disk would leave it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    fd = os.open(path, os.O_WRONLY)
    try:
        for offset in range(page_size, path.stat().st_size, page_size):
            os.pwrite(fd, b"\xa5" * page_size, offset)
    finally:
        os.close(fd)


@pytest.fixture
def broken_store(tmp_path: Path) -> Store:
    path = tmp_path / "careerlog.db"
    open_store(path).close()
    corrupt(path)
    # a fresh connection, as a job would have; sqlite caches nothing across connections
    return Store(sqlite3.connect(path), path)


RECORDS: dict[str, Callable[[Store], None]] = {
    "success": lambda db: record_success(db, "outbox"),
    "error": lambda db: record_error(db, "outbox", "it failed"),
}


@pytest.mark.parametrize("what", sorted(RECORDS))
def test_recording_health_in_a_corrupt_store_is_the_stores_failure(
    broken_store: Store, what: str
) -> None:
    with pytest.raises(StoreBroken, match="can no longer be used"):
        RECORDS[what](broken_store)


def test_a_job_message_wrapping_a_corrupt_store_is_the_stores_failure(
    broken_store: Store,
) -> None:
    try:
        try:
            broken_store.execute("select * from outbox").fetchall()
        except sqlite3.DatabaseError as exc:
            raise UnrecordedSend(f"the mail was sent but not recorded ({exc})") from None
    except UnrecordedSend as wrapped:
        assert isinstance(store_failure(broken_store, wrapped), StoreBroken)


def test_a_locked_store_is_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "careerlog.db"
    db = open_store(path)
    locked = sqlite3.OperationalError("database is locked")
    try:
        raise UnrecordedSend("sent but not recorded") from locked
    except UnrecordedSend as wrapped:
        assert store_failure(db, wrapped) is None
