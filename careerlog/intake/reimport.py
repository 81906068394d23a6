"""Rebuild a lost store from the mailbox (``careerlog reimport``).

careerlog never deletes mail: a handled message keeps the IMAP keyword (or sits
in the processed folder), and a Maildir keeps every file. Reading those again
through the intake's own :func:`~careerlog.intake.process.handle_message` gives
each message the same dedupe key and the same entries it got the first time, so
a message already in the store is only counted, never stored twice.

Replies are matched to prompts through the ``prompts`` table, which a lost store
no longer has. careerlog's own mails are still in the mailbox (prompts are sent
to the user), so their rows are rebuilt first from their ``X-Careerlog`` header
and text: a reply then gets the same kind, period and prompt text as before, and
is parsed exactly as it was. Confirmation rows point at the numbered entries of
one stored message, so each is rebuilt against the *new* id of the message it
answered, just before a correction that needs it; messages are read oldest
first so a correction comes after the reply it corrects.

When a prompt's own mail is gone too, a reply to a careerlog Message-ID is still
an answer (see :func:`fallback_verdict`); a correction whose confirmation is gone
is not imported, because its "2: …" lines could no longer be tied to entries. Nor
is a marked message that nothing identifies any more; each is listed by date and
subject, and stays on the server.

Confirmations are never sent for reimported messages: they went out long ago.
"""

from __future__ import annotations

import logging
import mailbox
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from email.message import Message
from pathlib import Path
from typing import Any, Protocol

from imapclient.exceptions import IMAPClientError
from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.intake.classify import Verdict, classify
from careerlog.intake.corrections import original_entries
from careerlog.intake.imap_inbox import BATCH, ImapInbox, server_folder_name
from careerlog.intake.outcome import Outcome
from careerlog.intake.oversize import HEADER_BYTES, record_too_large
from careerlog.intake.owner import sender_problem
from careerlog.intake.process import handle_message, read_headers
from careerlog.mail.headers import header_block
from careerlog.mail.identity import (
    HEADER,
    SUBJECT_TAG,
    header_text,
    is_own,
    referenced_ids,
    token_of,
)
from careerlog.parsers import prompt_text_from_message
from careerlog.parsers.mime import parse_date
from careerlog.store.db import iso, utcnow
from careerlog.store.entries import count_entry_rows
from careerlog.store.inbound import first_by_message_id
from careerlog.store.mailboxes import mark_maildir_seen
from careerlog.store.prompts import get_prompt, prompt_by_message_id, restore_prompt
from careerlog.wording import counted, short

log = logging.getLogger(__name__)

PROGRESS_EVERY = 100
_ANSWER_HEADERS = "BODY.PEEK[HEADER.FIELDS (DATE IN-REPLY-TO REFERENCES)]"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# -- careerlog's own mail: the prompt rows a reply is matched against ---------------


@dataclass(frozen=True)
class SentMail:
    """One mail careerlog sent (prompt, brief, digest, confirmation), found in the mailbox."""

    kind: str
    period: str
    message_id: str
    subject: str
    body_text: str
    sent_at: str
    answers: str | None
    #: why it may not be careerlog's after all (it fails the owner check a reply must pass)
    problem: str | None

    @classmethod
    def read(cls, raw: bytes, config: Config) -> SentMail | None:
        """The mail's marks, or None when it has none."""
        headers = read_headers(raw)
        mark = header_text(headers, HEADER).split(None, 1)  # "weekly 2026-W45", see compose.py
        message_id = header_text(headers, "Message-ID").strip()
        if len(mark) != 2 or not message_id:
            return None
        sent = parse_date(header_text(headers, "Date"))
        answers = referenced_ids(headers)
        return cls(
            kind=mark[0],
            period=mark[1],
            message_id=message_id,
            subject=header_text(headers, "Subject"),
            body_text=prompt_text_from_message(raw),
            sent_at=iso(sent) if sent else utcnow(),
            answers=answers[0] if answers else None,
            problem=sender_problem(headers, config),
        )


