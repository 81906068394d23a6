"""A real store seeded over several quarters (America/Los_Angeles), and a config for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from tests import configfile
from tests.insights.insights_seed import Seeded, seed
from tests.mailtest import MakeConfig


@pytest.fixture
def config(make_offline_config: MakeConfig) -> Config:
    return make_offline_config()


@pytest.fixture
def config_path(config: Config) -> Path:
    return configfile.config_path(config)


@pytest.fixture
def seeded(db: Database) -> Seeded:
    return seed(db)
