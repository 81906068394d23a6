"""An entry is dated when it happened, not when the reply arrived (through the real inbox).

A date the text names wins; else the last day of the period the prompt asked about
(never after the reply); else the day the mail came, in the user's time zone. The
digest counts by that day, and the CLI prints times in the user's time zone.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.insights.digest import build_digest
from careerlog.intake.inbox import check_inbox
from careerlog.prompts import send_prompt
from tests.clirun import careerlog
from tests.mailtest import MakeConfig, smtp_send
from tests.servers import MailEnv


class Inbox:
    def __init__(self, config: Config, db: Database, env: MailEnv, home: Path) -> None:
        self.config, self.db, self.env, self.home = config, db, env, home
        self.sent = 0

    def answer(self, kind: str, prompt_at: str, text: str, date: str) -> dict[str, Any]:
        """Send the prompt due at ``prompt_at`` (UTC), answer it; return the prompt row."""
        now = datetime.fromisoformat(prompt_at).replace(tzinfo=UTC)
        prompt_id = send_prompt(self.config, self.db, kind, now, deliver=False)
        assert prompt_id is not None
        prompt = next(iter(self.db.query("select * from prompts where id = ?", [prompt_id])))
        self.sent += 1
        raw = (
            f"From: Ada Lovelace <{self.env.address}>\nTo: {self.env.address}\n"
            f"Subject: Re: {prompt['subject']}\nDate: {date}\n"
            f"Message-ID: <dated-{self.sent}@example.test>\n"
            f"In-Reply-To: {prompt['message_id']}\nReferences: {prompt['message_id']}\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"{text}\n"
        ).encode()
        smtp_send(self.env, raw)
        assert check_inbox(self.config, self.db).outcomes.get("parsed") == 1
        return dict(prompt)

    def cli(self, *args: str) -> str:
        run = careerlog("--config", str(self.home / "config.toml"), *args)
        assert run.code == 0, run.text
        return run.out

    def exported(self) -> dict[str, str]:
        """Entry text → occurred_on, as ``export entries --format json`` gives them."""
        rows = json.loads(self.cli("export", "entries", "--format", "json"))
        return {row["text"]: row["occurred_on"] for row in rows}

    def confirmation(self) -> str:
        (row,) = self.db.query(
            "select raw from outbox where kind = 'confirmation' order by id desc limit 1"
        )
        body = message_from_bytes(row["raw"], policy=default).get_body(("plain",))
        assert body is not None
        return " ".join(str(body.get_content()).split())


@pytest.fixture
def inbox(make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path) -> Inbox:
    return Inbox(make_config(), db, mail_env, home)


SHIPPED = "Shipped the retry budget to every team in Payments; retries fell by 40%."


def test_a_monday_answer_about_last_week_is_dated_in_that_week(inbox: Inbox) -> None:
    # Monday Nov 30, 08:05 in Los Angeles: the weekly prompt asks about Nov 23-27.
    prompt = inbox.answer("weekly", "2026-11-30T16:05:00", SHIPPED, "Mon, 30 Nov 2026 09:40 -0800")
    assert prompt["period"] == "2026-W48"
    assert inbox.exported() == {SHIPPED: "2026-11-29"}  # the week's last day, not Monday
    # November's answer counts for November in the quarter's digest.
    config = inbox.config
    digest = build_digest(
        inbox.db,
        tz=config.user.tz,
        quarter="2026-Q4",
        charts=False,
        max_meeting_size=config.calendar.max_meeting_size,
    )
    months = {m["label"]: m["count"] for m in digest.months}
    assert list(months.values()) == [0, 1, 0]


def test_a_date_the_text_names_wins(inbox: Inbox) -> None:
    text = "On Nov 24 I led the incident review for the checkout outage with two teams."
    inbox.answer("weekly", "2026-11-30T16:05:00", text, "Mon, 30 Nov 2026 09:40 -0800")
    assert inbox.exported() == {text: "2026-11-24"}


def test_an_answer_while_the_week_runs_is_not_dated_in_the_future(inbox: Inbox) -> None:
    # Friday Nov 27, 16:05 in Los Angeles: the prompt asks about this week.
    inbox.answer("weekly", "2026-11-28T00:05:00", SHIPPED, "Fri, 27 Nov 2026 17:30 -0800")
    assert inbox.exported() == {SHIPPED: "2026-11-27"}  # not Sunday the 29th


def test_monthly_and_quarterly_answers_are_dated_at_the_end_of_their_period(
    inbox: Inbox,
) -> None:
    learned = "Learned how the ledger's double-entry invariants are checked at write time."
    inbox.answer("monthly", "2026-12-01T17:00:00", learned, "Wed, 2 Dec 2026 08:00 -0800")
    goal = "goal: Reach Staff Engineer by Q3 2027\nGap: no multi-team project yet"
    inbox.answer("quarterly", "2027-01-04T17:00:00", goal, "Tue, 5 Jan 2027 08:00 -0800")
    dates = inbox.exported()
    assert dates[learned] == "2026-11-30"  # in November, not December
    (goal_day,) = [day for text, day in dates.items() if text.startswith("Reach Staff")]
    assert goal_day == "2026-12-31"  # about Q4, not Q1


def test_a_date_that_cannot_be_read_keeps_the_periods_date_and_says_so(inbox: Inbox) -> None:
    text = "On Nov 31 we cut the deploy time from 40 min to 12 min for the whole org."
    inbox.answer("weekly", "2026-11-30T16:05:00", text, "Mon, 30 Nov 2026 09:40 -0800")
    assert inbox.exported() == {text: "2026-11-29"}
    assert (
        "“Nov 31” is not a date careerlog can read; dated Sun Nov 29, 2026 "
        "(the end of the period asked about) instead." in inbox.confirmation()
    )


def test_the_cli_prints_times_in_the_users_time_zone(inbox: Inbox) -> None:
    inbox.answer("weekly", "2026-11-30T16:05:00", SHIPPED, "Mon, 30 Nov 2026 17:40 -0800")
    (row,) = json.loads(inbox.cli("list", "--json"))
    assert row["created_at"].endswith(("-08:00", "-07:00"))
    assert "2026-11-29" in inbox.cli("list")
