"""``careerlog reimport``: a store lost without a backup comes back from the mailbox.

The real intake reads replies from real Dovecot (or a Maildir) first; then the database
is deleted and the CLI rebuilds it. Every reply must come back once, with the same
entries, corrections applied again, and no confirmation mailed a second time.
"""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from careerlog.config import Config, parse_config
from careerlog.intake import reimport
from careerlog.intake.inbox import check_inbox
from careerlog.prompts.due import send_prompt
from careerlog.store import open_store
from tests.clirun import Run, careerlog
from tests.configfile import config_tables, write_config, write_toml
from tests.mailtest import MakeConfig, maildir, rewrite, sample, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot
from tests.servers.ports import free_port

NOW = "2026-11-20T16:00:00+00:00"
# A capture counts when the receiving server authenticated it; that survives a lost
# store, while the secret capture address's token lived in the database.
TRUSTED = {"mail": {"trusted_authserv_ids": ["mx.example.com"]}}


@pytest.fixture(autouse=True)
def _now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", NOW)


def prompt(config: Config, db: Database, kind: str) -> str:
    """Queue a real careerlog prompt; its Message-ID."""
    prompt_id = send_prompt(config, db, kind, deliver=False)
    assert prompt_id is not None
    return str(db.table("prompts").get(prompt_id)["message_id"])


def answer(raw: bytes, message_id: str) -> bytes:
    return rewrite(raw, In_Reply_To=message_id, References=message_id)


def correction(address: str, confirmation_id: str, n: int, body: str) -> bytes:
    return (
        f"From: Ada Lovelace <{address}>\r\nTo: {address}\r\nSubject: Re: Logged\r\n"
        f"Message-ID: <fix{n}@example.com>\r\nIn-Reply-To: {confirmation_id}\r\n"
        f"References: {confirmation_id}\r\nDate: Sun, {7 + n} Nov 2026 09:00:00 -0800\r\n"
        f"\r\n{body}\r\n"
    ).encode()


def confirmation_of(db: Database, message_id: str) -> str:
    """The Message-ID of the newest confirmation answering ``message_id``."""
    for row in db.query("select raw from outbox where kind = 'confirmation' order by id desc"):
        headers = message_from_bytes(bytes(row["raw"]))
        if str(headers["In-Reply-To"]).strip() == message_id:
            return str(headers["Message-ID"]).strip()
    raise AssertionError(f"no confirmation answers {message_id}")


def entries(db: Database) -> list[tuple[Any, ...]]:
    """What the user would notice: each entry's kind, text, day, scope, people, hidden."""
    rows = db.query(
        "select e.kind, e.text, e.occurred_on, e.scope, e.skill_kind, e.deleted_at is not null, "
        "(select group_concat(p.name, ', ') from entry_people ep join people p "
        "  on p.id = ep.person_id where ep.entry_id = e.id) from entries e"
    )
    return sorted(tuple(r.values()) for r in rows)


def sent_prompts(db: Database) -> list[dict[str, Any]]:
    return list(
        db.query(
            "select kind, period, token, message_id, subject, body_text from prompts "
            "where kind != 'confirmation' order by kind"
        )
    )


def drop_store(db: Database, path: Path) -> None:
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def run_reimport(home: Path, *args: str) -> Run:
    return careerlog("--config", str(home / "config.toml"), "reimport", *args)


