"""A calendar file that is there but yields no event: run --once, status and doctor
say so instead of reporting success; the same file with a BOM is read everywhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.calendar.calendar_helpers import FIXTURES, USER
from tests.clirun import careerlog
from tests.configfile import config_tables, write_toml


def setup(tmp_path: Path, calendar: Path) -> str:
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    changes = {
        "user": {**USER, "timezone": "Europe/Berlin"},
        "calendar": {"sources": [{"kind": "ics-file", "path": str(calendar)}]},
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


def test_bom_calendar_passes_run_and_doctor(tmp_path: Path) -> None:
    calendar = tmp_path / "bom.ics"
    shutil.copy(FIXTURES / "bom-before-vcalendar.ics", calendar)
    config = setup(tmp_path, calendar)
    run = careerlog("--config", config, "run", "--once")
    assert run.code == 0, run.text
    doctor = careerlog("--config", config, "doctor")
    assert "no event" not in doctor.text
    assert "1 .ics file(s)" in doctor.text
