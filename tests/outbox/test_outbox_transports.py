"""The queue itself, backoff, and the sendmail and Maildir transports (no servers)."""

from __future__ import annotations

import email
import mailbox
import random
import sys
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.backoff import backoff_delay
from careerlog.config import Config, OutboxConfig
from careerlog.mail.compose import compose_mail
from careerlog.outbox import deliver_due, enqueue
from careerlog.outbox.deliver import _claim
from careerlog.outbox.journal import SendJournal
from careerlog.outbox.transports import MaildirTransport
from careerlog.prompts import send_due_prompts
from tests.mailtest import MakeConfig

FRIDAY = datetime(2026, 11, 7, 0, 0, tzinfo=UTC)


def sendmail_config(make_offline_config: MakeConfig, tmp_path: Path, exit_code: int = 0) -> Config:
    """A sendmail-style command: a Python one-liner that copies stdin to a file."""
    script = (
        "import sys; data = sys.stdin.buffer.read(); "
        f"open({str(tmp_path / 'sent.eml')!r}, 'ab').write(data); "
        f"sys.stderr.write('status {exit_code}'); sys.exit({exit_code})"
    )
    return make_offline_config(
        {"mail": {"outbox": "sendmail", "sendmail_command": [sys.executable, "-c", script]}}
    )


def test_sendmail_command_gets_the_message_on_stdin(
    make_offline_config: MakeConfig, db: Database, tmp_path: Path
) -> None:
    config = sendmail_config(make_offline_config, tmp_path)
    send_due_prompts(config, db, FRIDAY)
    assert deliver_due(config, db, FRIDAY).sent == 1
    sent = (tmp_path / "sent.eml").read_bytes()
    assert b"\r\n" not in sent  # Unix line endings for local commands
    message = email.message_from_bytes(sent, policy=policy.default)
    assert message["X-Careerlog"] == "weekly 2026-W45"


def test_sendmail_tempfail_is_retried_and_nouser_is_dead(
    make_offline_config: MakeConfig, db: Database, tmp_path: Path
) -> None:
    config = sendmail_config(make_offline_config, tmp_path, exit_code=75)  # EX_TEMPFAIL
    send_due_prompts(config, db, FRIDAY)
    assert deliver_due(config, db, FRIDAY).retried == 1
    config = sendmail_config(make_offline_config, tmp_path, exit_code=67)  # EX_NOUSER
    report = deliver_due(config, db, FRIDAY + timedelta(hours=1))
    assert report.dead == 1 and "unknown user" in report.errors[0]


def test_missing_sendmail_command_is_a_clear_temporary_error(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config(
        {"mail": {"outbox": "sendmail", "sendmail_command": ["no-such-mta"]}}
    )
    send_due_prompts(config, db, FRIDAY)
    report = deliver_due(config, db, FRIDAY)
    assert report.retried == 1 and "'no-such-mta' was not found" in report.errors[0]


def test_maildir_delivery(make_offline_config: MakeConfig, db: Database, tmp_path: Path) -> None:
    config = make_offline_config({"mail": {"maildir_outbox": str(tmp_path / "md")}})
    send_due_prompts(config, db, FRIDAY)
    assert deliver_due(config, db, FRIDAY).sent == 1
    assert deliver_due(config, db, FRIDAY + timedelta(hours=1)).total == 0
    box = mailbox.Maildir(str(tmp_path / "md"), create=False)
    (message,) = list(box)
    assert message["Subject"].endswith("[2026-W45]")


def crash(*args: object) -> None:
    raise SystemExit("power cut")


def test_maildir_mail_delivered_before_a_crash_is_not_delivered_again(
    make_offline_config: MakeConfig, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process dies right after the Maildir rename, before anything recorded it.
    No real fault stops a process in that microsecond, so the journal write is patched
    to crash; the Maildir and SQLite are real."""
    config = make_offline_config({"mail": {"maildir_outbox": str(tmp_path / "md")}})
    send_due_prompts(config, db, FRIDAY)
    monkeypatch.setattr(SendJournal, "accepted", crash)
    with pytest.raises(SystemExit):
        deliver_due(config, db, FRIDAY)
    monkeypatch.undo()
    assert deliver_due(config, db, FRIDAY + timedelta(hours=1)).sent == 0
    assert len(mailbox.Maildir(str(tmp_path / "md"), create=False)) == 1
    (row,) = db.query("select status from outbox")
    assert row["status"] == "sent"


def test_an_interrupted_send_that_never_arrived_is_sent_again_after_the_lease(
    make_offline_config: MakeConfig, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The process dies while handing the mail over (patched: no real fault stops it
    there), before the Maildir has it: not sent twice, and not lost either."""
    config = make_offline_config({"mail": {"maildir_outbox": str(tmp_path / "md")}})
    send_due_prompts(config, db, FRIDAY)
    monkeypatch.setattr(MaildirTransport, "send", crash)
    with pytest.raises(SystemExit):
        deliver_due(config, db, FRIDAY)
    monkeypatch.undo()
    box = tmp_path / "md"
    assert deliver_due(config, db, FRIDAY + timedelta(minutes=5)).total == 0  # may be in flight
    assert not box.exists()
    assert deliver_due(config, db, FRIDAY + timedelta(minutes=11)).sent == 1
    assert len(mailbox.Maildir(str(box), create=False)) == 1


def test_enqueue_is_idempotent_on_message_id(make_offline_config: MakeConfig, db: Database) -> None:
    config = make_offline_config()
    message = compose_mail(
        config, kind="digest", period="2026-Q4", subject="Digest [2026-Q4]",
        text="hello", html=None, token="abcdefgh",
    )  # fmt: skip
    first = enqueue(db, message, kind="digest")
    again = enqueue(db, message, kind="digest")
    assert first == again
    assert db.execute("select count(*) from outbox").fetchone()[0] == 1


def test_a_row_is_claimed_by_one_process_only(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    send_due_prompts(config, db, FRIDAY)
    (row,) = db.query("select * from outbox")
    other = dict(row)  # what a second process read at the same moment
    assert _claim(db, row, FRIDAY) is True
    assert _claim(db, other, FRIDAY) is False


def test_backoff_doubles_up_to_the_cap_with_jitter() -> None:
    settings = OutboxConfig(retry_initial=60, retry_max=3600, give_up_after=72)
    rng = random.Random(7)
    for attempts, base in [(1, 60), (2, 120), (3, 240), (6, 1920), (7, 3600), (30, 3600)]:
        waits = {
            backoff_delay(attempts, settings.retry_initial, settings.retry_max, rng)
            for _ in range(50)
        }
        assert all(base / 2 <= w <= base for w in waits)
        assert len(waits) > 1  # jittered
