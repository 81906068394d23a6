"""Open the SQLite store safely: private file, WAL, migrations, clear errors.

A file that is not a careerlog database is never overwritten or "repaired":
the user gets one message naming it, and the file stays as it was.

**Only SQLite ever opens the database file or its -wal/-shm.** SQLite guards a
WAL database with POSIX (fcntl) locks, and POSIX drops *every* lock a process
holds on a file as soon as *any* descriptor of that file is closed in that
process. A plain ``open(path).read(16)`` to check the header, done while this
process already holds a connection (the service opens one per thread, and
again on reload), silently released the service's locks: the next CLI command
then believed it was the last connection, checkpointed and deleted the WAL
under the running service, and the database was lost. So the header check is
SQLite's own: the first statement on a non-SQLite file fails with
SQLITE_NOTADB, and nothing is written to it. Code elsewhere may ``stat`` the
path (no descriptor), never open it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.paths import make_private_dir
from careerlog.errors import UserError
from careerlog.store.locks import ServiceLock
from careerlog.store.migrations import migrations

BUSY_TIMEOUT_S = 15.0
#: how long opening the store waits for another process that is migrating it
MIGRATE_WAIT_S = BUSY_TIMEOUT_S
#: prepared statements each connection keeps (sqlite3's default); see forget_statements
STATEMENT_CACHE = 128


def utcnow() -> str:
    """The clock's instant as an ISO string in UTC (what every *_at column holds)."""
    return clock.now().astimezone(UTC).isoformat(timespec="seconds")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def insert_row(db: Database, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` into ``table`` and return its id (IntegrityError: a key is taken)."""
    created = db.table(table)
    created.insert(row)
    assert created.last_pk is not None
    return int(created.last_pk)


class StoreGone(UserError):
    """The database file the service works on was deleted or replaced."""


class Store(Database):
    """A Database whose transactions take the write lock when they begin.

    sqlite-utils' ``atomic()`` says ``BEGIN`` (deferred): a transaction that reads
    before it writes (store_raw looks the key up, then inserts) then fails *at once*
    with "database is locked" when another connection holds the write lock, without
    waiting for the busy timeout, because SQLite cannot upgrade a read snapshot.
    ``BEGIN IMMEDIATE`` waits up to ``BUSY_TIMEOUT_S`` for the other writer instead.

    It also remembers which file it opened (device and inode), so the service can
    notice when that file is deleted or replaced under it (:meth:`check_file`).

    sqlite-utils plugins are not run: careerlog uses none, a plugin installed
    for something else has no business on the user's private record, and
    finding plugins reads every installed package's metadata on each start
    (about 20 ms of every ``careerlog log``).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn, execute_plugins=False)
        self.path = path
        status = path.stat()
        self.file_id = (status.st_dev, status.st_ino)

    def check_file(self) -> None:
        """Raise :class:`StoreGone` unless ``path`` is still the file this connection writes.

        Only ``stat``: opening the file would drop SQLite's locks (see the module doc).
        """
        try:
            status = self.path.stat()
        except FileNotFoundError:
            raise StoreGone(
                f"the database {self.path} was deleted while careerlog was using it; "
                "stopping so nothing more is written into a file nobody can read. "
                "Restore it ('careerlog restore') or rebuild it ('careerlog reimport')"
            ) from None
        if (status.st_dev, status.st_ino) != self.file_id:
            raise StoreGone(
                f"the database {self.path} was replaced by another file while careerlog "
                "was using it; stopping. Start careerlog again to use the new file"
            )

    def quick_check(self) -> list[str]:
        """SQLite's ``PRAGMA quick_check``: an empty list when the file is sound."""
        rows = [str(row[0]) for row in self.conn.execute("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows

    def check_writable(self) -> None:
        """Take the write lock and give it back at once, writing nothing.

        ``sqlite3.OperationalError`` when the file cannot be written (read-only, or
        another writer held the lock past the busy timeout).
        """
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("ROLLBACK")

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


def forget_statements(db: Database) -> None:
    """Finalize the connection's cached prepared statements, and with them their bindings.

    CPython's ``sqlite3`` keeps the values last bound to each cached statement, so
    the INSERT that stored a 20 MB message holds a 20 MB copy until the next message
    runs it again (:mod:`careerlog.intake.heap`). Python has no call to empty the
    cache, but it is an LRU of ``STATEMENT_CACHE`` entries: preparing as many
    distinct trivial statements pushes every earlier one out.
    """
    for number in range(STATEMENT_CACHE):
        db.conn.execute(f"select {number}").close()


def _create_private_file(path: Path) -> None:
    make_private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def store_error(path: Path, exc: sqlite3.Error) -> UserError:
    """Turn SQLite's reason into one message that names the file and the fix."""
    reason = str(exc)
    if "not a database" in reason:
        return UserError(
            f"{path} is not an SQLite database (it was left untouched); "
            "point [store] path at your careerlog.db or move this file away"
        )
    if "readonly" in reason or "read-only" in reason or _read_only(path):
        return UserError(
            f"the database {path} is read-only (its file, its folder or the file system); "
            "careerlog needs to write beside it (-wal, -shm): run careerlog as the user who "
            "owns it, or move [store] path to a writable place"
        )
    if "unable to open" in reason:
        return UserError(
            f"cannot open the database {path}; check that its folder exists "
            "and that this user may read and write it"
        )
    if "locked" in reason:
        return UserError(
            f"the database {path} is busy: another program held it for more than "
            f"{BUSY_TIMEOUT_S:.0f} s; nothing was changed. Try again"
        )
    if "disk is full" in reason or _disk_full(path):
        return UserError(
            f"the database {path} cannot be written: the disk is full ({reason}); nothing "
            "was changed. Free some disk space and try again"
        )
    if "disk I/O" in reason:
        return UserError(
            f"the database {path} cannot be read or written: {reason}; check the disk "
            "and the file system, then 'careerlog doctor'"
        )
    return UserError(
        f"the database {path} cannot be used: {reason}; it was left untouched. "
        "Restore it from a backup ('careerlog restore'), or check it with: sqlite3 "
        f"{path} 'PRAGMA integrity_check'"
    )


def _read_only(path: Path) -> bool:
    """Can this user not write the database or create its -wal beside it? (No descriptor.)"""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK))


def _disk_full(path: Path) -> bool:
    try:
        return os.statvfs(path.parent).f_bavail == 0
    except OSError:
        return False


def _enable_wal(db: Store) -> None:
    """Switch the file to WAL, retrying while another process switches it at the same moment.

    Turning a brand-new file into WAL needs its exclusive lock. When two processes
    try at once, SQLite sees a possible deadlock and answers SQLITE_BUSY at once,
    without calling the busy handler, so the busy timeout does not help: the
    service and ``status`` starting together failed about once in 25 tries.
    Retrying is safe: the pragma changes nothing until it succeeds.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def migrate_lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".migrate.lock")


def _migrate(db: Store) -> None:
    """Bring the schema up to date under careerlog's migration lock and SQLite's write lock.

    Two processes opening a fresh database at once (the service starting while
    ``status`` runs) would otherwise both see the same pending migrations and
    the second would fail with "table ... already exists". The second waits
    for an advisory ``flock`` on ``<database>.migrate.lock`` (the same kind of
    lock, with the same holder line, as the service's, :mod:`careerlog.store.locks`),
    then finds nothing pending. It is a file of its own because the service
    holds ``<database>.lock`` for as long as it runs, and a CLI command must
    still be able to open the store meanwhile. It is taken only when migrations
    are pending, so a read-only store that is up to date opens as before.
    ``BEGIN IMMEDIATE`` inside it keeps each migration all-or-nothing and also
    waits for a careerlog too old to know the lock file.
    """
    if not migrations.pending(db):
        return
    lock = ServiceLock(migrate_lock_path(db.path), f"the database {db.path}", role="migrate")
    if not lock.acquire(MIGRATE_WAIT_S):
        holder = lock.holder()
        who = f"pid {holder[0]}" if holder and holder[0] > 0 else "another process"
        raise UserError(
            f"the database {db.path} is being set up or upgraded by another careerlog "
            f"({who}), which has held {lock.path} for over {MIGRATE_WAIT_S:.0f} s; nothing "
            "was changed. Try again when it has finished"
        )
    try:
        with db.atomic():
            migrations.apply(db)  # applies what is still pending now that the lock is ours
    finally:
        lock.release()


def open_store(path: Path, *, create: bool = True) -> Store:
    """Open (creating if asked) the database at ``path`` and bring its schema up to date."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise UserError(f"the store path {path} is a folder; set [store] path to a file")
    if not path.exists():
        if not create:
            raise UserError(f"no database at {path}; run 'careerlog init' first")
        try:
            _create_private_file(path)
        except FileExistsError:
            pass  # another process created it a moment ago: open that one
        except OSError as exc:
            raise UserError(f"cannot create the database {path}: {exc.strerror}") from None
    old_umask = os.umask(0o077)  # the -wal and -shm files stay private too
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            str(path),
            timeout=BUSY_TIMEOUT_S,
            check_same_thread=False,
            cached_statements=STATEMENT_CACHE,  # forget_statements counts on this size
        )
        db = Store(conn, path)
        _enable_wal(db)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        _migrate(db)
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise store_error(path, exc) from None
    finally:
        os.umask(old_umask)
    return db
