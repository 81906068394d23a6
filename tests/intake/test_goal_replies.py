"""Quarterly replies written the way the prompt asks become goals, through the real inbox.

Each test sends careerlog's own quarterly prompt, answers it as a mail client would
(quoting it, replying to its Message-ID) through the test SMTP server into Dovecot,
runs the inbox, then looks where a user would: ``careerlog goals list --json``,
``goals show`` and the confirmation mail.
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
from careerlog.store.goals import add_goal
from tests.clirun import careerlog
from tests.mailtest import MakeConfig, smtp_send
from tests.servers import MailEnv

Q4_REVIEW = datetime(2027, 1, 4, 17, 0, tzinfo=UTC)  # first Monday of January, 09:00 in LA
Q1_REVIEW = datetime(2027, 4, 5, 16, 0, tzinfo=UTC)


class Mailbox:
    """The user's side: prompts arrive, replies go out through SMTP, careerlog reads them."""

    def __init__(self, config: Config, db: Database, env: MailEnv, home: Path) -> None:
        self.config, self.db, self.env, self.home = config, db, env, home
        self.sent = 0

    def prompt(self, kind: str, now: datetime) -> dict[str, Any]:
        prompt_id = send_prompt(self.config, self.db, kind, now, deliver=False)
        assert prompt_id is not None
        return next(iter(self.db.query("select * from prompts where id = ?", [prompt_id])))

    def reply(self, prompt: dict[str, Any], text: str, date: str) -> str:
        """Answer the prompt on top of its quote; return the confirmation's text."""
        self.sent += 1
        quote = "\n".join(f"> {line}".rstrip() for line in prompt["body_text"].splitlines())
        raw = (
            f"From: Ada Lovelace <{self.env.address}>\nTo: {self.env.address}\n"
            f"Subject: Re: {prompt['subject']}\nDate: {date}\n"
            f"Message-ID: <goal-reply-{self.sent}@example.test>\n"
            f"In-Reply-To: {prompt['message_id']}\nReferences: {prompt['message_id']}\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"{text}\n\nOn Mon, Jan 4, 2027 at 9:00 AM careerlog wrote:\n{quote}\n"
        ).encode()
        smtp_send(self.env, raw)
        report = check_inbox(self.config, self.db)
        assert report.outcomes.get("parsed") == 1, report
        return self.confirmation()

    def confirmation(self) -> str:
        (row,) = self.db.query(
            "select raw from outbox where kind = 'confirmation' order by id desc limit 1"
        )
        body = message_from_bytes(row["raw"], policy=default).get_body(("plain",))
        assert body is not None
        return " ".join(str(body.get_content()).split())

    def cli(self, *args: str) -> str:
        run = careerlog("--config", str(self.home / "config.toml"), *args)
        assert run.code == 0, run.text
        return run.out

    def goals(self) -> dict[str, dict[str, Any]]:
        rows = json.loads(self.cli("goals", "list", "--all", "--json"))
        return {row["title"]: row for row in rows}


@pytest.fixture
def box(make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path) -> Mailbox:
    return Mailbox(make_config(), db, mail_env, home)


FIRST_REVIEW = """\
goal: Reach Staff Engineer by Q3 2027
Current state: senior engineer, leading the ledger migration
Gap: no multi-team project in my packet yet
Next: write the payments reliability strategy by February
Why: I want to set technical direction across teams

goal: Get better at cross-team influence
Why: decisions that touch other teams still go through my manager.
Gap: I have never led a cross-team decision
Current state: I co-own the retry budget with Risk
"""


