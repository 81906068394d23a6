"""A reply to a brief: your notes about that relationship.

Called by the intake (inside the transaction that stores the reply's entries) when the
reply answers a prompt of kind ``brief``. The new text becomes one
``relationship_notes`` row for the brief's person; the next brief to that person shows
it and lists its follow-ups. The parser already files ``feedback:`` lines as skill
entries with ``skill_kind`` "feedback"; here those feedback entries are linked to the
person (it is feedback *from* them), and evidence written in the reply is marked
surfaced to them (you just told them), so the next brief does not repeat it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from careerlog.parsers import ParsedReply
from careerlog.store.briefs import add_notes, mark_surfaced
from careerlog.store.db import utcnow
from careerlog.store.entries import entry_rows, link_people

log = logging.getLogger(__name__)


def record_brief_reply(
    db: Database,
    prompt: dict[str, Any],
    reply: ParsedReply,
    entry_ids: Sequence[int],
    inbound_id: int,
) -> int | None:
    """Store the reply as notes on the brief's relationship; the notes id, or None."""
    person_id = prompt.get("person_id")
    text = (reply.new_text or "").strip()
    if person_id is None or reply.auto_reply or reply.skipped or not text:
        return None
    person_id = int(person_id)
    now = utcnow()
    with db.atomic():
        notes_id = add_notes(
            db,
            person_id=person_id,
            at=now,
            text=text,
            inbound_id=inbound_id,
            prompt_id=int(prompt["id"]),
        )
        if entry_ids:
            rows = entry_rows(db, entry_ids).values()
            feedback = [
                r["id"] for r in rows if r["kind"] == "skill" and r["skill_kind"] == "feedback"
            ]
            link_people(db, feedback, person_id)
            told = [r["id"] for r in rows if r["kind"] == "evidence"]
            mark_surfaced(db, told, person_id=person_id, prompt_id=int(prompt["id"]), at=now)
    log.info("brief reply %s stored as notes on person %s", inbound_id, person_id)
    return notes_id