def _insert_prompt(db: Database, mail: SentMail, period: str) -> bool:
    """A ``prompts`` row for ``mail``; False when the store knows it (or its key) already."""
    if prompt_by_message_id(db, mail.message_id):
        return False
    return restore_prompt(
        db,
        kind=mail.kind,
        period=period,
        token=token_of(mail.message_id) or mail.message_id,
        message_id=mail.message_id,
        subject=mail.subject,
        body_text=mail.body_text,
        sent_at=mail.sent_at,
    )


def _source_message(db: Database, message_id: str) -> int | None:
    """The stored message whose entries a confirmation answering ``message_id`` listed.

    A confirmation answers the reply it confirms, or a correction; a correction's
    confirmation lists the entries of the reply that correction changed (as
    :func:`careerlog.intake.confirm.enqueue_confirmation` numbers them).
    """
    stored = first_by_message_id(db, message_id)
    if stored is None:
        return None
    prompt = get_prompt(db, stored["prompt_id"])
    if prompt and prompt["kind"] == "confirmation":
        entries = original_entries(db, prompt)
        if entries:
            return int(entries[0]["inbound_id"])
    return int(stored["id"])


class SentMailIndex:
    """careerlog's own mails by Message-ID, turned back into ``prompts`` rows.

    Anyone can send a lookalike (an ``X-Careerlog`` header, a careerlog-style
    Message-ID), which would plant a prompt row for a forged reply, or take the
    ``(kind, period)`` of the real one. So a mail is used only when its token is
    *proven*: a message careerlog marked as handled references its Message-ID, so
    the intake checked that token once. Else it must pass the owner check a reply
    passes (From is you; with ``require_authentication`` a trusted server said so).
    Proven mails go first, so a lookalike never takes a real prompt's key.
    """

    def __init__(self, mails: Iterator[bytes], config: Config) -> None:
        found = (SentMail.read(raw, config) for raw in mails)
        self.by_id = {m.message_id: m for m in found if m is not None}
        self.proven: set[str] = set()
        self.restored = 0

    def _trusted(self, mail: SentMail) -> bool:
        if mail.message_id in self.proven or mail.problem is None:
            return True
        log.warning("not using the mail %r as careerlog's own: %s", mail.subject, mail.problem)
        return False

    def restore_prompts(self, db: Database) -> None:
        """Rows for every prompt, brief and digest; confirmations wait for their replies."""
        mails = sorted(self.by_id.values(), key=lambda m: m.message_id not in self.proven)
        with db.atomic():
            for mail in mails:
                if mail.kind != "confirmation" and self._trusted(mail):
                    self.restored += _insert_prompt(db, mail, mail.period)

    def restore_confirmation(self, db: Database, message_id: str) -> None:
        mail = self.by_id.get(message_id)
        if mail is None or mail.kind != "confirmation" or mail.answers is None:
            return
        if prompt_by_message_id(db, message_id) or not self._trusted(mail):
            return
        source = _source_message(db, mail.answers)
        if source is None:
            return
        token = token_of(mail.message_id) or mail.message_id
        with db.atomic():  # the period confirm.py gives it: in<source message id>-<token>
            self.restored += _insert_prompt(db, mail, f"in{source}-{token}")

    def restore_answered(self, db: Database, headers: Message) -> None:
        """Rebuild the confirmation rows a message answers, if any."""
        for ref in referenced_ids(headers):
            self.restore_confirmation(db, ref)

    def restore_confirmations(self, db: Database) -> None:
        """Every confirmation whose message is stored, so later corrections find theirs."""
        for message_id in self.by_id:
            self.restore_confirmation(db, message_id)


# -- a reply whose prompt left no trace but its Message-ID --------------------------

_KIND_IN_ID = re.compile(r"<prompt-([a-z]+)-", re.I)


def answered_kind(message_id: str) -> str | None:
    """The kind of careerlog mail a Message-ID names, or None when its form does not say.

    The one place that reads the Message-ID's form (``identity.message_id``).
    """
    match = _KIND_IN_ID.match(message_id)
    return match.group(1).lower() if match else None


def _answers_careerlog(headers: Message) -> bool:
    return any(token_of(ref) for ref in referenced_ids(headers))


