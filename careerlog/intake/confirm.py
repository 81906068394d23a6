"""The confirmation mail: what was logged, numbered, and how to correct it.

It is recorded as a prompt of kind ``confirmation`` (period ``in<message id>``)
so that a reply to it is read as corrections, and it goes out through the
outbox inside the same transaction as the entries it confirms.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config
from careerlog.intake.outcome import Outcome
from careerlog.mail.identity import new_token
from careerlog.prompts.compose import compose_mail
from careerlog.prompts.record import record_and_queue
from careerlog.templating import render


def _entries(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r["id"]: r for r in db.query(f"select * from entries where id in ({marks})", ids)}
    return [rows[i] for i in ids if i in rows]


def enqueue_confirmation(
    config: Config,
    db: Database,
    outcome: Outcome,
    *,
    applied: list[str] | None = None,
    not_understood: list[str] | None = None,
) -> int:
    """Compose, record and queue the confirmation for one handled message."""
    assert outcome.inbound_id is not None
    inbound = db.table("inbound_messages").get(outcome.inbound_id)
    entries = _entries(db, outcome.entry_ids)
    context = {
        "user": config.user,
        "entries": entries,
        "live": [e for e in entries if e["deleted_at"] is None],
        "applied": applied,
        "not_understood": not_understood or [],
        "corrections": applied is not None,
    }
    # Numbering always refers to the message the entries came from, so a reply to a
    # "corrections applied" mail corrects the same list again.
    source_id = entries[0]["inbound_id"] if entries else outcome.inbound_id
    period = f"in{source_id}"
    if applied is None:
        subject = f"Logged {len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
    else:
        subject = f"Corrections applied ({len(applied)})"
    token = new_token()
    text = render("confirmation.txt", context)
    message = compose_mail(
        config,
        kind="confirmation",
        period=period,
        subject=subject,
        text=text,
        html=render("confirmation.html", context),
        token=token,
        in_reply_to=str(inbound["message_id"] or "") or None,
    )
    return record_and_queue(
        db,
        message,
        kind="confirmation",
        period=f"{period}-{token}",
        token=token,
        subject=subject,
        body_text=text,
        now=clock.now(),
    )
