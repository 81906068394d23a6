"""The ``interactions`` table: the meetings the calendar recorded with people in the map.

:mod:`careerlog.calendar.meetings` decides which meetings count (one row per person per
past meeting it saw) and holds the transaction; each sync rebuilds the rows derived from
a source's occurrences inside the window. Briefs, touchpoints and insights ask when
someone was last met and how often. Every statement on the table lives here (its schema
is in :mod:`careerlog.store.migrations`); ``tests/test_layers.py`` fails on such SQL
anywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

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


def last_met(db: Database, until: datetime | None = None) -> dict[int, str]:
    """Person id → ISO instant of the latest interaction (any kind, any source), not
    after ``until`` (None: whenever)."""
    sql, params = "select person_id, max(at) as at from interactions", []
    if until is not None:
        sql, params = sql + " where at <= ?", [iso(until)]
    rows = db.query(sql + " group by person_id", params)
    return {int(row["person_id"]): str(row["at"]) for row in rows}


def latest_with_relation(
    db: Database, relations: Sequence[str], until: datetime
) -> tuple[str, str] | None:
    """(ISO instant, name) of the latest interaction, not after ``until``, with anyone
    whose relation is one of ``relations`` (None: no such meeting)."""
    marks = ",".join("?" * len(relations))
    rows = list(
        db.query(
            f"""select i.at, p.name from interactions i join people p on p.id = i.person_id
                where p.relation in ({marks}) and i.at <= ? order by i.at desc limit 1""",
            [*relations, iso(until)],
        )
    )
    return (str(rows[0]["at"]), str(rows[0]["name"])) if rows else None


# --- the calendar sync's writes, and its count of what a source gave ------------------


def add_interactions(db: Database, rows: Sequence[dict[str, Any]]) -> None:
    """Record meetings: ``person_id``, ``at`` (ISO), ``kind`` and ``event_id`` each."""
    if rows:
        db.table("interactions").insert_all(rows)


def forget_from_source(db: Database, source: str, start: datetime) -> None:
    """Drop the interactions derived from ``source``'s occurrences from ``start`` on."""
    db.execute(
        "delete from interactions where event_id in (select id from calendar_events "
        "where source = ? and starts_at >= ?)",
        [source, iso(start)],
    )


def count_from_source(db: Database, source: str, start: datetime) -> int:
    """How many interactions ``source``'s occurrences from ``start`` on gave."""
    row = db.execute(
        "select count(*) from interactions where event_id in (select id from calendar_events "
        "where source = ? and starts_at >= ?)",
        [source, iso(start)],
    ).fetchone()
    return int(row[0])
