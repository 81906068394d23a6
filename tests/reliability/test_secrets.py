"""Secrets appear nowhere: daemon logs at -vv, imapclient's protocol log, doctor, errors, DB.

Distinctive strings are used so a grep cannot miss them: the mail password is the
test user's random one; the calendar password, a wrong password and the token in an
ICS URL are made up here.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.errors import UserError
from careerlog.mail.imap import connect_imap
from careerlog.mail.smtp import connect_smtp
from tests.configfile import config_path, merged, smtp_changes
from tests.daemon.daemonrun import wait_for
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample
from tests.reliability.relhelpers import (
    GMAIL,
    WEEKLY_ID,
    entries,
    reconfigure,
)
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot
from tests.servers.radicale import Radicale
from tests.servers.smtp import SmtpServer

WRONG = "Wr0ng-pa55-Qx7Zk"
ICS_TOKEN = "ics-t0ken-Vb93Lm"
WRONG_PASSWORDS = {"mail": {"imap": {"password": WRONG}, "smtp": {"password": WRONG}}}


def careerlog(config: Config, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    return subprocess.run(
        [sys.executable, "-m", "careerlog", "--config", str(config_path(config)), "-vv", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def secrets_of(env: MailEnv, radicale: Radicale) -> list[str]:
    return [env.password, radicale.password, WRONG, ICS_TOKEN]


def assert_clean(text: str, secrets: list[str], where: str) -> None:
    for secret in secrets:
        assert secret not in text, f"{secret!r} leaked into {where}"


@pytest.fixture
def calendar_name() -> str:
    return f"secrets-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def full_config(
    make_config: MakeConfig,
    mail_env: MailEnv,
    radicale: Radicale,
    smtp_server: SmtpServer,
    calendar_name: str,
) -> Config:
    radicale.make_calendar(calendar_name)
    sources = [
        {
            "kind": "caldav",
            "url": radicale.url,
            "username": radicale.username,
            "password": radicale.password,
        },
        {"kind": "ics-url", "url": f"http://127.0.0.1:9/{ICS_TOKEN}/cal.ics", "timeout": 2},
    ]
    return make_config({**smtp_changes(mail_env), "calendar": {"sources": sources}})


def test_doctor_with_wrong_and_right_passwords_prints_no_secret(
    full_config: Config, mail_env: MailEnv, radicale: Radicale
) -> None:
    secrets = secrets_of(mail_env, radicale)
    right = careerlog(full_config, "doctor")
    assert "IMAP" in right.stdout or "imap" in right.stdout, right.stdout + right.stderr
    assert_clean(right.stdout + right.stderr, secrets, "doctor output")
    text = config_path(full_config).read_text()
    wrong = reconfigure(full_config, WRONG_PASSWORDS)
    assert text.count(mail_env.password) == 2  # IMAP and SMTP both got the wrong one
    failed = careerlog(wrong, "doctor")
    assert failed.returncode != 0 and "refused" in failed.stdout + failed.stderr
    assert_clean(failed.stdout + failed.stderr, secrets, "doctor output (wrong password)")
    assert "Traceback" not in failed.stderr


def test_errors_name_the_password_source_never_the_password(
    make_config: MakeConfig, mail_env: MailEnv
) -> None:
    config = make_config(merged(smtp_changes(mail_env), WRONG_PASSWORDS))
    assert config.imap is not None and config.smtp is not None
    for connect, server in ((connect_imap, config.imap), (connect_smtp, config.smtp)):
        with pytest.raises(UserError) as caught:
            connect(server, config.secret_timeout)
        message = str(caught.value)
        assert "refused" in message and WRONG not in message and WRONG not in repr(caught.value)
        assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_imapclient_protocol_log_redacts_login(
    make_config: MakeConfig, mail_env: MailEnv, caplog: pytest.LogCaptureFixture
) -> None:
    """careerlog keeps imapclient at WARNING; even at DEBUG its LOGIN line is redacted."""
    config = make_config()
    assert config.imap is not None
    caplog.set_level(logging.DEBUG)
    for name in ("imapclient", "imapclient.imaplib"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        client = connect_imap(config.imap, config.secret_timeout)
        client.select_folder("INBOX")
        client.logout()
    finally:
        for name in ("imapclient", "imapclient.imaplib"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    protocol = [r.getMessage() for r in caplog.records if r.name.startswith("imapclient")]
    assert any("LOGIN **REDACTED**" in line for line in protocol), protocol[:20]
    assert_clean(caplog.text, [mail_env.password], "imapclient's debug log")


def test_daemon_at_debug_level_and_the_database_hold_no_secret(
    full_config: Config,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    radicale: Radicale,
    smtp_server: SmtpServer,
    home: Path,
    calendar_name: str,
) -> None:
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    radicale.put_event(
        calendar_name,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:s@x\r\n"
        "DTSTAMP:20260101T000000Z\r\nDTSTART:20260105T160000Z\r\nDTEND:20260105T170000Z\r\n"
        "SUMMARY:1:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    log_path = home / "daemon-vv.log"
    command = [sys.executable, "-m", "careerlog", "--config", str(config_path(full_config))]
    with log_path.open("wb") as out:
        daemon = subprocess.Popen([*command, "-vv", "run"], stdout=out, stderr=out, env=env)
    try:
        wait_for(lambda: "IMAP logged in" in log_path.read_text(), 15, "IMAP login")
        dovecot.deliver(mail_env.username, rewrite(sample(GMAIL), Message_ID="<sec@example.com>"))
        wait_for(lambda: entries(db) == 2, 15, "reply stored")
        wait_for(lambda: len(smtp_server.accepted) >= 1, 15, "confirmation sent over SMTP")
        wait_for(lambda: "calendar:" in log_path.read_text(), 15, "calendar pass")
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=10) == 0
    finally:
        if daemon.poll() is None:
            daemon.kill()
            daemon.wait()
    log = log_path.read_text()
    assert " DEBUG " in log  # really at debug level
    assert_clean(log, secrets_of(mail_env, radicale), "the daemon log at -vv")
    dump = "\n".join(db.conn.iterdump())
    assert "INSERT INTO" in dump and "sec@example.com" in dump
    # Sync state is keyed by a fingerprint of the URL, not the URL with its token.
    assert "calendar_sync" in dump
    assert_clean(dump, secrets_of(mail_env, radicale), "the DB")
    once = careerlog(full_config, "run", "--once")
    status = careerlog(full_config, "status")
    assert_clean(once.stdout + once.stderr + status.stdout, secrets_of(mail_env, radicale), "CLI")
