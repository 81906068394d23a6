"""A message is stored once by its identity (Message-ID, sender, date), not by its bytes;
and a stranger's big mail costs the database its headers, not its size."""

from __future__ import annotations

import hashlib
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.inbox import check_inbox
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.store import open_store
from careerlog.store.migrations import migrations
from tests.clirun import careerlog
from tests.configfile import config_tables, write_config
from tests.mailtest import MakeConfig, record_prompt
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

OWNER = "ada@example.com"
WEEKLY_ID = "<prompt-weekly-2026-w45.k3j9xabc@careerlog.invalid>"
DATE = "Fri, 13 Nov 2026 17:04:00 -0800"
TEXT = "Walked Tomás through the payments ledger → he now owns the reconciliation job.\n"


def reply(
    text: str = TEXT,
    *,
    cte: str = "8bit",
    message_id: str | None = "<r1@mail.example.com>",
    sender: str = OWNER,
    date: str = DATE,
    footer: str = "",
) -> bytes:
    message = EmailMessage()
    message["From"] = f"Ada Lovelace <{sender}>"
    message["To"] = OWNER
    message["Subject"] = "Re: What had impact? [2026-W45]"
    message["Date"] = date
    if message_id:
        message["Message-ID"] = message_id
    message["In-Reply-To"] = WEEKLY_ID
    message.set_content(text + footer, cte=cte)
    return message.as_bytes()


def maildir_config(home: Path) -> Config:
    user = {"email": OWNER, "aliases": ["ada@work.example"], "timezone": None}
    return write_config(home / "config.toml", config_tables(home, {"user": user}))


def confirmations(db: Database) -> int:
    return int(db.execute("select count(*) from outbox where kind = 'confirmation'").fetchone()[0])


def statuses(db: Database) -> list[str]:
    return [r["status"] for r in db.query("select status from inbound_messages order by id")]


@pytest.fixture
def maildir(home: Path) -> tuple[Config, Database, mailbox.Maildir]:
    config = maildir_config(home)
    db = open_store(home / "careerlog.db")
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    return config, db, mailbox.Maildir(home / "Maildir", create=True)


