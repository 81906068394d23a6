"""The confirmation shows how each entry felt ("N felt WORD" corrects it) and its skill ↔
evidence links ("N unlink" drops them for good) (issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

from pytest import MonkeyPatch
from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from tests.clirun import careerlog
from tests.intake.test_corrections import WEEKLY_ID, answer, confirmation
from tests.mailtest import MakeConfig, record_prompt, smtp_send
from tests.servers import MailEnv

REPLY = """\
- Cut checkout P99 by 340ms for the whole org.
  Felt proud of this one.
- Migrated the billing cron jobs to Kubernetes, which was exhausting
- Wrote the on-call runbook for the search team and two other teams
"""


def test_the_confirmation_shows_and_corrects_feelings(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    raw = (
        f"From: Ada Lovelace <{mail_env.address}>\nTo: {mail_env.address}\n"
        "Subject: Re: prompt 2026-W45\nDate: Fri, 6 Nov 2026 17:30 -0800\n"
        f"Message-ID: <felt-fix@example.test>\nIn-Reply-To: {WEEKLY_ID}\n"
        f"References: {WEEKLY_ID}\nContent-Type: text/plain; charset=utf-8\n\n{REPLY}"
    ).encode()
    smtp_send(mail_env, raw)
    check_inbox(config, db)
    message_id, text = confirmation(db)
    flat = " ".join(text.split())
    assert "felt: proud" in flat and "felt: drained" in flat
    assert "felt proud say how entry" in flat  # the correction is offered

    smtp_send(
        mail_env, answer(mail_env, message_id, text, "3 felt stolz\n2 felt -\n1 felt 340ms", 1)
    )
    check_inbox(config, db)
    feelings = [r[0] for r in db.execute("select feeling from entries order by id")]
    assert feelings == ["proud", None, "proud"]
    reply_text = " ".join(confirmation(db, 1)[1].split())
    assert "entry 3: felt proud" in reply_text and "entry 2: no feeling" in reply_text
    assert "1 felt 340ms (a feeling is one word, e.g. proud)" in reply_text


SKILLED = """\
- Learned the ledger double-entry model from the Payments codebase
- Fixed the ledger double-entry drift for Payments, 40 fewer tickets a week
- Cut CI time from 22 min to 7 min for the ledger team
"""


def test_the_confirmation_shows_which_evidence_a_skill_was_used_in(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, home: Path, monkeypatch: MonkeyPatch
) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", "2026-11-20T16:00:00+00:00")
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    raw = (
        f"From: Ada Lovelace <{mail_env.address}>\nTo: {mail_env.address}\n"
        "Subject: Re: prompt 2026-W45\nDate: Fri, 6 Nov 2026 17:30 -0800\n"
        f"Message-ID: <skill-link@example.test>\nIn-Reply-To: {WEEKLY_ID}\n"
        f"References: {WEEKLY_ID}\nContent-Type: text/plain; charset=utf-8\n\n{SKILLED}"
    ).encode()
    smtp_send(mail_env, raw)
    check_inbox(config, db)
    message_id, text = confirmation(db)
    flat = " ".join(text.split())
    assert "↔ used in: Fixed the ledger double-entry drift" in flat
    assert "↔ shows skill: Learned the ledger double-entry model" in flat
    assert flat.count("↔ used in") + flat.count("↔ shows skill") == 2  # not "ledger team"

    # The user says the link is wrong: it is gone from the mail, the review and for good.
    smtp_send(mail_env, answer(mail_env, message_id, text, "1 unlink\n3 unlink", 1))
    check_inbox(config, db)
    again = " ".join(confirmation(db, 1)[1].split())
    assert "entry 1: no longer linked to Fixed the ledger double-entry drift" in again
    assert "entry 3 had no skill or evidence links" in again
    assert "↔ used in" not in again and "↔ shows skill" not in again
    run = careerlog("--config", str(home / "config.toml"), "export", "review", "--format", "json")
    assert run.code == 0, run.text
    skills = [e for s in json.loads(run.out)["skills"] for e in s["entries"]]
    assert [e["used_in"] for e in skills] == [[]]
