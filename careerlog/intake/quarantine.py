"""Mail that may not write into the log: kept raw (or its headers), never answered, reviewable."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.mail.headers import header_block
from careerlog.store.inbound import mark_quarantined
from careerlog.store.quarantine import held_message, hold, record_resolution


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
    """Hold the stored message for review: nothing is logged or answered until accepted."""
    hold(db, inbound_id, reason)
    mark_quarantined(db, inbound_id, reason)


def get_quarantined(db: Database, quarantine_id: int) -> dict[str, Any]:
    row = held_message(db, quarantine_id)
    if row is None:
        raise UserError(
            f"no quarantined message #{quarantine_id}; 'careerlog quarantine list' shows them"
        )
    return row


def resolve(db: Database, quarantine_id: int, resolution: str) -> dict[str, Any]:
    row = get_quarantined(db, quarantine_id)
    if row["resolution"]:
        raise UserError(f"quarantined message #{quarantine_id} was already {row['resolution']}")
    record_resolution(db, quarantine_id, resolution)
    return row
