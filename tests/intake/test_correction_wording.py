"""What careerlog says back after a correction or a reimport reads as words.

A correction's confirmation quotes the new value as a person would (“skill”, not the
Python repr 'skill') and undoing a one-entry reply "removed the entry", not "all 1
entries"; through the real SMTP relay into Dovecot. The reimport's last line counts
"1 entry" and "1 prompt".
"""

from __future__ import annotations

from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from careerlog.intake.reimport import ReimportReport
from tests.intake.test_corrections import WEEKLY_ID, answer, confirmation, live
from tests.mailtest import MakeConfig, record_prompt, smtp_send
from tests.servers import MailEnv

SHIPPED = "Shipped the ledger schema migration for Checkout, with no downtime."


def weekly_answer(env: MailEnv) -> bytes:
    return (
        f"From: Ada <{env.address}>\nTo: {env.address}\nSubject: Re: weekly\n"
        f"Message-ID: <one-entry@example.test>\nIn-Reply-To: {WEEKLY_ID}\n"
        f"References: {WEEKLY_ID}\nDate: Fri, 6 Nov 2026 17:40:00 -0800\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{SHIPPED}\n"
    ).encode()


def test_a_one_entry_reply_corrected_then_undone(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, weekly_answer(mail_env))
    check_inbox(config, db)
    message_id, text = confirmation(db)
    assert "1. [evidence] " in text and "2. [" not in text

    smtp_send(mail_env, answer(mail_env, message_id, text, "1 skill\n1 org", 1))
    check_inbox(config, db)
    second_id, fixed = confirmation(db, 1)
    assert "entry 1: kind is now “skill”" in fixed and "entry 1: scope is now “org”" in fixed
    assert "'skill'" not in fixed and "'org'" not in fixed
    assert live(db) == [("skill", SHIPPED)]

    smtp_send(mail_env, answer(mail_env, second_id, fixed, "undo", 2))
    check_inbox(config, db)
    undone = confirmation(db, 2)[1]
    assert "removed the entry" in undone and "all 1 entries" not in undone
    assert live(db) == []


def test_the_reimport_summary_counts_in_words() -> None:
    one = ReimportReport(read=1, stored=1, entries=1, prompts=1).summary()
    assert one.startswith("1 read, 1 stored (1 entry), ") and "1 prompt rebuilt" in one
    two = ReimportReport(read=2, stored=2, entries=2, prompts=2).summary()
    assert "(2 entries)" in two and "2 prompts rebuilt" in two
