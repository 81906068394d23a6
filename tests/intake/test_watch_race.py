"""A reply that arrives while the watcher is busy with another is not left waiting."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from imapclient import IMAPClient
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake import imap_inbox
from careerlog.intake.watch import watch_imap
from careerlog.store import open_store
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


@contextmanager
def watcher(config: Config) -> Iterator[None]:
    """``watch_imap`` in a thread with its own connection, as the daemon runs it."""
    stop = threading.Event()
    thread = threading.Thread(
        target=watch_imap, args=(config, open_store(config.store_path), stop), daemon=True
    )
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(5)


def count_within(db: Database, table: str, expected: int, seconds: float) -> int:
    """Rows in ``table`` once there are ``expected``, or when ``seconds`` have passed."""
    deadline = time.monotonic() + seconds
    while (count := db.execute(f"select count(*) from {table}").fetchone()[0]) != expected:
        if time.monotonic() >= deadline:
            break
        time.sleep(0.1)
    return int(count)


def test_mail_arriving_during_a_pass_is_read_without_waiting_for_more(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    second = rewrite(sample("01-weekly-gmail-web.eml"), Message_ID="<second@example.com>")
    real_classify = imap_inbox.classify
    delivered = threading.Event()

    # The server announces the second mail inside the first pass's FETCH
    # responses; to hit that window every time, the delivery is triggered from
    # inside the pass rather than timed from outside.
    def classify_and_deliver(*args: Any, **kwargs: Any) -> Any:
        if not delivered.is_set():
            delivered.set()
            dovecot.deliver(mail_env.username, second)
            time.sleep(0.7)  # Dovecot notifies about 0.5 s after delivery
        return real_classify(*args, **kwargs)

    monkeypatch.setattr(imap_inbox, "classify", classify_and_deliver)
    with watcher(config):
        time.sleep(1.0)  # the watcher is idling on an empty INBOX
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        assert count_within(db, "inbound_messages", 2, 5) == 2


def test_server_without_idle_is_polled(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = make_config({"mail": {"poll_interval": 0.5}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    # Dovecot always offers IDLE; servers that don't exist, and this is the only way
    # to be one here. Everything else (login, polling, fetching) is the real server.
    real_has = IMAPClient.has_capability
    monkeypatch.setattr(
        IMAPClient, "has_capability", lambda self, cap: cap != "IDLE" and real_has(self, cap)
    )
    idle_calls: list[object] = []
    monkeypatch.setattr(IMAPClient, "idle", lambda self: idle_calls.append(self))
    with watcher(config):
        time.sleep(1.0)
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        assert count_within(db, "entries", 2, 5) == 2
    assert idle_calls == []


def test_mail_announced_during_a_pass_that_found_nothing(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    real_new_uids = imap_inbox.ImapInbox._new_uids
    delivered = threading.Event()

    # The first pass searches an empty INBOX; the reply arrives right after the
    # search and the server announces it in the pass's next response (NOOP here),
    # which IDLE will not repeat. Triggered from inside the pass to hit the window.
    def search_then_deliver(self: Any, client: Any, last_uid: int) -> list[int]:
        found = real_new_uids(self, client, last_uid)
        if not delivered.is_set():
            delivered.set()
            dovecot.deliver(mail_env.username, sample("01-weekly-gmail-web.eml"))
            time.sleep(0.7)
            client.noop()
        return found

    monkeypatch.setattr(imap_inbox.ImapInbox, "_new_uids", search_then_deliver)
    with watcher(config):
        assert count_within(db, "entries", 2, 6) == 2
    assert delivered.is_set()
