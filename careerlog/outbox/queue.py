"""Queue a mail in the outbox before anything tries to send it; put given-up mail back.

Storing first means a crash, a full disk on the server or a night without network
never loses a prompt: the row waits with ``status = 'pending'`` and a
``next_attempt_at``. Message-ID is unique, so enqueueing the same mail twice is a no-op.
"""

from __future__ import annotations

import logging
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses

from sqlite_utils import Database

from careerlog import clock
from careerlog.errors import UserError
from careerlog.store import outbox as table

log = logging.getLogger(__name__)


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
    existing = table.id_for_message(db, message_id)
    if existing is not None:
        return existing
    # Bcc must never travel in the headers; the envelope keeps the recipients.
    del message["Bcc"]
    raw = message.as_bytes(policy=policy.SMTP)
    with db.atomic():
        table.add_mail(
            db,
            message_id=message_id,
            kind=kind,
            recipients=recipients,
            raw=raw,
            prompt_id=prompt_id,
            at=now or clock.now(),
        )
    outbox_id = table.id_for_message(db, message_id)
    assert outbox_id is not None
    log.info("queued %s mail (outbox #%s)", kind, outbox_id)
    return outbox_id


def requeue(
    db: Database, ids: list[int] | None = None, *, now: datetime | None = None
) -> list[int]:
    """Put dead mail (all of it when ``ids`` is None) back in the queue, due now.

    Attempts start again from zero, so a re-queued mail gets a fresh series of
    retries before it can be declared dead again. A mail the server already
    accepted is never re-queued: that would send it twice.
    """
    at = now or clock.now()
    if ids is None:
        ids = table.dead_ids(db)
    done: list[int] = []
    for outbox_id in ids:
        state = table.state_of(db, outbox_id)
        if state is None:
            raise UserError(f"no outbox mail #{outbox_id}; 'careerlog outbox list' shows them")
        if state["accepted_at"] or state["status"] == "sent":
            raise UserError(f"outbox mail #{outbox_id} was already sent; it is not sent again")
        if state["status"] == "sending":
            raise UserError(
                f"outbox mail #{outbox_id} is being sent, or its last send was interrupted "
                "and careerlog is checking whether it arrived; it is not re-queued"
            )
        with db.atomic():
            table.requeue_dead(db, outbox_id, at)
        log.info("outbox mail #%s re-queued", outbox_id)
        done.append(outbox_id)
    return done
