"""Brief tests: a real store in tmp_path, a Config parsed from TOML with an ics-file
calendar, and careerlog's clock pinned through CAREERLOG_NOW."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.calendar import sync_calendars
from careerlog.config import Config
from careerlog.store.people import add_person
from tests.briefs.brief_helpers import GRACE, LINUS, Event, Publish, brief_tables, calendar
from tests.configfile import write_config


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("CAREERLOG_NOW", "2026-10-01T00:00:00+00:00")  # pin() moves it


@pytest.fixture
def ics_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.ics"
    path.write_text(calendar([]))
    return path


@pytest.fixture
def config(tmp_path: Path, ics_path: Path) -> Config:
    return write_config(tmp_path / "config.toml", brief_tables(tmp_path, ics_path))


@pytest.fixture
def colleagues(db: Database) -> None:
    """Grace (manager) and Linus (peer) known in the store, as the briefs' events expect."""
    add_person(db, GRACE[0], emails=[GRACE[1]], relation="manager")
    add_person(db, LINUS[0], emails=[LINUS[1]], relation="peer")


@pytest.fixture
def publish(config: Config, ics_path: Path) -> Publish:
    """``publish(db, now, *events)``: write the .ics file and run a calendar sync."""

    def run(db: Database, now: datetime, *events: Event) -> None:
        ics_path.write_text(calendar(events))
        report = sync_calendars(config, db, now)
        assert report.ok, report.errors

    return run