def fallback_verdict(headers: Message) -> Verdict | None:
    """A verdict for a reply to careerlog mail whose ``prompts`` row cannot be rebuilt.

    Used only for messages careerlog marked as handled, so the reply passed the
    intake (its token was checked) once. A reply to a prompt is still an answer; the
    parser reads its kind from the same Message-ID, or from the ``[period]`` subject
    tag. A correction is not: without its confirmation, "2: …" cannot be tied to an
    entry, so None (not imported, and it stays on the server). When the Message-ID
    does not name its kind, only a subject with a ``[period]`` tag (which prompts
    have and confirmations never do) makes it an answer.
    """
    ours = [ref for ref in referenced_ids(headers) if token_of(ref)]
    kind = answered_kind(ours[0]) if ours else None
    if kind == "confirmation":
        return None
    if kind is None and not SUBJECT_TAG.search(header_text(headers, "Subject")):
        return None
    return Verdict("reply")


# -- where handled messages are ------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A handled message located in the mailbox, before its body is read."""

    when: datetime
    folder: str
    size: int
    uid: int | None = None
    uidvalidity: int | None = None
    key: str | None = None
    #: the Message-IDs it answers
    answers: tuple[str, ...] = ()


def _found(raw_headers: bytes, arrived: datetime | None, **where: Any) -> Found:
    headers = read_headers(raw_headers + b"\r\n\r\n")
    moment = parse_date(header_text(headers, "Date")) or arrived or _EPOCH
    return Found(moment, answers=tuple(referenced_ids(headers)), **where)


class Source(Protocol):
    account: str
    #: True when every message ``handled`` yields carries careerlog's processed mark
    marked: bool

    def own_mail(self) -> Iterator[bytes]: ...

    def handled(self) -> Iterator[Found]: ...

    def read(self, found: Found, limit: int) -> bytes:
        """The whole message, or only its header block when it is over ``limit`` bytes."""
        ...

    def done(self, found: Found, db: Database) -> None: ...


class ImapSource:
    """Read-only IMAP: keyword-marked mail in the inbox, and all of the processed folder."""

    marked = True

    def __init__(self, config: Config, db: Database) -> None:
        inbox = ImapInbox(config, db)
        self.account = inbox.account
        self._client = inbox.open()
        self._inbox = inbox.server.folder
        self._keyword = config.mail.processed_keyword
        self._processed = config.mail.processed_folder
        self._selected: tuple[str, int] | None = None

    def __enter__(self) -> ImapSource:
        return self

    def __exit__(self, *_: object) -> None:
        try:
            self._client.logout()
        except (OSError, EOFError, IMAPClientError):
            log.debug("IMAP logout failed; the connection was already gone")

    def _select(self, folder: str) -> int:
        if self._selected is None or self._selected[0] != folder:
            info = self._client.select_folder(folder, readonly=True)
            self._selected = (folder, int(info[b"UIDVALIDITY"]))
        return self._selected[1]

    def _existing(self, names: list[str | None]) -> list[str]:
        found = [name for name in names if name and self._client.folder_exists(name)]
        return list(dict.fromkeys(found))

    def own_mail(self) -> Iterator[bytes]:
        """careerlog's mail in the inbox folder, INBOX (prompts go to the user) and Sent."""
        sent = self._client.find_special_folder(b"\\Sent")
        for folder in self._existing([self._inbox, "INBOX", sent]):
            self._select(folder)
            uids = self._client.search(["HEADER", HEADER, ""])
            for start in range(0, len(uids), BATCH):
                for data in self._client.fetch(
                    uids[start : start + BATCH], ["BODY.PEEK[]"]
                ).values():
                    yield bytes(data.get(b"BODY[]") or b"")

    def handled(self) -> Iterator[Found]:
        processed = server_folder_name(self._client, self._processed) if self._processed else None
        searches = {self._inbox: ["KEYWORD", self._keyword], processed: ["ALL"]}
        for folder in self._existing([self._inbox, processed]):
            uidvalidity = self._select(folder)
            uids = self._client.search(searches[folder])
            items = [_ANSWER_HEADERS, "INTERNALDATE", "RFC822.SIZE"]
            for start in range(0, len(uids), BATCH):
                for uid, data in self._client.fetch(uids[start : start + BATCH], items).items():
                    yield _found(
                        _item(data, b"BODY[HEADER"),
                        _aware(data.get(b"INTERNALDATE")),
                        folder=folder,
                        size=int(data.get(b"RFC822.SIZE") or 0),
                        uid=uid,
                        uidvalidity=uidvalidity,
                    )

    def read(self, found: Found, limit: int) -> bytes:
        assert found.uid is not None
        if self._select(found.folder) != found.uidvalidity:
            return b""  # renumbered meanwhile; a second run finds it under its new UID
        if found.size > limit:
            data = self._client.fetch([found.uid], [f"BODY.PEEK[HEADER]<0.{HEADER_BYTES}>"])
            return _item(data.get(found.uid, {}), b"BODY[HEADER")
        data = self._client.fetch([found.uid], ["BODY.PEEK[]"])
        return _item(data.get(found.uid, {}), b"BODY[]")

    def done(self, found: Found, db: Database) -> None:
        """Nothing: the message is marked already, and a reimport changes no mail."""


