"""Markup, CRLF and template code from replies, names and subjects never reach outgoing mail.

Digest and brief escaping are tested by their owners (tests/insights/
test_insights_escaping.py, tests/briefs/test_brief_content.py); here: the confirmation
a hostile reply triggers, and the prompts that quote what was logged.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as default_policy

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.process import handle_message
from careerlog.periods import Period
from careerlog.prompts.due import create_prompt
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.people import add_person
from tests.mailtest import record_prompt
from tests.reliability.relhelpers import WEEKLY_ID

SCRIPT = "<script>alert(1)</script>"
TEMPLATE = "{{ 7*7 }} {% for x in range(3) %}loop{% endfor %}"
EXPECTED_HEADERS = {
    "from", "to", "subject", "date", "message-id", "x-careerlog", "auto-submitted",
    "x-auto-response-suppress", "in-reply-to", "references", "mime-version", "content-type",
    "content-transfer-encoding",
}  # fmt: skip


def outgoing(db: Database, kind: str) -> EmailMessage:
    (row,) = db.query("select raw from outbox where kind = ?", [kind])
    message = message_from_bytes(row["raw"], policy=default_policy)
    assert isinstance(message, EmailMessage)
    return message


def check_mail(message: EmailMessage) -> tuple[str, str]:
    """Only careerlog's own headers, no CR/LF inside any; returns (text, html)."""
    names = {name.lower() for name in message}
    assert names <= EXPECTED_HEADERS, names - EXPECTED_HEADERS
    for name, value in message.items():
        assert "\r" not in str(value) and "\n" not in str(value), (name, value)
        if name == "Subject":  # "Re: <the reply's own subject>", on one line, to thread
            continue
        assert "evil.test" not in str(value), (name, value)
    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    assert text_part is not None and html_part is not None
    return str(text_part.get_content()), str(html_part.get_content())


def test_hostile_reply_cannot_inject_into_its_confirmation(
    offline: tuple[Config, Database],
) -> None:
    config, db = offline
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    raw = (
        "From: Ada <ada@example.com>\r\n"
        "To: ada@example.com\r\n"
        "Subject: =?utf-8?q?Re:_weekly=0D=0ABcc:_victim@evil.test=0D=0A=0D=0A<h1>x</h1>?=\r\n"
        "Message-ID: <inj=0D=0ABcc:victim@evil.test@example.com>\r\n"
        f"In-Reply-To: {WEEKLY_ID}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"- shipped {SCRIPT} for my team, cut p99 by 40ms\r\n"
        f"- paired with <b>Eve</b> on {TEMPLATE}\r\n"
        "- wrote the doc\r\nBcc: victim@evil.test\r\n"
    ).encode()
    outcome = handle_message(config, db, raw)
    assert outcome.status == "parsed" and len(outcome.entry_ids) >= 2
    text, html = check_mail(outgoing(db, "confirmation"))
    assert SCRIPT in text and TEMPLATE.split()[0] in text  # text is text, kept as written
    assert "49" not in text and "loop" not in text.replace("loop{%", "")  # never evaluated
    assert "<script" not in html.lower() and "<b>eve</b>" not in html.lower()
    assert "&lt;script&gt;" in html and "{{ 7*7 }}" in html and "49" not in html


def test_logged_markup_is_escaped_in_the_prompts_that_quote_it(
    offline: tuple[Config, Database],
) -> None:
    config, db = offline
    now = datetime(2026, 11, 20, 16, tzinfo=UTC)
    add_person(db, f"Eve {SCRIPT}", emails=["eve@example.test"])
    add_entry(
        db,
        NewEntry(
            "evidence", f"shipped {SCRIPT} {TEMPLATE}\r\nBcc: victim@evil.test",
            occurred_on=date(2026, 11, 17), source="cli",
        ),
    )  # fmt: skip
    period = Period("weekly", date(2026, 11, 16), date(2026, 11, 23))
    assert create_prompt(config, db, "weekly", period, now) is not None
    text, html = check_mail(outgoing(db, "weekly"))
    assert "<script" not in html.lower() and "49" not in html
    if "shipped" in html:  # the week's log is quoted back: escaped, not run
        assert "&lt;script&gt;" in html and "{{ 7*7 }}" in html
    assert "49" not in text
