"""Date rules one by one: the period a prompt asked about, unreadable dates, defaults.

The user's path (real inbox, export, digest, confirmation) is in
tests/intake/test_reply_dates.py.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.dates import period_last_day, read_date
from tests.clirun import careerlog

LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("key", "last"),
    [
        ("2026-W48", date(2026, 11, 29)),
        ("2026-W53", date(2027, 1, 3)),
        ("2026-W45+2", date(2026, 11, 8)),  # a forced resend of that week
        ("2026-11", date(2026, 11, 30)),
        ("2026-12", date(2026, 12, 31)),
        ("2024-02", date(2024, 2, 29)),
        ("2026-Q4", date(2026, 12, 31)),
        ("2027-Q1", date(2027, 3, 31)),
        ("grace-1on1@x.invalid#2026-12-02T01:00:00+00:00", date(2026, 12, 1)),  # 17:00 in LA
        ("in42-abcdef", None),
        ("2026-13", None),
        ("2026-W60", None),
    ],
)  # fmt: skip
def test_the_last_day_of_the_period_a_prompt_asked_about(key: str, last: date | None) -> None:
    assert period_last_day(key, LA) == last


@pytest.mark.parametrize("text", ["on Feb 30 we shipped", "2026-13-02 release", "Nov 31 deploy"])
def test_words_shaped_like_a_date_that_name_no_day_are_unreadable(text: str) -> None:
    reading = read_date(text, datetime(2026, 12, 1, 10))
    assert reading.day is None and reading.unreadable


def test_a_day_still_to_come_is_a_plan_not_unreadable() -> None:
    reading = read_date("I move teams on Dec 14", datetime(2026, 12, 1, 10))
    assert reading.day is None and reading.unreadable is None


def reply(date_header: str, body: str, **ctx: object) -> list[date | None]:
    raw = (
        f"From: Ada <ada@example.com>\nSubject: Re: weekly\nDate: {date_header}\n\n{body}\n"
    ).encode()
    context = ParseContext("weekly", tz=LA, **ctx)  # type: ignore[arg-type]
    return [e.occurred_on for e in parse_message(raw, context).entries]


SHIPPED = "Shipped the retry budget to every team in Payments."


def test_the_default_is_the_periods_last_day_else_the_local_day_it_came() -> None:
    monday = "Tue, 01 Dec 2026 01:30:00 +0000"  # Monday Nov 30, 17:30 in Los Angeles
    assert reply(monday, SHIPPED, period_end=date(2026, 11, 29)) == [date(2026, 11, 29)]
    assert reply(monday, SHIPPED) == [date(2026, 11, 30)]  # not the UTC date, Dec 1
    # A period still running: never dated after the reply.
    assert reply(monday, SHIPPED, period_end=date(2026, 12, 6)) == [date(2026, 11, 30)]
    # A date the text names wins over both.
    named = "Yesterday I shipped the retry budget to every team."
    assert reply(monday, named, period_end=date(2026, 11, 29)) == [date(2026, 11, 29)]
    assert reply(monday, "On Nov 24 I " + SHIPPED[0].lower() + SHIPPED[1:]) == [date(2026, 11, 24)]


def test_parse_dates_an_answer_by_the_period_of_the_original_prompt(tmp_path: Path) -> None:
    """`parse --original` reads the period from the prompt's subject tag, as intake does."""
    original = tmp_path / "prompt.eml"
    original.write_bytes(
        b"From: careerlog <ada+careerlog@example.com>\n"
        b"Subject: What did you do this week that had impact? [2026-W43]\n\n"
    )
    reply = Path(__file__).parent.parent / "careerlog/demo/replies/03-weekly-outlook-desktop.eml"
    run = careerlog("--config", str(tmp_path / "none.toml"), "parse", str(reply), "--json")
    alone = [e["occurred_on"] for e in json.loads(run.out)["entries"]]
    run = careerlog(
        "--config", str(tmp_path / "none.toml"), "parse", str(reply), "--original",
        str(original), "--json",
    )  # fmt: skip
    answered = [e["occurred_on"] for e in json.loads(run.out)["entries"]]
    # Entries that name no day move from the Monday it came to the week's last day.
    assert "2026-10-26" in alone and "2026-10-26" not in answered
    assert answered == [("2026-10-25" if d == "2026-10-26" else d) for d in alone]
