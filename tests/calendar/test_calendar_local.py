"""ics-file and vdir sources through sync_calendars: events, interactions, 1:1s, idempotency."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlite_utils import Database

from careerlog.calendar import sync_calendars, upcoming_one_on_ones
from careerlog.calendar.meetings import suggest_people
from careerlog.config.model import Config
from careerlog.store.interactions import last_met
from careerlog.store.people import add_person, find_person
from tests.calendar.calendar_helpers import FIXTURES, NOW

SCENARIO = (
    "weekly-one-on-one.ics",
    "all-day.ics",
    "outlook-windows-tzid.ics",
    "declined-invite.ics",
    "cancelled-occurrence.ics",
)


def vdir(tmp_path: Path, names: tuple[str, ...] = SCENARIO) -> Path:
    folder = tmp_path / "vdir" / "work"
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(FIXTURES / name, folder / name)
    return tmp_path / "vdir"


def people(db: Database) -> dict[str, int]:
    ids = {
        "alex": add_person(
            db, "Alex Rivera", emails=["alex.rivera@example.test"], relation="report"
        ),
        "morgan": add_person(db, "Morgan Lee", emails=["morgan@example.test"], relation="manager"),
        "casey": add_person(db, "Casey Boss", emails=["casey@example.test"], relation="above-skip"),
        "dana": add_person(db, "Dana Kim", relation="peer"),  # no address: matched by name
        "sam": add_person(db, "Sam Ortiz", emails=["sam@example.test"], relation="peer"),
    }  # fmt: skip
    return ids


def interactions(db: Database, person_id: int) -> list[tuple[str, str]]:
    rows = db.query(
        "select at, kind from interactions where person_id = ? order by at", [person_id]
    )
    return [(r["at"], r["kind"]) for r in rows]


def test_vdir_scenario(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    ids = people(db)
    config = make_calendar_config({"kind": "vdir", "path": str(vdir(tmp_path))})
    report = sync_calendars(config, db)
    assert report.ok and report.warnings == []
    # 12 Alex occurrences + offsite + Outlook + declined + 3 Sam occurrences
    assert report.events == 18

    alex = interactions(db, ids["alex"])
    one_on_ones = [at for at, kind in alex if kind == "1:1"]
    assert one_on_ones == [
        "2026-01-06T09:00:00+00:00",
        "2026-01-13T09:00:00+00:00",
        "2026-01-27T09:00:00+00:00",
        "2026-02-05T14:00:00+00:00",  # moved from Feb 3
        "2026-02-10T09:00:00+00:00",
        "2026-02-24T09:00:00+00:00",  # Feb 17 was cancelled
        "2026-03-03T09:00:00+00:00",
        "2026-03-10T09:00:00+00:00",
        "2026-03-17T09:00:00+00:00",
    ]
    assert ("2026-02-09T23:00:00+00:00", "meeting") in alex  # all-day offsite, Berlin midnight
    assert interactions(db, ids["casey"]) == []  # declined
    assert interactions(db, ids["dana"]) == [("2026-02-12T13:00:00+00:00", "meeting")]
    assert [kind for _, kind in interactions(db, ids["sam"])] == ["1:1", "1:1"]  # room ignored

    met = last_met(db)
    assert met[ids["alex"]] == "2026-03-17T09:00:00+00:00"
    assert met[ids["morgan"]] == "2026-02-09T23:00:00+00:00"
    assert ids["casey"] not in met

    upcoming = upcoming_one_on_ones(db, NOW, timedelta(days=14))
    assert [(u.person_name, u.start.isoformat(), u.key) for u in upcoming] == [
        ("Alex Rivera", "2026-03-24T09:00:00+00:00",
         "weekly-1on1-alex@example.test#2026-03-24T09:00:00+00:00"),
        ("Alex Rivera", "2026-03-31T08:00:00+00:00",
         "weekly-1on1-alex@example.test#2026-03-31T08:00:00+00:00"),
    ]  # fmt: skip
    assert upcoming[0].person_id == ids["alex"]

    # a second pass changes nothing
    before = list(db.query("select * from calendar_events order by id"))
    before_i = list(db.query("select person_id, at, kind, event_id from interactions order by id"))
    again = sync_calendars(config, db)
    assert again.events == 18
    assert list(db.query("select * from calendar_events order by id")) == before
    after_i = list(db.query("select person_id, at, kind, event_id from interactions order by id"))
    assert sorted(map(str, after_i)) == sorted(map(str, before_i))


def test_vdir_change_and_delete_are_picked_up(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    root = vdir(tmp_path, ("declined-invite.ics", "all-day.ics"))
    config = make_calendar_config({"kind": "vdir", "path": str(root)})
    assert sync_calendars(config, db).events == 2
    item = root / "work" / "declined-invite.ics"
    item.write_text(item.read_text().replace("PARTSTAT=DECLINED", "PARTSTAT=ACCEPTED"))
    os.utime(item, ns=(1, 1))
    (root / "work" / "all-day.ics").unlink()
    report = sync_calendars(config, db)
    assert report.sources[0].fetched == 1 and report.sources[0].deleted == 1
    rows = list(db.query("select summary, my_status from calendar_events"))
    assert rows == [{"summary": "Quarterly planning", "my_status": "ACCEPTED"}]


def test_people_added_later_get_their_meetings(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    config = make_calendar_config({"kind": "vdir", "path": str(vdir(tmp_path))})
    sync_calendars(config, db)
    assert db.execute("select count(*) from interactions").fetchone()[0] == 0
    suggestions = suggest_people(
        db, NOW, addresses=config.user.addresses, max_meeting_size=config.calendar.max_meeting_size
    )
    assert [(s.email, s.meetings) for s in suggestions] == [
        ("alex.rivera@example.test", 4),  # the 1:1s of the last 30 days; nobody else has 3
    ]
    add_person(db, "Alex Rivera", emails=["alex.rivera@example.test"])
    sync_calendars(config, db)
    person = find_person(db, "alex.rivera@example.test")
    assert (
        person
        and db.execute(
            "select count(*) from interactions where person_id = ?", [person["id"]]
        ).fetchone()[0]
        == 10
    )
    assert (
        suggest_people(
            db,
            NOW,
            addresses=config.user.addresses,
            max_meeting_size=config.calendar.max_meeting_size,
        )
        == []
    )


def test_ics_file_and_floating_time_in_users_zone(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "cal.ics"
    shutil.copy(FIXTURES / "floating-time.ics", path)
    config = make_calendar_config({"kind": "ics-file", "path": str(path)}, tz="America/New_York")
    report = sync_calendars(config, db)
    assert report.ok and report.events == 1
    row = next(db.query("select * from calendar_events"))
    assert row["starts_at"] == "2026-02-10T14:00:00+00:00"
    assert row["one_on_one"] == 1
    assert json.loads(row["attendees"])[1] == {
        "name": "Dana Kim", "email": "dana@example.test", "partstat": "ACCEPTED",
        "counterpart": True,
    }  # fmt: skip
    # unchanged file: not re-read
    assert sync_calendars(config, db).sources[0].fetched == 0


def test_missing_file_keeps_last_data_and_records_error(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path, caplog: object
) -> None:
    path = tmp_path / "cal.ics"
    shutil.copy(FIXTURES / "declined-invite.ics", path)
    config = make_calendar_config({"kind": "ics-file", "path": str(path)})
    assert sync_calendars(config, db).events == 1
    path.unlink()
    report = sync_calendars(config, db)
    assert not report.ok and "no such file" in report.errors[0]
    assert report.events == 1  # the last good copy is still expanded
    row = next(db.query("select last_error, last_success_at from calendar_sync"))
    assert "no such file" in row["last_error"] and row["last_success_at"]


def test_hostile_calendar_through_the_pipeline(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    from tests.calendar.test_calendar_expand import ten_thousand_attendees

    root = vdir(tmp_path, ("rrule-secondly-unbounded.ics", "recursive-recurrence-id.ics"))
    (root / "work" / "ten-thousand-attendees.ics").write_text(ten_thousand_attendees())
    add_person(db, "Person 7", emails=["p7@example.test"])
    add_person(db, "Sam", emails=["sam@example.test"])
    config = make_calendar_config({"kind": "vdir", "path": str(root)})
    report = sync_calendars(config, db)
    assert len(report.warnings) == 2 and "skipped" in report.warnings[0]
    kinds = {r["kind"]: r["n"] for r in db.query(
        "select kind, count(*) as n from interactions group by kind")}  # fmt: skip
    assert kinds == {"1:1": 1}  # Sam's normal meeting; the all-hands is too big to count
