"""Entries: impact evidence, skills, relationship notes, goal updates."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.store import goals as goals_store
from careerlog.store import people as people_store
from careerlog.store.db import insert_row, utcnow

KINDS = ("evidence", "skill", "relationship", "goal", "unsorted")
SCOPES = ("team", "multi-team", "org", "external")

if TYPE_CHECKING:
    from careerlog.parsers.model import GoalAnswer


@dataclass
class NewEntry:
    """An entry before it is stored; ``people`` and ``goal`` are names, linked on insert."""

    kind: str
    text: str
    metrics: list[dict[str, Any]] = field(default_factory=list)
    scope: str | None = None
    occurred_on: date | None = None
    skill_kind: str | None = None
    people: list[str] = field(default_factory=list)
    goal: str | None = None
    source: str = "cli"
    inbound_id: int | None = None
    prompt_id: int | None = None
    question: str | None = None
    # What a goal entry says about its goal; without it the text is the current state.
    goal_answer: GoalAnswer | None = None
    notes: list[str] = field(default_factory=list)  # shown in the confirmation
    feeling: str | None = None  # one word: how it felt


def _check(entry: NewEntry) -> None:
    if entry.kind not in KINDS:
        raise UserError(f"kind {entry.kind!r} is unknown; choose one of: {', '.join(KINDS)}")
    if entry.scope is not None and entry.scope not in SCOPES:
        raise UserError(f"scope {entry.scope!r} is unknown; choose one of: {', '.join(SCOPES)}")
    if not entry.text.strip():
        raise UserError("an entry needs some text")


def add_entry(db: Database, entry: NewEntry) -> int:
    """Store one entry with its links; people are added to the map when new.

    A goal named by a ``goal`` entry that is not yet tracked becomes a new goal when the
    entry says so (see ``_link_goal``); other kinds only link to goals that exist.
    """
    _check(entry)
    now = utcnow()
    with db.atomic():
        entry_id = insert_row(
            db,
            "entries",
            {
                "kind": entry.kind,
                "skill_kind": entry.skill_kind,
                "text": entry.text.strip(),
                "metrics": json.dumps(entry.metrics),
                "scope": entry.scope,
                "occurred_on": entry.occurred_on.isoformat() if entry.occurred_on else None,
                "created_at": now,
                "updated_at": now,
                "source": entry.source,
                "inbound_id": entry.inbound_id,
                "prompt_id": entry.prompt_id,
                "question": entry.question,
                "parse_notes": json.dumps(entry.notes) if entry.notes else None,
                "feeling": entry.feeling,
            },
        )
        for name in dict.fromkeys(entry.people):
            person_id = people_store.ensure_person(db, name)
            db.table("entry_people").insert(
                {"entry_id": entry_id, "person_id": person_id}, ignore=True
            )
        if entry.goal:
            _link_goal(db, entry, entry_id)
    return entry_id


def _link_goal(db: Database, entry: NewEntry, entry_id: int) -> None:
    """Link the entry to its goal; a ``goal`` entry also creates, updates or closes it.

    A goal entry whose line matched two goals (``goal_answer.candidates``) never reaches
    here: it has no goal, and the confirmation asks which one was meant.
    """
    assert entry.goal is not None
    # here, not at the top: `careerlog list` and `log` need the store, not the parser's model
    from careerlog.parsers.model import GoalAnswer

    answer = entry.goal_answer or GoalAnswer(current_state=entry.text)
    goal = goals_store.goal_by_title(db, entry.goal)
    if goal is None and not answer.new:
        goal = goals_store.find_goal(db, entry.goal)
    # Only a line that creates a goal ("goal: <new title>" in a quarterly reply, "New
    # goal: …", or the CLI) adds one; an answer about a goal careerlog does not track
    # (a brief quoting a goal since renamed) is kept unlinked rather than invent it.
    creates = entry.goal_answer is None or answer.new
    if goal is None and not (entry.kind == "goal" and creates):
        return
    fields = {
        "current_state": answer.current_state,
        "gap": answer.gap,
        "actions": answer.actions,
        "motivation": answer.motivation,
    }
    if goal is None:
        goal_id = goals_store.add_goal(
            db, entry.goal, **fields, source=entry.source, entry_id=entry_id
        )
        if answer.status:
            goals_store.update_goal(
                db, goal_id, status=answer.status, source=entry.source, entry_id=entry_id
            )
    else:
        goal_id = int(goal["id"])
        # "New goal: X" for an X that was closed takes it up again.
        status = answer.status or ("open" if answer.new and goal["status"] != "open" else None)
        if entry.kind == "goal" and (status or any(fields.values())):
            goals_store.update_goal(
                db,
                goal_id,
                **fields,
                status=status,
                source=entry.source,
                entry_id=entry_id,
            )
    goals_store.link_entry(db, entry_id, goal_id)


_SELECT = f"""
select e.*,
  (select json_group_array(p.name) from entry_people ep join people p on p.id = ep.person_id
     where ep.entry_id = e.id) as people_names,
  {goals_store.GOAL_TITLE_OF_ENTRY} as goal_title
from entries e
"""


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row["metrics"] = json.loads(row["metrics"] or "[]")
    row["people"] = [n for n in json.loads(row.pop("people_names") or "[]") if n]
    row["goal"] = row.pop("goal_title")
    row["parse_notes"] = json.loads(row.get("parse_notes") or "[]")
    return row


def list_entries(
    db: Database,
    *,
    kind: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Entries newest first; the date is when it happened, else when it was logged."""
    clauses, params = ["e.deleted_at is null"], []
    day = "coalesce(e.occurred_on, substr(e.created_at, 1, 10))"
    if kind:
        clauses.append("e.kind = ?")
        params.append(kind)
    if since:
        clauses.append(f"{day} >= ?")
        params.append(since.isoformat())
    if until:
        clauses.append(f"{day} <= ?")
        params.append(until.isoformat())
    sql = f"{_SELECT} where {' and '.join(clauses)} order by {day} desc, e.id desc"
    if limit:
        sql += f" limit {int(limit)}"
    return [_decode(row) for row in db.query(sql, params)]


