"""Prompts through the real SMTP relay into the real Dovecot INBOX, exactly once.

The SMTP server (aiosmtpd) hands mail to Dovecot over LMTP; we read the INBOX back over
IMAP. Only one test uses a monkeypatch, to simulate a crash at a precise instant.
"""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser

import pytest
from sqlite_utils import Database

from careerlog.mail import identity
from careerlog.outbox import deliver, deliver_due
from careerlog.prompts import send_due_prompts, send_prompt
from careerlog.store import open_store
from tests.configfile import smtp_changes
from tests.mailtest import MakeConfig
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser
from tests.servers.smtp import SmtpServer

FRIDAY = datetime(2026, 11, 7, 0, 0, tzinfo=UTC)  # Fri 6 Nov 2026 16:00 in Los Angeles


def inbox(dovecot: Dovecot, user: MailUser) -> list[EmailMessage]:
    found = []
    for raw in dovecot.messages(user.username):
        message = email.message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        found.append(message)
    return found


def outbox_row(db: Database) -> dict:
    (row,) = db.query("select * from outbox")
    return row


class Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_weekly_prompt_arrives_with_headers_text_and_html(
    make_offline_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
) -> None:
    config = make_offline_config(smtp_changes(mail_env))
    prompt_id = send_prompt(config, db, "weekly", FRIDAY)
    assert prompt_id is not None
    (message,) = inbox(dovecot, mail_user)
    prompt = next(iter(db.query("select * from prompts where id = ?", [prompt_id])))

    assert message["Subject"] == "What did you do this week that had impact? [2026-W45]"
    assert message["Message-ID"] == prompt["message_id"]
    expected_id = r"<prompt-weekly-2026-w45\.[a-z2-9]{8,}@careerlog\.invalid>"
    assert re.fullmatch(expected_id, prompt["message_id"])
    assert identity.token_of(message["Message-ID"]) == prompt["token"]
    assert message[identity.HEADER] == "weekly 2026-W45"
    assert identity.is_own(message)
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["From"] == identity.sender(mail_env.address)
    assert message["To"].addresses[0].addr_spec == mail_env.address
    assert message["Date"].datetime == FRIDAY
    assert message.get_content_type() == "multipart/alternative"

    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    assert text.get_content().replace("\r\n", "\n") == prompt["body_text"]
    assert "What did you do this week that had impact?" in text.get_content()
    html_source = html.get_content()
    assert len(html_source.encode()) < 90_000
    parsed = Html()
    parsed.feed(html_source)
    assert "style" not in parsed.tags  # inlined by css-inline
    words = " ".join(" ".join(parsed.text).split())
    assert "What did you do this week that had impact?" in words
    assert 'Reply "skip this week" if there\'s nothing to log.' in words
    assert outbox_row(db)["status"] == "sent"
    assert prompt["sent_at"] is not None


def test_repeated_runs_and_a_restart_send_nothing_twice(
    make_offline_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
) -> None:
    config = make_offline_config(smtp_changes(mail_env))
    for minutes in (0, 5, 10):  # what `run --once` does: prompts due, then the outbox
        send_due_prompts(config, db, FRIDAY + timedelta(minutes=minutes))
        deliver_due(config, db, FRIDAY + timedelta(minutes=minutes))
    store = open_store(config.store_path)  # a restart: a new process, a new connection
    try:
        assert send_due_prompts(config, store, FRIDAY + timedelta(hours=20)) == []
        assert deliver_due(config, store, FRIDAY + timedelta(hours=20)).total == 0
    finally:
        store.close()
    assert len(inbox(dovecot, mail_user)) == 1
    assert len(smtp_server.accepted) == 1