class MailStory:
    """Replies handled by the real IMAP intake, with careerlog's own mail delivered too."""

    def __init__(self, config: Config, db: Database, env: MailEnv, dovecot: Dovecot) -> None:
        self.config, self.db, self.env, self.dovecot = config, db, env, dovecot
        self.delivered: set[int] = set()

    def deliver_outbox(self) -> None:
        """What the outbox would do: careerlog's mail lands in the user's own inbox."""
        for row in self.db.query("select id, raw from outbox order by id"):
            if row["id"] not in self.delivered:
                self.dovecot.deliver(self.env.username, bytes(row["raw"]))
                self.delivered.add(row["id"])

    def intake(self) -> None:
        check_inbox(self.config, self.db)
        self.deliver_outbox()

    def tell(self) -> None:
        """A monthly and a weekly reply, a capture, a stranger, two corrections."""
        weekly = prompt(self.config, self.db, "weekly")
        monthly = prompt(self.config, self.db, "monthly")
        self.deliver_outbox()
        address = self.env.address
        smtp_send(self.env, answer(sample("15-monthly-fastmail-bottom.eml"), monthly))
        smtp_send(self.env, answer(sample("01-weekly-gmail-web.eml"), weekly))
        smtp_send(
            self.env,
            "Authentication-Results: mx.example.com; dkim=pass header.d=example.test\r\n"
            f"From: Ada <{address}>\r\nTo: {address}\r\n"
            "Subject: log: migrated billing to the new queue\r\n"
            "Message-ID: <cap1@example.test>\r\nDate: Tue, 17 Nov 2026 10:00:00 -0800\r\n\r\n"
            "Migrated billing to the new queue, cutting lag from 40 min to 2 min.\r\n".encode(),
        )
        stranger = rewrite(
            sample("01-weekly-gmail-web.eml"),
            From="Ada Lovelace <ada@examp1e.com>",
            Message_ID="<s1@evil.test>",
        )
        smtp_send(self.env, answer(stranger, weekly))
        self.intake()
        reply_id = "<CAH4s9Qd7xk2-Wf0bN3uLx8pTqZ1v6mRjEo5yGc2aKs9hD0fXnQ@mail.gmail.com>"
        first = confirmation_of(self.db, reply_id)
        smtp_send(self.env, correction(address, first, 1, "1: Shipped the pool fix\n2 skill"))
        self.intake()
        second = confirmation_of(self.db, "<fix1@example.com>")
        smtp_send(self.env, correction(address, second, 2, "1 skill"))
        self.intake()


@pytest.fixture
def story(make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot) -> MailStory:
    told = MailStory(make_config(TRUSTED), db, mail_env, dovecot)
    told.tell()
    return told