def search_entries(db: Database, query: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search (SQLite FTS5 syntax: words, "phrases", OR, prefix*)."""
    sql = f"""{_SELECT}
      join entries_fts f on f.rowid = e.id
      where entries_fts match ? and e.deleted_at is null
      order by f.rank limit {int(limit)}"""
    try:
        return [_decode(row) for row in db.query(sql, [query])]
    except sqlite3.OperationalError as exc:
        raise UserError(
            f"cannot search for {query!r}: {exc}; put phrases in double quotes"
        ) from None


def count_entries(db: Database) -> int:
    """Entries in the log (deleted ones not counted)."""
    return int(db.execute("select count(*) from entries where deleted_at is null").fetchone()[0])


def first_evidence(db: Database) -> dict[str, Any] | None:
    """The earliest evidence entry's ``occurred_on`` and ``created_at`` (None: no evidence yet)."""
    rows = list(
        db.query(
            "select occurred_on, created_at from entries where kind = 'evidence' "
            "and deleted_at is null order by coalesce(occurred_on, substr(created_at, 1, 10)) "
            "limit 1"
        )
    )
    return rows[0] if rows else None


def entry_rows(db: Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """The stored rows of these entries by id, as stored (hidden ones too, nothing decoded)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.query(f"select * from entries where id in ({marks})", list(ids))
    return {int(row["id"]): row for row in rows}


def entries_from_inbound(db: Database, inbound_id: int) -> list[dict[str, Any]]:
    """The rows stored from one message, in the order they were stored (hidden ones too)."""
    return list(db.query("select * from entries where inbound_id = ? order by id", [inbound_id]))


def count_entries_by_kind(db: Database) -> dict[str, int]:
    """Kind → entries in the log (deleted ones not counted)."""
    rows = db.query(
        "select kind, count(*) as n from entries where deleted_at is null group by kind"
    )
    return {str(row["kind"]): int(row["n"]) for row in rows}


def people_named_in(db: Database, entry_id: int) -> list[str]:
    """The names of the people an entry is about, alphabetically."""
    rows = db.query(
        "select p.name from entry_people ep join people p on p.id = ep.person_id "
        "where ep.entry_id = ? order by p.name",
        [entry_id],
    )
    return [str(row["name"]) for row in rows]


def person_mentions(db: Database) -> list[dict[str, Any]]:
    """``person_id``, ``kind``, ``text`` and ``day`` of every link from a live entry to a
    person, newest first."""
    return list(
        db.query(
            "select ep.person_id, e.kind, e.text, "
            "coalesce(e.occurred_on, substr(e.created_at, 1, 10)) "
            "as day from entry_people ep join entries e on e.id = ep.entry_id "
            "where e.deleted_at is null order by day desc, e.id desc"
        )
    )


def mentions_per_person(db: Database, first_day: date, end_day: date) -> dict[int, int]:
    """Person id → live entries naming them whose day is from ``first_day`` up to (not
    including) ``end_day``."""
    day = "coalesce(e.occurred_on, substr(e.created_at, 1, 10))"
    rows = db.query(
        f"""select ep.person_id, count(*) as n from entry_people ep
            join entries e on e.id = ep.entry_id
            where e.deleted_at is null and {day} >= ? and {day} < ? group by ep.person_id""",
        [first_day.isoformat(), end_day.isoformat()],
    )
    return {int(row["person_id"]): int(row["n"]) for row in rows}


def link_people(db: Database, entry_ids: Sequence[int], person_id: int) -> None:
    """Say these entries are about the person (once each; a link that exists is kept)."""
    db.table("entry_people").insert_all(
        ({"entry_id": entry_id, "person_id": person_id} for entry_id in entry_ids), ignore=True
    )


def edit_entry(
    db: Database, entry: dict[str, Any], column: str, new: str | None, *, at: str, source: str
) -> None:
    """Set one column of a stored entry and keep the change in ``entry_edits``.

    ``entry`` is the row as read before the edit: its value is the edit's ``old``.
    """
    db.table("entries").update(entry["id"], {column: new, "updated_at": at})
    _record_edit(db, int(entry["id"]), column, entry[column], new, at=at, source=source)


def add_person_to_entry(
    db: Database, entry_id: int, person_id: int, name: str, *, at: str, source: str
) -> None:
    """Link the entry to one more person, kept in ``entry_edits`` as a change of ``people``."""
    link_people(db, [entry_id], person_id)
    db.table("entries").update(entry_id, {"updated_at": at})
    _record_edit(db, entry_id, "people", None, name, at=at, source=source)


def _record_edit(
    db: Database,
    entry_id: int,
    field_name: str,
    old: str | None,
    new: str | None,
    *,
    at: str,
    source: str,
) -> None:
    db.table("entry_edits").insert(
        {
            "entry_id": entry_id,
            "at": at,
            "field": field_name,
            "old": old,
            "new": new,
            "source": source,
        }
    )


def count_entry_rows(db: Database) -> int:
    """Entries ever written, deleted ones too: what a run added is the difference."""
    return int(db.execute("select count(*) from entries").fetchone()[0])
