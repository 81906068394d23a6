"""Small helpers shared by the reliability tests."""

from __future__ import annotations

import tomllib

from sqlite_utils import Database

from careerlog.config import Config
from tests.configfile import Tables, config_path, merged, write_config

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"
GMAIL = "01-weekly-gmail-web.eml"  # two entries when answering a weekly prompt


def reconfigure(config: Config, changes: Tables) -> Config:
    """Change the config file make_config wrote, as a user would edit it, and read it again."""
    path = config_path(config)
    return write_config(path, merged(tomllib.loads(path.read_text()), changes))


def count(db: Database, sql: str, params: list[object] | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0])


def entries(db: Database) -> int:
    return count(db, "select count(*) from entries where deleted_at is null")
