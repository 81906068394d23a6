"""Configs for outbox tests: SMTP into the real test Dovecot, a sendmail command, a Maildir."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config, parse_config
from careerlog.store import open_store
from tests.servers import MailEnv

MakeConfig = Callable[..., Config]


@pytest.fixture
def make_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MakeConfig:
    """``make_config(env=...)`` for SMTP, ``make_config(mail='...')`` for another [mail]."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CAREERLOG_NOW", raising=False)

    def make(*, env: MailEnv | None = None, mail: str = "", outbox: str = "") -> Config:
        email = env.address if env else "ada@example.com"
        smtp = ""
        if env is not None:
            smtp = f"""
[mail.smtp]
host = "127.0.0.1"
port = {env.smtp_port}
security = "starttls"
password = "{env.password}"
ca_file = "{env.ca_file}"
"""
        text = f"""
[user]
name = "Ada Lovelace"
email = "{email}"
timezone = "America/Los_Angeles"

[store]
path = "{tmp_path / "careerlog.db"}"

{mail}
{smtp}
{outbox}
"""
        path = tmp_path / "config.toml"
        path.write_text(text)
        return parse_config(text, path)

    return make


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    store = open_store(tmp_path / "careerlog.db")
    yield store
    store.close()
