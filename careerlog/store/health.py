"""The ``health`` table: last success and last error per component, for ``careerlog status``.

This module owns the table.

This is bookkeeping: when the database is locked for longer than the busy
timeout, a status row is skipped with a warning rather than failing the job
it describes (or, from an error handler, the service itself). A store that can
no longer be used (corrupt, full, read-only) raises
:data:`~careerlog.store.failures.FatalStoreError` like any other job would, so
the service stops with exit code 1 instead of a stray SQLite error.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlite_utils import Database

from careerlog.store.db import utcnow
from careerlog.store.failures import store_failure

COMPONENTS = ("inbox", "calendar", "prompts", "briefs", "digest", "outbox", "backup")


log = logging.getLogger(__name__)


def _record(db: Database, row: dict[str, Any]) -> None:
    try:
        db.table("health").upsert(row, pk="component")
    except sqlite3.DatabaseError as exc:
        fatal = store_failure(db, exc)
        if fatal is not None:
            raise fatal from exc
        if not isinstance(exc, sqlite3.OperationalError):
            raise
        log.warning("could not record the status of %s: %s", row["component"], exc)


def record_success(db: Database, component: str) -> None:
    """``component`` (one of :data:`COMPONENTS`) just did its job."""
    _record(db, {"component": component, "last_success_at": utcnow()})


def record_error(db: Database, component: str, message: str) -> None:
    """``component`` just failed with ``message``; its last success is kept."""
    _record(db, {"component": component, "last_error": message, "last_error_at": utcnow()})


def health(db: Database) -> dict[str, dict[str, Any]]:
    """Component → its row; components that never ran have none."""
    return {row["component"]: row for row in db.query("select * from health")}
