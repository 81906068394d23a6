"""The database deleted under a service reading real IMAP: the next reply stays unmarked.

Beside :func:`tests.daemon.test_store_guard.test_deleted_store_stops_the_service_loudly`
(Maildir). On IMAP the inbox marks a reply handled (``$CareerlogDone``) right after
committing it, so a reply that arrives once the file is gone must be refused before it
is handled, or at the latest before it is marked: otherwise its entries go into the
unlinked file and the server says it was handled, and only ``reimport`` could bring
it back.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from tests.daemon.daemonrun import Daemon, stored, wait_for
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

WEEKLY_ID = "<prompt-weekly-2026w47.d3l9x@careerlog.invalid>"
KEYWORD = b"$CareerlogDone"


def flags_by_message_id(dovecot: Dovecot, address: str) -> dict[str, tuple[bytes, ...]]:
    """Every INBOX message's flags, by Message-ID, read without changing them."""
    with dovecot.connect(address) as client:
        client.select_folder("INBOX", readonly=True)
        item = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"
        found = client.fetch(client.search(), ["FLAGS", item])
    flags = {}
    for data in found.values():
        header = bytes(data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]).decode()
        flags[header.partition(":")[2].strip()] = tuple(data[b"FLAGS"])
    return flags


def deliver_reply(dovecot: Dovecot, address: str, number: int) -> str:
    message_id = f"<deleted-imap-{number}@mail.example.com>"
    raw = rewrite(sample("01-weekly-gmail-web.eml"), Message_ID=message_id, In_Reply_To=WEEKLY_ID)
    dovecot.deliver(address, raw)
    return message_id


def test_reply_after_the_store_was_deleted_stays_unmarked_on_imap(
    make_config: MakeConfig, db: Database, home: Path, dovecot: Dovecot, mail_env: MailEnv
) -> None:
    record_prompt(db, "weekly", "2026-W47", WEEKLY_ID)
    db.close()
    config = make_config()
    assert config.path is not None
    daemon = Daemon(config.path, home)
    try:
        daemon.ready(20)
        first = deliver_reply(dovecot, mail_env.address, 1)
        wait_for(lambda: stored(home / "careerlog.db", first), 30, "the first reply stored")
        wait_for(
            lambda: KEYWORD in flags_by_message_id(dovecot, mail_env.address).get(first, ()),
            30,
            "the first reply marked handled",
        )
        (home / "careerlog.db").unlink()
        second = deliver_reply(dovecot, mail_env.address, 2)
        assert daemon.process.wait(timeout=60) == 1
    finally:
        daemon.stop()
    log = daemon.log()
    assert "careerlog stopped: the database" in log and "was deleted" in log
    assert "Traceback" not in log
    flags = flags_by_message_id(dovecot, mail_env.address)
    assert second in flags, "the second reply reached the mailbox"
    assert KEYWORD not in flags[second], "a reply stored into the deleted file was marked handled"
