"""Every outgoing mail lands in the inbox exactly once, also when its acceptance can't be
recorded: the database locked past the busy timeout, a full disk, a SIGKILL while the
server's 250 is on its way back, a reply that never comes.

Everything is real: ``careerlog`` runs as a subprocess against the aiosmtpd relay, which
delivers into Dovecot over LMTP; the INBOX is read back over IMAP. The relay's
``before_reply`` hook runs after it delivered the mail and before it answers 250, which
is where each fault is provoked. Every follow-up pass runs an hour later than the send,
when the outbox's lease is long over, so a mail whose acceptance was lost would be sent
again.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path

import pytest

from careerlog.store import open_store
from tests.configfile import config_tables, imap_changes, merged, smtp_changes, write_toml
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser
from tests.servers.smtp import SmtpServer

SENT_AT = "2026-11-07T00:30:00+00:00"  # Friday 16:30 in Los Angeles: week 2026-W45
AN_HOUR_LATER = "2026-11-07T01:30:00+00:00"
WEEKLY_SUBJECT = "What did you do this week that had impact? [2026-W45]"

# Runs the real CLI with SQLite's busy timeout shortened from 15 s to the first argument,
# so the lock test waits one second instead of fifteen. Only the test changes it.
WITH_BUSY_TIMEOUT = """
import sys
import careerlog.store.db
careerlog.store.db.BUSY_TIMEOUT_S = float(sys.argv.pop(1))
from careerlog.cli import main
main()
"""


@pytest.fixture(autouse=True)
def _no_hook(smtp_server: SmtpServer) -> Iterator[None]:
    yield
    smtp_server.before_reply = None


def write_config(home: Path, env: MailEnv, store: Path, *, imap: bool, timeout: float = 60) -> Path:
    """SMTP into the test relay; the inbox is the user's IMAP INBOX or a local Maildir."""
    changes = {
        "store": {"path": str(store)},
        "mail": {"smtp": {"timeout": timeout}},
        # Only the prompt the test sends by hand: the scheduled weekly (a manual send no
        # longer uses it up) must not add a second copy when a later pass runs.
        "cadence": {"weekly": "0 9 1 1 *"},
    }
    changes = merged(smtp_changes(env), changes)
    if imap:
        login = imap_changes(env.address, env.password, port=env.imaps_port, ca_file=env.ca_file)
        changes = merged(login, changes)
    path = write_toml(home / "config.toml", config_tables(home, changes))
    open_store(store).close()  # created and migrated; closing removes the WAL
    return path


def command(config: Path, *args: str, busy_timeout: float | None = None) -> list[str]:
    start = [sys.executable, "-m", "careerlog"]
    if busy_timeout is not None:
        start = [sys.executable, "-c", WITH_BUSY_TIMEOUT, str(busy_timeout)]
    return [*start, "--config", str(config), *args]


def environment(home: Path, now: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), CAREERLOG_NOW=now)
    return env


def careerlog(
    config: Path, *args: str, now: str = SENT_AT, busy_timeout: float | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(config, *args, busy_timeout=busy_timeout),
        env=environment(config.parent, now),
        capture_output=True,
        text=True,
        timeout=120,
    )


def weekly_prompts(dovecot: Dovecot, user: MailUser) -> list[str]:
    """Message-IDs of the weekly prompts in the user's INBOX, one per delivered copy."""
    found = []
    for raw in dovecot.messages(user.username):
        message = message_from_bytes(raw)
        if message["Subject"] == WEEKLY_SUBJECT:
            found.append(str(message["Message-ID"]))
    return found


def stored(store: Path) -> dict[str, str | None]:
    db = open_store(store)
    try:
        (row,) = db.query(
            """select outbox.status, outbox.message_id, prompts.sent_at from outbox
               join prompts on prompts.id = outbox.prompt_id where prompts.kind = 'weekly'"""
        )
        return dict(row)
    finally:
        db.close()


def assert_sent_exactly_once(
    config: Path, store: Path, dovecot: Dovecot, user: MailUser, smtp: SmtpServer
) -> None:
    """A later pass marks the mail sent without sending it again."""
    later = careerlog(config, "run", "--once", now=AN_HOUR_LATER)
    assert "Traceback" not in later.stderr, later.stderr
    row = stored(store)
    assert weekly_prompts(dovecot, user) == [row["message_id"]]
    assert len(smtp.accepted) == 1
    assert row["status"] == "sent" and row["sent_at"] is not None


