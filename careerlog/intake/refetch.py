"""Fetch a message again from IMAP when the database kept only its headers.

Quarantined mail above ``[limits] max_quarantine_bytes`` is stored as headers
only; the message itself stays on the server (careerlog never deletes). When it
was read from the configured IMAP account it is fetched again when the user
accepts it: at its UID when the folder was not renumbered (the processed mark
is a keyword), else found by its Message-ID in the processed folder it was
moved to. The fetched bytes must have the stored message's identity, so a
renumbered folder or a shared Message-ID can never put another mail in its place.
"""

from __future__ import annotations

import logging
from typing import Any

from imapclient import IMAPClient
from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.imap_inbox import ImapInbox, server_folder_name
from careerlog.store.inbound_identity import message_key

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
        return _at_uid(client, row) or _in_processed_folder(client, config, row)
    finally:
        try:
            client.logout()
        except (OSError, EOFError):
            log.debug("IMAP logout failed; the connection was already gone")


def _matching(client: IMAPClient, uids: list[int], row: dict[str, Any]) -> bytes | None:
    for uid in uids:
        raw = bytes(client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {}).get(b"BODY[]") or b"")
        if raw and message_key(raw) == row["message_key"]:
            return raw
    return None


def _at_uid(client: IMAPClient, row: dict[str, Any]) -> bytes | None:
    selected = client.select_folder(str(row["folder"]), readonly=True)
    if int(selected[b"UIDVALIDITY"]) != row["uidvalidity"]:
        return None
    return _matching(client, [int(row["uid"])], row)


def _in_processed_folder(client: IMAPClient, config: Config, row: dict[str, Any]) -> bytes | None:
    wanted = config.mail.processed_folder
    if not wanted or not row["message_id"]:
        return None
    folder = server_folder_name(client, wanted)
    if not client.folder_exists(folder):
        return None
    client.select_folder(folder, readonly=True)
    uids = client.search(["HEADER", "Message-ID", str(row["message_id"])])
    return _matching(client, sorted(uids), row)
