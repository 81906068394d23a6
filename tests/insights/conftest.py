"""A real store seeded over several quarters (America/Los_Angeles), and a config for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config, parse_config
from careerlog.store import open_store
from tests.insights.insights_seed import Seeded, seed


def config_text(tmp: Path, tz: str = "America/Los_Angeles") -> str:
    return f"""
[user]
name = "Ada Lovelace"
email = "ada@example.com"
timezone = "{tz}"

[store]
path = "{tmp / "careerlog.db"}"

[mail]
outbox = "maildir"
maildir_outbox = "{tmp / "Maildir"}"
"""


@pytest.fixture
def config_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CAREERLOG_NOW", raising=False)
    monkeypatch.delenv("CAREERLOG_CONFIG", raising=False)
    path = tmp_path / "config.toml"
    path.write_text(config_text(tmp_path))
    return path


@pytest.fixture
def config(config_path: Path) -> Config:
    return parse_config(config_path.read_text(), config_path)


@pytest.fixture
def db(tmp_path: Path, config_path: Path) -> Iterator[Database]:
    store = open_store(tmp_path / "careerlog.db")
    yield store
    store.close()


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)
