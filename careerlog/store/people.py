"""The relationship map: people, their addresses, and when you last met."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.store.db import insert_row, utcnow
from careerlog.store.fuzzy import closest

RELATIONS = ("manager", "skip-level", "above-skip", "peer", "report", "external")
FUZZY_NAME_SCORE = 90


def _clean_emails(emails: list[str] | tuple[str, ...]) -> list[str]:
    return sorted({e.strip().lower() for e in emails if e.strip()})


def add_person(
    db: Database,
    name: str,
    *,
    emails: list[str] | tuple[str, ...] = (),
    relation: str | None = None,
    how_met: str | None = None,
    worked_on: str | None = None,
    advocate: bool = False,
    status: str = "active",
) -> int:
    name = " ".join(name.split())
    if not name:
        raise UserError("a person needs a name")
    if relation and relation not in RELATIONS:
        raise UserError(f"relation {relation!r} is unknown; choose one of: {', '.join(RELATIONS)}")
    if find_person(db, name, fuzzy=False):
        raise UserError(f"{name} is already in your map; use 'careerlog people show {name!r}'")
    now = utcnow()
    return insert_row(
        db,
        "people",
        {
            "name": name,
            "emails": json.dumps(_clean_emails(emails)),
            "relation": relation,
            "how_met": how_met,
            "worked_on": worked_on,
            "status": status,
            "advocate": int(advocate),
            "created_at": now,
            "updated_at": now,
        },
    )


def find_person(db: Database, query: str, *, fuzzy: bool = True) -> dict[str, Any] | None:
    """Find by e-mail, then exact name (any case), then a close spelling of the name."""
    query = " ".join(query.split()).lstrip("@")
    if not query:
        return None
    if "@" in query:
        pattern = json.dumps(query.lower())
        rows = list(db.query("select * from people where instr(emails, ?) > 0", [pattern]))
        return rows[0] if rows else None
    rows = list(db.query("select * from people where lower(name) = lower(?)", [query]))
    if rows:
        return rows[0]
    if not fuzzy:
        return None
    people = {row["id"]: row for row in db.query("select * from people")}
    names = {pid: str(row["name"]) for pid, row in people.items()}
    found = closest(query, names, cutoff=FUZZY_NAME_SCORE, by_words=False)
    return people[found] if found is not None else None


def ensure_person(db: Database, name: str) -> int:
    """The id of the person called ``name``, adding them to the map if new."""
    found = find_person(db, name)
    if found:
        return int(found["id"])
    return add_person(db, name, how_met="mentioned in an entry")


def add_email(db: Database, person_id: int, email: str) -> None:
    row = db.table("people").get(person_id)
    emails = _clean_emails([*json.loads(row["emails"] or "[]"), email])
    db.table("people").update(person_id, {"emails": json.dumps(emails), "updated_at": utcnow()})


def list_people(db: Database) -> list[dict[str, Any]]:
    """Everyone in the map with their last interaction and how many entries name them."""
    return list(
        db.query(
            """
            select p.*,
              (select max(at) from interactions i where i.person_id = p.id) as last_met,
              (select count(*) from entry_people ep join entries e on e.id = ep.entry_id
                where ep.person_id = p.id and e.deleted_at is null) as entries
            from people p order by p.name collate nocase
            """
        )
    )


def known_names(db: Database) -> list[str]:
    return [row["name"] for row in db.query("select name from people order by name")]


def get_person(db: Database, person_id: int) -> dict[str, Any]:
    """The people row with this id; NotFoundError if there is none."""
    return dict(db.table("people").get(person_id))


def people_by_id(db: Database) -> dict[int, dict[str, Any]]:
    """Every people row, by id."""
    return {int(row["id"]): row for row in db.query("select * from people")}


def count_people(db: Database) -> int:
    """People in the map."""
    return int(db.execute("select count(*) from people").fetchone()[0])


def list_advocates(db: Database) -> list[dict[str, Any]]:
    """``name`` and ``relation`` of everyone marked advocate, by name."""
    return list(db.query("select name, relation from people where advocate = 1 order by name"))


def people_with_meetings(db: Database) -> list[dict[str, Any]]:
    """Everyone in the map with their last interaction (``last_met``) and ``meetings``."""
    return list(
        db.query(
            """
            select p.id, p.name, p.relation, p.how_met, p.worked_on, p.advocate, p.status,
              (select max(at) from interactions i where i.person_id = p.id) as last_met,
              (select count(*) from interactions i where i.person_id = p.id) as meetings
            from people p order by p.name collate nocase
            """
        )
    )


def names_and_emails(db: Database) -> list[tuple[int, str, str | None]]:
    """``(id, name, emails)`` of everyone in the map, by id, ``emails`` as the stored JSON:
    what matching calendar attendees to people reads, and what the sync fingerprints."""
    rows = db.execute("select id, name, emails from people order by id")
    return [(int(pid), str(name), emails) for pid, name, emails in rows]


def people_without_status(db: Database, statuses: Sequence[str]) -> list[dict[str, Any]]:
    """``id``, ``name``, ``relation`` and ``created_at`` of everyone whose status (any case;
    none counts as ``active``) is not one of ``statuses`` (lower-case), by name."""
    marks = ",".join("?" * len(statuses))
    return list(
        db.query(
            "select id, name, relation, created_at from people "
            f"where coalesce(lower(status), 'active') not in ({marks}) order by name",
            list(statuses),
        )
    )


def names_with_relation(db: Database, relations: Sequence[str]) -> tuple[str, ...]:
    """The names of everyone whose relation is one of ``relations``, alphabetically."""
    marks = ",".join("?" * len(relations))
    rows = db.query(
        f"select name from people where relation in ({marks}) order by name", list(relations)
    )
    return tuple(str(row["name"]) for row in rows)


def mention_dates(db: Database) -> list[dict[str, Any]]:
    """``person_id``, ``occurred_on`` and ``created_at`` of every link from a live entry to a
    person: when each was last in contact through the log, as the entries tell it."""
    return list(
        db.query(
            """select ep.person_id, e.occurred_on, e.created_at from entry_people ep
               join entries e on e.id = ep.entry_id where e.deleted_at is null"""
        )
    )
