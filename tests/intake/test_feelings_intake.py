"""How it felt, kept on its entry: a weekly reply through the real inbox, the CLI and the
entries export (issue 18, point 1)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from careerlog.prompts import send_prompt
from tests.clirun import careerlog
from tests.mailtest import MakeConfig, smtp_send
from tests.servers import MailEnv

ANSWER = """\
- Cut checkout P99 by 340ms for the whole org.
  Felt proud of this one.
- Migrated the billing cron jobs to Kubernetes with Priya Raman, which was exhausting
- Paired with Happy Ortiz on the flaky search suite, so Happy Ortiz owns it now.
"""


def _prompt_text(db: Database, prompt_id: int) -> str:
    (row,) = db.query("select raw from outbox where prompt_id = ?", [prompt_id])
    body = message_from_bytes(row["raw"], policy=default).get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_weekly_reply_keeps_how_each_thing_felt(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path
) -> None:
    config = make_config()
    now = datetime(2026, 11, 30, 16, 5, tzinfo=UTC)
    prompt_id = send_prompt(config, db, "weekly", now, deliver=False)
    assert prompt_id is not None
    prompt = next(iter(db.query("select * from prompts where id = ?", [prompt_id])))
    asked = _prompt_text(db, prompt_id)
    assert "one word on how it felt" in asked  # invited, and optional
    quoted = "\n".join(f"> {line}" for line in asked.splitlines())
    raw = (
        f"From: Ada Lovelace <{mail_env.address}>\nTo: {mail_env.address}\n"
        f"Subject: Re: {prompt['subject']}\nDate: Mon, 30 Nov 2026 09:40 -0800\n"
        "Message-ID: <felt-1@example.test>\n"
        f"In-Reply-To: {prompt['message_id']}\nReferences: {prompt['message_id']}\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        f"{ANSWER}\nOn Mon, Nov 30, 2026, careerlog wrote:\n{quoted}\n"
    ).encode()
    smtp_send(mail_env, raw)
    assert check_inbox(config, db).outcomes.get("parsed") == 1

    cfg = str(home / "config.toml")
    run = careerlog("--config", cfg, "export", "entries", "--format", "json")
    assert run.code == 0, run.text
    felt = {row["text"].split()[0]: row["feeling"] for row in json.loads(run.out)}
    assert felt == {"Cut": "proud", "Migrated": "drained", "Paired": None}


def test_log_takes_a_feeling_word(make_config: MakeConfig, home: Path) -> None:
    make_config()
    cfg = str(home / "config.toml")
    run = careerlog("--config", cfg, "log", "Led the Q4 planning offsite", "--feeling", "Stolz")
    assert run.code == 0, run.text
    run = careerlog("--config", cfg, "log", "Cleared the review queue", "--feeling", "calm")
    assert run.code == 0, run.text
    md = careerlog("--config", cfg, "export", "entries", "--format", "json")
    felt = {row["text"]: row["feeling"] for row in json.loads(md.out)}
    assert felt == {"Led the Q4 planning offsite": "proud", "Cleared the review queue": "calm"}


def test_a_feeling_that_is_not_a_word_is_refused_clearly(
    make_config: MakeConfig, home: Path
) -> None:
    make_config()
    cfg = str(home / "config.toml")
    for bad in ("340ms", "very very tired", ""):
        run = careerlog("--config", cfg, "log", "Cut P99 by 340ms", "--feeling", bad)
        assert run.code == 2
        assert "--feeling" in run.text and "one word" in run.text
        assert "Traceback" not in run.text
    listed = careerlog("--config", cfg, "list", "--json")
    assert json.loads(listed.out) == []
