"""A local Maildir as the inbox (mbsync/offlineimap users, and the demo)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.classify import classify
from careerlog.intake.outcome import Outcome
from careerlog.intake.oversize import HEADER_BYTES, record_too_large
from careerlog.intake.process import handle_message, read_headers
from careerlog.intake.report import InboxReport
from careerlog.mail.headers import header_block
from careerlog.mail.maildir import open_maildir
from careerlog.store.mailboxes import maildir_seen, mark_maildir_seen

log = logging.getLogger(__name__)


def _too_large(config: Config, db: Database, head: bytes, size: int, path: Path) -> Outcome:
    verdict = classify(read_headers(head + b"\n\n"), config, db)
    if not verdict.wanted:
        return Outcome(verdict.kind, verdict=verdict)
    return record_too_large(config, db, head, size, verdict, account="maildir", folder=str(path))


def check_maildir(config: Config, db: Database, folder: Path | None = None) -> InboxReport:
    """Handle every message not looked at before; files are read, never changed."""
    path = folder or config.mail.maildir_inbox
    box = open_maildir(path, config.data_dir)
    seen = maildir_seen(db, str(path))
    report = InboxReport()
    for key in sorted(set(box.keys()) - seen):
        try:
            with box.get_file(key) as handle:  # the size is known before anything is read
                handle.seek(0, os.SEEK_END)
                size = handle.tell()
                handle.seek(0)
                too_large = size > config.max_message_bytes
                raw = header_block(handle.read(HEADER_BYTES)) if too_large else handle.read()
        except (KeyError, FileNotFoundError):  # moved by another client meanwhile
            continue
        report.examined += 1
        report.bytes_fetched += len(raw)
        if too_large:
            outcome = _too_large(config, db, raw, size, path)
        else:
            outcome = handle_message(config, db, raw, account="maildir", folder=str(path))
        report.add(outcome)
        mark_maildir_seen(db, str(path), key)
    if report.examined:
        log.info("maildir %s: %s", path, report.summary())
    return report
