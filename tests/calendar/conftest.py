"""Calendar tests: a real config with the sources under test, a real store, pinned time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from careerlog.config.model import Config
from tests.calendar.calendar_helpers import NOW, USER
from tests.configfile import Tables, config_tables, write_config


@pytest.fixture(autouse=True)
def _pinned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", NOW.isoformat())
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))


@pytest.fixture
def make_calendar_config(tmp_path: Path) -> Callable[..., Config]:
    """``make_calendar_config(*sources, tz=)``: Pat's config with these calendar sources."""

    def make(*sources: Tables, tz: str = "Europe/Berlin") -> Config:
        changes = {"user": {**USER, "timezone": tz}, "calendar": {"sources": list(sources)}}
        return write_config(tmp_path / "config.toml", config_tables(tmp_path, changes))

    return make
