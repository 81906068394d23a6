"""The ``outbox`` table: one row per outgoing mail, from queued to sent (or given up).

Every statement on the table is here, so the states and their moves can be read in
one place: ``pending`` → (claim) ``sending`` → ``sent``; a failed try goes back to
``pending`` with a later ``next_attempt_at``, or to ``dead``; ``outbox retry`` puts
``dead`` back to ``pending``. Each move is a compare-and-set on the state the caller
saw, so two processes never move the same mail twice. Callers choose the transaction
(:mod:`careerlog.outbox.deliver` explains the order of writes).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from careerlog.store.db import iso

STATUSES = ("pending", "sending", "sent", "dead")


def id_for_message(db: Database, message_id: str) -> int | None:
    rows = list(db.query("select id from outbox where message_id = ?", [message_id]))
    return int(rows[0]["id"]) if rows else None


def add_mail(
    db: Database,
    *,
    message_id: str,
    kind: str,
    recipients: list[str],
    raw: bytes,
    prompt_id: int | None,
    at: datetime,
) -> None:
    """Queue a mail, due at once; a Message-ID already queued is left as it is."""
    db.execute(
        """insert or ignore into outbox (message_id, kind, recipients, raw, status,
             attempts, next_attempt_at, prompt_id, created_at, queued_at)
           values (?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?)""",
        [message_id, kind, json.dumps(recipients), raw, iso(at), prompt_id, iso(at), iso(at)],
    )


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


def dead_ids(db: Database) -> list[int]:
    return [int(r["id"]) for r in db.query("select id from outbox where status = 'dead'")]


def state_of(db: Database, outbox_id: int) -> dict[str, Any] | None:
    """``status`` and ``accepted_at`` of one mail (None: no such mail)."""
    rows = list(db.query("select status, accepted_at from outbox where id = ?", [outbox_id]))
    return rows[0] if rows else None


def state_of_prompt(db: Database, prompt_id: int) -> dict[str, Any] | None:
    """``status`` and ``last_error`` of the mail queued for one prompt (None: none)."""
    rows = list(db.query("select status, last_error from outbox where prompt_id = ?", [prompt_id]))
    return rows[0] if rows else None


def count_by_status(db: Database) -> dict[str, int]:
    """How many mails are in each of :data:`STATUSES` (0 where none)."""
    counts = dict.fromkeys(STATUSES, 0)
    for row in db.query("select status, count(*) as n from outbox group by status"):
        counts[row["status"]] = int(row["n"])
    return counts


def requeue_dead(db: Database, outbox_id: int, at: datetime) -> None:
    """Due now with a fresh series of attempts (only from ``pending`` or ``dead``)."""
    db.execute(
        """update outbox set status = 'pending', attempts = 0, next_attempt_at = ?,
             queued_at = ? where id = ? and status in ('pending', 'dead')""",
        [iso(at), iso(at), outbox_id],
    )


def due_mails(db: Database, now: datetime) -> list[dict[str, Any]]:
    """Pending mail whose time has come, oldest due first, with its raw bytes."""
    return list(
        db.query(
            """select id, message_id, kind, recipients, raw, attempts, next_attempt_at,
                 queued_at, prompt_id from outbox
               where status = 'pending' and next_attempt_at <= ?
               order by next_attempt_at, id""",
            [iso(now)],
        )
    )


def claim(db: Database, outbox_id: int, seen_due_at: str, lease_until: datetime) -> bool:
    """``pending`` → ``sending`` if nobody moved the mail since it was read; count the try."""
    cursor = db.execute(
        """update outbox set status = 'sending', next_attempt_at = ?,
             attempts = attempts + 1
           where id = ? and status = 'pending' and next_attempt_at = ?""",
        [iso(lease_until), outbox_id, seen_due_at],
    )
    return cursor.rowcount == 1


def mark_sent(db: Database, outbox_id: int, at: datetime) -> None:
    db.execute(
        """update outbox set status = 'sent', accepted_at = coalesce(accepted_at, ?),
             last_error = null where id = ?""",
        [iso(at), outbox_id],
    )


def interrupted_mails(db: Database) -> list[dict[str, Any]]:
    """Mail whose send was never recorded as done or failed.

    Before ``sending`` existed, an accepted mail waited as ``pending`` with ``accepted_at``.
    """
    return list(
        db.query(
            """select id, kind, message_id, prompt_id, next_attempt_at, accepted_at from outbox
               where status = 'sending' or (status = 'pending' and accepted_at is not null)"""
        )
    )


def release(db: Database, outbox_id: int, seen_due_at: str, at: datetime) -> None:
    """``sending`` → ``pending``, due at ``at``, if nobody moved the mail since it was read."""
    db.execute(
        "update outbox set status = 'pending', next_attempt_at = ? "
        "where id = ? and status = 'sending' and next_attempt_at = ?",
        [iso(at), outbox_id, seen_due_at],
    )


def note_error(db: Database, outbox_id: int, error: str) -> None:
    db.execute("update outbox set last_error = ? where id = ?", [error, outbox_id])


def mark_dead(db: Database, outbox_id: int, error: str) -> None:
    db.execute("update outbox set status = 'dead', last_error = ? where id = ?", [error, outbox_id])


def retry_later(db: Database, outbox_id: int, at: datetime, error: str) -> None:
    db.execute(
        "update outbox set status = 'pending', next_attempt_at = ?, last_error = ? where id = ?",
        [iso(at), error, outbox_id],
    )
