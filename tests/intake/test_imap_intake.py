"""Replies over real SMTP into real Dovecot, read back by the IMAP inbox: exactly once."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.intake import imap_inbox
from careerlog.intake.capture_address import secret_capture_address
from careerlog.intake.inbox import check_inbox
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"
GMAIL = "01-weekly-gmail-web.eml"


def entry_texts(db: Database) -> list[str]:
    return [
        r["text"] for r in db.query("select text from entries where deleted_at is null order by id")
    ]


def flags(dovecot: Dovecot, env: MailEnv, folder: str = "INBOX") -> list[set[bytes]]:
    with dovecot.connect(env.username) as client:
        client.select_folder(folder, readonly=True)
        data = client.fetch(client.search(), ["FLAGS"])
        return [set(data[uid][b"FLAGS"]) for uid in sorted(data)]


def test_reply_is_stored_once_and_flagged(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot, home: Path
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample(GMAIL))
    report = check_inbox(config, db)
    assert report.outcomes["parsed"] == 1
    texts = entry_texts(db)
    assert len(texts) == 2
    assert "shipped the connection-pool fix for checkout-api" in texts[0]
    assert "Linus Chen" in texts[1]
    (row,) = db.query("select status, raw, marked_at, prompt_id from inbound_messages")
    assert row["status"] == "parsed" and row["marked_at"] and row["prompt_id"] == 1
    assert row["raw"].startswith(b"Received:") or b"Message-ID" in row["raw"]
    assert flags(dovecot, mail_env) == [{b"$CareerlogDone"}]
    again = check_inbox(config, db)
    assert again.examined == 0 and len(entry_texts(db)) == 2
    confirmations = mailbox.Maildir(home / "Sent")
    assert len(confirmations) == 0  # queued in the outbox; delivery is the outbox's job
    (queued,) = db.query("select kind, raw from outbox")
    assert queued["kind"] == "confirmation"
    assert b"1. [evidence]" in queued["raw"] or b"1. [evidence]" in queued["raw"].replace(
        b"=\n", b""
    )


def test_unrelated_mail_bodies_never_fetched(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    big_body = b"x" * 200_000
    for n in range(5):
        dovecot.deliver(
            mail_env.username,
            b"From: newsletter@example.org\r\nTo: "
            + mail_env.address.encode()
            + f"\r\nSubject: news {n}\r\nMessage-ID: <n{n}@example.org>\r\n\r\n".encode()
            + big_body,
        )
    smtp_send(mail_env, sample(GMAIL))
    report = check_inbox(config, db)
    assert report.examined == 6 and report.outcomes["parsed"] == 1
    assert report.bytes_fetched < len(sample(GMAIL)) + 5 * 2_000
    assert db.execute("select count(*) from inbound_messages").fetchone()[0] == 1


def test_own_mail_is_recognised_and_never_parsed(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    config = make_config()
    own = (
        b"From: careerlog <"
        + mail_env.address.encode()
        + b">\r\nTo: "
        + mail_env.address.encode()
        + b"\r\nSubject: log: what did you do this week? [2026-W47]\r\n"
        b"Message-ID: <weekly-2026-w47.abcdefgh@careerlog.invalid>\r\n"
        b"X-Careerlog: weekly 2026-W47\r\n"
        b"\r\nWhat did you do this week that had impact?\r\n"
    )
    dovecot.deliver(mail_env.username, own)
    report = check_inbox(config, db)
    assert report.examined == 1 and report.entries == 0
    assert db.execute("select count(*) from inbound_messages").fetchone()[0] == 0


def test_spoofed_sender_is_quarantined_never_answered(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    spoofed = rewrite(
        sample(GMAIL), From="Ada Lovelace <ada@examp1e.com>", Message_ID="<s1@evil.test>"
    )
    smtp_send(mail_env, spoofed)
    report = check_inbox(config, db)
    assert report.outcomes["quarantined"] == 1
    assert entry_texts(db) == []
    (row,) = db.query(
        "select q.reason, m.raw from quarantine q join inbound_messages m on m.id = q.inbound_id"
    )
    assert "ada@examp1e.com is not you" in row["reason"] and row["raw"]
    assert db.execute("select count(*) from outbox").fetchone()[0] == 0


def test_require_authentication_reads_only_the_topmost_trusted_header(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config(
        {"mail": {"require_authentication": True, "trusted_authserv_ids": ["mx.example.com"]}}
    )
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)

    def with_results(n: int, *headers: str) -> bytes:
        raw = rewrite(sample(GMAIL), Message_ID=f"<u{n}@example.com>")
        added = "".join(f"Authentication-Results: {h}\r\n" for h in headers).encode()
        return added + raw

    unsigned = with_results(1)
    # the receiving server found a failure; a pass the sender wrote below it is not read
    forged_below = with_results(
        2, "mx.example.com; dkim=fail", "mx.example.com; dkim=pass header.d=example.com"
    )
    # a pass from a server that is not named in trusted_authserv_ids
    untrusted = with_results(3, "mx.evil.test; dkim=pass header.d=example.com")
    signed = with_results(4, "mx.example.com; dkim=pass header.d=example.com; spf=pass")
    for raw in (unsigned, forged_below, untrusted, signed):
        smtp_send(mail_env, raw)
    check_inbox(config, db)
    statuses = [r["status"] for r in db.query("select status from inbound_messages order by id")]
    assert statuses == ["quarantined", "quarantined", "quarantined", "parsed"]


def test_duplicate_delivery_stored_once(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample(GMAIL))
    smtp_send(mail_env, sample(GMAIL))
    report = check_inbox(config, db)
    assert report.outcomes["parsed"] == 1 and report.outcomes["duplicate"] == 1
    assert len(entry_texts(db)) == 2
    assert flags(dovecot, mail_env) == [{b"$CareerlogDone"}] * 2


def test_crash_between_store_and_mark_then_restart(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample(GMAIL))

    # A process killed right after the commit can't be timed from outside
    # reliably, so the crash is simulated at exactly that point.
    def crash(self: object, client: object, uid: int) -> None:
        raise KeyboardInterrupt("killed between store and mark")

    with monkeypatch.context() as patch:
        patch.setattr(imap_inbox.ImapInbox, "mark", crash)
        with pytest.raises(KeyboardInterrupt):
            check_inbox(config, db)
    assert len(entry_texts(db)) == 2 and flags(dovecot, mail_env) == [set()]
    report = check_inbox(config, db)
    assert report.outcomes["duplicate"] == 1
    assert len(entry_texts(db)) == 2
    assert flags(dovecot, mail_env) == [{b"$CareerlogDone"}]


def test_uidvalidity_change_rescans_without_doubles(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    config = make_config({"mail": {"imap": {"folder": "Careerlog"}}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    dovecot.deliver(mail_env.username, sample(GMAIL), folder="Careerlog")
    check_inbox(config, db)
    with dovecot.connect(mail_env.username) as client:
        client.delete_folder("Careerlog")
    second = rewrite(
        sample("08-weekly-gmail-web-fr.eml"), In_Reply_To=WEEKLY_ID, References=WEEKLY_ID
    )
    dovecot.deliver(mail_env.username, sample(GMAIL), folder="Careerlog")
    dovecot.deliver(mail_env.username, second, folder="Careerlog")
    report = check_inbox(config, db)
    assert report.examined == 2
    assert report.outcomes["duplicate"] == 1 and report.outcomes["parsed"] == 1
    assert db.execute("select count(*) from inbound_messages").fetchone()[0] == 2


def test_processed_folder_move(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    config = make_config({"mail": {"processed_folder": "Careerlog/Done"}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample(GMAIL))
    check_inbox(config, db)
    assert dovecot.messages(mail_env.username) == []
    assert (
        len(dovecot.messages(mail_env.username, "Careerlog.Done")) == 1
    )  # Dovecot's "." hierarchy


def test_capture_auto_reply_and_parser_failure(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W52", "<prompt-weekly-2026w52.w1p7g@careerlog.invalid>")
    to = secret_capture_address(config, db)
    capture = (
        f"From: Ada <{mail_env.address}>\r\nTo: {to}\r\n"
        "Subject: log: migrated billing to the new queue\r\nMessage-ID: <cap1@example.test>\r\n"
        "Date: Tue, 17 Nov 2026 10:00:00 -0800\r\n\r\n"
        "Migrated billing to the new queue, cutting lag from 40 min to 2 min "
        "for every customer.\r\n"
    ).encode()
    smtp_send(mail_env, capture, to=to)
    smtp_send(mail_env, sample("10-weekly-outlook-autoreply.eml"))
    check_inbox(config, db)
    rows = list(db.query("select kind, scope, text from entries"))
    assert [(r["kind"], r["scope"]) for r in rows] == [("evidence", "external")]
    statuses = sorted(r["status"] for r in db.query("select status from inbound_messages"))
    assert statuses == ["auto-reply", "parsed"]

    # The parser cannot be made to crash on purpose by any input (property tests
    # prove that), so a bug is simulated to show nothing is lost when one exists.
    def broken(raw: bytes, context: object) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr("careerlog.intake.process.parse_message", broken)
    smtp_send(mail_env, rewrite(capture, Message_ID="<cap2@example.test>"), to=to)
    check_inbox(config, db)
    (unsorted,) = db.query("select text from entries where kind = 'unsorted'")
    assert "Migrated billing to the new queue" in unsorted["text"]
