"""Open the SQLite store safely: private file, WAL, migrations, clear errors.

A file that is not a careerlog database is never overwritten or "repaired":
the user gets one message naming it, and the file stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.paths import make_private_dir
from careerlog.errors import UserError
from careerlog.store.migrations import migrations

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 15.0


def utcnow() -> str:
    """The clock's instant as an ISO string in UTC (what every *_at column holds)."""
    return clock.now().astimezone(UTC).isoformat(timespec="seconds")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class Store(Database):
    """A Database whose transactions take the write lock when they begin.

    sqlite-utils' ``atomic()`` says ``BEGIN`` (deferred): a transaction that reads
    before it writes (store_raw looks the key up, then inserts) then fails *at once*
    with "database is locked" when another connection holds the write lock, without
    waiting for the busy timeout, because SQLite cannot upgrade a read snapshot.
    ``BEGIN IMMEDIATE`` waits up to ``BUSY_TIMEOUT_S`` for the other writer instead.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoints
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def _check_existing(path: Path) -> None:
    if path.is_dir():
        raise UserError(f"the store path {path} is a folder; set [store] path to a file")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except PermissionError:
        raise UserError(
            f"cannot read the database {path}: permission denied; "
            "run careerlog as the user who owns it"
        ) from None
    except OSError as exc:
        raise UserError(f"cannot read the database {path}: {exc.strerror}") from None
    if head and head != SQLITE_MAGIC:
        raise UserError(
            f"{path} is not an SQLite database (it was left untouched); "
            "point [store] path at your careerlog.db or move this file away"
        )


def _create_private_file(path: Path) -> None:
    make_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def open_store(path: Path, *, create: bool = True) -> Database:
    """Open (creating if asked) the database at ``path`` and bring its schema up to date."""
    path = Path(path).expanduser()
    if path.exists():
        _check_existing(path)
    elif create:
        try:
            _create_private_file(path)
        except OSError as exc:
            raise UserError(f"cannot create the database {path}: {exc.strerror}") from None
    else:
        raise UserError(f"no database at {path}; run 'careerlog init' first")
    old_umask = os.umask(0o077)  # the -wal and -shm files stay private too
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        db = Store(conn)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise UserError(
            f"the database {path} cannot be used: {exc}; it was left untouched. "
            "Restore it from a backup, or check it with: sqlite3 "
            f"{path} 'PRAGMA integrity_check'"
        ) from None
    finally:
        os.umask(old_umask)
    return db
