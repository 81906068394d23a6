"""Where each inbox left off: ``mailbox_state`` (IMAP) and ``maildir_seen`` (Maildir).

IMAP keeps the highest UID handled per account and folder, valid only while the
folder's UIDVALIDITY stays the same; a Maildir keeps every file name it has looked
at, because its files have no order. The ``settings`` table's capture token is here
too: it is the other per-store secret the intake reads.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from careerlog.store.db import utcnow


def imap_position(db: Database, account: str, folder: str) -> dict[str, Any] | None:
    """``uidvalidity`` and ``last_uid`` last saved for this folder (None: never read)."""
    rows = list(
        db.query("select * from mailbox_state where account = ? and folder = ?", [account, folder])
    )
    return rows[0] if rows else None


def save_imap_position(
    db: Database, account: str, folder: str, uidvalidity: int, last_uid: int
) -> None:
    db.table("mailbox_state").upsert(
        {
            "account": account,
            "folder": folder,
            "uidvalidity": uidvalidity,
            "last_uid": last_uid,
            "updated_at": utcnow(),
        },
        pk=("account", "folder"),
    )


def maildir_seen(db: Database, folder: str) -> set[str]:
    """The file names of ``folder`` already looked at."""
    return {
        row["key"] for row in db.query("select key from maildir_seen where folder = ?", [folder])
    }


def mark_maildir_seen(db: Database, folder: str, key: str) -> None:
    db.table("maildir_seen").insert({"folder": folder, "key": key, "at": utcnow()}, replace=True)


def capture_token(db: Database) -> str:
    """The secret in your capture address, made once per database (migration m008)."""
    row = db.execute("select value from settings where key = 'capture_token'").fetchone()
    return str(row[0])
