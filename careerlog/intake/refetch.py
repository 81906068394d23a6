"""Fetch a message again from IMAP when the database kept only its headers.

Quarantined mail above ``[limits] max_quarantine_bytes`` is stored as headers
only; the message itself stays on the server (careerlog never deletes). When it
was read from the configured IMAP account and still sits at the same UID (the
processed mark is a keyword, or the processed folder was not used), it can be
fetched again when the user accepts it. The fetched bytes must have the stored
message's identity, so a renumbered folder can never put another mail in its place.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.imap_inbox import ImapInbox
from careerlog.intake.record import message_key

log = logging.getLogger(__name__)


def refetch(config: Config, db: Database, row: dict[str, Any]) -> bytes | None:
    """The whole message of a headers-only inbound ``row``, or None when it is out of reach."""
    if config.imap is None or row["uid"] is None:
        return None
    inbox = ImapInbox(config, db)
    if row["account"] != inbox.account:
        return None
    client = inbox.open()
    try:
        selected = client.select_folder(str(row["folder"]), readonly=True)
        if int(selected[b"UIDVALIDITY"]) != row["uidvalidity"]:
            return None
        fetched = client.fetch([int(row["uid"])], ["BODY.PEEK[]"]).get(int(row["uid"]), {})
    finally:
        try:
            client.logout()
        except (OSError, EOFError):
            log.debug("IMAP logout failed; the connection was already gone")
    raw = bytes(fetched.get(b"BODY[]") or b"")
    if not raw or message_key(raw) != row["message_key"]:
        return None
    return raw
