"""Backups of the store: a copy on demand, a daily snapshot, and restore.

Every copy goes through SQLite's online backup API, never a file copy: the
service may hold the database open, its latest commits may still be in the
-wal file, and opening the database file any other way drops SQLite's locks
(see :mod:`careerlog.store.db`). A copy is a single self-contained file
(rollback-journal mode, no -wal beside it), mode 0600, checked with
``PRAGMA quick_check`` before it gets its final name, so a damaged database
never pushes a good snapshot out of the rotation.

Restore writes the backup *into* the existing database file with the same
API, under SQLite's own locks, so no other connection can ever pair the new
content with a stale -wal file. It holds SQLite's exclusive lock from copying
the current database aside (``careerlog.db.before-restore-<UTC time>``) to the
end, so nothing another command commits meanwhile falls between the two. Only
a file SQLite cannot read at all is moved aside with ``os.replace`` instead
(with its -wal and -shm, so whatever they hold stays together), after this
process has closed its connection to it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config
from careerlog.config.paths import make_private_dir
from careerlog.errors import UserError
from careerlog.store.db import BUSY_TIMEOUT_S, Store
from careerlog.store.locks import store_lock

log = logging.getLogger(__name__)

SNAPSHOT_PREFIX = "careerlog-daily-"
CAREERLOG_TABLES = ("entries", "people", "goals")
#: how far ahead of the clock a backup's time may be before it counts as dated in the future
CLOCK_SLACK_S = 60.0


def backups_dir(store_path: Path) -> Path:
    """The folder beside the database that holds snapshots and default backups."""
    return store_path.parent / "backups"


def default_backup_path(store_path: Path) -> Path:
    return backups_dir(store_path) / f"careerlog-{_stamp(clock.now())}.db"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_backups_dir(store_path: Path) -> Path:
    folder = backups_dir(store_path)
    make_private_dir(folder)
    folder.chmod(0o700)  # mkdir's mode is ignored for a folder that already exists
    return folder


@contextlib.contextmanager
def _private_umask() -> Iterator[None]:
    """Files SQLite creates meanwhile (journals, -wal, -shm) are private too."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _create_private_file(path: Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:  # SQLite may still leave empty -wal/-shm beside a WAL-mode file
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    return exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)


def quick_check(db: Store) -> list[str]:
    """``db.quick_check()``, with damage bad enough to stop the check as the one problem."""
    try:
        return db.quick_check()
    except sqlite3.DatabaseError as exc:
        if not _is_damage(exc):
            raise
        return [str(exc)]


def _problems(conn: sqlite3.Connection, path: Path) -> list[str]:
    return quick_check(Store(conn, path))


