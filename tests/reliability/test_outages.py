"""Outages: a server down, refusing, erroring or hanging, or the database locked.

Each scenario checks the log line a user would read, that the failing part is
retried, that nothing is lost or doubled, and that the other parts keep working.
(Single-component outages already covered elsewhere are not repeated: outbox
refusals and give-up in tests/outbox/test_outbox_smtp.py, a calendar source that
is down in tests/calendar/test_calendar_{caldav,ics_url}.py, a plain Dovecot
restart in tests/daemon/test_service.py.)
"""

from __future__ import annotations

import logging
import mailbox
import os
import re
import sqlite3
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from sqlite_utils import Database

import careerlog.store.db as store_db
from careerlog.daemon.passes import run_once
from careerlog.intake.watch import watch_imap
from careerlog.store import open_store
from tests.configfile import Tables, config_path, smtp_changes
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample
from tests.reliability.misbehaving import Misbehaving
from tests.reliability.relhelpers import (
    GMAIL,
    WEEKLY_ID,
    count,
    entries,
)
from tests.servers import MailEnv
from tests.servers.dovecot import MAIL_GID, MAIL_UID, Dovecot
from tests.servers.smtp import SmtpServer

NOW = datetime(2026, 11, 18, 17, tzinfo=UTC)


def reply(n: int) -> bytes:
    return rewrite(sample(GMAIL), Message_ID=f"<outage-{n}@example.com>")


def drop_into_maildir(dovecot: Dovecot, user: str, raw: bytes) -> None:
    """Local delivery straight into the Maildir (dovecot-lda needs the running server)."""
    folder = dovecot.dir / "home" / user / "Maildir"
    key = mailbox.Maildir(folder, factory=None, create=False).add(raw)
    for path in (folder / "new").glob(f"{key}*"):
        os.chown(path, MAIL_UID, MAIL_GID)


