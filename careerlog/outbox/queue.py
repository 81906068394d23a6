"""The outbox table: every outgoing mail is stored here before anything tries to send it.

Storing first means a crash, a full disk on the server or a night without network
never loses a prompt: the row waits with ``status = 'pending'`` and a
``next_attempt_at``. Message-ID is unique, so enqueueing the same mail twice is a no-op.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.errors import UserError
from careerlog.store.db import iso

log = logging.getLogger(__name__)

STATUSES = ("pending", "sending", "sent", "dead")


def recipients_of(message: EmailMessage) -> list[str]:
    fields = [str(v) for name in ("To", "Cc", "Bcc") for v in message.get_all(name, [])]
    return [addr for _, addr in getaddresses(fields) if addr]


def enqueue(
    db: Database,
    message: EmailMessage,
    *,
    kind: str,
    prompt_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Store ``message`` for delivery and return its outbox id (the existing one if queued)."""
    message_id = str(message.get("Message-ID") or "").strip()
    if not message_id:
        raise ValueError("an outgoing mail needs a Message-ID before it is queued")
    recipients = recipients_of(message)
    if not recipients:
        raise ValueError(f"{message_id} has no recipients")
    existing = _id_for(db, message_id)
    if existing is not None:
        return existing
    # Bcc must never travel in the headers; the envelope keeps the recipients.
    del message["Bcc"]
    at = iso(now or clock.now())
    with db.atomic():
        db.execute(
            """insert or ignore into outbox (message_id, kind, recipients, raw, status,
                 attempts, next_attempt_at, prompt_id, created_at, queued_at)
               values (?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)""",
            [
                message_id,
                kind,
                json.dumps(recipients),
                message.as_bytes(policy=policy.SMTP),
                at,
                prompt_id,
                at,
                at,
            ],
        )
    outbox_id = _id_for(db, message_id)
    assert outbox_id is not None
    log.info("queued %s mail (outbox #%s)", kind, outbox_id)
    return outbox_id


def _id_for(db: Database, message_id: str) -> int | None:
    rows = list(db.query("select id from outbox where message_id = ?", [message_id]))
    return int(rows[0]["id"]) if rows else None


def list_outbox(db: Database, status: str | None = None) -> list[dict[str, Any]]:
    """Outbox rows without the raw bytes, newest first."""
    where, params = ("where status = ?", [status]) if status else ("", [])
    return list(
        db.query(
            f"""select id, message_id, kind, recipients, status, attempts, next_attempt_at,
                  accepted_at, last_error, prompt_id, created_at, length(raw) as size
                from outbox {where} order by id desc""",
            params,
        )
    )


def requeue(
    db: Database, ids: list[int] | None = None, *, now: datetime | None = None
) -> list[int]:
    """Put dead mail (all of it when ``ids`` is None) back in the queue, due now.

    Attempts start again from zero, so a re-queued mail gets a fresh series of
    retries before it can be declared dead again. A mail the server already
    accepted is never re-queued: that would send it twice.
    """
    at = iso(now or clock.now())
    if ids is None:
        ids = [int(r["id"]) for r in db.query("select id from outbox where status = 'dead'")]
    done: list[int] = []
    for outbox_id in ids:
        rows = list(db.query("select status, accepted_at from outbox where id = ?", [outbox_id]))
        if not rows:
            raise UserError(f"no outbox mail #{outbox_id}; 'careerlog outbox list' shows them")
        if rows[0]["accepted_at"] or rows[0]["status"] == "sent":
            raise UserError(f"outbox mail #{outbox_id} was already sent; it is not sent again")
        if rows[0]["status"] == "sending":
            raise UserError(
                f"outbox mail #{outbox_id} is being sent, or its last send was interrupted "
                "and careerlog is checking whether it arrived; it is not re-queued"
            )
        with db.atomic():
            db.execute(
                """update outbox set status = 'pending', attempts = 0, next_attempt_at = ?,
                     queued_at = ? where id = ? and status in ('pending', 'dead')""",
                [at, at, outbox_id],
            )
        log.info("outbox mail #%s re-queued", outbox_id)
        done.append(outbox_id)
    return done


def count_by_status(db: Database) -> dict[str, int]:
    """How many outbox mails are in each of :data:`STATUSES` (0 where none)."""
    counts = dict.fromkeys(STATUSES, 0)
    for row in db.query("select status, count(*) as n from outbox group by status"):
        counts[row["status"]] = int(row["n"])
    return counts


def state_of_prompt(db: Database, prompt_id: int) -> dict[str, Any]:
    """The outbox ``status`` and ``last_error`` of the mail queued for one prompt."""
    rows = list(db.query("select status, last_error from outbox where prompt_id = ?", [prompt_id]))
    if not rows:
        raise UserError(f"no outbox mail for prompt #{prompt_id}")
    return rows[0]
