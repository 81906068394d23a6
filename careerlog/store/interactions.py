"""Reads of ``interactions``: the meetings the calendar recorded with people in the map.

The calendar package writes the table (one row per person per meeting it saw); briefs
and insights only ask when someone was last met and how often. Their queries live here
so the table's columns are read in one place.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from careerlog.store.db import iso


def _latest(db: Database, sql: str, params: list[object]) -> datetime | None:
    row = db.execute(sql, params).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def last_interaction(db: Database, person_id: int, before: datetime) -> datetime | None:
    """The last meeting of any kind with the person before ``before`` (None: never met)."""
    return _latest(
        db,
        "select max(at) from interactions where person_id = ? and at < ?",
        [person_id, iso(before)],
    )


def last_one_on_one(db: Database, person_id: int, before: datetime) -> datetime | None:
    """The last 1:1 with the person before ``before`` (None: no 1:1 on record)."""
    return _latest(
        db,
        "select max(at) from interactions where person_id = ? and kind = '1:1' and at < ?",
        [person_id, iso(before)],
    )


def count_between(db: Database, start: datetime, end: datetime) -> int:
    """Interactions from ``start`` up to (not including) ``end``."""
    row = db.execute(
        "select count(*) from interactions where at >= ? and at < ?", [iso(start), iso(end)]
    ).fetchone()
    return int(row[0])


def count_per_person(db: Database, start: datetime, end: datetime) -> dict[int, int]:
    """Person id → interactions from ``start`` up to (not including) ``end``."""
    rows = db.execute(
        "select person_id, count(*) from interactions where at >= ? and at < ? group by person_id",
        [iso(start), iso(end)],
    )
    return {int(person_id): int(n) for person_id, n in rows}
