"""Small helpers shared by the reliability tests."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from careerlog.config import Config, parse_config
from tests.servers import MailEnv

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"
GMAIL = "01-weekly-gmail-web.eml"  # two entries when answering a weekly prompt


def reconfigure(config: Config, replace: dict[str, str] | None = None, append: str = "") -> Config:
    """Edit the config file make_config wrote (as a user would) and read it again."""
    assert config.path is not None
    text = config.path.read_text()
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    text += append
    config.path.write_text(text)
    return parse_config(text, config.path)


def smtp_section(env: MailEnv, password: str | None = None) -> str:
    return f"""
[mail.smtp]
host = "127.0.0.1"
port = {env.smtp_port}
security = "starttls"
password = "{password or env.password}"
ca_file = "{env.ca_file}"
"""


def count(db: Database, sql: str, params: list[object] | None = None) -> int:
    return int(db.execute(sql, params or []).fetchone()[0])


def entries(db: Database) -> int:
    return count(db, "select count(*) from entries where deleted_at is null")


def config_path(config: Config) -> Path:
    assert config.path is not None
    return config.path
