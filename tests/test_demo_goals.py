"""The demo's goals come from its replies: created, updated, done and dropped.

The demo seeds people only. Ada's first quarterly reply creates her goals as the
prompt asks ("goal:" with Current state / Gap / Next / Why); the next one updates two,
drops one and marks one done. ``goals list --json``, the confirmations and the digest
must all say so.
"""

from __future__ import annotations

import html
import json
import mailbox
import re
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from sqlite_utils import Database

from tests.clirun import careerlog

STAFF = "Reach Staff Engineer by Q3 2027"
INFLUENCE = "Get better at cross-team influence"
TALK = "Give a talk at an external conference"
MENTOR = "Mentor a new hire through their first on-call"


def _text(markup: str) -> str:
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _confirmations(folder: Path) -> list[str]:
    texts = []
    for raw in mailbox.Maildir(folder, create=False):
        message = message_from_bytes(bytes(raw), policy=default)
        if str(message["X-Careerlog"]).startswith("confirmation "):
            body = message.get_body(("plain",))
            assert body is not None
            texts.append(" ".join(str(body.get_content()).split()))
    return texts


def test_demo_replies_create_update_close_and_drop_goals(home: Path) -> None:
    target = home / "demo"
    assert careerlog("demo", "--dir", str(target)).code == 0
    config = str(target / "config.toml")

    listed = careerlog("--config", config, "goals", "list", "--all", "--json")
    goals = {g["title"]: g for g in json.loads(listed.out)}
    assert {t: g["status"] for t, g in goals.items()} == {
        STAFF: "open",
        INFLUENCE: "open",
        TALK: "dropped",
        MENTOR: "done",
    }
    # Fields from the first review, then the second one's "Remaining gap:" / "Action:".
    assert goals[STAFF]["motivation"] == "I want to set technical direction beyond my own team"
    assert goals[STAFF]["gap"] == "peer feedback from outside Payments for the packet."
    assert goals[STAFF]["actions"].startswith("ask Mei Tanaka and Hannah Becker")
    assert goals[INFLUENCE]["gap"] == "influencing in the room, without a doc."

    db = Database(target / "careerlog.db")
    sources = {r[0] for r in db.execute("select distinct source from goal_updates")}
    assert sources == {"email"}  # nothing seeded: every goal came from a reply
    created_by = db.execute(
        """select p.kind, p.period from goal_updates u
           join entries e on e.id = u.entry_id join prompts p on p.id = e.prompt_id
           where u.id in (select min(id) from goal_updates group by goal_id)"""
    ).fetchall()
    assert set(created_by) == {("quarterly", "2026-Q3")}

    confirmations = _confirmations(target / "Maildir")
    assert any(f"new goal “{STAFF}” (state, gap, next, why)" in c for c in confirmations)
    review = next(c for c in confirmations if f"goal “{TALK}”" in c and "dropped" in c)
    assert f"goal “{MENTOR}” (state), marked done" in review

    digest = _text((target / "digest.html").read_text(encoding="utf-8"))
    assert "2 Open goals" in digest
    closed = digest[digest.index("Closed this quarter") :]
    assert f"{TALK} dropped" in closed and f"{MENTOR} done" in closed
    goals_part = digest[digest.index("Goals and gaps") : digest.index("Closed this quarter")]
    assert TALK not in goals_part and MENTOR not in goals_part  # closed goals never shown open
    assert "Gap: peer feedback from outside Payments for the packet." in goals_part
