"""Captures on the real servers: a ``log:`` mail sent through the SMTP relay to the secret
capture address lands in Dovecot, the IMAP intake logs it subject first, and the
confirmation comes back through the relay into the same INBOX.

A capture is never dropped in silence: a subject-only one is logged, an empty one is
kept and its confirmation says so.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.capture_address import secret_capture_address
from careerlog.intake.inbox import check_inbox
from careerlog.outbox import deliver_due
from tests.configfile import smtp_changes
from tests.mailtest import MakeConfig, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot


class Captures:
    """The owner's mail client on one side, careerlog reading and answering on the other."""

    def __init__(self, config: Config, db: Database, env: MailEnv, dovecot: Dovecot) -> None:
        self.config, self.db, self.env, self.dovecot = config, db, env, dovecot
        self.sent = 0

    def send(self, subject: str, body: str, outcome: str = "parsed") -> None:
        """Capture through the relay, then one intake pass and one outbox pass."""
        self.sent += 1
        to = secret_capture_address(self.config, self.db)
        raw = (
            f"From: Ada Lovelace <{self.env.address}>\nTo: {to}\nSubject: {subject}\n"
            f"Message-ID: <dovecot-capture-{self.sent}@example.test>\n"
            "Date: Tue, 01 Dec 2026 10:00:00 -0800\n"
            f"Content-Type: text/plain; charset=utf-8\n\n{body}"
        ).encode()
        smtp_send(self.env, raw, to=to)
        assert check_inbox(self.config, self.db).outcomes.get(outcome) == 1
        assert deliver_due(self.config, self.db).sent == 1  # the confirmation

    def entries(self) -> list[tuple[str, str]]:
        rows = self.db.query("select kind, text from entries order by id")
        return [(r["kind"], r["text"]) for r in rows]

    def confirmation(self) -> str:
        """The last confirmation, as it arrived in the owner's INBOX."""
        found = []
        for raw in self.dovecot.messages(self.env.username):
            message = message_from_bytes(raw, policy=policy.default)
            assert isinstance(message, EmailMessage)
            if str(message["Subject"] or "").startswith("Re: "):
                found.append(message)
        part = found[-1].get_body(("plain",))
        assert part is not None
        return " ".join(str(part.get_content()).split())


@pytest.fixture
def captures(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> Captures:
    return Captures(make_config(smtp_changes(mail_env)), db, mail_env, dovecot)


def test_subject_first_then_the_body(captures: Captures) -> None:
    subject = "cut the nightly backup window from 4h to 55 min"
    captures.send(f"log: {subject}", "Used parallel dumps.\n")
    ((kind, text),) = captures.entries()
    assert kind == "evidence"
    assert text == f"{subject} — Used parallel dumps."
    assert subject in captures.confirmation()


def test_a_subject_only_capture_is_logged(captures: Captures) -> None:
    captures.send("log: mentored Tomás through his first incident review", "")
    assert [t for _k, t in captures.entries()] == [
        "mentored Tomás through his first incident review"
    ]
    assert "mentored Tomás through his first incident review" in captures.confirmation()


def test_an_empty_capture_is_kept_and_the_confirmation_says_so(captures: Captures) -> None:
    captures.send("log:", "\n", outcome="unsorted")
    assert [k for k, _t in captures.entries()] == ["unsorted"]
    assert "[unsorted]" in captures.confirmation()
