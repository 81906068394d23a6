"""Run careerlog on the bundled sample replies, with no servers and no network.

Every reply goes through the same path as mail from a real inbox: stored raw
first, parsed, and its entries written in one transaction.
"""

from __future__ import annotations

import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import parsedate_to_datetime
from importlib import resources
from pathlib import Path
from typing import Any

from careerlog.config.render import render_config
from careerlog.intake.record import apply_reply, store_raw
from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.model import PROMPT_KINDS, PromptKind
from careerlog.store import open_store
from careerlog.store.goals import add_goal, open_goal_titles
from careerlog.store.people import add_person, known_names


@dataclass
class DemoResult:
    home: Path
    config_path: Path
    database: Path
    replies: int = 0
    skipped: int = 0
    auto_replies: int = 0
    entries_by_kind: Counter[str] = field(default_factory=Counter)
    people: int = 0


def _story() -> dict[str, Any]:
    text = resources.files("careerlog.demo").joinpath("story.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _replies() -> list[tuple[str, bytes]]:
    """Bundled replies in the order they were sent."""
    folder = resources.files("careerlog.demo").joinpath("replies")
    items = [(f.name, f.read_bytes()) for f in folder.iterdir() if f.name.endswith(".eml")]

    def sent(item: tuple[str, bytes]) -> float:
        date = BytesHeaderParser(policy=default_policy).parsebytes(item[1]).get("Date")
        return parsedate_to_datetime(str(date)).timestamp() if date else 0.0

    return sorted(items, key=sent)


def _prompt_kind(filename: str) -> PromptKind | None:
    """Bundled files are named NN-<prompt kind>-<client>.eml."""
    return next((k for k in PROMPT_KINDS if f"-{k}-" in filename), None)


def run_demo(home: Path | None, echo: Callable[[str], None]) -> DemoResult:
    home = home or Path(tempfile.mkdtemp(prefix="careerlog-demo-"))
    home.mkdir(parents=True, exist_ok=True)
    story = _story()
    database = home / "careerlog.db"
    if database.exists():
        database.unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    config_path = home / "config.toml"
    config_path.write_text(
        render_config(
            {
                "user": story["user"],
                "store": {"path": str(database)},
                "mail": {"maildir_inbox": str(home / "Maildir")},
            },
            include_all=False,
        ),
        encoding="utf-8",
    )
    result = DemoResult(home=home, config_path=config_path, database=database)
    db = open_store(database)
    for person in story["people"]:
        add_person(db, person["name"], emails=[person["email"]], relation=person["relation"])
    for goal in story["goals"]:
        add_goal(db, goal["title"], gap=goal["gap"], tag=goal["tag"], source="demo")
    replies = _replies()
    echo(f"Demo home: {home}")
    echo(f"Reading {len(replies)} sample replies written in many mail clients and languages:")
    for name, raw in replies:
        context = ParseContext(
            prompt_kind=_prompt_kind(name),
            known_people=known_names(db),
            open_goals=open_goal_titles(db),
        )
        with db.atomic():
            inbound_id, _new = store_raw(db, raw, account="demo", folder="replies")
            reply = parse_message(raw, context)
            ids = apply_reply(db, inbound_id, reply)
        result.replies += 1
        result.skipped += reply.skipped and not reply.auto_reply
        result.auto_replies += reply.auto_reply
        for entry in reply.entries:
            result.entries_by_kind[entry.kind] += 1
        outcome = (
            "auto-reply, ignored"
            if reply.auto_reply
            else ("skipped" if reply.skipped else f"{len(ids)} entries")
        )
        echo(f"  {name:42} {outcome}")
    result.people = db.execute("select count(*) from people").fetchone()[0]
    db.close()
    return result
