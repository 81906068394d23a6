"""Relative dates are read on the user's own calendar when their time zone is known."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from careerlog.parsers import ParseContext, parse_message

REPLY = (
    b"From: Ada <ada@example.com>\r\nTo: ada@example.com\r\n"
    b"Subject: Re: What did you do this week that had impact? [2026-W45]\r\n"
    b"Date: Thu, 05 Nov 2026 01:45:00 +0000\r\n"  # Wednesday 17:45 in Los Angeles
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Yesterday I shipped the retry budget across three teams.\r\n"
)


def occurred(tz: ZoneInfo | None) -> date | None:
    reply = parse_message(REPLY, ParseContext(prompt_kind="weekly", tz=tz))
    (entry,) = reply.entries
    return entry.occurred_on


def test_yesterday_is_the_day_before_the_users_local_date() -> None:
    assert occurred(ZoneInfo("America/Los_Angeles")) == date(2026, 11, 3)
    assert occurred(None) == date(2026, 11, 4)  # without a zone: the header's own day
