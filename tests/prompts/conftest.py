"""Config and store for prompt tests: a real store file, SMTP to the test Dovecot when asked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config, parse_config
from careerlog.store import open_store
from tests.servers import MailEnv

MakeConfig = Callable[..., Config]


def config_text(
    tmp: Path,
    *,
    email: str = "ada@example.com",
    tz: str = "America/Los_Angeles",
    env: MailEnv | None = None,
    cadence: str = "",
) -> str:
    mail = (
        f"""
[mail]
outbox = "smtp"

[mail.smtp]
host = "127.0.0.1"
port = {env.smtp_port}
security = "starttls"
username = "{env.username}"
password = "{env.password}"
ca_file = "{env.ca_file}"
"""
        if env
        else f"""
[mail]
outbox = "maildir"
maildir_outbox = "{tmp / "Maildir"}"
"""
    )
    return f"""
[user]
name = "Ada Lovelace"
email = "{email}"
timezone = "{tz}"

[store]
path = "{tmp / "careerlog.db"}"
{mail}
{cadence}
"""


@pytest.fixture
def make_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MakeConfig:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CAREERLOG_NOW", raising=False)

    def make(**kwargs: object) -> Config:
        text = config_text(tmp_path, **kwargs)  # type: ignore[arg-type]
        (tmp_path / "config.toml").write_text(text)
        return parse_config(text, tmp_path / "config.toml")

    return make


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    store = open_store(tmp_path / "careerlog.db")
    yield store
    store.close()
