"""Last success and last error per component, for ``careerlog status`` and doctor."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from careerlog.store.db import utcnow

COMPONENTS = ("inbox", "calendar", "prompts", "briefs", "digest", "outbox")


def record_success(db: Database, component: str) -> None:
    db.table("health").upsert({"component": component, "last_success_at": utcnow()}, pk="component")


def record_error(db: Database, component: str, message: str) -> None:
    db.table("health").upsert(
        {"component": component, "last_error": message, "last_error_at": utcnow()}, pk="component"
    )


def health(db: Database) -> dict[str, dict[str, Any]]:
    return {row["component"]: row for row in db.query("select * from health")}
