"""Mail careerlog sends on its own (prompts, briefs, digests, confirmations) is one
``prompts`` row each, recorded in the same transaction as its outbox row.

``(kind, period)`` is unique: that index is what makes each mail go out exactly
once, also when two processes race. A forced resend takes the key ``<period>+2``,
``+3``, … (see :mod:`careerlog.outbox.keys`), so the first one stays on record.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from sqlite_utils import Database

from careerlog.outbox.queue import enqueue
from careerlog.store.db import iso
from careerlog.store.prompts import add_prompt


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
    prompt_id = add_prompt(
        db,
        kind=kind,
        period=period,
        token=token,
        message_id=str(message["Message-ID"]),
        subject=subject,
        body_text=body_text,
        created_at=iso(now),
        person_id=person_id,
    )
    enqueue(db, message, kind=kind, prompt_id=prompt_id, now=now)
    return prompt_id
