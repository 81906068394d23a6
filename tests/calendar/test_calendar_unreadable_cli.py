"""A calendar file that is there but yields no event: run --once, status and doctor
say so instead of reporting success; the same file with a BOM is read everywhere."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.calendar.calendar_helpers import FIXTURES
from tests.clirun import careerlog

CONFIG = """
[user]
name = "Pat Doe"
email = "pat@example.test"
timezone = "Europe/Berlin"
[store]
path = "{home}/c.db"
[mail]
inbox = "maildir"
maildir_inbox = "{home}/Maildir"
[[calendar.sources]]
kind = "ics-file"
path = "{calendar}"
"""


def setup(tmp_path: Path, calendar: Path) -> str:
    for sub in ("new", "cur", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True, exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text(CONFIG.format(home=tmp_path, calendar=calendar))
    return str(path)


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