def _item(data: dict[bytes, Any], prefix: bytes) -> bytes:
    return next((bytes(v or b"") for k, v in data.items() if k.startswith(prefix)), b"")


def _aware(value: object) -> datetime | None:
    """IMAPClient gives INTERNALDATE as a naive local time."""
    return value.astimezone(UTC) if isinstance(value, datetime) else None


class MaildirSource:
    """Every file in the Maildir inbox; files are read, never changed."""

    account = "maildir"
    marked = False

    def __init__(self, path: Path) -> None:
        if not (path / "cur").is_dir():
            raise UserError(
                f"no Maildir at {path}; set [mail] maildir_inbox to the folder your mail "
                "is synced into"
            )
        self.path = path
        self._box = mailbox.Maildir(path, factory=None, create=False)

    def __enter__(self) -> MaildirSource:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def _head(self, key: str) -> tuple[bytes, int] | None:
        try:
            with self._box.get_file(key) as handle:
                handle.seek(0, os.SEEK_END)
                size = handle.tell()
                handle.seek(0)
                return header_block(handle.read(HEADER_BYTES)), size
        except (KeyError, FileNotFoundError):  # moved by another client meanwhile
            return None

    def own_mail(self) -> Iterator[bytes]:
        for key in sorted(self._box.keys()):
            head = self._head(key)
            if head and is_own(read_headers(head[0] + b"\n\n")):
                yield self._whole(key)

    def handled(self) -> Iterator[Found]:
        for key in sorted(self._box.keys()):
            head = self._head(key)
            if head and not is_own(read_headers(head[0] + b"\n\n")):
                yield _found(head[0], None, folder=str(self.path), size=head[1], key=key)

    def _whole(self, key: str) -> bytes:
        try:
            with self._box.get_file(key) as handle:
                return handle.read()
        except (KeyError, FileNotFoundError):
            return b""

    def read(self, found: Found, limit: int) -> bytes:
        assert found.key is not None
        if found.size > limit:
            head = self._head(found.key)
            return head[0] if head else b""
        return self._whole(found.key)

    def done(self, found: Found, db: Database) -> None:
        """As the intake does: a file looked at is not looked at again by the next pass."""
        assert found.key is not None
        mark_maildir_seen(db, found.folder, found.key)


# -- the run ------------------------------------------------------------------------


@dataclass
class ReimportReport:
    found: int = 0
    read: int = 0
    stored: int = 0
    already: int = 0
    quarantined: int = 0
    ignored: int = 0
    prompts: int = 0
    entries: int = 0
    not_imported: list[str] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "duplicate":
            self.already += 1
        elif outcome.status == "quarantined":
            self.quarantined += 1
        elif outcome.handled:
            self.stored += 1
        else:
            self.ignored += 1

    def summary(self) -> str:
        entries = counted(self.entries, "entry", "entries")
        text = (
            f"{self.read} read, {self.stored} stored ({entries}), "
            f"{self.already} already there, {self.quarantined} quarantined"
        )
        extra = [
            f"{len(self.not_imported)} not imported" if self.not_imported else "",
            f"{self.ignored} not for careerlog" if self.ignored else "",
            f"{counted(self.prompts, 'prompt')} rebuilt" if self.prompts else "",
        ]
        return ", ".join([text, *filter(None, extra)])


