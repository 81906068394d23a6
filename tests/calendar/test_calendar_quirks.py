"""Calendar shapes real tools write, each through an ics-file (or ics-url) source.

Fixtures are named after the quirk, like khal's tests/ics/: a byte order mark,
concatenated exports, events without a UID, and Outlook's "Customized Time Zone"
defined differently by two calendars.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.calendar import sync_calendars
from careerlog.config.model import Config
from tests.calendar.calendar_helpers import FIXTURES
from tests.calendar.test_calendar_ics_url import Feed, source
from tests.configfile import Tables


def ics_file(*names: str) -> list[Tables]:
    return [{"kind": "ics-file", "path": str(FIXTURES / name)} for name in names]


def stored(db: Database) -> list[tuple[str, str]]:
    rows = db.query("select starts_at, summary from calendar_events order by starts_at")
    return [(row["starts_at"], row["summary"]) for row in rows]


def test_byte_order_mark_before_vcalendar_is_read(
    make_calendar_config: Callable[..., Config], db: Database
) -> None:
    report = sync_calendars(make_calendar_config(*ics_file("bom-before-vcalendar.ics")), db)
    assert report.ok and report.warnings == []
    assert stored(db) == [("2026-03-10T09:00:00+00:00", "Planning with Sam")]


@pytest.fixture
def bom_feed() -> Iterator[Feed]:
    server = Feed("")
    server.body = (FIXTURES / "bom-before-vcalendar.ics").read_bytes()
    yield server
    server.server.shutdown()
    server.server.server_close()


def test_byte_order_mark_over_ics_url_is_read(
    bom_feed: Feed, make_calendar_config: Callable[..., Config], db: Database
) -> None:
    report = sync_calendars(make_calendar_config(source(bom_feed.url())), db)
    assert report.ok and report.warnings == []
    assert stored(db) == [("2026-03-10T09:00:00+00:00", "Planning with Sam")]


def test_a_file_that_yields_no_event_is_not_a_success(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    junk = tmp_path / "mangled.ics"
    junk.write_bytes(b"\xff\xfeB\x00E\x00G\x00I\x00N\x00:\x00V\x00C\x00A\x00L\x00")
    report = sync_calendars(make_calendar_config(*ics_file(str(junk))), db)
    assert not report.ok
    assert "no event could be read" in report.errors[0]
    row = next(db.query("select last_error from calendar_sync"))
    assert "no event could be read" in row["last_error"]


def test_an_empty_calendar_is_still_a_success(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.ics"
    empty.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nEND:VCALENDAR\r\n")
    assert sync_calendars(make_calendar_config(*ics_file(str(empty))), db).ok


def test_concatenated_vcalendars_are_all_read(
    make_calendar_config: Callable[..., Config], db: Database
) -> None:
    report = sync_calendars(make_calendar_config(*ics_file("concatenated-vcalendars.ics")), db)
    assert report.ok and report.warnings == []
    assert [summary for _, summary in stored(db)] == [
        "First export",
        "Second export",
        "Third export",
    ]


def test_events_without_uid_are_kept_apart_and_stable(
    make_calendar_config: Callable[..., Config], db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "events-without-uid.ics"
    shutil.copy(FIXTURES / "events-without-uid.ics", path)
    config = make_calendar_config(*ics_file(str(path)))
    report = sync_calendars(config, db)
    assert report.ok
    assert len(report.warnings) == 1 and "no DTSTART" in report.warnings[0]
    expected = [
        ("2026-03-09T09:00:00+00:00", "Design sync"),
        ("2026-03-11T14:00:00+00:00", "Hiring debrief"),
        ("2026-03-12T16:00:00+00:00", "Coffee with Sam"),
    ]
    assert stored(db) == expected
    ids = list(db.query("select id, uid from calendar_events order by id"))
    assert all(row["uid"] for row in ids)

    path.write_bytes(path.read_bytes() + b"\r\n")  # touched: re-read, same identities
    sync_calendars(config, db)
    assert stored(db) == expected
    assert list(db.query("select id, uid from calendar_events order by id")) == ids


def test_customized_time_zone_is_read_per_calendar(
    make_calendar_config: Callable[..., Config], db: Database
) -> None:
    names = ("customized-time-zone-plus-one.ics", "customized-time-zone-minus-five.ics")
    report = sync_calendars(make_calendar_config(*ics_file(*names)), db)
    assert report.ok and report.warnings == []
    assert stored(db) == [
        ("2026-03-13T09:00:00+00:00", "Review from Paris"),
        ("2026-03-13T15:00:00+00:00", "Review from New York"),
    ]


def test_customized_time_zone_does_not_depend_on_what_was_read_before(
    make_calendar_config: Callable[..., Config], db: Database
) -> None:
    """The long-running service and run --once must agree: reading the other
    definition first (as an earlier sync in the same process would) changes nothing."""
    sync_calendars(make_calendar_config(*ics_file("customized-time-zone-plus-one.ics")), db)
    db.execute("delete from calendar_events")
    db.execute("delete from calendar_objects")
    db.execute("delete from calendar_sync")
    sync_calendars(make_calendar_config(*ics_file("customized-time-zone-minus-five.ics")), db)
    assert stored(db) == [("2026-03-13T15:00:00+00:00", "Review from New York")]
