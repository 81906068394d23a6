"""IMAP as the inbox: headers first, bodies only for replies, exactly once.

State per (account, folder) is UIDVALIDITY and the last UID looked at. A
changed UIDVALIDITY means UIDs were renumbered: the folder's headers are
scanned again and the dedupe key, not the old state, prevents doubles.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlite_utils import Database

from careerlog.config.model import Config, ImapConfig
from careerlog.errors import UserError
from careerlog.intake.classify import HEADER_FIELDS, classify
from careerlog.intake.imap_marking import keeps_keyword
from careerlog.intake.outcome import Outcome
from careerlog.intake.oversize import HEADER_BYTES, record_too_large
from careerlog.intake.process import handle_message, read_headers
from careerlog.intake.report import InboxReport
from careerlog.mail.imap import connect_imap
from careerlog.store.failures import check_store
from careerlog.store.inbound import marked_uids, record_marked
from careerlog.store.mailboxes import imap_position, save_imap_position

log = logging.getLogger(__name__)

BATCH = 500
_HEADER_ITEM = f"BODY.PEEK[HEADER.FIELDS ({' '.join(f.upper() for f in HEADER_FIELDS)})]"


def _keepalive(client: IMAPClient) -> None:
    """Notice a silently dropped connection (NAT, laptop sleep) within minutes."""
    sock = client.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        if hasattr(socket, name):
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)


def _header_bytes(data: dict[bytes, Any]) -> bytes:
    for key, value in data.items():
        if key.startswith(b"BODY[HEADER"):
            return bytes(value or b"")
    return b""


class ImapInbox:
    """One account and folder; ``check`` is one catch-up pass, ``open`` a session."""

    def __init__(self, config: Config, db: Database) -> None:
        assert config.imap is not None
        self.config = config
        self.server: ImapConfig = config.imap
        self.db = db
        self.account = f"{self.server.credentials.username}@{self.server.host}:{self.server.port}"
        self._processed_folder_ready: str | None = None
        self.keeps_keyword = True  # until the folder's PERMANENTFLAGS say otherwise
        self._uidvalidity = 0  # of the folder as last selected

    def open(self) -> IMAPClient:
        client = connect_imap(self.server, self.config.secret_timeout)
        _keepalive(client)
        return client

    def _state(self, uidvalidity: int) -> int:
        saved = imap_position(self.db, self.account, self.server.folder)
        if saved and saved["uidvalidity"] == uidvalidity:
            return int(saved["last_uid"])
        if saved:
            log.warning(
                "IMAP folder %s changed UIDVALIDITY (%s -> %s); rescanning its headers",
                self.server.folder,
                saved["uidvalidity"],
                uidvalidity,
            )
        self._save(uidvalidity, 0)
        return 0

    def _save(self, uidvalidity: int, last_uid: int) -> None:
        save_imap_position(self.db, self.account, self.server.folder, uidvalidity, last_uid)

    def _new_uids(self, client: IMAPClient, last_uid: int) -> list[int]:
        """UIDs above ``last_uid`` that careerlog has not marked handled.

        A marked message was committed to a store before it was marked, so it is
        never read again here: after a crash between marking and saving the
        position it is already stored, and with a lost store it is
        ``careerlog reimport``'s to rebuild (read as an answer to its prompt),
        not the inbox's to quarantine for want of the prompt rows.
        """
        criteria: list[str] = ["UID", f"{last_uid + 1}:*"]
        if not self.config.mail.processed_folder:
            criteria += ["UNKEYWORD", self.config.mail.processed_keyword]
        # "N:*" always matches the highest UID, even when it is below N.
        found = sorted(uid for uid in client.search(criteria) if uid > last_uid)
        if self.keeps_keyword:  # a processed folder is not enough: without MOVE, careerlog flags
            return found
        handled = self._handled_uids(self._uidvalidity, last_uid)
        return [uid for uid in found if uid not in handled]

    def _handled_uids(self, uidvalidity: int, above: int) -> set[int]:
        """careerlog's own record of what it marked here, for a folder that drops keywords."""
        return marked_uids(
            self.db,
            account=self.account,
            folder=self.server.folder,
            uidvalidity=uidvalidity,
            above=above,
        )

    def _check_keyword(self, selected: dict[bytes, Any]) -> None:
        """Does the folder keep the keyword? PERMANENTFLAGS must list it or ``\\*``
        (RFC 3501: when the list is missing, every flag is kept)."""
        kept = keeps_keyword(selected, self.config.mail.processed_keyword)
        if not kept and self.keeps_keyword and not self.config.mail.processed_folder:
            log.warning(
                "IMAP folder %s does not keep the keyword %s; careerlog keeps its own "
                "record of handled messages (or set [mail] processed_folder)",
                self.server.folder,
                self.config.mail.processed_keyword,
            )
        self.keeps_keyword = kept

    def check(self, client: IMAPClient) -> InboxReport:
        """Catch up on everything since the last UID seen in this UIDVALIDITY."""
        selected = client.select_folder(self.server.folder)
        self._check_keyword(selected)
        uidvalidity = self._uidvalidity = int(selected[b"UIDVALIDITY"])
        last_uid = self._state(uidvalidity)
        report = InboxReport()
        for batch in _chunks(self._new_uids(client, last_uid), BATCH):
            headers = client.fetch(batch, [_HEADER_ITEM, "RFC822.SIZE"])
            for uid in batch:
                data = headers.get(uid, {})
                raw_headers = _header_bytes(data)
                report.examined += 1
                report.bytes_fetched += len(raw_headers)
                verdict = classify(read_headers(raw_headers), self.config, self.db)
                size = int(data.get(b"RFC822.SIZE") or 0)
                if verdict.wanted:
                    check_store(self.db)  # never commit a reply into a deleted file
                if verdict.wanted and size > self.config.max_message_bytes:
                    self._too_large(client, uid, uidvalidity, verdict, size, report)
                elif verdict.wanted:
                    self._handle(client, uid, uidvalidity, verdict, report)
                last_uid = uid
            self._save(uidvalidity, last_uid)
        if report.examined:
            log.info("IMAP %s: %s", self.server.folder, report.summary())
        return report

    def _handle(
        self, client: IMAPClient, uid: int, uidvalidity: int, verdict: Any, report: InboxReport
    ) -> None:
        fetched = client.fetch([uid], ["BODY.PEEK[]"]).get(uid, {})
        raw = bytes(fetched.get(b"BODY[]") or b"")
        if not raw:  # expunged by another client meanwhile
            return
        report.bytes_fetched += len(raw)
        outcome = handle_message(
            self.config,
            self.db,
            raw,
            account=self.account,
            folder=self.server.folder,
            uidvalidity=uidvalidity,
            uid=uid,
            verdict=verdict,
        )
        report.add(outcome)
        self._mark_handled(client, uid, outcome)

    def _too_large(
        self,
        client: IMAPClient,
        uid: int,
        uidvalidity: int,
        verdict: Any,
        size: int,
        report: InboxReport,
    ) -> None:
        """Only the (bounded) header section is fetched; see careerlog.intake.oversize."""
        item = f"BODY.PEEK[HEADER]<0.{HEADER_BYTES}>"
        raw_headers = _header_bytes(client.fetch([uid], [item]).get(uid, {}))
        report.bytes_fetched += len(raw_headers)
        outcome = record_too_large(
            self.config,
            self.db,
            raw_headers,
            size,
            verdict,
            account=self.account,
            folder=self.server.folder,
            uidvalidity=uidvalidity,
            uid=uid,
        )
        report.add(outcome)
        self._mark_handled(client, uid, outcome)

    def _mark_handled(self, client: IMAPClient, uid: int, outcome: Outcome) -> None:
        """Mark only while the database is still the file the entries went into:
        once it is deleted or replaced, the mail stays unmarked for the next store."""
        if outcome.handled:
            check_store(self.db)
            self.mark(client, uid)
            if outcome.inbound_id is not None:
                record_marked(self.db, outcome.inbound_id)

    def _processed_folder(self, client: IMAPClient) -> str | None:
        """The processed folder in the server's own hierarchy, created on first use.

        Users write nested names with "/"; servers separate levels with "/" or
        "." (Dovecot's Maildir++), so "/" is translated to the server's delimiter.
        """
        wanted = self.config.mail.processed_folder
        if not wanted or self._processed_folder_ready is not None:
            return self._processed_folder_ready
        name = server_folder_name(client, wanted)
        if not client.folder_exists(name):
            try:
                client.create_folder(name)
            except IMAPClientError as exc:
                raise UserError(
                    f"cannot create [mail] processed_folder {wanted!r} on {self.server.host}: "
                    f"{exc}; create it in your mail client or choose another name"
                ) from None
        self._processed_folder_ready = name
        return name

    def mark(self, client: IMAPClient, uid: int) -> None:
        """Move to the processed folder or flag with the keyword; never expunge."""
        folder = self._processed_folder(client)
        if folder:
            if client.has_capability("MOVE"):
                client.move([uid], folder)
                return
            log.warning("server lacks MOVE; flagging instead of moving (careerlog never expunges)")
        client.add_flags([uid], [self.config.mail.processed_keyword])


def server_folder_name(client: IMAPClient, wanted: str) -> str:
    """``wanted`` ("Careerlog/Done") spelled with the server's own hierarchy delimiter."""
    listing = client.list_folders("", "")
    delimiter = listing[0][1] if listing and listing[0][1] else b"/"
    return wanted.replace("/", delimiter.decode() if isinstance(delimiter, bytes) else delimiter)


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def check_imap(config: Config, db: Database) -> InboxReport:
    """One full pass: connect, catch up, log out."""
    inbox = ImapInbox(config, db)
    client = inbox.open()
    try:
        return inbox.check(client)
    finally:
        try:
            client.logout()
        except (OSError, EOFError):
            log.debug("IMAP logout failed; the connection was already gone")
