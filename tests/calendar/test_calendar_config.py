"""[calendar] settings: extra 1:1 title patterns, the window, bad patterns refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from careerlog.calendar.oneonone import upcoming_one_on_ones
from careerlog.calendar.refresh import sync_calendars
from careerlog.config import Config
from careerlog.errors import UserError
from careerlog.store import open_store
from tests.configfile import Tables, config_tables, write_config

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:checkin-1\r
DTSTAMP:20261101T000000Z\r
DTSTART:20261119T170000Z\r
DTEND:20261119T173000Z\r
SUMMARY:Check-in with Grace Hopper\r
ORGANIZER;CN=Ada Lovelace:mailto:ada@example.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def with_calendar(home: Path, calendar: Tables) -> Config:
    """Ada's config with cal.ics as its calendar and these [calendar] settings."""
    (home / "cal.ics").write_text(ICS, newline="")
    source = {"kind": "ics-file", "path": str(home / "cal.ics")}
    changes = {"user": {"timezone": None}, "calendar": {**calendar, "sources": [source]}}
    return write_config(home / "config.toml", config_tables(home, changes))


@pytest.mark.parametrize(
    ("calendar", "expected"),
    [({}, []), ({"one_on_one_titles": ["(?i)check-?in"]}, ["Grace Hopper"])],
    ids=["default titles", "check-in titles"],
)
def test_extra_one_on_one_title_patterns(
    tmp_path: Path, calendar: Tables, expected: list[str]
) -> None:
    config = with_calendar(tmp_path, calendar)
    db = open_store(config.store_path)
    sync_calendars(config, db, NOW)
    upcoming = upcoming_one_on_ones(db, NOW, timedelta(days=2))
    assert [o.person_name for o in upcoming] == expected


def test_window_from_config(tmp_path: Path) -> None:
    config = with_calendar(tmp_path, {"days_ahead": 0})
    db = open_store(config.store_path)
    sync_calendars(config, db, NOW)
    assert db.execute("select count(*) from calendar_events").fetchone()[0] == 0


def test_bad_pattern_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\[calendar\] one_on_one_titles: '\(unclosed'"):
        with_calendar(tmp_path, {"one_on_one_titles": ["(unclosed"]})
