"""Brief tests: a real store in tmp_path, a Config parsed from TOML with an ics-file
calendar, and careerlog's clock pinned through CAREERLOG_NOW."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.calendar import sync_calendars
from careerlog.config import Config, parse_config
from careerlog.store import open_store
from careerlog.store.people import add_person
from tests.briefs.brief_helpers import CONFIG, GRACE, LINUS, USER_EMAIL, Event, Publish, calendar


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
    text = CONFIG.format(
        email=USER_EMAIL, store=tmp_path / "careerlog.db", sent=tmp_path / "Sent", ics=ics_path
    )
    return parse_config(text)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    store = open_store(tmp_path / "careerlog.db")
    add_person(store, GRACE[0], emails=[GRACE[1]], relation="manager")
    add_person(store, LINUS[0], emails=[LINUS[1]], relation="peer")
    yield store
    store.close()


@pytest.fixture
def publish(config: Config, ics_path: Path) -> Publish:
    """``publish(db, now, *events)``: write the .ics file and run a calendar sync."""

    def run(db: Database, now: datetime, *events: Event) -> None:
        ics_path.write_text(calendar(events))
        report = sync_calendars(config, db, now)
        assert report.ok, report.errors

    return run
