"""Every date and time the CLI prints is the user's (``[user] timezone``), not UTC.

The clock is pinned at 20:30 on Tuesday, December 1 in Los Angeles, when it is already
December 2 in UTC; the 1:1 with Rahul was at 18:00 on November 30 there (December 1 in
UTC). Each command must print the day and time the user lived, whatever the store keeps.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clirun import careerlog
from tests.configfile import config_path
from tests.mailtest import MakeConfig, maildir

NOW = "2026-12-02T04:30:00+00:00"  # Tue Dec 1, 20:30 in Los Angeles
LOCAL_NOW = "2026-12-01 20:30"
ME = "ada@example.com"
ONE_ON_ONE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:rahul-1\r\nDTSTAMP:20261101T000000Z\r\n"
    "DTSTART:20261201T020000Z\r\nDTEND:20261201T023000Z\r\nSUMMARY:Rahul / Ada\r\n"
    f"ORGANIZER;CN=Ada Lovelace:mailto:{ME}\r\n"
    "ATTENDEE;CN=Rahul Mehta;PARTSTAT=ACCEPTED:mailto:rahul@example.test\r\n"
    f"ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:{ME}\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def config(make_offline_config: MakeConfig, home: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A home whose inbox, calendar, outbox and quarantine each did something at NOW.

    The calendar has a second source that cannot be read, so it has an error time too.
    """
    monkeypatch.setenv("CAREERLOG_NOW", NOW)
    (home / "work.ics").write_text(ONE_ON_ONE)
    sources = [
        {"kind": "ics-file", "path": str(home / "work.ics")},
        {"kind": "ics-file", "path": str(home / "broken.ics")},
    ]
    (home / "broken.ics").write_text("this is not a calendar\n")
    path = str(config_path(make_offline_config({"calendar": {"sources": sources}})))
    cli(path, "people", "add", "Rahul", "Mehta", "--email", "rahul@example.test")
    # the owner's address, but no proof it was the owner: held in quarantine
    maildir(home / "Maildir").add(
        f"From: Ada Lovelace <{ME}>\nTo: {ME}\nSubject: log: migrated billing\n"
        f"Message-ID: <held@example.com>\nDate: Tue, 01 Dec 2026 20:29:00 -0800\n\n"
        "migrated billing\n".encode()
    )
    run = careerlog("--config", path, "run", "--once")
    assert run.code == 1 and "calendar: FAILED" in run.text  # the broken source, only
    cli(path, "send", "weekly")
    return path


def cli(path: str, *args: str) -> str:
    run = careerlog("--config", path, *args)
    assert run.code == 0, run.text
    return run.out


def line_with(output: str, start: str) -> str:
    (line,) = [ln for ln in output.splitlines() if ln.lstrip().startswith(start)]
    return line


def test_status_prints_local_times(config: str) -> None:
    status = cli(config, "status")
    assert LOCAL_NOW in line_with(status, "inbox")
    calendar = line_with(status, "calendar")
    assert calendar.count(LOCAL_NOW) == 2 and "broken.ics" in calendar  # success and error
    assert "2026-12-02" not in status
    (inbox,) = [json.loads(cli(config, "status", "--json"))["components"]["inbox"]]
    assert inbox["last_success_at"] == "2026-12-01T20:30:00-08:00"


def test_outbox_list_prints_local_times(config: str) -> None:
    listed = cli(config, "outbox", "list")
    weekly = line_with(listed, "1")
    assert "weekly" in weekly and weekly.count(LOCAL_NOW) == 2  # queued, sent
    assert "2026-12-02" not in listed
    (row,) = json.loads(cli(config, "outbox", "list", "--json"))
    assert row["created_at"] == "2026-12-01T20:30:00-08:00"


def test_quarantine_list_prints_local_times(config: str) -> None:
    listed = cli(config, "quarantine", "list")
    assert LOCAL_NOW in line_with(listed, "1") and "2026-12-02" not in listed
    (row,) = json.loads(cli(config, "quarantine", "list", "--json"))
    assert row["created_at"] == "2026-12-01T20:30:00-08:00"


def test_people_list_and_show_print_the_local_day_last_met(config: str) -> None:
    rahul = line_with(cli(config, "people", "list"), "1")
    assert "Rahul Mehta" in rahul and "2026-11-30" in rahul and "2026-12-01" not in rahul
    (row,) = json.loads(cli(config, "people", "list", "--json"))
    assert row["last_met"] == "2026-11-30T18:00:00-08:00"
    cli(config, "log", "Walked Rahul through the ledger runbook", "--person", "Rahul Mehta")
    shown = cli(config, "people", "show", "Rahul", "Mehta")
    assert line_with(shown, "Last met:").split() == ["Last", "met:", "2026-11-30"]
    assert "#1 2026-12-01 Walked Rahul through the ledger runbook" in shown
    assert json.loads(cli(config, "people", "show", "Rahul Mehta", "--json"))["last_met"] == (
        "2026-11-30T18:00:00-08:00"
    )
