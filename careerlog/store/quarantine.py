"""The ``quarantine`` table: mail held back until the user accepts or drops it.

This module owns the table; what holding a message means, and what the user is
told about one, is the intake's (:mod:`careerlog.intake.quarantine`).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from careerlog.store.db import utcnow


def hold(db: Database, inbound_id: int, reason: str) -> None:
    """A quarantine row for the stored message, held for ``reason``."""
    db.table("quarantine").insert(
        {"inbound_id": inbound_id, "reason": reason, "created_at": utcnow()}
    )


def list_quarantine(db: Database, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Held messages with their sender and subject, oldest first."""
    where = "" if include_resolved else "where q.resolution is null"
    return list(
        db.query(
            f"""select q.id, q.reason, q.created_at, q.resolution, m.from_addr, m.subject,
                  m.id as inbound_id
                from quarantine q join inbound_messages m on m.id = q.inbound_id
                {where} order by q.id"""
        )
    )


def held_message(db: Database, quarantine_id: int) -> dict[str, Any] | None:
    """The quarantine row with the stored message it holds (raw bytes included)."""
    rows = list(
        db.query(
            """select q.*, m.raw, m.from_addr, m.subject, m.prompt_id, m.message_id, m.message_key,
                  m.headers_only, m.size, m.account, m.folder, m.uidvalidity, m.uid
               from quarantine q join inbound_messages m on m.id = q.inbound_id
               where q.id = ?""",
            [quarantine_id],
        )
    )
    return rows[0] if rows else None


def record_resolution(db: Database, quarantine_id: int, resolution: str) -> None:
    """The user's answer (``accepted`` or ``dropped``), now."""
    db.table("quarantine").update(
        quarantine_id, {"resolution": resolution, "resolved_at": utcnow()}
    )


def count_held(db: Database) -> int:
    """Quarantined messages nobody has accepted or dropped yet."""
    rows = db.execute("select count(*) from quarantine where resolution is null")
    return int(rows.fetchone()[0])
