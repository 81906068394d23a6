"""Tell a store that can no longer be used from a job that merely failed once.

The service isolates its jobs so that one bad calendar or one odd message does
not stop the rest. A database that is corrupt, deleted, read-only or on a full
disk is different: every job would fail, replies could be marked handled on the
server while their entries never reach the disk, and systemd would still show
a healthy service. Such a failure must stop the service loudly (non-zero exit,
one log line) so systemd restarts it or marks it failed.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.store.db import Store, StoreGone

# SQLite's words for a store that is broken or cannot be written at all; a lock
# held by another writer ("database is locked") is transient and not among them.
_FATAL_REASONS = (
    "malformed",
    "not a database",
    "disk is full",
    "disk i/o error",
    "readonly",
    "unable to open",
)


def about_the_store(exc: sqlite3.DatabaseError) -> bool:
    """Is this the store's condition (full, locked, broken) rather than a bug in a query?"""
    reason = str(exc).lower()
    return "locked" in reason or any(word in reason for word in _FATAL_REASONS)


def raise_if_store_failed(exc: Exception) -> None:
    """Re-raise ``exc`` when it is the store's failure, not the message's.

    Intake turns whatever goes wrong with one message into an unsorted entry or a
    quarantine row; a locked, full or broken database is not the message's fault,
    and writing that row would fail the same way. So it ends the pass instead,
    nothing is marked handled, and the message is read again next time.
    """
    if isinstance(exc, sqlite3.OperationalError) or (
        isinstance(exc, sqlite3.DatabaseError)
        and not isinstance(exc, sqlite3.IntegrityError)
        and about_the_store(exc)
    ):
        raise exc


class StoreBroken(UserError):
    """The database cannot be used any more; the service stops."""


FatalStoreError = (StoreGone, StoreBroken)


def check_store(db: Database) -> None:
    """Raise :class:`StoreGone` when the database file was deleted or replaced."""
    if isinstance(db, Store):
        db.check_file()


def store_failure(db: Database, exc: BaseException) -> UserError | None:
    """The fatal store problem behind ``exc``, or None when ``exc`` is the job's own.

    A deleted or replaced file is always fatal; a SQLite error is fatal when its
    reason says the store is broken or unwritable, also when a job's own message
    wraps it (the outbox's "sent but not recorded" keeps the SQLite error as its
    context).
    """
    if isinstance(exc, StoreGone | StoreBroken):
        return exc
    try:
        check_store(db)
    except StoreGone as gone:
        return gone
    while not isinstance(exc, sqlite3.DatabaseError) and exc.__context__ is not None:
        exc = exc.__context__
    if not isinstance(exc, sqlite3.DatabaseError) or isinstance(exc, sqlite3.IntegrityError):
        return None
    if about_the_store(exc) and "locked" not in str(exc).lower():
        return StoreBroken(
            f"the database {_name(db)} can no longer be used ({exc}); stopping so no reply "
            "is marked handled without being stored. Check it with 'careerlog doctor'; "
            "restore a backup with 'careerlog restore'"
        )
    return None


def _name(db: Database) -> str:
    return str(db.path) if isinstance(db, Store) else "in use"
