"""Send what is due from the outbox, retrying with backoff, never sending a mail twice.

The order of writes is the whole point:

1. *claim*: one committed compare-and-set turns the row ``pending`` → ``sending`` and
   pushes ``next_attempt_at`` a lease into the future (counting the attempt), so a
   second process (``careerlog send`` next to the daemon) cannot pick the same row;
2. the send journal gets a record for the mail (see :mod:`careerlog.outbox.journal`);
3. *send*;
4. after the server's 250 (or the command's success, or the Maildir rename) the
   journal record is marked accepted, fsynced, before the database is touched;
5. *finish*: ``status = 'sent'``, ``accepted_at`` and the prompt's ``sent_at``.

If step 5 fails (another program holds the database lock past the busy timeout, the
disk is full) the mail is not lost track of: :class:`UnrecordedSend` says so and the
next pass finds it in the journal. If the process dies between the 250 and step 4 (a
SIGKILL while the 250 is on its way back) the row is still ``sending``: the next pass
does not send it blindly but asks the mailbox it went to (:mod:`careerlog.outbox.arrival`)
and, finding it there, marks it sent. Only when it is nowhere to be found once the
lease has run out is it sent again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.backoff import backoff_delay
from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.mail.maildir import refuse_missing_parent
from careerlog.outbox.arrival import arrived
from careerlog.outbox.journal import SendJournal, journal_path
from careerlog.outbox.transports import DeliveryError, Transport, transport_for
from careerlog.store import outbox as table
from careerlog.store.db import iso
from careerlog.store.prompts import mark_sent
from careerlog.wording import counted

log = logging.getLogger(__name__)

#: how long a claimed mail belongs to the process sending it; also how long a mail whose
#: send was interrupted is given to show up in the mailbox before it is sent again
LEASE = timedelta(minutes=10)
#: a mail is declared dead only after this many failed attempts *and* give_up_after hours,
#: so a laptop that was off for a week still tries a few times before giving up
MIN_ATTEMPTS_BEFORE_DEAD = 3


class UnrecordedSend(UserError):
    """The server accepted a mail but the database could not record it."""


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    dead: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.sent + self.retried + self.dead

    def summary(self) -> str:
        """What ``run --once`` prints: "sent 1 mail", "nothing to send", …"""
        if not self.total:
            return "nothing to send"
        parts = [f"sent {counted(self.sent, 'mail')}"] if self.sent else []
        if self.retried:
            parts.append(f"{counted(self.retried, 'mail')} to retry later")
        if self.dead:
            parts.append(f"{counted(self.dead, 'mail')} refused for good")
        return ", ".join(parts)


def deliver_due(config: Config, db: Database, now: datetime | None = None) -> DeliveryReport:
    """Deliver every pending mail whose time has come; see the module docstring.

    Raises :class:`UnrecordedSend` when a mail left but the database would not take
    the record of it; the mail is in the send journal and is not sent again.
    """
    now = now or clock.now()
    report = DeliveryReport()
    journal = SendJournal(journal_path(config.store_path))
    _settle_interrupted(config, db, journal, now)
    due = table.due_mails(db, now)
    if not due:
        return report
    _outbox_folder_exists(config, len(due))
    transport: Transport | None = None
    try:
        for row in due:
            if not _claim(db, row, now):
                continue
            try:
                mark = journal.handed_over(row["message_id"])
            except OSError as exc:
                _failed(config, db, row, DeliveryError(_journal_problem(journal, exc)), now, report)
                continue
            try:
                if transport is None:
                    transport = transport_for(config)
                transport.send(row["raw"], config.user.email, json.loads(row["recipients"]))
            except DeliveryError as exc:
                _failed(config, db, row, exc, now, report)
                continue
            _accepted(db, journal, mark, row, now)
            report.sent += 1
            log.info("sent %s mail (outbox #%s) via %s", row["kind"], row["id"], transport.name)
    finally:
        if transport is not None:
            transport.close()
    return report


def _outbox_folder_exists(config: Config, waiting: int) -> None:
    """A Maildir outbox whose parent folder is missing is a typo in the config, not an
    outage: say so before any mail is tried, so ``careerlog send`` stops with the folder
    named instead of queueing and retrying in silence, and no attempt is counted."""
    if config.mail.outbox != "maildir":
        return
    try:
        refuse_missing_parent(config.mail.maildir_outbox, config.data_dir)
    except UserError as exc:
        raise UserError(f"{exc}; {counted(waiting, 'mail')} waiting in the outbox") from None


def _claim(db: Database, row: dict[str, Any], now: datetime) -> bool:
    with db.atomic():
        claimed = table.claim(db, row["id"], row["next_attempt_at"], now + LEASE)
    if claimed:
        row["attempts"] += 1
        return True
    return False


def _accepted(
    db: Database, journal: SendJournal, mark: int, row: dict[str, Any], now: datetime
) -> None:
    """Record a mail the server accepted: the journal first, then the database."""
    journaled = True
    try:
        journal.accepted(mark)
    except OSError as exc:
        journaled = False
        log.error("cannot mark outbox #%s in %s: %s", row["id"], journal.path, exc)
    try:
        finish(db, row["id"], row["prompt_id"], now)
    except sqlite3.Error as exc:
        log.error("%s mail (outbox #%s) was sent but not recorded: %s", row["kind"], row["id"], exc)
        later = (
            f"it is in {journal.path}, so the next run marks it sent and does not send it again"
            if journaled
            else "the next run looks for it in your mailbox before it sends anything again"
        )
        raise UnrecordedSend(
            f"the {row['kind']} mail (outbox #{row['id']}) was sent, but the database "
            f"could not record it ({exc}); {later}"
        ) from None


def finish(db: Database, outbox_id: int, prompt_id: int | None, now: datetime) -> None:
    """Commit that the mail left: from here on it is never sent again."""
    with db.atomic():
        table.mark_sent(db, outbox_id, now)
        if prompt_id is not None:
            mark_sent(db, prompt_id, now)


def _settle_interrupted(config: Config, db: Database, journal: SendJournal, now: datetime) -> None:
    """Decide about mail left ``sending`` by a send whose outcome was never recorded.

    Accepted (in the journal, or found in the mailbox): mark it sent. Not found and
    its lease over: due again now. Otherwise leave it; another process may be sending
    it, or the mailbox cannot be asked right now.
    """
    rows = table.interrupted_mails(db)
    if not rows:
        return
    accepted = journal.accepted_ids() | {r["message_id"] for r in rows if r["accepted_at"]}
    unknown = [r["message_id"] for r in rows if r["message_id"] not in accepted]
    may_resend = True
    if unknown:
        try:
            accepted |= arrived(config, unknown)
        except UserError as exc:  # the IMAP server or its password cannot be reached
            log.warning("cannot tell whether interrupted mail arrived: %s; asking again later", exc)
            may_resend = False
    for row in rows:
        if row["message_id"] in accepted:
            log.info(
                "%s mail #%s was accepted before it could be recorded; marking it sent",
                row["kind"],
                row["id"],
            )
            finish(db, row["id"], row["prompt_id"], now)
        elif may_resend and row["next_attempt_at"] <= iso(now):
            log.warning(
                "%s mail #%s was interrupted while sending and did not arrive; sending it again",
                row["kind"],
                row["id"],
            )
            with db.atomic():
                table.release(db, row["id"], row["next_attempt_at"], now)


def _journal_problem(journal: SendJournal, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return f"cannot write the send journal {journal.path} ({reason}); the mail waits until it can"


def _failed(
    config: Config,
    db: Database,
    row: dict[str, Any],
    exc: DeliveryError,
    now: datetime,
    report: DeliveryReport,
) -> None:
    error = str(exc)
    report.errors.append(f"#{row['id']}: {error}")
    if exc.uncertain:
        # It may have arrived: the row stays 'sending' and the next pass after the
        # lease looks for it in the mailbox before sending it again.
        with db.atomic():
            table.note_error(db, row["id"], error)
        report.retried += 1
        log.warning(
            "%s mail #%s may or may not have been sent (%s); it is looked for in your "
            "mailbox before it is sent again",
            row["kind"],
            row["id"],
            error,
        )
        return
    age = now - datetime.fromisoformat(row["queued_at"])
    give_up = timedelta(hours=config.outbox.give_up_after)
    expired = age >= give_up and row["attempts"] >= MIN_ATTEMPTS_BEFORE_DEAD
    if exc.permanent or expired:
        why = "refused for good" if exc.permanent else f"undeliverable for {age}"
        with db.atomic():
            table.mark_dead(db, row["id"], error)
        report.dead += 1
        log.error(
            "gave up on %s mail #%s (%s): %s; after fixing it, run 'careerlog outbox retry %s'",
            row["kind"],
            row["id"],
            why,
            error,
            row["id"],
        )
        return
    settings = config.outbox
    wait = backoff_delay(row["attempts"], settings.retry_initial, settings.retry_max)
    with db.atomic():
        table.retry_later(db, row["id"], now + timedelta(seconds=wait), error)
    report.retried += 1
    log.warning(
        "could not send %s mail #%s (attempt %s): %s; next try in %.0f s",
        row["kind"],
        row["id"],
        row["attempts"],
        error,
        wait,
    )
