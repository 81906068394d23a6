"""A calendar file or feed that is there but yields no event: run --once, status and
doctor say so instead of reporting success; the same file with a BOM is read everywhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.calendar.calendar_helpers import FIXTURES, USER
from tests.calendar.test_calendar_ics_url import Feed, source
from tests.clirun import careerlog
from tests.configfile import Tables, config_tables, write_toml

#: a feed that is there and is iCalendar, but whose one event has no start
NO_START = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Planning\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def setup(tmp_path: Path, calendar: Path | Tables) -> str:
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    if isinstance(calendar, Path):
        calendar = {"kind": "ics-file", "path": str(calendar)}
    changes = {
        "user": {**USER, "timezone": "Europe/Berlin"},
        "calendar": {"sources": [calendar]},
    }
    return str(write_toml(tmp_path / "config.toml", config_tables(tmp_path, changes)))


def test_no_event_readable_is_reported_by_run_status_and_doctor(tmp_path: Path) -> None:
    calendar = tmp_path / "exported.ics"
    calendar.write_bytes("BEGIN:VCALENDAR\r\n".encode("utf-16"))  # a tool's UTF-16 export
    config = setup(tmp_path, calendar)
    run = careerlog("--config", config, "run", "--once")
    assert run.code == 1 and "calendar: FAILED" in run.err
    assert "no event could be read" in run.err
    status = careerlog("--config", config, "status")
    assert "no event could be read" in status.out
    doctor = careerlog("--config", config, "doctor")
    assert doctor.code != 0
    assert "no event can be read from exported.ics" in doctor.text
    assert "Traceback" not in run.text + status.text + doctor.text


def test_no_event_readable_from_a_feed_is_reported_by_run_status_and_doctor(
    tmp_path: Path,
) -> None:
    feed = Feed(NO_START)
    try:
        config = setup(tmp_path, source(feed.url()))
        run = careerlog("--config", config, "run", "--once")
        status = careerlog("--config", config, "status")
        doctor = careerlog("--config", config, "doctor")
    finally:
        feed.server.shutdown()
        feed.server.server_close()
    label = f"calendar 1 (ics-url http://127.0.0.1:{feed.port}/…)"
    assert run.code == 1
    assert (
        f"calendar: FAILED: {label}: no event could be read from it "
        "(feed.ics: event a skipped: it has no DTSTART)"
    ) in run.err.splitlines()
    assert "no event could be read" in status.out
    assert doctor.code != 0
    # one line, the source named once, and no claim that careerlog holds a good copy:
    # the pass just replaced what the feed held with what it yields now, nothing
    line = next(line for line in doctor.out.splitlines() if label in line)
    assert line == (
        f"FAIL  {label}: no event can be read from the feed: its one event has no start (DTSTART)"
    )
    assert "s3cr3t" not in run.text + status.text + doctor.text
    assert "Traceback" not in run.text + status.text + doctor.text


def test_bom_calendar_passes_run_and_doctor(tmp_path: Path) -> None:
    calendar = tmp_path / "bom.ics"
    shutil.copy(FIXTURES / "bom-before-vcalendar.ics", calendar)
    config = setup(tmp_path, calendar)
    run = careerlog("--config", config, "run", "--once")
    assert run.code == 0, run.text
    doctor = careerlog("--config", config, "doctor")
    assert "no event" not in doctor.text
    assert "1 .ics file" in doctor.text