def test_lost_store_comes_back_from_imap_once_without_confirmations(
    story: MailStory, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = entries(story.db)
    statuses = sorted(r["status"] for r in story.db.query("select status from inbound_messages"))
    assert statuses == ["corrected", "corrected", "parsed", "parsed", "parsed", "quarantined"]
    assert ("skill", "Shipped the pool fix") in {(e[0], e[1]) for e in before}
    prompts_before = sent_prompts(story.db)
    drop_store(story.db, home / "careerlog.db")

    monkeypatch.setattr(reimport, "PROGRESS_EVERY", 2)
    run = run_reimport(home)
    assert run.code == 0, run.text
    assert "... 2 of 6 messages read" in run.err
    assert "6 read, 5 stored (9 entries), 0 already there, 1 quarantined" in run.out
    assert "7 prompts rebuilt" in run.out  # 2 prompts and the 5 confirmations in the inbox
    db = open_store(home / "careerlog.db")
    assert entries(db) == before
    assert db.execute("select count(*) from outbox").fetchone()[0] == 0
    held = list(db.query("select reason from quarantine"))
    assert len(held) == 1 and "ada@examp1e.com is not you" in held[0]["reason"]
    assert sent_prompts(db) == prompts_before  # a late reply to them still matches
    assert db.execute("select count(*) from prompts where kind = 'confirmation'").fetchone()[0]

    again = run_reimport(home)
    assert again.code == 0 and "6 read, 0 stored (0 entries), 6 already there" in again.out
    assert entries(db) == before
    assert db.execute("select count(*) from inbound_messages").fetchone()[0] == 6
    # the service's next pass finds every reply stored already: nothing new, nothing sent
    config = parse_config((home / "config.toml").read_text(), home / "config.toml")
    check_inbox(config, db)
    assert entries(db) == before
    assert db.execute("select count(*) from outbox").fetchone()[0] == 0


def test_an_old_backup_plus_reimport_since_its_day_is_the_whole_record(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    told = MailStory(make_config(), db, mail_env, dovecot)
    weekly, monthly = prompt(told.config, db, "weekly"), prompt(told.config, db, "monthly")
    told.deliver_outbox()
    smtp_send(mail_env, answer(sample("15-monthly-fastmail-bottom.eml"), monthly))
    told.intake()
    assert careerlog("--config", str(home / "config.toml"), "backup", str(home / "b.db")).code == 0
    reply = answer(sample("01-weekly-gmail-web.eml"), weekly)
    smtp_send(mail_env, reply)
    told.intake()
    confirmation = confirmation_of(db, str(message_from_bytes(reply)["Message-ID"]).strip())
    smtp_send(mail_env, correction(mail_env.address, confirmation, 1, "2: Mentored Linus"))
    told.intake()
    before = entries(db)
    assert "Mentored Linus" in {e[1] for e in before}
    db.close()
    assert careerlog("--config", str(home / "config.toml"), "restore", str(home / "b.db")).code == 0

    run = run_reimport(home, "--since", "2026-11-01")
    assert run.code == 0 and "2 read, 2 stored" in run.out, run.text
    assert entries(open_store(home / "careerlog.db")) == before


def test_since_reads_only_newer_replies(story: MailStory, home: Path) -> None:
    drop_store(story.db, home / "careerlog.db")
    run = run_reimport(home, "--since", "2026-11-01")
    assert run.code == 0, run.text
    db = open_store(home / "careerlog.db")
    assert "5 read, 4 stored" in run.out and "1 quarantined" in run.out
    subjects = [str(r["subject"]) for r in db.query("select subject from inbound_messages")]
    assert len(subjects) == 5 and not any("month" in s for s in subjects)
    rest = run_reimport(home)
    assert "6 read, 1 stored" in rest.out and "5 already there, 0 quarantined" in rest.out


def test_replies_still_count_when_the_prompt_mails_are_gone_too(
    story: MailStory, home: Path, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    before = entries(story.db)
    drop_store(story.db, home / "careerlog.db")
    with dovecot.connect(mail_env.username) as client:
        client.select_folder("INBOX")
        client.delete_messages(client.search(["HEADER", "X-Careerlog", ""]))
        client.expunge()
    run = run_reimport(home)
    assert run.code == 0, run.text
    db = open_store(home / "careerlog.db")
    assert db.execute("select count(*) from prompts").fetchone()[0] == 0
    # the corrections cannot be tied to entries any more: listed, not guessed
    assert run.out.count("not imported (careerlog cannot tell any more what it is)") == 2
    assert "6 read, 3 stored" in run.out and "1 quarantined, 2 not imported" in run.out
    kinds = [r["kind"] for r in db.query("select kind from entries")]
    assert "unsorted" not in kinds and len(kinds) == len(before)
    statuses = sorted(r["status"] for r in db.query("select status from inbound_messages"))
    assert statuses == ["parsed", "parsed", "parsed", "quarantined"]
    texts = {r["text"] for r in db.query("select text from entries")}
    assert any("ramping up on ledger internals" in t for t in texts)
    assert any("connection-pool fix for checkout-api" in t for t in texts)


def test_a_lookalike_prompt_never_takes_the_real_ones_place(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    config = make_config()
    weekly = prompt(config, db, "weekly")
    (real,) = db.query("select period, raw from outbox join prompts on prompts.id = prompt_id")
    lookalike = (
        f"From: careerlog <{mail_env.address}>\r\nTo: {mail_env.address}\r\n"
        f"Subject: What did you do? [{real['period']}]\r\nX-Careerlog: weekly {real['period']}\r\n"
        "Message-ID: <prompt-weekly-x.abcdefghjkmnpqrs@careerlog.invalid>\r\n\r\nForged.\r\n"
    ).encode()
    dovecot.deliver(mail_env.username, lookalike)  # first in the inbox, before the real one
    dovecot.deliver(mail_env.username, bytes(real["raw"]))
    smtp_send(mail_env, answer(sample("01-weekly-gmail-web.eml"), weekly))
    check_inbox(config, db)
    before, prompts_before = entries(db), sent_prompts(db)
    drop_store(db, home / "careerlog.db")
    assert run_reimport(home).code == 0
    db = open_store(home / "careerlog.db")
    assert sent_prompts(db) == prompts_before and entries(db) == before


def test_a_marked_message_nothing_identifies_is_listed_not_dropped(
    make_config: MakeConfig, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    make_config()
    dovecot.deliver(
        mail_env.username,
        b"From: someone@example.org\r\nSubject: team offsite\r\nMessage-ID: <o@example.org>\r\n"
        b"Date: Mon, 16 Nov 2026 09:00:00 +0000\r\n\r\nhi\r\n",
    )
    with dovecot.connect(mail_env.username) as client:
        client.select_folder("INBOX")
        client.add_flags(client.search(), ["$CareerlogDone"])
    run = run_reimport(home)
    assert run.code == 0, run.text
    assert "not imported (careerlog cannot tell any more what it is): " in run.out
    assert "“team offsite”" in run.out and "1 read, 0 stored" in run.out


def test_processed_folder_is_read_whole(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    config = make_config(
        {"mail": {"processed_folder": "Careerlog/Done"}, "limits": {"max_message_bytes": 20000}}
    )
    weekly = prompt(config, db, "weekly")
    for row in db.query("select raw from outbox"):
        dovecot.deliver(mail_env.username, bytes(row["raw"]))
    smtp_send(mail_env, answer(sample("01-weekly-gmail-web.eml"), weekly))
    big = rewrite(sample("03-weekly-outlook-desktop.eml"), Message_ID="<big@example.com>")
    smtp_send(mail_env, answer(big, weekly) + (b"x" * 70 + b"\r\n") * 400)  # headers only
    check_inbox(config, db)
    before = entries(db)
    assert {e[0] for e in before} >= {"evidence", "unsorted"}
    assert len(dovecot.messages(mail_env.username, "Careerlog.Done")) == 2
    drop_store(db, home / "careerlog.db")
    run = run_reimport(home)
    assert run.code == 0 and "2 read, 2 stored" in run.out, run.text
    assert entries(open_store(home / "careerlog.db")) == before


def test_maildir_store_comes_back(home: Path) -> None:
    config = write_config(
        home / "config.toml",
        config_tables(home, {"user": {"timezone": None}, "limits": {"max_message_bytes": 20000}}),
    )
    db = open_store(home / "careerlog.db")
    box = maildir(home / "Maildir")
    monthly = prompt(config, db, "monthly")
    for row in db.query("select raw from outbox"):
        box.add(bytes(row["raw"]))
    box.add(answer(sample("15-monthly-fastmail-bottom.eml"), monthly))
    big = rewrite(sample("12-monthly-outlook-android.eml"), Message_ID="<big@example.com>")
    box.add(answer(big, monthly) + b"x" * 30_000)  # over the limit: kept as headers only
    box.add(b"From: someone@example.org\nSubject: hello\nMessage-ID: <x@example.org>\n\nhi\n")
    check_inbox(config, db)
    before = entries(db)
    assert {e[0] for e in before} == {"skill", "relationship", "unsorted"}
    drop_store(db, home / "careerlog.db")

    run = run_reimport(home)
    assert run.code == 0, run.text
    assert "3 read, 2 stored" in run.out and "1 not for careerlog" in run.out
    db = open_store(home / "careerlog.db")
    assert entries(db) == before
    assert db.execute("select count(*) from outbox").fetchone()[0] == 0
    assert check_inbox(config, db).examined <= 1  # only careerlog's own prompt is looked at
    assert entries(db) == before
    assert "2 already there" in run_reimport(home).out


def test_bad_since_is_a_clear_error(home: Path) -> None:
    write_toml(home / "config.toml", config_tables(home))
    run = run_reimport(home, "--since", "last tuesday")
    assert run.code == 2
    assert "--since" in run.err and "last tuesday" in run.err
    assert "Traceback" not in run.text
    assert not (home / "careerlog.db").exists()


def test_missing_maildir_is_a_clear_error(home: Path) -> None:
    write_toml(
        home / "config.toml",
        config_tables(home, {"mail": {"maildir_inbox": str(home / "nowhere")}}),
    )
    run = run_reimport(home)
    assert run.code == 2 and "no Maildir at" in run.err and "maildir_inbox" in run.err


def test_unreachable_server_is_a_clear_error(make_config: MakeConfig, home: Path) -> None:
    make_config({"mail": {"imap": {"port": free_port()}}})
    run = run_reimport(home)
    assert run.code == 2, run.text
    assert run.err.startswith("careerlog: IMAP") and "Traceback" not in run.text
