"""People met in the calendar are known people: a reply's "Paired with Mei" finds Mei Tanaka.

Both readers of replies get them: the intake (what is stored) and ``careerlog parse``.
Meetings the user did not attend, and meetings as big as an all-hands, teach nobody.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.process import handle_message
from careerlog.store import open_store
from careerlog.store.calendar_events import save_event
from careerlog.store.entries import people_named_in
from tests.clirun import careerlog
from tests.configfile import OWNER_EMAIL, OWNER_NAME, config_tables, write_config
from tests.mailtest import record_prompt

WEEKLY_ID = "<prompt-weekly-2026w45.c4l3n@careerlog.invalid>"
MAX_MEETING_SIZE = 50  # the config's default
ME = {"name": OWNER_NAME, "email": OWNER_EMAIL, "partstat": "ACCEPTED", "me": True}


def _meeting(db: Database, uid: str, names: list[str], *, status: str = "CONFIRMED") -> None:
    start = datetime(2026, 11, 3, 15, tzinfo=UTC)
    people = [{"name": n, "email": f"{n.split()[0].lower()}@example.com"} for n in names]
    save_event(
        db,
        source="work",
        uid=uid,
        recurrence_id="",
        start=start,
        end=start + timedelta(hours=1),
        all_day=False,
        summary=uid,
        organizer=OWNER_EMAIL,
        attendees=json.dumps([ME, *people]),
        status=status,
        my_status="ACCEPTED",
        one_on_one=False,
        at=start,
    )


def _calendar(db: Database) -> None:
    """Mei Tanaka in a design review; another Mei only where the user was not, or in a crowd."""
    with db.atomic():  # committed, as the calendar sync does: `parse` reads another connection
        _meeting(db, "design-review", ["Mei Tanaka", "Linus Chen"])
        _meeting(db, "cancelled-sync", ["Mei Chen"], status="CANCELLED")
        crowd = ["Mei Lin", *(f"Guest{i} Person" for i in range(MAX_MEETING_SIZE))]
        _meeting(db, "all-hands", crowd)


BODY = "Paired with Mei on the cache warmup; she walked me through the shard map."


def _reply() -> bytes:
    return (
        f"From: {OWNER_NAME} <{OWNER_EMAIL}>\nTo: {OWNER_EMAIL}\nSubject: Re: weekly [2026-W45]\n"
        f"Message-ID: <cal1@example.com>\nIn-Reply-To: {WEEKLY_ID}\n"
        "Date: Fri, 6 Nov 2026 17:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{BODY}\n"
    ).encode()


def test_intake_links_a_first_name_to_the_attendee(offline: tuple[Config, Database]) -> None:
    config, db = offline
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    _calendar(db)
    outcome = handle_message(config, db, _reply())
    assert outcome.status == "parsed"
    (entry_id,) = outcome.entry_ids
    assert people_named_in(db, entry_id) == ["Mei Tanaka"]


def test_parse_command_knows_the_attendees(home: Path, tmp_path: Path) -> None:
    config = write_config(home / "config.toml", config_tables(home))
    db = open_store(config.store_path)
    _calendar(db)
    db.close()
    reply = tmp_path / "reply.eml"
    reply.write_bytes(_reply())
    run = careerlog(
        "--config", str(home / "config.toml"), "parse", str(reply), "--prompt", "weekly", "--json"
    )
    assert run.code == 0, run.text
    (entry,) = json.loads(run.out)["entries"]
    assert entry["people"] == ["Mei Tanaka"]