def test_one_send_is_one_mail(
    home: Path, mail_env: MailEnv, mail_user: MailUser, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    store = home / "careerlog.db"
    config = write_config(home, mail_env, store, imap=False)
    sent = careerlog(config, "send", "weekly")
    assert sent.returncode == 0, sent.stderr
    assert "Sent the weekly prompt “" + WEEKLY_SUBJECT + "”" in sent.stdout
    assert stored(store)["status"] == "sent"
    assert_sent_exactly_once(config, store, dovecot, mail_user, smtp_server)


def test_database_locked_past_the_busy_timeout_after_the_250(
    home: Path, mail_env: MailEnv, mail_user: MailUser, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    """Another program takes SQLite's write lock (BEGIN IMMEDIATE on its own connection)
    while the relay holds back the 250, and keeps it until `careerlog send` gave up. The
    busy timeout is shortened to 1 s in the subprocess (see WITH_BUSY_TIMEOUT)."""
    store = home / "careerlog.db"
    config = write_config(home, mail_env, store, imap=False)
    other = sqlite3.connect(store, isolation_level=None, check_same_thread=False)

    def lock_the_database() -> None:
        other.execute("BEGIN IMMEDIATE")

    smtp_server.before_reply = lock_the_database
    try:
        sent = careerlog(config, "send", "weekly", busy_timeout=1.0)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert sent.returncode != 0
    assert "Traceback" not in sent.stderr, sent.stderr
    assert "the weekly mail (outbox #1) was sent, but the database could not record it" in (
        sent.stderr
    )
    assert "database is locked" in sent.stderr
    assert_sent_exactly_once(config, store, dovecot, mail_user, smtp_server)


@contextlib.contextmanager
def tiny_filesystem() -> Iterator[Path]:
    """A 4 MiB tmpfs; mounting one needs root (CI runs as root, as the testbed does)."""
    mountpoint = Path(tempfile.mkdtemp(prefix="full-disk-", dir="/tmp"))
    mount = ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(mountpoint)]
    done = subprocess.run(mount, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        mountpoint.rmdir()
        pytest.skip(f"cannot mount a tmpfs to fill (needs root): {done.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", str(mountpoint)], check=True)
        mountpoint.rmdir()


def fill(filesystem: Path) -> Path:
    filler = filesystem / "filler"
    with filler.open("wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_disk_full_after_the_250(
    home: Path, mail_env: MailEnv, mail_user: MailUser, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    """A real full disk: the database lives on a small tmpfs that the test fills up
    while the relay holds back the 250, so SQLite's write after it fails with
    SQLITE_FULL. Provoking it with PRAGMA max_page_count instead was not needed."""
    with tiny_filesystem() as filesystem:
        store = filesystem / "careerlog.db"
        config = write_config(home, mail_env, store, imap=False)
        filled: list[Path] = []
        smtp_server.before_reply = lambda: filled.append(fill(filesystem))
        sent = careerlog(config, "send", "weekly")
        assert filled, sent.stderr
        assert sent.returncode != 0
        assert "Traceback" not in sent.stderr, sent.stderr
        assert "was sent, but the database could not record it" in sent.stderr
        assert "full" in sent.stderr
        filled[0].unlink()
        assert_sent_exactly_once(config, store, dovecot, mail_user, smtp_server)


def test_sigkill_while_the_250_is_on_its_way(
    home: Path, mail_env: MailEnv, mail_user: MailUser, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    """The relay has delivered the prompt and not yet answered when `careerlog send` is
    killed; nothing of the acceptance reaches careerlog, only the mailbox knows."""
    store = home / "careerlog.db"
    config = write_config(home, mail_env, store, imap=True)
    delivered, killed = threading.Event(), threading.Event()

    def wait_for_the_kill() -> None:
        delivered.set()
        killed.wait(30)

    smtp_server.before_reply = wait_for_the_kill
    sender = subprocess.Popen(
        command(config, "send", "weekly"),
        env=environment(home, SENT_AT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert delivered.wait(60), "the relay never received the prompt"
        sender.kill()
        assert sender.wait(30) == -9
    finally:
        killed.set()
        if sender.poll() is None:
            sender.kill()
    assert_sent_exactly_once(config, store, dovecot, mail_user, smtp_server)


def test_no_reply_to_the_data_is_checked_before_sending_again(
    home: Path, mail_env: MailEnv, mail_user: MailUser, dovecot: Dovecot, smtp_server: SmtpServer
) -> None:
    """The relay delivers but answers only after careerlog's 2 s timeout."""
    store = home / "careerlog.db"
    config = write_config(home, mail_env, store, imap=True, timeout=2)
    smtp_server.before_reply = lambda: time.sleep(4)
    sent = careerlog(config, "send", "weekly")
    assert sent.returncode == 0, sent.stderr
    assert "Queued the weekly prompt “" + WEEKLY_SUBJECT + "”" in sent.stdout
    assert_sent_exactly_once(config, store, dovecot, mail_user, smtp_server)


@pytest.mark.parametrize("failure", ["451 at DATA", "server down"])
def test_a_send_that_failed_is_sent_later(
    failure: str,
    home: Path,
    mail_env: MailEnv,
    mail_user: MailUser,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
) -> None:
    store = home / "careerlog.db"
    config = write_config(home, mail_env, store, imap=True)
    if failure == "server down":
        smtp_server.stop()
    else:
        smtp_server.refuse, smtp_server.refuse_at_stage = "temporary", "DATA"
    sent = careerlog(config, "send", "weekly")
    assert sent.returncode == 0, sent.stderr
    assert "sending failed for now" in sent.stdout and "will be retried" in sent.stdout
    assert stored(store)["status"] == "pending"
    assert weekly_prompts(dovecot, mail_user) == []
    smtp_server.refuse = None
    smtp_server.start()
    later = careerlog(config, "run", "--once", now=AN_HOUR_LATER)
    assert "Traceback" not in later.stderr, later.stderr
    row = stored(store)
    assert row["status"] == "sent"
    assert weekly_prompts(dovecot, mail_user) == [row["message_id"]]