def test_the_same_reply_delivered_twice_re_encoded_is_logged_and_confirmed_once(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    plain, qp = reply(cte="8bit"), reply(cte="quoted-printable")
    assert plain != qp and b"=E2=86=92" in qp  # really two encodings of one reply
    dovecot.deliver(mail_env.username, plain)
    dovecot.deliver(mail_env.username, qp)
    report = check_inbox(config, db)
    assert report.outcomes == {"parsed": 1, "duplicate": 1}
    assert statuses(db) == ["parsed"] and confirmations(db) == 1
    with dovecot.connect(mail_env.username) as client:  # both are marked done on the server
        client.select_folder("INBOX", readonly=True)
        flags = client.fetch(client.search(), ["FLAGS"])
        assert all(b"$CareerlogDone" in data[b"FLAGS"] for data in flags.values())


def test_a_forwarders_footer_does_not_make_a_second_message(
    maildir: tuple[Config, Database, mailbox.Maildir],
) -> None:
    config, db, box = maildir
    box.add(reply())
    box.add(reply(cte="base64", footer="\n--\nForwarded by mail-relay.example.net\n"))
    assert check_maildir(config, db).outcomes == {"parsed": 1, "duplicate": 1}
    assert confirmations(db) == 1


def test_a_shared_broken_message_id_keeps_mail_apart_only_when_it_clearly_differs(
    maildir: tuple[Config, Database, mailbox.Maildir],
) -> None:
    config, db, box = maildir
    broken = "<fixed-id@broken-client>"
    box.add(reply("Cut checkout latency by 30% for the web team.\n", message_id=broken))
    box.add(
        reply(
            "Ran the Q4 incident review for the payments org.\n",
            message_id=broken,
            date="Mon, 16 Nov 2026 09:00:00 -0800",
        )
    )
    box.add(
        reply(
            "Paired with Linus on the cache rollout.\n",
            message_id=broken,
            sender="ada@work.example",
        )
    )
    box.add(  # same ID, sender and moment: the same message, whatever its text
        reply("Cut checkout latency by 30% for the web team. (edited)\n", message_id=broken)
    )
    report = check_maildir(config, db)
    assert report.outcomes == {"parsed": 3, "duplicate": 1}


def test_without_a_message_id_the_decoded_text_sender_and_date_decide(
    maildir: tuple[Config, Database, mailbox.Maildir],
) -> None:
    config, db, box = maildir
    box.add(reply(message_id=None))
    box.add(reply(message_id=None, cte="quoted-printable"))
    box.add(reply("Shipped the ledger export for finance.\n", message_id=None))
    assert check_maildir(config, db).outcomes == {"parsed": 2, "duplicate": 1}


def test_rows_stored_under_the_old_byte_key_still_dedupe_after_the_upgrade(home: Path) -> None:
    path = home / "careerlog.db"
    old = Database(path)
    migrations.apply(old, stop_before="m007_inbound_identity")
    plain, qp = reply(cte="8bit"), reply(cte="quoted-printable")
    for raw in (plain, qp):  # the old key stored these as two messages
        body = raw.split(b"\n\n", 1)[1]
        old.table("inbound_messages").insert(
            {
                "message_key": f"<r1@mail.example.com>|{hashlib.sha256(body).hexdigest()[:32]}",
                "message_id": "<r1@mail.example.com>",
                "from_addr": f"Ada Lovelace <{OWNER}>",
                "raw": raw,
                "status": "parsed",
                "received_at": "2026-11-14T01:05:00+00:00",
            }
        )
    old.close()
    config = maildir_config(home)
    db = open_store(path)
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    assert statuses(db) == ["parsed", "parsed"]  # nothing the old key kept is lost
    box = mailbox.Maildir(home / "Maildir", create=True)
    box.add(reply(cte="base64", footer="\n-- \nvia forwarder\n"))
    assert check_maildir(config, db).outcomes == {"duplicate": 1}


def test_a_strangers_big_mail_costs_the_database_only_its_headers(home: Path) -> None:
    config = maildir_config(home)
    db = open_store(home / "careerlog.db")
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    box = mailbox.Maildir(home / "Maildir", create=True)

    def size() -> int:
        return int(
            db.execute(
                "select page_count * page_size from pragma_page_count, pragma_page_size"
            ).fetchone()[0]
        )

    before = size()
    payload = "Buy now! " * 350_000  # about 3 MB each
    for n in range(3):
        box.add(
            reply(
                payload, message_id=f"<spam{n}@evil.test>", sender="mallory@evil.test", cte="8bit"
            )
        )
    report = check_maildir(config, db)
    assert report.outcomes == {"quarantined": 3}
    assert size() - before < 300_000  # far less than the 9 MB that arrived
    (row,) = db.query("select raw, size, headers_only from inbound_messages where id = 1")
    assert row["headers_only"] == 1 and row["size"] > 3_000_000
    # a Maildir lists its mail in no set order: row 1 is any of the three
    assert b"Message-ID: <spam" in row["raw"] and b"Buy now" not in row["raw"]

    shown = careerlog("--config", str(home / "config.toml"), "quarantine", "show", "1")
    assert shown.code == 0
    assert "kept only the headers" in shown.out and "still on your mail server" in shown.out
    accepted = careerlog("--config", str(home / "config.toml"), "quarantine", "accept", "1")
    assert accepted.code != 0 and "Forward it to yourself" in accepted.text
    assert "Traceback" not in accepted.text
    assert db.execute("select count(*) from entries").fetchone()[0] == 0
    listed = careerlog("--config", str(home / "config.toml"), "quarantine", "list")
    assert "mallory@evil.test" in listed.out  # still held: nothing was accepted


@pytest.mark.parametrize("mark", ["keyword", "processed folder"])
def test_accepting_a_headers_only_message_fetches_it_again_from_imap(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    home: Path,
    mark: str,
) -> None:
    folder = {"processed_folder": "Careerlog/Done"} if mark == "processed folder" else {}
    config = make_config({"mail": folder, "limits": {"max_quarantine_bytes": 100_000}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    attachment_sized = TEXT + "\n" + "Details of the reconciliation job follow. " * 5_000
    big = reply(attachment_sized, sender="ada@old-job.example", message_id="<big@old-job>")
    dovecot.deliver(mail_env.username, big)
    assert check_inbox(config, db).outcomes == {"quarantined": 1}
    if mark == "processed folder":  # moved: its old UID no longer finds it
        assert dovecot.messages(mail_env.username) == []
    (row,) = db.query("select headers_only from inbound_messages")
    assert row["headers_only"] == 1
    accepted = careerlog("--config", str(home / "config.toml"), "quarantine", "accept", "1")
    assert accepted.code == 0, accepted.text
    assert "fetched again from the mail server" in accepted.out
    texts = [r["text"] for r in db.query("select text from entries")]
    assert any("Walked Tomás through the payments ledger" in t for t in texts)