def test_server_down_then_up_delivers_exactly_once(
    make_offline_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
) -> None:
    config = make_offline_config(smtp_changes(mail_env))
    smtp_server.stop()
    assert len(send_due_prompts(config, db, FRIDAY)) == 1
    report = deliver_due(config, db, FRIDAY)
    assert (report.sent, report.retried, report.dead) == (0, 1, 0)
    row = outbox_row(db)
    assert row["status"] == "pending" and row["attempts"] == 1
    assert "SMTP" in row["last_error"] and mail_env.password not in row["last_error"]
    first_retry = datetime.fromisoformat(row["next_attempt_at"])
    assert FRIDAY + timedelta(seconds=30) <= first_retry <= FRIDAY + timedelta(seconds=60)
    # Not due yet: nothing is attempted (attempts stays 1).
    assert deliver_due(config, db, FRIDAY + timedelta(seconds=20)).total == 0
    assert outbox_row(db)["attempts"] == 1
    smtp_server.start()
    assert deliver_due(config, db, FRIDAY + timedelta(minutes=5)).sent == 1
    assert deliver_due(config, db, FRIDAY + timedelta(hours=5)).total == 0
    assert len(inbox(dovecot, mail_user)) == 1
    assert outbox_row(db)["status"] == "sent"


def test_accepted_then_crash_is_not_sent_again(
    make_offline_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mock is needed here, and only here: we must stop the process at one exact
    instant (after the server said 250, before the mail is marked sent), which a real
    server cannot arrange. Everything else (SMTP, Dovecot, SQLite) is real."""
    config = make_offline_config(smtp_changes(mail_env))
    send_due_prompts(config, db, FRIDAY)

    def crash(*args: object) -> None:
        raise SystemExit("power cut")

    monkeypatch.setattr(deliver, "finish", crash)
    with pytest.raises(SystemExit):
        deliver_due(config, db, FRIDAY)
    row = outbox_row(db)
    assert row["status"] == "sending"  # the send journal, not the row, knows it was accepted
    monkeypatch.undo()

    store = open_store(config.store_path)  # the restarted process
    try:
        for hours in (1, 2, 30):
            deliver_due(config, store, FRIDAY + timedelta(hours=hours))
        assert send_due_prompts(config, store, FRIDAY + timedelta(hours=3)) == []
        (after,) = store.query("select status from outbox")
        assert after["status"] == "sent"
        (prompt,) = store.query("select sent_at from prompts")
        assert prompt["sent_at"] is not None
    finally:
        store.close()
    assert len(smtp_server.accepted) == 1
    assert len(inbox(dovecot, mail_user)) == 1


def test_temporary_refusal_retries_and_permanent_refusal_is_dead(
    make_offline_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
) -> None:
    config = make_offline_config(smtp_changes(mail_env))
    send_due_prompts(config, db, FRIDAY)
    smtp_server.refuse, smtp_server.refuse_at_stage = "temporary", "DATA"
    report = deliver_due(config, db, FRIDAY)
    assert (report.retried, report.dead) == (1, 0)
    assert "451" in outbox_row(db)["last_error"]
    smtp_server.refuse = "permanent"
    report = deliver_due(config, db, FRIDAY + timedelta(minutes=5))
    assert (report.retried, report.dead) == (0, 1)
    row = outbox_row(db)
    assert row["status"] == "dead" and "550" in row["last_error"]
    smtp_server.refuse = None
    assert deliver_due(config, db, FRIDAY + timedelta(days=1)).total == 0  # dead stays dead
    assert inbox(dovecot, mail_user) == []


def test_gives_up_after_the_configured_hours(
    make_offline_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = make_offline_config({**smtp_changes(mail_env), "outbox": {"give_up_after": 24.0}})
    send_due_prompts(config, db, FRIDAY)
    smtp_server.refuse = "temporary"
    for hours in (0, 1, 2, 23):
        report = deliver_due(config, db, FRIDAY + timedelta(hours=hours))
        assert report.retried == 1, hours
    report = deliver_due(config, db, FRIDAY + timedelta(hours=25))
    assert report.dead == 1
    assert outbox_row(db)["status"] == "dead"
    assert "gave up on weekly mail" in caplog.text
    assert mail_env.password not in caplog.text
