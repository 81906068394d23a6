"""The ``inbound_messages`` table: one row per message the intake read, and its outcome.

This module owns the table: statements that write it belong here (its schema is in
:mod:`careerlog.store.migrations`), so the columns and the status words have one
place. What counts as the same message, and what each outcome means, is the
intake's (:mod:`careerlog.intake.record`, :mod:`careerlog.intake.process`).
"""

from __future__ import annotations

from typing import Any, Literal

from sqlite_utils import Database

from careerlog.store.db import insert_row, utcnow


def inbound_message(db: Database, inbound_id: int) -> dict[str, Any]:
    """The stored message (subject, message id, raw bytes …); NotFoundError if unknown."""
    return dict(db.table("inbound_messages").get(inbound_id))


def inbound_id_by_key(db: Database, message_key: str) -> int | None:
    """The message already stored under ``message_key`` (its dedupe key), if any."""
    row = db.execute(
        "select id from inbound_messages where message_key = ?", [message_key]
    ).fetchone()
    return None if row is None else int(row[0])


def add_inbound(
    db: Database,
    *,
    message_key: str,
    message_id: str,
    from_addr: str,
    subject: str,
    date: str,
    raw: bytes,
    size: int,
    headers_only: bool,
    account: str | None,
    folder: str | None,
    uidvalidity: int | None,
    uid: int | None,
) -> int:
    """Store a message with status ``stored``; its id.

    ``raw`` is what is kept (the headers and a note when ``headers_only``), ``size``
    the size of the whole message.
    """
    return insert_row(
        db,
        "inbound_messages",
        {
            "message_key": message_key,
            "message_id": message_id,
            "from_addr": from_addr,
            "subject": subject,
            "date": date,
            "received_at": utcnow(),
            "raw": raw,
            "size": size,
            "headers_only": int(headers_only),
            "status": "stored",
            "account": account,
            "folder": folder,
            "uidvalidity": uidvalidity,
            "uid": uid,
        },
    )


def record_outcome(
    db: Database, inbound_id: int, *, status: str, prompt_id: int | None, new_text: str
) -> None:
    """What handling the message came to, the prompt it answered and its new text."""
    db.table("inbound_messages").update(
        inbound_id, {"status": status, "prompt_id": prompt_id, "new_text": new_text}
    )


def record_problem(
    db: Database, inbound_id: int, *, status: str, prompt_id: int | None, error: str
) -> None:
    """What handling the message came to when it could not be read as usual, and why."""
    db.table("inbound_messages").update(
        inbound_id, {"status": status, "prompt_id": prompt_id, "error": error}
    )


def mark_quarantined(db: Database, inbound_id: int, reason: str) -> None:
    """The message waits in quarantine (see :mod:`careerlog.store.quarantine`) for ``reason``."""
    db.table("inbound_messages").update(inbound_id, {"status": "quarantined", "error": reason})


def set_error(db: Database, inbound_id: int, error: str) -> None:
    """Replace the message's error text, its status unchanged."""
    db.table("inbound_messages").update(inbound_id, {"error": error})


def replace_headers_only(db: Database, inbound_id: int, raw: bytes) -> None:
    """Put the whole message, fetched again, in place of the headers kept for it."""
    db.table("inbound_messages").update(
        inbound_id, {"raw": raw, "headers_only": 0, "size": len(raw)}
    )


def record_marked(db: Database, inbound_id: int) -> None:
    """The message was marked as handled on the mail server, now."""
    db.table("inbound_messages").update(inbound_id, {"marked_at": utcnow()})


def _column(db: Database, inbound_id: int, column: Literal["status", "error"]) -> Any:
    """One column of a stored message; the whole row would bring its raw bytes (megabytes)."""
    row = db.execute(f"select {column} from inbound_messages where id = ?", [inbound_id])
    return row.fetchone()[0]


def inbound_status(db: Database, inbound_id: int) -> str:
    return str(_column(db, inbound_id, "status"))


def inbound_error(db: Database, inbound_id: int) -> str | None:
    error = _column(db, inbound_id, "error")
    return None if error is None else str(error)


def count_answers(db: Database, prompt_id: int) -> int:
    """Messages stored as answers to the prompt, quarantined ones not counted."""
    row = db.execute(
        "select count(*) from inbound_messages where prompt_id = ? and status != 'quarantined'",
        [prompt_id],
    ).fetchone()
    return int(row[0])


def marked_uids(
    db: Database, *, account: str, folder: str, uidvalidity: int, above: int
) -> set[int]:
    """UIDs above ``above`` that careerlog marked as handled in this IMAP folder."""
    rows = db.execute(
        "select uid from inbound_messages where account = ? and folder = ? "
        "and uidvalidity = ? and uid > ? and marked_at is not null",
        [account, folder, uidvalidity, above],
    )
    return {int(row[0]) for row in rows}


def first_by_message_id(db: Database, message_id: str) -> dict[str, Any] | None:
    """``id`` and ``prompt_id`` of the first message stored with this Message-ID."""
    rows = list(
        db.query(
            "select id, prompt_id from inbound_messages where trim(message_id) = ? "
            "order by id limit 1",
            [message_id],
        )
    )
    return rows[0] if rows else None


def newest_raw(db: Database, limit: int) -> list[bytes]:
    """What is kept of the ``limit`` newest messages, newest first."""
    rows = db.execute(
        "select raw from inbound_messages order by id desc limit ?", [limit]
    ).fetchall()
    return [bytes(raw) for (raw,) in rows]


def count_inbound(db: Database) -> int:
    """Messages the intake has read, whatever came of them."""
    return int(db.execute("select count(*) from inbound_messages").fetchone()[0])
