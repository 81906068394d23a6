"""The TLS context is built once per process, not per connection: loading the system
certificate store took ~40 ms of every IMAP rescan."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from careerlog.net import ssl_context
from tests.mailtest import MakeConfig
from tests.servers import MailEnv


def test_rescans_reuse_one_context(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_config()
    check_inbox(config, db)
    built: list[object] = []
    real = ssl.create_default_context

    def counted(*args: object, **kwargs: object) -> ssl.SSLContext:
        built.append(args)
        return real()

    monkeypatch.setattr(ssl, "create_default_context", counted)
    for _ in range(3):
        check_inbox(config, db)
    assert built == []


def test_a_changed_ca_file_is_read_again(mail_env: MailEnv, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_bytes(Path(mail_env.ca_file).read_bytes())
    first = ssl_context(str(ca))
    assert ssl_context(str(ca)) is first
    ca.write_bytes(Path(mail_env.ca_file).read_bytes() + b"\n")
    assert ssl_context(str(ca)) is not first
