"""Why a goal matters: the CLI, `goals list --json`, the goals export, a quarterly reply
through the real inbox, the quarterly prompt and the digest (issue 18, point 2)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from careerlog.insights.digest import build_digest
from careerlog.insights.digest_output import render_parts
from careerlog.intake.inbox import check_inbox
from careerlog.prompts import send_prompt
from tests.clirun import careerlog
from tests.mailtest import MakeConfig, smtp_send
from tests.servers import MailEnv

STAFF = "Reach Staff Engineer by Q3 2027"
TALK = "Give a talk at an external conference"


def _cli(home: Path, *args: str) -> str:
    run = careerlog("--config", str(home / "config.toml"), *args)
    assert run.code == 0, run.text
    return run.out


def _why(home: Path) -> dict[str, str | None]:
    return {g["title"]: g["motivation"] for g in json.loads(_cli(home, "goals", "list", "--json"))}


def test_motivation_from_the_cli_the_prompt_a_reply_and_the_digest(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path
) -> None:
    config = make_config()
    _cli(home, "goals", "add", STAFF, "--gap", "no multi-team project", "--motivation",
         "I want to set technical direction")  # fmt: skip
    _cli(home, "goals", "add", TALK, "--gap", "no abstract")
    assert _why(home) == {STAFF: "I want to set technical direction", TALK: None}
    exported = json.loads(_cli(home, "export", "goals", "--format", "json"))
    assert [g["motivation"] for g in exported] == ["I want to set technical direction", None]

    # The quarterly prompt shows each goal's why beside its gap, and asks for a missing one.
    prompt_id = send_prompt(config, db, "quarterly", datetime(2027, 1, 4, 18, tzinfo=UTC),
                            deliver=False)  # fmt: skip
    assert prompt_id is not None
    prompt = next(iter(db.query("select * from prompts where id = ?", [prompt_id])))
    body = prompt["body_text"]
    assert "   Why: I want to set technical direction\n   Gap: no multi-team project" in body
    assert "   Why: not written down yet\n   Gap: no abstract" in body

    # The digest asks about the goal that has none; the other shows its why.
    text, html = render_parts(
        build_digest(
            db,
            tz=config.user.tz,
            quarter="2026-Q4",
            charts=False,
            max_meeting_size=config.calendar.max_meeting_size,
        ),
        {"months": "m", "scopes": "s"},
    )
    flat = " ".join(text.split())
    assert "Why it matters: I want to set technical direction" in flat
    assert flat.count("Why does this goal matter to you?") == 1
    assert "Why does this goal matter to you?" in html

    # A reply the way the prompt asks: "Why:" under the goal.
    answer = f"goal: {TALK}\nWhy: speaking is how people outside my org learn my work.\n"
    raw = (
        f"From: Ada Lovelace <{mail_env.address}>\nTo: {mail_env.address}\n"
        f"Subject: Re: {prompt['subject']}\nDate: Mon, 4 Jan 2027 11:00 -0800\n"
        "Message-ID: <why-1@example.test>\n"
        f"In-Reply-To: {prompt['message_id']}\nReferences: {prompt['message_id']}\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + answer
    ).encode()
    smtp_send(mail_env, raw)
    assert check_inbox(config, db).outcomes.get("parsed") == 1
    assert _why(home)[TALK] == "speaking is how people outside my org learn my work."

    _cli(home, "goals", "update", STAFF, "--motivation", "to shape the platform")
    assert _why(home)[STAFF] == "to shape the platform"


def test_updating_a_goal_that_does_not_exist_says_so(make_config: MakeConfig, home: Path) -> None:
    make_config()
    run = careerlog("--config", str(home / "config.toml"), "goals", "update", "Nothing here",
                    "--motivation", "why not")  # fmt: skip
    assert run.code != 0 and "Traceback" not in run.text
    assert "goal" in run.text.lower()