def write_copy(source: sqlite3.Connection, target: Path, *, replace: bool = False) -> Path:
    """Copy the database behind ``source`` to ``target`` (0600), refusing to overwrite.

    The copy is written under a hidden temporary name and renamed once it is
    complete and passes ``quick_check``, so ``target`` is never half written.
    Its modification time is careerlog's clock, which is what backup ages use.
    """
    if target.exists() and not replace:
        raise UserError(f"{target} already exists; choose another file or add --force")
    if not target.parent.is_dir():
        raise UserError(f"cannot write {target}: the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        _create_private_file(partial)
        with _private_umask():
            copy = _connect(partial)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                problems = _problems(copy, partial)
            finally:
                copy.close()
        if problems:
            raise UserError(
                f"the database is damaged, so no backup was written ({'; '.join(problems[:3])}); "
                "restore an earlier backup with 'careerlog restore'"
            )
        taken = clock.now().timestamp()
        os.utime(partial, (taken, taken))
        os.replace(partial, target)
    except OSError as exc:
        raise UserError(f"cannot write the backup {target}: {exc.strerror}") from None
    except sqlite3.Error as exc:
        raise UserError(f"cannot write the backup {target}: {exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def snapshot_if_due(config: Config, db: Database) -> Path | None:
    """Write today's snapshot unless it exists, then keep only the newest ``config.store.backups``.

    "Today" is the user's local day. Snapshots are ``careerlog-daily-<date>.db``;
    backups the user made with ``careerlog backup`` are never pruned. Call it
    between jobs: a transaction open on ``db`` would be copied with it.

    The snapshot just written is never pruned, even when older ones are named
    after later days (a clock that ran ahead, such as the demo's simulated
    quarter): pruning by name alone deleted it at once, and wrote it again on
    every pass.
    """
    if config.store.backups <= 0:
        return None
    day = clock.now().astimezone(config.user.tz).date()
    folder = backups_dir(config.store_path)
    target = folder / f"{SNAPSHOT_PREFIX}{day.isoformat()}.db"
    if target.exists():
        return None
    write_copy(db.conn, make_backups_dir(config.store_path) / target.name)
    log.info("wrote the daily snapshot %s", target.name)
    others = sorted(p for p in folder.glob(f"{SNAPSHOT_PREFIX}*.db") if p != target)
    for old in others[: max(0, len(others) - (config.store.backups - 1))]:
        old.unlink(missing_ok=True)
        log.info("removed the old snapshot %s (keeping %d)", old.name, config.store.backups)
    return target


def newest_backup(store_path: Path) -> tuple[Path, float] | None:
    """The newest ``*.db`` in the backups folder and its age in seconds, or None.

    A backup dated in the future (more than :data:`CLOCK_SLACK_S` ahead) is
    suspect: it was written under a clock that ran ahead (the demo's simulated
    quarter leaves such snapshots), so its age says nothing about how recent
    the newest real backup is. It is left out rather than reported as "under
    a minute ago"; it stays on disk and can still be restored by name.
    """
    now = clock.now().timestamp()
    found = [
        (mtime, p)
        for p in backups_dir(store_path).glob("*.db")
        if p.is_file() and (mtime := p.stat().st_mtime) <= now + CLOCK_SLACK_S
    ]
    if not found:
        return None
    mtime, path = max(found)
    return path, max(0.0, now - mtime)


def damaged(store_path: Path, problems: list[str]) -> str:
    """What ``quick_check`` found wrong with the database, and how to get it back."""
    newest = newest_backup(store_path)
    backup = str(newest[0]) if newest else "BACKUP.db"
    return (
        f"the database {store_path} is damaged (PRAGMA quick_check: {'; '.join(problems[:3])}). "
        f"Stop the service, then restore a backup: careerlog restore {backup}"
    )


def _verified_source(source: Path, store_path: Path) -> sqlite3.Connection:
    """A read-only connection to ``source``, once it is a sound careerlog database."""
    if not source.is_file():
        raise UserError(f"{source} is not a file; give the path of a careerlog backup")
    if source.resolve() == store_path.resolve():
        raise UserError(f"{source} is the database itself; give the path of a backup")
    conn = _connect(source, read_only=True)
    try:
        problems = _problems(conn, source)
        tables = {row[0] for row in conn.execute("select name from sqlite_master")}
    except sqlite3.Error as exc:
        conn.close()
        raise UserError(
            f"{source} is not a readable SQLite database ({exc}); nothing was changed"
        ) from None
    missing = [name for name in CAREERLOG_TABLES if name not in tables]
    if problems or missing:
        conn.close()
        why = (
            f"it is damaged ({'; '.join(problems[:3])})"
            if problems
            else (f"it has no {', '.join(missing)} table(s), so it is not a careerlog database")
        )
        raise UserError(f"{source} cannot be restored: {why}; nothing was changed")
    return conn


def _set_aside_unreadable(store_path: Path, aside: Path) -> None:
    """Move a database SQLite cannot open out of the way, with its -wal and -shm."""
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{store_path}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{aside}{suffix}"))


def _hold_exclusive(live: sqlite3.Connection) -> None:
    """Keep every other connection out until ``live`` is closed.

    Without it, an entry another command commits between the copy aside and
    the restore would be in neither. Waits up to the busy timeout for commands
    already using the database.
    """
    live.execute("PRAGMA locking_mode=EXCLUSIVE")
    live.execute("BEGIN EXCLUSIVE")
    live.execute("COMMIT")


def _open_live(store_path: Path, aside: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A connection to the database to restore into, after its current content is kept aside.

    Returns the connection and where the old content went (None when there was none).
    A -wal or -shm is never deleted: while the database is readable SQLite
    itself folds the -wal in (the copy aside holds it, and closing the last
    connection checkpoints it); an unreadable database is moved aside together
    with them; and a -wal left without its database is moved aside too, since
    SQLite would otherwise read it as part of the new file.
    """
    if not store_path.exists():
        _set_aside_unreadable(store_path, aside)  # a stray -wal must not meet the new file
        make_private_dir(store_path.parent)
        return _new_live(store_path), None
    _create_private_file(aside)  # fails if a restore a second ago left this very name
    live = _connect(store_path)
    try:
        _hold_exclusive(live)
        copy = _connect(aside)
        try:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        return live, aside
    except sqlite3.DatabaseError as exc:
        live.close()
        aside.unlink()
        if not _is_damage(exc):
            raise
        log.warning("the current database cannot be read (%s); moving it aside", exc)
        _set_aside_unreadable(store_path, aside)
        return _new_live(store_path), aside


def _new_live(store_path: Path) -> sqlite3.Connection:
    _create_private_file(store_path)
    live = _connect(store_path)
    try:
        _hold_exclusive(live)
    except sqlite3.Error:
        live.close()
        raise
    return live


def _copy_into(source: sqlite3.Connection, live: sqlite3.Connection) -> None:
    """Replace ``live``'s content with ``source``'s, through SQLite's locks.

    SQLite cannot change the page size of a WAL-mode database by backup, so a
    backup with another page size is written with the journal switched to
    DELETE for the moment.
    """
    page_size = source.execute("PRAGMA page_size").fetchone()[0]
    if live.execute("PRAGMA page_size").fetchone()[0] != page_size:
        live.execute("PRAGMA journal_mode=DELETE")
    source.backup(live)
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def restore(store_path: Path, source: Path) -> Path | None:
    """Put the backup ``source`` in place of the database; return where the old one went.

    Refused while a service runs on the database; the service lock is held
    meanwhile, so none can start half way.
    """
    lock = store_lock(store_path, role="restore")
    if not lock.acquire():
        pid, role = lock.holder() or (-1, "service")
        what = {"once": "careerlog run --once", "restore": "another restore"}.get(role, "service")
        who = f"{what}, pid {pid}" if pid > 0 else what
        raise UserError(
            f"careerlog is running on {store_path} ({who}); stop it first "
            "(systemctl --user stop careerlog), then restore"
        )
    try:
        source_conn = _verified_source(source, store_path)
        try:
            aside = store_path.with_name(f"{store_path.name}.before-restore-{_stamp(clock.now())}")
            with _private_umask():
                live, kept = _open_live(store_path, aside)
                try:
                    _copy_into(source_conn, live)
                finally:
                    live.close()
        finally:
            source_conn.close()
        store_path.chmod(0o600)
    except sqlite3.Error as exc:
        raise UserError(
            f"could not restore {source} into {store_path}: {exc}; if another careerlog "
            "command is running, wait for it and try again"
        ) from None
    except OSError as exc:
        raise UserError(f"could not restore {source} into {store_path}: {exc}") from None
    finally:
        lock.release()
    log.info("restored %s into %s (the old database is %s)", source, store_path, kept)
    return kept