def _describe(headers: Message) -> str:
    subject = short(header_text(headers, "Subject"), 80)
    return f"{header_text(headers, 'Date') or 'undated'}: " + (
        f"“{subject}”" if subject else "(no subject)"
    )


class _Run:
    """One reimport: the intake's path for each message, with what it needs to match it."""

    def __init__(self, config: Config, db: Database, source: Source) -> None:
        self.config = replace(config, mail=replace(config.mail, confirmations=False))
        self.db = db
        self.source = source
        self.sent = SentMailIndex(source.own_mail(), config)
        self.report = ReimportReport()

    def take(self, found: Found, raw: bytes) -> bool:
        """Handle one message; False when careerlog can no longer tell what it is."""
        outcome = self._handle(found, raw)
        if outcome is None:
            return False
        self.report.add(outcome)
        self.source.done(found, self.db)
        return True

    def _handle(self, found: Found, raw: bytes) -> Outcome | None:
        config, db = self.config, self.db
        too_large = found.size > config.max_message_bytes
        headers = read_headers(raw + b"\r\n\r\n" if too_large else raw)
        self.sent.restore_answered(db, headers)
        verdict = classify(headers, config, db)
        if verdict.prompt is None and verdict.kind != "capture" and _answers_careerlog(headers):
            # Its prompt's mail is gone too. A message careerlog marked itself passed the
            # intake (and its token check) once; any other keeps the intake's verdict.
            fallback = fallback_verdict(headers) if self.source.marked else verdict
            if fallback is None or not fallback.wanted:
                return None
            verdict = fallback
        if self.source.marked and verdict.kind == "unrelated":
            return None  # careerlog took it once, but nothing in the mailbox says as what
        if not verdict.wanted:
            return Outcome(verdict.kind, verdict=verdict)
        where: dict[str, Any] = {
            "account": self.source.account,
            "folder": found.folder,
            "uidvalidity": found.uidvalidity,
            "uid": found.uid,
        }
        if too_large:
            return record_too_large(config, db, raw, found.size, verdict, **where)
        return handle_message(config, db, raw, verdict=verdict, **where)


def reimport(
    config: Config,
    db: Database,
    source: Source,
    *,
    since: date | None = None,
    progress: Callable[[ReimportReport], None] | None = None,
) -> ReimportReport:
    """Read every handled message in ``source`` into the store, oldest first, once each."""
    run = _Run(config, db, source)
    everything = list(source.handled())
    if source.marked:
        run.sent.proven.update(ref for found in everything for ref in found.answers)
    run.sent.restore_prompts(db)
    report = run.report
    entries_before = count_entry_rows(db)
    tz = config.user.tz
    handled = [f for f in everything if since is None or f.when.astimezone(tz).date() >= since]
    handled.sort(key=lambda f: (f.when, f.folder, f.uid or 0, f.key or ""))
    report.found = len(handled)
    deferred: list[tuple[Found, bytes]] = []
    for found in handled:
        raw = source.read(found, config.max_message_bytes)
        if not raw:  # gone from the mailbox meanwhile
            continue
        report.read += 1
        if not run.take(found, raw):
            deferred.append((found, raw))
        if progress and report.read % PROGRESS_EVERY == 0:
            progress(report)
    run.sent.restore_confirmations(db)
    for found, raw in deferred:  # a correction dated before the reply it corrects
        if not run.take(found, raw):
            report.not_imported.append(_describe(read_headers(raw)))
    report.prompts = run.sent.restored
    report.entries = count_entry_rows(db) - entries_before
    log.info("reimport: %s", report.summary())
    return report


def reimport_mailbox(
    config: Config,
    db: Database,
    *,
    since: date | None = None,
    progress: Callable[[ReimportReport], None] | None = None,
) -> ReimportReport:
    """Open the configured inbox read-only and :func:`reimport` from it."""
    if config.mail.inbox != "imap":
        with MaildirSource(config.mail.maildir_inbox) as box:
            return reimport(config, db, box, since=since, progress=progress)
    try:
        with ImapSource(config, db) as server:
            return reimport(config, db, server, since=since, progress=progress)
    except (OSError, IMAPClientError) as exc:
        raise UserError(
            f"the IMAP connection failed during reimport ({exc}); run 'careerlog reimport' "
            "again: what was stored is kept and nothing is stored twice"
        ) from None
