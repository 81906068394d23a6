"""Did a mail whose send was interrupted arrive anyway? Ask the mailbox it was sent to.

Every mail careerlog sends (prompts, briefs, digests, confirmations) goes to the user's
own address, so it lands in the mailbox careerlog reads: the IMAP folder it watches
(or the processed folder, or Sent, where some providers file mail sent over SMTP), or
the local Maildir it writes to or reads from. A Message-ID found there means the mail
was accepted; one not found proves nothing on its own (a slow relay, a user who
already moved it), which is why the caller waits out the send's lease before it sends
again.
"""

from __future__ import annotations

import logging
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.imapclient import SENT

from careerlog.config.model import Config
from careerlog.mail.imap import ImapError, connect_imap

log = logging.getLogger(__name__)

_HEADER_LIMIT = 64 * 1024


def arrived(config: Config, message_ids: list[str]) -> set[str]:
    """Those of ``message_ids`` found where careerlog's mail lands.

    Raises :class:`~careerlog.errors.UserError` (an :class:`ImapError`, or a password
    command's failure) when the IMAP server cannot be asked; the caller must then
    neither mark the mail sent nor send it again.
    """
    wanted = set(message_ids)
    found: set[str] = set()
    for folder in _maildirs(config):
        found |= _in_maildir(folder, wanted - found)
    if config.imap is not None and wanted - found:
        found |= _on_imap(config, sorted(wanted - found))
    return found


def _maildirs(config: Config) -> list[Path]:
    folders = []
    if config.mail.outbox == "maildir":
        folders.append(config.mail.maildir_outbox)
    if config.mail.inbox == "maildir" and config.mail.maildir_inbox not in folders:
        folders.append(config.mail.maildir_inbox)
    return folders


def _in_maildir(folder: Path, wanted: set[str]) -> set[str]:
    found: set[str] = set()
    parser = BytesHeaderParser(policy=compat32)
    for sub in ("new", "cur"):
        directory = folder / sub
        if not wanted - found or not directory.is_dir():
            continue
        for path in directory.iterdir():
            try:
                with path.open("rb") as file:
                    head = file.read(_HEADER_LIMIT)
            except OSError:
                continue  # moved or deleted by a mail client meanwhile
            value = str(parser.parsebytes(head).get("Message-ID", "")).strip()
            if value in wanted:
                found.add(value)
    return found


def _on_imap(config: Config, message_ids: list[str]) -> set[str]:
    assert config.imap is not None
    client = connect_imap(config.imap, config.secret_timeout)
    try:
        found: set[str] = set()
        for folder in _folders(config, client):
            try:
                client.select_folder(folder, readonly=True)
            except IMAPClientError:
                continue  # the processed folder was never created: nothing there
            for message_id in message_ids:
                if message_id not in found and client.search(["HEADER", "Message-ID", message_id]):
                    log.info("the interrupted mail is in the IMAP folder %s", folder)
                    found.add(message_id)
        return found
    except (OSError, IMAPClientError) as exc:
        raise ImapError(f"IMAP {config.imap.host}: cannot search for sent mail: {exc}") from None
    finally:
        try:
            client.logout()
        except (OSError, IMAPClientError):
            log.debug("IMAP logout failed; the connection was already gone")


def _folders(config: Config, client: IMAPClient) -> list[str]:
    assert config.imap is not None
    folders = [config.imap.folder]
    processed = config.mail.processed_folder
    if processed:
        listing = client.list_folders("", "")
        delimiter = listing[0][1] if listing and listing[0][1] else b"/"
        separator = delimiter.decode() if isinstance(delimiter, bytes) else str(delimiter)
        folders.append(processed.replace("/", separator))
    sent = client.find_special_folder(SENT)
    if sent and sent not in folders:
        folders.append(sent)
    return folders
