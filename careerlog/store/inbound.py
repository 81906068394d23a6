"""The ``inbound_messages`` table: one row per message the intake read, and its outcome.

This module owns the table: statements that read or write it belong here (its schema is
in :mod:`careerlog.store.migrations`), so the columns and the status words have one
place. The intake's recording of new messages is still to move here (issue 19).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def inbound_message(db: Database, inbound_id: int) -> dict[str, Any]:
    """The stored message (subject, message id, raw bytes …); NotFoundError if unknown."""
    return dict(db.table("inbound_messages").get(inbound_id))


def record_outcome(
    db: Database, inbound_id: int, *, status: str, prompt_id: int, new_text: str
) -> None:
    """What handling the message came to, the prompt it answered and its new text."""
    db.table("inbound_messages").update(
        inbound_id, {"status": status, "prompt_id": prompt_id, "new_text": new_text}
    )


def count_inbound(db: Database) -> int:
    """Messages the intake has read, whatever came of them."""
    return int(db.execute("select count(*) from inbound_messages").fetchone()[0])
