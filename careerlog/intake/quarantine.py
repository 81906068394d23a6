"""Mail that may not write into the log: kept raw (or its headers), never answered, reviewable."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.mail.headers import header_block
from careerlog.store.db import utcnow


def kept_of(raw: bytes, limit: int) -> bytes | None:
    """What the database keeps of a quarantined message: all of it (None) up to ``limit``.

    Above ``[limits] max_quarantine_bytes`` only the headers and a note are kept, so a
    stranger cannot fill the database; the whole message stays on the mail server.
    """
    if len(raw) <= limit:
        return None
    note = (
        f"careerlog kept only the headers of this message: it is {len(raw):,} bytes, more "
        f"than [limits] max_quarantine_bytes = {limit:,}. The whole message is still on "
        "the mail server."
    )
    return header_block(raw) + b"\r\n\r\n" + note.encode() + b"\r\n"


def quarantine(db: Database, inbound_id: int, reason: str) -> None:
    db.table("quarantine").insert(
        {"inbound_id": inbound_id, "reason": reason, "created_at": utcnow()}
    )
    db.table("inbound_messages").update(inbound_id, {"status": "quarantined", "error": reason})


def list_quarantine(db: Database, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    where = "" if include_resolved else "where q.resolution is null"
    return list(
        db.query(
            f"""select q.id, q.reason, q.created_at, q.resolution, m.from_addr, m.subject,
                  m.id as inbound_id
                from quarantine q join inbound_messages m on m.id = q.inbound_id
                {where} order by q.id"""
        )
    )


def get_quarantined(db: Database, quarantine_id: int) -> dict[str, Any]:
    rows = list(
        db.query(
            """select q.*, m.raw, m.from_addr, m.subject, m.prompt_id, m.message_id, m.message_key,
                  m.headers_only, m.size, m.account, m.folder, m.uidvalidity, m.uid
               from quarantine q join inbound_messages m on m.id = q.inbound_id
               where q.id = ?""",
            [quarantine_id],
        )
    )
    if not rows:
        raise UserError(
            f"no quarantined message #{quarantine_id}; 'careerlog quarantine list' shows them"
        )
    return rows[0]


def resolve(db: Database, quarantine_id: int, resolution: str) -> dict[str, Any]:
    row = get_quarantined(db, quarantine_id)
    if row["resolution"]:
        raise UserError(f"quarantined message #{quarantine_id} was already {row['resolution']}")
    db.table("quarantine").update(
        quarantine_id, {"resolution": resolution, "resolved_at": utcnow()}
    )
    return row


def count_held(db: Database) -> int:
    """Quarantined messages nobody has accepted or dropped yet."""
    rows = db.execute("select count(*) from quarantine where resolution is null")
    return int(rows.fetchone()[0])
