"""The configured inbox, whichever kind it is."""

from __future__ import annotations

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.imap_inbox import check_imap
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.intake.report import InboxReport


def check_inbox(config: Config, db: Database) -> InboxReport:
    """One pass over the inbox: every new reply stored and parsed, exactly once."""
    if config.mail.inbox == "imap":
        return check_imap(config, db)
    return check_maildir(config, db)