def test_a_first_review_answered_as_the_prompt_asks_creates_goals(
    box: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", "2027-01-04T18:15:00+00:00")  # read when it comes
    prompt = box.prompt("quarterly", Q4_REVIEW)
    assert "no open goals yet" in prompt["body_text"]
    assert 'a "goal:" line' in prompt["body_text"]

    confirmation = box.reply(prompt, FIRST_REVIEW, "Mon, 4 Jan 2027 10:12:00 -0800")

    goals = box.goals()
    staff = goals["Reach Staff Engineer by Q3 2027"]
    assert staff["status"] == "open"
    assert staff["current_state"] == "senior engineer, leading the ledger migration"
    assert staff["gap"] == "no multi-team project in my packet yet"
    assert staff["actions"] == "write the payments reliability strategy by February"
    assert staff["motivation"] == "I want to set technical direction across teams"
    influence = goals["Get better at cross-team influence"]  # parts in another order
    assert influence["current_state"] == "I co-own the retry budget with Risk"
    assert influence["gap"] == "I have never led a cross-team decision"
    assert influence["motivation"].startswith("decisions that touch other teams")
    assert len(goals) == 2
    assert "new goal “Reach Staff Engineer by Q3 2027” (state, gap, next, why)" in confirmation
    assert "new goal “Get better at cross-team influence”" in confirmation
    # The Q4 digest, built after this Q4 review, shows them (not "Where do you want to be").
    config = box.config
    digest = build_digest(
        box.db,
        tz=config.user.tz,
        quarter="2026-Q4",
        charts=False,
        max_meeting_size=config.calendar.max_meeting_size,
    )
    assert [g["title"] for g in digest.goals] == [
        "Reach Staff Engineer by Q3 2027",
        "Get better at cross-team influence",
    ]


def test_answers_under_each_listed_goal_update_close_and_drop(box: Mailbox) -> None:
    for title, tag in (
        ("Reach Staff Engineer by Q3 2027", "staff"),
        ("Get better at cross-team influence", "influence"),
        ("Give a talk at an external conference", "talk"),
        ("Mentor a new hire through their first on-call", "mentor"),
    ):
        add_goal(box.db, title, gap="not written down", tag=tag)
    prompt = box.prompt("quarterly", Q4_REVIEW)
    for title in ("1. Reach Staff Engineer by Q3 2027", "4. Mentor a new hire"):
        assert title in prompt["body_text"]
    quoted = prompt["body_text"].split("\n\n")
    answers = {
        "1. Reach Staff Engineer": (
            "Presented the reliability strategy; two of three proposals approved. "
            "Remaining gap: peer feedback from outside Payments. "
            "Action: ask Mei Tanaka for written feedback."
        ),
        "2. Get better at cross-team": "Got it: I led the idempotency-keys decision.",
        "3. Give a talk": "Dropping this one for now. The Staff packet matters more.",
        "4. Mentor a new hire": "Tomás did his first on-call week. Marking this one done.",
    }
    # Inline: each answer goes right under the goal it is about, as Thunderbird writes it.
    lines = []
    for block in quoted:
        lines.append("\n".join(f"> {line}".rstrip() for line in block.splitlines()))
        lines.append(">")
        for head, text in answers.items():
            if block.strip().startswith(head):
                lines.append(f"\n{text}\n")
    inline = "\n".join(lines)
    raw_text = f"On 1/4/27 9:00 AM, careerlog wrote:\n{inline}\n\nAda"
    box.sent += 1
    raw = (
        f"From: Ada Lovelace <{box.env.address}>\nTo: {box.env.address}\n"
        f"Subject: Re: {prompt['subject']}\nDate: Mon, 4 Jan 2027 11:00:00 -0800\n"
        f"Message-ID: <inline-{box.sent}@example.test>\nIn-Reply-To: {prompt['message_id']}\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"{raw_text}\n"
    ).encode()
    smtp_send(box.env, raw)
    assert check_inbox(box.config, box.db).outcomes.get("parsed") == 1
    confirmation = box.confirmation()

    goals = box.goals()
    staff = goals["Reach Staff Engineer by Q3 2027"]
    assert staff["status"] == "open"
    assert staff["gap"] == "peer feedback from outside Payments."
    assert staff["actions"] == "ask Mei Tanaka for written feedback."
    assert staff["current_state"].startswith("Presented the reliability strategy")
    assert goals["Get better at cross-team influence"]["status"] == "done"
    assert goals["Give a talk at an external conference"]["status"] == "dropped"
    assert goals["Mentor a new hire through their first on-call"]["status"] == "done"
    assert "updated goal “Reach Staff Engineer by Q3 2027” (state, gap, next)" in confirmation
    assert "goal “Give a talk at an external conference”" in confirmation
    assert "dropped" in confirmation and "marked done" in confirmation
    # Open goals only by default; the history keeps how the goal was closed.
    assert [g["title"] for g in json.loads(box.cli("goals", "list", "--json"))] == [
        "Reach Staff Engineer by Q3 2027"
    ]
    shown = json.loads(box.cli("goals", "show", "#talk", "--json"))
    assert [h["status"] for h in shown["history"]] == ["open", "dropped"]
    assert shown["history"][-1]["at"].endswith("-08:00")  # printed in the user's time zone


def test_top_posted_updates_by_name_and_a_new_goal(box: Mailbox) -> None:
    add_goal(box.db, "Reach Staff Engineer by Q3 2027", tag="staff")
    add_goal(box.db, "Get better at cross-team influence")
    prompt = box.prompt("quarterly", Q4_REVIEW)
    text = (
        "goal: staff\nNext: ask Grace Hopper who could sponsor the strategy doc.\n\n"
        "Cross-team influence - the RFC got adopted by Ads and Recs. "
        "The gap is still leading in the room; next step is running the design review.\n\n"
        "goal: Mentor a new hire through their first on-call\n"
        "Why: Tomás Ortega joins my team in February.\n"
    )
    confirmation = box.reply(prompt, text, "Mon, 4 Jan 2027 12:00:00 -0800")
    goals = box.goals()
    assert goals["Reach Staff Engineer by Q3 2027"]["actions"] == (
        "ask Grace Hopper who could sponsor the strategy doc."
    )
    influence = goals["Get better at cross-team influence"]
    assert influence["gap"] == "still leading in the room"  # "The gap is" says which part
    assert influence["actions"] == "running the design review."
    mentor = goals["Mentor a new hire through their first on-call"]
    assert mentor["status"] == "open"
    assert mentor["motivation"] == "Tomás Ortega joins my team in February."
    assert len(goals) == 3
    assert "updated goal “Reach Staff Engineer by Q3 2027” (next)" in confirmation
    assert "new goal “Mentor a new hire through their first on-call” (why)" in confirmation


def test_a_goal_line_that_matches_two_goals_asks_and_changes_neither(box: Mailbox) -> None:
    add_goal(box.db, "Lead the payments migration", current_state="planning")
    add_goal(box.db, "Lead the ledger migration", current_state="planning")
    prompt = box.prompt("quarterly", Q4_REVIEW)
    confirmation = box.reply(
        prompt, "goal: migration\nDone, shipped on time.\n", "Mon, 4 Jan 2027 12:30:00 -0800"
    )
    goals = box.goals()
    assert {g["status"] for g in goals.values()} == {"open"}
    assert {g["current_state"] for g in goals.values()} == {"planning"}
    assert len(goals) == 2  # and no third goal called "migration"
    assert (
        "Which goal did you mean: “Lead the payments migration” or “Lead the ledger migration”? "
        "Neither was changed" in confirmation
    )


def test_a_goal_named_on_its_own_line_top_posted_is_closed_or_updated(box: Mailbox) -> None:
    """The title on a line of its own, the answer under it (audit 13, clause 1)."""
    add_goal(box.db, "Reach Staff Engineer by Q3 2027", current_state="senior")
    add_goal(box.db, "Get better at cross-team influence", current_state="planning")
    add_goal(box.db, "Give a talk at an external conference")
    prompt = box.prompt("quarterly", Q4_REVIEW)
    text = (
        "Reach Staff Engineer by Q3 2027\n"
        "Achieved! The promotion came through in December.\n\n"
        "2. Get better at cross-team influence\nCurrent state: packet drafted\n\n"
        "Give a talk at an external conference\nDone.\n"
    )
    confirmation = box.reply(prompt, text, "Mon, 4 Jan 2027 12:45:00 -0800")
    goals = box.goals()
    staff = goals["Reach Staff Engineer by Q3 2027"]
    assert staff["status"] == "done"
    assert staff["current_state"] == "The promotion came through in December."
    influence = goals["Get better at cross-team influence"]
    assert (influence["status"], influence["current_state"]) == ("open", "packet drafted")
    assert goals["Give a talk at an external conference"]["status"] == "done"
    assert len(goals) == 3
    assert "updated goal “Reach Staff Engineer by Q3 2027” (state), marked done" in confirmation
    assert "updated goal “Get better at cross-team influence” (state)" in confirmation
    assert "updated goal “Give a talk at an external conference”, marked done" in confirmation
