"""The confirmation shows what was read besides the text: scope, people and the goal an
entry counts toward, so a wrong one is seen and corrected (``N org``, ``N @Name``)."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.process import handle_message
from careerlog.store.goals import add_goal
from tests.mailtest import record_prompt, sample


def confirmation_text(db: Database) -> str:
    (row,) = db.query("select raw from outbox where kind = 'confirmation'")
    body = message_from_bytes(row["raw"], policy=default).get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def entry_block(text: str, number: int) -> str:
    """The lines of the nth entry in a confirmation, up to the next entry's."""
    after = text.split(f"\n{number}. [", 1)[1]
    return after.split(f"\n{number + 1}. [", 1)[0]


def test_scope_is_shown_for_an_entry_with_scope(offline: tuple[Config, Database]) -> None:
    config, db = offline
    record_prompt(db, "weekly", "2026-W45", "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>")
    assert handle_message(config, db, sample("01-weekly-gmail-web.eml")).status == "parsed"
    text = confirmation_text(db)
    assert "scope: external" in entry_block(text, 1)
    assert "scope: multi-team · people: Linus Chen" in entry_block(text, 2)


def test_the_goal_an_evidence_entry_counts_toward_is_shown(
    offline: tuple[Config, Database],
) -> None:
    config, db = offline
    add_goal(db, "Get better at cross-team influence")
    record_prompt(db, "weekly", "2026-W41", "<prompt-weekly-2026w41.t9c3e@careerlog.invalid>")
    assert handle_message(config, db, sample("06-weekly-protonmail.eml")).status == "parsed"
    text = confirmation_text(db)
    first = entry_block(text, 1)
    assert first.startswith("evidence]")
    assert "→ counts toward goal “Get better at cross-team influence”" in first
    assert "scope: multi-team" in first
    assert "counts toward" not in entry_block(text, 2)  # the cost saving names no goal
