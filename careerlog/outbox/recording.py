"""Mail careerlog sends on its own (prompts, briefs, digests, confirmations) is one
``prompts`` row each, recorded in the same transaction as its outbox row.

``(kind, period)`` is unique: that index is what makes each mail go out exactly
once, also when two processes race. A forced resend takes the key ``<period>+2``,
``+3``, …, so the first one stays on record.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from sqlite_utils import Database

from careerlog.outbox.queue import enqueue
from careerlog.store.db import iso


def prompt_exists(db: Database, kind: str, period: str) -> bool:
    rows = db.query("select 1 from prompts where kind = ? and period = ?", [kind, period])
    return bool(list(rows))


def forced_key(db: Database, kind: str, period: str) -> str:
    """The first free ``<period>+<n>`` key for sending a mail of ``kind`` again."""
    n = 2
    while prompt_exists(db, kind, f"{period}+{n}"):
        n += 1
    return f"{period}+{n}"


def record_and_queue(
    db: Database,
    message: EmailMessage,
    *,
    kind: str,
    period: str,
    token: str,
    subject: str,
    body_text: str,
    now: datetime,
    person_id: int | None = None,
) -> int:
    """Insert the prompts row and queue the mail; call inside the caller's transaction.

    Raises ``sqlite3.IntegrityError`` when this (kind, period) exists already.
    """
    table = db.table("prompts")
    table.insert(
        {
            "kind": kind,
            "period": period,
            "token": token,
            "message_id": str(message["Message-ID"]),
            "subject": subject,
            "body_text": body_text,
            "person_id": person_id,
            "created_at": iso(now),
        }
    )
    assert table.last_pk is not None
    prompt_id = int(table.last_pk)
    enqueue(db, message, kind=kind, prompt_id=prompt_id, now=now)
    return prompt_id
