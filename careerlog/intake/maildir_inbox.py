"""A local Maildir as the inbox (mbsync/offlineimap users, and the demo)."""

from __future__ import annotations

import logging
import mailbox
from pathlib import Path

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.process import handle_message
from careerlog.intake.report import InboxReport
from careerlog.store.db import utcnow

log = logging.getLogger(__name__)


def check_maildir(config: Config, db: Database, folder: Path | None = None) -> InboxReport:
    """Handle every message not looked at before; files are read, never changed."""
    path = folder or config.mail.maildir_inbox
    box = mailbox.Maildir(path, factory=None, create=True)
    seen = {
        row["key"] for row in db.query("select key from maildir_seen where folder = ?", [str(path)])
    }
    report = InboxReport()
    for key in sorted(set(box.keys()) - seen):
        try:
            raw = box.get_bytes(key)
        except (KeyError, FileNotFoundError):  # moved by another client meanwhile
            continue
        report.examined += 1
        report.bytes_fetched += len(raw)
        outcome = handle_message(config, db, raw, account="maildir", folder=str(path))
        report.add(outcome)
        db.table("maildir_seen").insert(
            {"folder": str(path), "key": key, "at": utcnow()}, replace=True
        )
    if report.examined:
        log.info("maildir %s: %s", path, report.summary())
    return report