def test_dovecot_down_during_idle_reconnects_with_backoff_and_stores_everything_once(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    daemon = Daemon(config_path(config), home)
    try:
        daemon.logged("IMAP logged in", 15)
        dovecot.deliver(mail_env.username, reply(1))
        wait_for(lambda: entries(db) == 2, 10, "first reply over IDLE")
        dovecot.stop()
        daemon.logged("IMAP session ended", 15)  # the disconnect noticed
        for n in (2, 3):  # the MTA keeps delivering while IMAP is down
            drop_into_maildir(dovecot, mail_env.username, reply(n))
        wait_for(lambda: daemon.log().count("reconnecting in") >= 3, 30, "three retries")
        assert daemon.process.poll() is None
        health = next(db.query("select * from health where component = 'inbox'"))
        assert "refused" in health["last_error"]
        dovecot.start()
        wait_for(lambda: entries(db) == 6, 30, "replies delivered during the outage")
        time.sleep(1)
        assert daemon.stop() == 0
    finally:
        daemon.stop()
    log = daemon.log()
    assert "Traceback" not in log
    retries = [line for line in log.splitlines() if "reconnecting in" in line]
    assert all(" WARNING careerlog.intake.watch: IMAP session ended: " in r for r in retries)
    # Dovecot's BYE on shutdown, in IDLE or answering a command, or the connection closed
    # under it (its login process, which carries the TLS, may go first): either way the
    # first retry says the server ended the session.
    ended = r"the server closed the (?:session|connection)|Server shutting down"
    assert re.search(ended, retries[0])
    refused = f"IMAP connection to 127.0.0.1:{mail_env.imaps_port} refused; is the server running"
    assert all(refused in line for line in retries[1:])
    delays = [float(line.rsplit("reconnecting in ", 1)[1].split()[0]) for line in retries]
    assert delays[-1] > delays[0]  # backing off, not hammering
    assert count(db, "select count(*) from inbound_messages") == 3
    assert count(db, "select count(distinct message_id) from inbound_messages") == 3


def test_smtp_refusing_then_down_inbox_keeps_storing_confirmations_leave_once(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = make_config(smtp_changes(mail_env))
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    caplog.set_level(logging.INFO)
    clock = NOW
    monkeypatch.setenv("CAREERLOG_NOW", clock.isoformat())

    smtp_server.refuse = "temporary"  # 451 at MAIL FROM
    dovecot.deliver(mail_env.username, reply(1))
    first = run_once(config, db)
    assert first.results["inbox"].outcomes["parsed"] == 1 and entries(db) == 2
    assert first.results["outbox"].retried >= 1 and smtp_server.accepted == []
    assert "answered 451 4.3.0 Temporary failure" in caplog.text
    assert "next try in" in caplog.text

    smtp_server.refuse = None
    smtp_server.stop()  # now down altogether
    dovecot.deliver(mail_env.username, reply(2))
    clock += timedelta(hours=2)
    monkeypatch.setenv("CAREERLOG_NOW", clock.isoformat())
    caplog.clear()
    second = run_once(config, db)
    assert second.results["inbox"].outcomes["parsed"] == 1 and entries(db) == 4
    assert second.results["outbox"].sent == 0 and second.results["outbox"].retried >= 2
    assert f"connection to 127.0.0.1:{mail_env.smtp_port} refused" in caplog.text
    pending = count(db, "select count(*) from outbox where status = 'pending'")
    assert pending == count(db, "select count(*) from outbox") >= 2

    smtp_server.start()
    for _ in range(2):  # back up; a second pass sends nothing again
        clock += timedelta(hours=2)
        monkeypatch.setenv("CAREERLOG_NOW", clock.isoformat())
        run_once(config, db)
    outbox = [r["message_id"] for r in db.query("select message_id from outbox")]
    assert count(db, "select count(*) from outbox where status = 'sent'") == len(outbox)
    parser = BytesHeaderParser()
    accepted = Counter(
        str(parser.parsebytes(raw).get("Message-ID", "")).strip()
        for _, _, raw in smtp_server.accepted
    )
    assert accepted == Counter(outbox)  # every queued mail exactly once
    assert count(db, "select count(*) from inbound_messages") == 2


def calendar_sources(*sources: tuple[str, str], timeout: float = 1.5) -> Tables:
    listed: list[Tables] = []
    for kind, url in sources:
        listed.append({"kind": kind, "url": url, "timeout": timeout})
        if kind == "caldav":
            listed[-1].update(username="ada", password="calendar-pass-Zq81")
    return {"calendar": {"sources": listed}}


def test_calendar_500_and_hanging_servers_are_bounded_and_the_inbox_keeps_working(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    home: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    with Misbehaving("500") as failing, Misbehaving("hang") as hanging:
        config = make_config(
            calendar_sources(
                ("ics-url", failing.url()),
                ("ics-url", hanging.url()),
                ("caldav", failing.url("/dav/")),
                ("caldav", hanging.url("/dav/")),
            ),
        )
        dovecot.deliver(mail_env.username, reply(1))
        caplog.set_level(logging.WARNING)
        report = run_once(config, db)  # the hanging sources time out (asserted below)
    assert report.results["inbox"].outcomes["parsed"] == 1 and entries(db) == 2
    kinds = [r["kind"] for r in db.query("select kind from outbox where status = 'sent'")]
    assert "confirmation" in kinds  # the outbox ran in the same pass
    errors = re.split(r"; (?=calendar \d)", report.errors["calendar"])
    assert len(errors) == 4, errors
    assert "the server answered 500 Internal Server Error" in errors[0]
    assert "127.0.0.1 did not answer in time" in errors[1]
    assert "500 Internal Server Error" in errors[2]  # CalDAV's PROPFIND
    assert "Read timed out" in errors[3]
    unavailable = [r for r in caplog.records if "calendar source unavailable" in r.getMessage()]
    assert len(unavailable) == 4 and all(r.levelno == logging.WARNING for r in unavailable)
    text = report.errors["calendar"]
    assert "s3cr3t" not in text and "s3cr3t" not in caplog.text
    assert "calendar-pass-Zq81" not in text and "calendar-pass-Zq81" not in caplog.text
    health = next(db.query("select last_error from health where component = 'calendar'"))
    assert "did not answer in time" in health["last_error"]


def test_hanging_calendar_does_not_hold_up_the_running_inbox(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    with Misbehaving("hang") as hanging:
        config = make_config(calendar_sources(("ics-url", hanging.url()), timeout=8))
        daemon = Daemon(config_path(config), home)
        try:
            wait_for(lambda: hanging.requests >= 1, 15, "the calendar request hanging")
            daemon.logged("IMAP logged in", 15)
            dovecot.deliver(mail_env.username, reply(1))
            wait_for(lambda: entries(db) == 2, 6, "reply stored while the calendar hangs")
            assert "did not answer in time" not in daemon.log()  # still hanging
            wait_for(lambda: "did not answer in time" in daemon.log(), 15, "calendar timeout")
            assert daemon.process.poll() is None
            assert daemon.stop() == 0
        finally:
            daemon.stop()
    log = daemon.log()
    assert "Traceback" not in log and "s3cr3t" not in log
    (line,) = [line for line in log.splitlines() if "did not answer in time" in line]
    assert "ERROR" in line or "WARNING" in line


class Locker:
    """A second writer (like a `sqlite-utils` command) holding BEGIN IMMEDIATE for a while."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")
        self.released = threading.Event()
        self.timer = threading.Timer(seconds, self.release)
        self.timer.start()

    def release(self) -> None:
        if not self.released.is_set():
            self.conn.execute("ROLLBACK")
            self.conn.close()
            self.released.set()


def test_database_locked_for_a_few_seconds_delays_but_loses_nothing(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    daemon = Daemon(config_path(config), home)
    try:
        daemon.logged("IMAP logged in", 15)
        time.sleep(0.5)
        locker = Locker(config.store_path, 4.0)
        for n in (1, 2):
            dovecot.deliver(mail_env.username, reply(n))
        time.sleep(2)
        assert entries(db) == 0  # waiting on the lock, not failing
        locker.released.wait(10)
        wait_for(lambda: entries(db) == 4, 15, "both replies stored after the lock")
        wait_for(
            lambda: (
                count(db, "select count(*) from outbox where kind = 'confirmation'") == 2
                and count(db, "select count(*) from outbox where status != 'sent'") == 0
            ),
            10,
            "both confirmations sent",
        )
        assert daemon.stop() == 0
    finally:
        daemon.stop()
    assert "Traceback" not in daemon.log() and "locked" not in daemon.log()
    assert count(db, "select count(*) from inbound_messages") == 2


def test_database_locked_longer_than_the_busy_timeout_is_retried_by_the_inbox(
    make_config: MakeConfig,
    home: Path,
    mail_env: MailEnv,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Locked beyond the busy timeout (15 s in production, 0.5 s here): the watcher says so,
    backs off and tries again; the message is not marked, so it is fetched again."""
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_S", 0.5)
    config = make_config()
    store = open_store(config.store_path)
    record_prompt(store, "weekly", "2026-W45", WEEKLY_ID)
    caplog.set_level(logging.INFO)
    stop = threading.Event()
    watcher = threading.Thread(target=watch_imap, args=(config, store, stop), daemon=True)
    locker = Locker(config.store_path, 3.0)
    dovecot.deliver(mail_env.username, reply(1))
    watcher.start()
    try:
        wait_for(lambda: "database is locked" in caplog.text, 10, "the lock noticed")
        assert watcher.is_alive(), "the inbox watcher died on a locked database"
        locker.release()
        wait_for(lambda: entries(store) == 2, 20, "reply stored once the lock is gone")
        assert watcher.is_alive()
    finally:
        locker.release()
        stop.set()
        watcher.join(10)
    line = next(r for r in caplog.records if "database is locked" in r.getMessage())
    assert line.levelno == logging.WARNING and "reconnecting in" in line.getMessage()
    assert count(store, "select count(*) from inbound_messages") == 1
    store.close()
