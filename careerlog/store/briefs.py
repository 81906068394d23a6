"""What the briefs remember: your notes on a relationship, and what each brief showed.

``relationship_notes`` holds a reply to a brief, for the next brief to that person.
``surfaced`` holds which entries a brief (or a brief reply) already put in front of
a person, so the next brief shows only what is new to them; the entries of an
earlier copy of a forced resend (``resurface``) count as not shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from careerlog.store.db import insert_row, iso
from careerlog.store.goals import GOAL_TITLE_OF_ENTRY


def add_notes(
    db: Database, *, person_id: int, at: str, text: str, inbound_id: int, prompt_id: int
) -> int:
    """Store a brief reply as notes on the person; the new row's id."""
    return insert_row(
        db,
        "relationship_notes",
        {
            "person_id": person_id,
            "at": at,
            "text": text,
            "inbound_id": inbound_id,
            "prompt_id": prompt_id,
        },
    )


def notes_on_brief(db: Database, prompt_id: int) -> list[dict[str, Any]]:
    """The notes written in reply to one brief, oldest first."""
    return list(
        db.query(
            "select * from relationship_notes where prompt_id = ? order by at, id", [prompt_id]
        )
    )


def mark_surfaced(
    db: Database, entry_ids: Iterable[int], *, person_id: int, prompt_id: int, at: str
) -> None:
    """These entries were put in front of the person (once each; repeats are ignored)."""
    db.table("surfaced").insert_all(
        (
            {"entry_id": entry_id, "person_id": person_id, "prompt_id": prompt_id, "at": at}
            for entry_id in dict.fromkeys(entry_ids)
        ),
        ignore=True,
    )


def unshown_entries(
    db: Database,
    person_id: int,
    kind: str,
    since: datetime,
    *,
    naming_person: bool = False,
    skill_kinds: tuple[str, ...] = (),
    resurface: tuple[int, ...] = (),
) -> list[dict[str, Any]]:
    """Entries of ``kind`` logged (or dated) since ``since``, not yet shown to the person.

    ``naming_person``: only entries about the person; ``skill_kinds``: only these.
    """
    again = ",".join("?" * len(resurface)) or "-1"
    extra = ""
    params: list[Any] = []
    if naming_person:
        extra += (
            " and exists (select 1 from entry_people ep"
            " where ep.entry_id = e.id and ep.person_id = ?)"
        )
        params.append(person_id)
    if skill_kinds:
        extra += f" and e.skill_kind in ({','.join('?' * len(skill_kinds))})"
        params.extend(skill_kinds)
    sql = f"""
      select e.*, {GOAL_TITLE_OF_ENTRY} as goal_title
      from entries e
      where e.kind = ? and e.deleted_at is null
        and (e.created_at >= ? or e.occurred_on >= ?)
        and not exists (select 1 from surfaced s where s.entry_id = e.id and s.person_id = ?
                        and coalesce(s.prompt_id, 0) not in ({again}))
        {extra}
      order by coalesce(e.occurred_on, substr(e.created_at, 1, 10)) desc, e.id desc"""
    rows = db.query(
        sql, [kind, iso(since), since.date().isoformat(), person_id, *resurface, *params]
    )
    found = []
    for row in rows:
        row["metrics"] = json.loads(row["metrics"] or "[]")
        row["goal"] = row.pop("goal_title")
        found.append(row)
    return found
