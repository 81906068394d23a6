"""The demo: a quarter of careerlog in a few seconds, with no servers and no network.

A demo home is created (config, one local Maildir for mail in and out, the
bundled calendar), then the clock is moved through Q4 2026. At each step the
real jobs run — calendar sync, prompts and briefs that are due, the outbox,
the inbox — and the demo user answers what lands in her Maildir with bundled
replies written in many mail clients and languages.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from careerlog.calendar.refresh import sync_calendars
from careerlog.clock import ENV_VAR
from careerlog.config import Config, parse_config
from careerlog.config.render import render_config
from careerlog.daemon.passes import PassReport, due_pass
from careerlog.demo.replies import Answerer
from careerlog.insights.digest_output import users_digest, write_digest
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.store import open_store
from careerlog.store.entries import count_entries_by_kind
from careerlog.store.inbound import count_inbound
from careerlog.store.people import add_person, count_people
from careerlog.store.prompts import count_by_kind, delivered_prompts

START = date(2026, 10, 1)
END = date(2027, 1, 5)
# Local times at which something can fall due: the quarterly prompt, briefs two
# hours before afternoon 1:1s, the weekly and monthly prompts, briefs the evening
# before morning 1:1s.
STEP_TIMES = (
    time(8, 5),
    time(10, 5),
    time(12, 5),
    time(13, 5),
    time(16, 5),
    time(16, 35),
    time(17, 5),
)


@dataclass
class DemoResult:
    home: Path
    config_path: Path
    database: Path
    prompts: Counter[str] = field(default_factory=Counter)
    replies: int = 0
    entries_by_kind: Counter[str] = field(default_factory=Counter)
    people: int = 0
    digest: Path | None = None


def _story() -> dict[str, Any]:
    text = resources.files("careerlog.demo").joinpath("story.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _fresh_home(home: Path | None) -> Path:
    home = home or Path(tempfile.mkdtemp(prefix="careerlog-demo-"))
    home.mkdir(parents=True, exist_ok=True)
    for name in ("careerlog.db", "careerlog.db-wal", "careerlog.db-shm"):
        (home / name).unlink(missing_ok=True)
    shutil.rmtree(home / "Maildir", ignore_errors=True)
    return home


def _write_config(home: Path, story: dict[str, Any]) -> Config:
    calendar = home / "calendar.ics"
    calendar.write_bytes(resources.files("careerlog.demo").joinpath("calendar.ics").read_bytes())
    text = render_config(
        {
            "user": story["user"],
            "store": {"path": str(home / "careerlog.db")},
            "mail": {"maildir_inbox": str(home / "Maildir"), "outbox": "maildir"},
            "calendar.sources": {"kind": "ics-file", "path": str(calendar)},
        },
        include_all=False,
    )
    path = home / "config.toml"
    path.write_text(text, encoding="utf-8")
    return parse_config(text, path)


def _seed(db: Database, story: dict[str, Any]) -> None:
    """The people Ada works with, and who would speak up for her; her goals come from her
    replies, as a user's would."""
    for person in story["people"]:
        add_person(
            db,
            person["name"],
            emails=[person["email"]],
            relation=person["relation"],
            advocate=person.get("advocate", False),
        )


def _steps(tz: ZoneInfo) -> Iterator[datetime]:
    day = START
    while day <= END:
        for at in STEP_TIMES:
            yield datetime.combine(day, at, tzinfo=tz)
        day += timedelta(days=1)


def _answer_new_prompts(
    db: Database,
    config: Config,
    answerer: Answerer,
    answered: set[int],
    echo: Callable[[str], None],
) -> int:
    """Drop the user's replies to freshly delivered prompts into the Maildir."""
    sent = delivered_prompts(db, ("weekly", "monthly", "quarterly", "brief"))
    delivered = 0
    for prompt in sent:
        if prompt["id"] in answered:
            continue
        answered.add(prompt["id"])
        key = f"brief:{prompt['person']}" if prompt["kind"] == "brief" else prompt["kind"]
        when = datetime.fromisoformat(prompt["sent_at"]).astimezone(config.user.tz)
        reply = answerer.answer(
            key, prompt["message_id"], prompt["subject"], when, prompt["body_text"] or ""
        )
        about = f"1:1 with {prompt['person']}" if prompt["kind"] == "brief" else prompt["period"]
        label = f"{when:%a %b %d %H:%M}  {prompt['kind']:9} {about:24}"
        if reply is None:
            echo(f"  {label} (no reply)")
            continue
        name, raw = reply
        (config.mail.maildir_inbox / "new" / f"demo-{prompt['id']}.eml").write_bytes(raw)
        delivered += 1
        echo(f"  {label} replied with {name}")
    return delivered


def _due(config: Config, db: Database, echo: Callable[[str], None]) -> None:
    """What the service does on each tick: prompts and digest that are due, the outbox."""
    report = PassReport()
    due_pass(config, db, report)
    for part, error in report.errors.items():
        echo(f"  ! {part}: {error}")


def run_demo(home: Path | None, echo: Callable[[str], None]) -> DemoResult:
    home = _fresh_home(home)
    story = _story()
    config = _write_config(home, story)
    db = open_store(config.store_path)
    result = DemoResult(home=home, config_path=home / "config.toml", database=config.store_path)
    echo(f"Demo home: {home}")
    echo(f"Simulating {START:%b %d, %Y} to {END:%b %d, %Y} for {config.user.name}:")
    answerer = Answerer()
    answered: set[int] = set()
    saved = os.environ.get(ENV_VAR)
    try:
        os.environ[ENV_VAR] = datetime.combine(START, time(8), tzinfo=config.user.tz).isoformat()
        _seed(db, story)
        for step in _steps(config.user.tz):
            os.environ[ENV_VAR] = step.isoformat()
            first_of_day = step.time() == STEP_TIMES[0]
            if first_of_day and (step.weekday() == 0 or step.date() == START):
                sync_calendars(config, db, step)
            _due(config, db, echo)
            if _answer_new_prompts(db, config, answerer, answered, echo):
                os.environ[ENV_VAR] = (step + timedelta(minutes=30)).isoformat()
                check_maildir(config, db)
                _due(config, db, echo)
        result.digest = home / "digest.html"
        write_digest(users_digest(config, db), result.digest)
    finally:
        if saved is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = saved
    _summarise(db, result)
    db.close()
    return result


def _summarise(db: Database, result: DemoResult) -> None:
    result.prompts.update(count_by_kind(db))
    result.entries_by_kind.update(count_entries_by_kind(db))
    result.replies = count_inbound(db)
    result.people = count_people(db)
