"""[calendar] settings: extra 1:1 title patterns, the window, bad patterns refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from careerlog.calendar.oneonone import upcoming_one_on_ones
from careerlog.calendar.refresh import sync_calendars
from careerlog.config import parse_config
from careerlog.errors import UserError
from careerlog.store import open_store

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


def config_text(home: Path, extra: str) -> str:
    (home / "cal.ics").write_text(ICS, newline="")
    return f"""
[user]
name = "Ada Lovelace"
email = "ada@example.com"
[store]
path = "{home / "c.db"}"
{extra}
[[calendar.sources]]
kind = "ics-file"
path = "{home / "cal.ics"}"
"""


@pytest.mark.parametrize(
    ("extra", "expected"),
    [("", []), ('[calendar]\none_on_one_titles = ["(?i)check-?in"]\n', ["Grace Hopper"])],
)
def test_extra_one_on_one_title_patterns(tmp_path: Path, extra: str, expected: list[str]) -> None:
    config = parse_config(config_text(tmp_path, extra))
    db = open_store(config.store_path)
    sync_calendars(config, db, NOW)
    upcoming = upcoming_one_on_ones(db, NOW, timedelta(days=2))
    assert [o.person_name for o in upcoming] == expected


def test_window_from_config(tmp_path: Path) -> None:
    config = parse_config(config_text(tmp_path, "[calendar]\ndays_ahead = 0\n"))
    db = open_store(config.store_path)
    sync_calendars(config, db, NOW)
    assert db.execute("select count(*) from calendar_events").fetchone()[0] == 0


def test_bad_pattern_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\[calendar\] one_on_one_titles: '\(unclosed'"):
        parse_config(config_text(tmp_path, '[calendar]\none_on_one_titles = ["(unclosed"]\n'))
