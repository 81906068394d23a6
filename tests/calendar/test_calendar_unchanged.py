"""An unchanged sync costs the fetch and nothing else, yet stays correct when
the file changes, a person is added, or a meeting starts."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from careerlog.calendar import sync_calendars
from careerlog.config.model import Config
from careerlog.store.people import add_person
from tests.calendar.calendar_helpers import FIXTURES, NOW

LATER_TODAY = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:later-today@example.test\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260320T140000Z\r
DTEND:20260320T143000Z\r
SUMMARY:Roadmap chat\r
ORGANIZER:mailto:pat@example.test\r
ATTENDEE;PARTSTAT=ACCEPTED:mailto:sam@example.test\r
END:VEVENT\r
END:VCALENDAR\r
"""


def count_writes(db: Database) -> Callable[[], int]:
    """Rows written to events and interactions from now on (temp triggers, this connection)."""
    db.execute("create temp table writes (n integer)")
    for table in ("calendar_events", "interactions"):
        for action in ("insert", "update", "delete"):
            db.execute(
                f"create temp trigger count_{table}_{action} after {action} on main.{table} "
                "begin insert into writes values (1); end"
            )
    return lambda: int(db.execute("select count(*) from writes").fetchone()[0])


def vdir_config(make_calendar_config: Callable[..., Config], tmp_path: Path) -> tuple[Config, Path]:
    folder = tmp_path / "vdir" / "work"
    folder.mkdir(parents=True)
    for name in ("weekly-one-on-one.ics", "declined-invite.ics", "all-day.ics"):
        shutil.copy(FIXTURES / name, folder / name)
    (folder / "later-today.ics").write_text(LATER_TODAY, newline="")
    return make_calendar_config({"kind": "vdir", "path": str(tmp_path / "vdir")}), folder


def test_unchanged_sync_writes_nothing(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    config, _folder = vdir_config(make_calendar_config, tmp_path)
    add_person(db, "Alex Rivera", emails=["alex.rivera@example.test"], relation="report")
    first = sync_calendars(config, db, NOW)
    writes = count_writes(db)
    again = sync_calendars(config, db, NOW)
    assert writes() == 0
    assert (again.events, again.interactions) == (first.events, first.interactions)
    assert again.ok and again.summary() == first.summary()


def test_a_changed_file_a_new_person_and_a_started_meeting_are_picked_up(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    config, folder = vdir_config(make_calendar_config, tmp_path)
    sam = add_person(db, "Sam Ortiz", emails=["sam@example.test"], relation="peer")
    first = sync_calendars(config, db, NOW)
    assert first.interactions == 0  # the chat with Sam is later today

    alex = add_person(db, "Alex Rivera", emails=["alex.rivera@example.test"], relation="report")
    sync_calendars(config, db, NOW)
    query = "select count(*) from interactions where person_id = ?"
    assert db.execute(query, [alex]).fetchone()[0] > 0

    later = NOW + timedelta(hours=4)  # same day: the 14:00 chat has happened
    sync_calendars(config, db, later)
    rows = db.query(
        "select at from interactions where person_id = ? order by at desc limit 1", [sam]
    )
    assert [row["at"] for row in rows] == ["2026-03-20T14:00:00+00:00"]

    (folder / "all-day.ics").unlink()
    fewer = sync_calendars(config, db, later)
    assert fewer.events < first.events


DAILY = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:daily-standup@example.test\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260301T090000Z\r
DTEND:20260301T091500Z\r
RRULE:FREQ=DAILY\r
SUMMARY:Standup\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_the_window_moves_once_a_day(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "daily.ics"
    path.write_text(DAILY, newline="")
    config = make_calendar_config({"kind": "ics-file", "path": str(path)})
    sync_calendars(config, db, NOW)
    last = "select max(starts_at) from calendar_events"
    assert db.execute(last).fetchone()[0] == "2026-04-19T09:00:00+00:00"
    sync_calendars(config, db, NOW + timedelta(hours=6))  # same day: nothing to do
    assert db.execute(last).fetchone()[0] == "2026-04-19T09:00:00+00:00"
    sync_calendars(config, db, NOW + timedelta(days=1))
    assert db.execute(last).fetchone()[0] == "2026-04-20T09:00:00+00:00"
