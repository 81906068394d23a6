"""Correcting what was logged by answering the confirmation: reword, re-kind, undo."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from tests.mailtest import MakeConfig, record_prompt, sample, smtp_send
from tests.servers import MailEnv

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


def confirmation(db: Database, nth: int = 0) -> tuple[str, str]:
    """Message-ID and text of the nth confirmation careerlog queued."""
    rows = list(db.query("select raw from outbox where kind = 'confirmation' order by id"))
    message = message_from_bytes(rows[nth]["raw"], policy=default)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(message["Message-ID"]), str(body.get_content())


def answer(env: MailEnv, message_id: str, quoted: str, text: str, n: int) -> bytes:
    quote = "\n".join("> " + line for line in quoted.splitlines())
    return (
        f"From: Ada <{env.address}>\nTo: {env.address}\nSubject: Re: Logged 2 entries\n"
        f"Message-ID: <fix{n}@example.test>\nIn-Reply-To: {message_id}\n"
        f"References: {message_id}\nDate: Sat, 7 Nov 2026 09:00:00 -0800\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"{text}\n\nOn Fri, Nov 6, 2026 at 5:40 PM careerlog wrote:\n{quote}\n"
    ).encode()


def live(db: Database) -> list[tuple[str, str]]:
    return [
        (r["kind"], r["text"])
        for r in db.query("select kind, text from entries where deleted_at is null order by id")
    ]


def test_reword_rekind_then_undo(make_config: MakeConfig, db: Database, mail_env: MailEnv) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
    check_inbox(config, db)
    message_id, text = confirmation(db)
    assert "1. [evidence] Big one this week" in text and "2. [evidence]" in text
    assert "undo" in text and "2: new text" in text
    assert "2 org" in text and "2 @Name" in text  # scope and people are correctable too
    assert "people: Linus Chen" in text  # what was read besides the text is shown

    fix = "1: Cut checkout P99 latency by 340 ms for every card payment\n2 relationship\n3 skill"
    smtp_send(mail_env, answer(mail_env, message_id, text, fix, 1))
    check_inbox(config, db)
    assert live(db) == [
        ("evidence", "Cut checkout P99 latency by 340 ms for every card payment"),
        ("relationship", live(db)[1][1]),
    ]
    assert "paired with Linus Chen" in live(db)[1][1]
    edits = list(db.query("select entry_id, field, old, new from entry_edits order by id"))
    assert [(e["entry_id"], e["field"]) for e in edits] == [(1, "text"), (2, "kind")]
    assert edits[0]["old"].startswith("Big one this week")
    second_id, reply_text = confirmation(db, 1)
    assert (
        "entry 1: text is now" in reply_text and "entry 2: kind is now “relationship”" in reply_text
    )
    assert "3 skill (there is no entry 3)" in reply_text
    searchable = list(db.query("select rowid from entries_fts where entries_fts match 'card'"))
    assert [r["rowid"] for r in searchable] == [1]

    smtp_send(mail_env, answer(mail_env, second_id, reply_text, "undo", 2))
    check_inbox(config, db)
    assert live(db) == []
    assert db.execute("select count(*) from entries").fetchone()[0] == 2  # hidden, not deleted
    after_undo = confirmation(db, 2)[1]
    assert "removed all 2 entries" in after_undo
    assert "(removed)" in after_undo and "undo" not in after_undo.split("(removed)")[-1]
    assert "Nothing from that message is in your log any more." in after_undo


def test_confirmation_threads_under_the_reply(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    reply = sample("01-weekly-gmail-web.eml")
    headers = message_from_bytes(reply, policy=default)
    smtp_send(mail_env, reply)
    check_inbox(config, db)
    (row,) = db.query("select raw from outbox where kind = 'confirmation'")
    sent = message_from_bytes(row["raw"], policy=default)
    original = str(headers["Subject"])
    assert str(sent["Subject"]) == "Re: " + original.removeprefix("Re: ")
    assert str(sent["In-Reply-To"]).strip() == str(headers["Message-ID"]).strip()
    thread = str(sent["References"]).split()
    assert thread[-1] == str(headers["Message-ID"]).strip() and WEEKLY_ID in thread
    html = sent.get_body(preferencelist=("html",))
    assert html is not None  # the prompts' card, its CSS inlined for mail clients
    assert '<div class="card" style="max-width: 620px;' in html.get_content()


def test_confirmations_can_be_turned_off(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config({"mail": {"confirmations": False}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
    check_inbox(config, db)
    assert len(live(db)) == 2
    assert db.execute("select count(*) from outbox").fetchone()[0] == 0
