"""Helpers for calendar tests: a real Config from TOML text, a real store, pinned time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import parse_config
from careerlog.config.model import Config
from careerlog.store import open_store
from tests.calendar.calendar_helpers import NOW, USER


@pytest.fixture(autouse=True)
def _pinned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", NOW.isoformat())
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    """Config from ``[[calendar.sources]]`` TOML text, as a user would write it."""

    def make(sources: str, tz: str = "Europe/Berlin") -> Config:
        text = USER.format(tz=tz, store=tmp_path / "careerlog.db") + sources
        return parse_config(text)

    return make


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return open_store(tmp_path / "careerlog.db")
