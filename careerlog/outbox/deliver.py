"""Send what is due from the outbox, retrying with backoff, never sending a mail twice.

The order of writes is the whole point:

1. *claim*: a compare-and-set on ``next_attempt_at`` pushes the row a lease into the
   future and counts the attempt, so a second process (``careerlog send`` next to the
   daemon) cannot pick the same row, and a crash mid-send shows up as an attempt;
2. *send*;
3. *acceptance*: the moment the server (or command, or Maildir) accepts, ``accepted_at``
   is committed in its own transaction, before anything else happens;
4. *finish*: ``status = 'sent'`` and the prompt's ``sent_at``.

A crash between 3 and 4 leaves ``accepted_at`` set and ``status = 'pending'``; the next
pass only finishes such rows and never sends them again. (A crash between the server's
250 and step 3 cannot be closed by any client; it is a few microseconds wide.)
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config, OutboxConfig
from careerlog.outbox.transports import DeliveryError, Transport, transport_for
from careerlog.store.db import iso

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)
#: a mail is declared dead only after this many failed attempts *and* give_up_after_hours,
#: so a laptop that was off for a week still tries a few times before giving up
MIN_ATTEMPTS_BEFORE_DEAD = 3


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.sent + self.retried + self.dead


def backoff(attempts: int, settings: OutboxConfig, rng: random.Random | None = None) -> float:
    """Seconds to wait after the ``attempts``-th failure: doubling, capped, with jitter.

    The jitter ("equal jitter": half fixed, half random) keeps many queued mails from
    hitting a recovering server in the same second.
    """
    base = min(settings.retry_max, settings.retry_initial * 2 ** max(attempts - 1, 0))
    return base / 2 + (rng or random).uniform(0, base / 2)


def deliver_due(config: Config, db: Database, now: datetime | None = None) -> DeliveryReport:
    """Deliver every pending mail whose time has come; see the module docstring."""
    now = now or clock.now()
    report = DeliveryReport()
    _finish_accepted(db, now)
    due = list(
        db.query(
            """select id, message_id, kind, recipients, raw, attempts, next_attempt_at,
                 queued_at, prompt_id from outbox
               where status = 'pending' and accepted_at is null and next_attempt_at <= ?
               order by next_attempt_at, id""",
            [iso(now)],
        )
    )
    if not due:
        return report
    transport: Transport | None = None
    try:
        for row in due:
            if not _claim(db, row, now):
                continue
            try:
                if transport is None:
                    transport = transport_for(config)
                transport.send(row["raw"], config.user.email, json.loads(row["recipients"]))
            except DeliveryError as exc:
                _failed(config, db, row, exc, now, report)
                continue
            record_acceptance(db, row["id"], now)
            finish(db, row["id"], row["prompt_id"], now)
            report.sent += 1
            log.info("sent %s mail %s via %s", row["kind"], row["message_id"], transport.name)
    finally:
        if transport is not None:
            transport.close()
    return report


def _claim(db: Database, row: dict[str, Any], now: datetime) -> bool:
    with db.atomic():
        cursor = db.execute(
            """update outbox set next_attempt_at = ?, attempts = attempts + 1
               where id = ? and status = 'pending' and accepted_at is null
                 and next_attempt_at = ?""",
            [iso(now + LEASE), row["id"], row["next_attempt_at"]],
        )
    if cursor.rowcount == 1:
        row["attempts"] += 1
        return True
    return False


def record_acceptance(db: Database, outbox_id: int, now: datetime) -> None:
    """Commit, on its own, that the mail left: from here on it is never sent again."""
    with db.atomic():
        db.execute("update outbox set accepted_at = ? where id = ?", [iso(now), outbox_id])


def finish(db: Database, outbox_id: int, prompt_id: int | None, now: datetime) -> None:
    with db.atomic():
        db.execute("update outbox set status = 'sent', last_error = null where id = ?", [outbox_id])
        if prompt_id is not None:
            db.execute(
                "update prompts set sent_at = ? where id = ? and sent_at is null",
                [iso(now), prompt_id],
            )


def _finish_accepted(db: Database, now: datetime) -> None:
    """Rows accepted by the server before a crash: mark them sent, do not send again."""
    rows = db.query(
        "select id, prompt_id, accepted_at from outbox "
        "where status = 'pending' and accepted_at is not null"
    )
    for row in list(rows):
        log.info("outbox mail #%s was accepted before a restart; marking it sent", row["id"])
        finish(db, row["id"], row["prompt_id"], datetime.fromisoformat(row["accepted_at"]))


def _failed(
    config: Config,
    db: Database,
    row: dict[str, Any],
    exc: DeliveryError,
    now: datetime,
    report: DeliveryReport,
) -> None:
    error = str(exc)
    report.errors.append(f"#{row['id']}: {error}")
    age = now - datetime.fromisoformat(row["queued_at"])
    give_up = timedelta(hours=config.outbox.give_up_after_hours)
    expired = age >= give_up and row["attempts"] >= MIN_ATTEMPTS_BEFORE_DEAD
    if exc.permanent or expired:
        why = "refused for good" if exc.permanent else f"undeliverable for {age}"
        with db.atomic():
            db.execute(
                "update outbox set status = 'dead', last_error = ? "
                "where id = ? and accepted_at is null",
                [error, row["id"]],
            )
        report.dead += 1
        log.error(
            "gave up on %s mail #%s (%s): %s; after fixing it, run 'careerlog outbox retry %s'",
            row["kind"],
            row["id"],
            why,
            error,
            row["id"],
        )
        return
    wait = backoff(row["attempts"], config.outbox)
    with db.atomic():
        db.execute(
            "update outbox set next_attempt_at = ?, last_error = ? where id = ?",
            [iso(now + timedelta(seconds=wait)), error, row["id"]],
        )
    report.retried += 1
    log.warning(
        "could not send %s mail #%s (attempt %s): %s; next try in %.0f s",
        row["kind"],
        row["id"],
        row["attempts"],
        error,
        wait,
    )
