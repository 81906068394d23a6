"""An overlong reply is never cut in silence: the confirmation says how much was not logged.

Through ``handle_message`` with a Maildir config (no servers): a paste of 5,000 bullets
gives the entry cap and says how many items were left out; one line of a megabyte, of
words or one unbroken "word", is logged from its start and says how many characters were
left out. The whole message stays stored as it came.
"""

from __future__ import annotations

import re
from email import message_from_bytes
from email.policy import default

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.process import handle_message
from careerlog.parsers.bounds import MAX_ENTRY_TEXT
from careerlog.parsers.extract import MAX_ENTRIES
from tests.configfile import OWNER_EMAIL
from tests.mailtest import record_prompt

WEEKLY_ID = "<prompt-weekly-2026w45.l0ng9@careerlog.invalid>"
BULLETS = 5_000
# Names in every script the parser meets, with and without capitals.
NAMES = (
    "Ивана Петрова", "田中太郎", "محمد علي", "Παύλος Γεωργίου", "김민준", "דוד לוי",
    "प्रिया शर्मा", "สมชาย ใจดี", "\u1eccl\u00e1 Ad\u00e9b\u00e1y\u1ecd\u0300", "Grace Hopper",
)  # fmt: skip
MEGABYTE = 1_000_000


def _reply(body: str) -> bytes:
    return (
        f"From: Ada <{OWNER_EMAIL}>\nTo: {OWNER_EMAIL}\nSubject: Re: weekly [2026-W45]\n"
        f"Message-ID: <long-{len(body)}@example.com>\nIn-Reply-To: {WEEKLY_ID}\n"
        "Date: Fri, 6 Nov 2026 17:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n"
    ).encode()


def _confirmation(db: Database) -> str:
    (row,) = db.query("select raw from outbox where kind = 'confirmation'")
    body = message_from_bytes(row["raw"], policy=default).get_body(preferencelist=("plain",))
    assert body is not None
    return " ".join(str(body.get_content()).split())  # notes wrap; read them as one line


def _logged(db: Database) -> list[str]:
    return [str(r["text"]) for r in db.query("select text from entries order by id")]


def test_five_thousand_bullets_say_how_many_items_were_not_logged(
    offline: tuple[Config, Database],
) -> None:
    config, db = offline
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    body = "\n".join(f"- Paired with {NAMES[i % len(NAMES)]} on test {i}" for i in range(BULLETS))
    assert len(body) < MAX_ENTRY_TEXT  # every item is read, so every one is counted
    outcome = handle_message(config, db, _reply(body))
    assert outcome.status == "parsed" and len(outcome.entry_ids) == MAX_ENTRIES
    text = _confirmation(db)
    left = BULLETS - MAX_ENTRIES
    assert f"Your reply went on for {left} more items than careerlog logs" in text
    assert "stay in the message as it came" in text
    people = {str(r["name"]) for r in db.query("select name from people")}
    assert people == set(NAMES)  # each found whole, in its own script


LINES = {
    "words": ("Shipped the fix for Payments and Risk, 40% fewer errors. " * 20_000)[:MEGABYTE],
    "one unbroken word": "x" * MEGABYTE,
}


@pytest.mark.parametrize("name", sorted(LINES))
def test_one_line_of_a_megabyte_says_how_many_characters_were_not_logged(
    name: str, offline: tuple[Config, Database]
) -> None:
    config, db = offline
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    line = LINES[name]
    outcome = handle_message(config, db, _reply(line))
    assert outcome.status == "parsed"
    (logged,) = _logged(db)
    assert line.startswith(logged)
    said = re.search(r"the last ([\d,]+) characters were not logged", _confirmation(db))
    assert said is not None, "the confirmation does not say what was left out"
    left_out = int(said.group(1).replace(",", ""))
    assert left_out - (len(line) - len(logged)) in (0, 1)  # the rest, and its line end
