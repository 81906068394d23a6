"""`careerlog run --once` says when a part failed, and exits non-zero."""

from __future__ import annotations

import socket
from pathlib import Path

from careerlog.mail.compose import compose_mail
from careerlog.mail.identity import new_token
from careerlog.outbox import enqueue
from careerlog.store import open_store
from tests.clirun import careerlog
from tests.configfile import config_path, config_tables, write_config


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_undeliverable_mail_is_reported_and_kept(home: Path) -> None:
    smtp = {"host": "127.0.0.1", "port": closed_port(), "security": "none", "password": "x"}
    changes = {
        "user": {"timezone": None},
        "mail": {"outbox": None, "maildir_outbox": None, "smtp": smtp},
        "cadence": {"weekly": "0 16 * * fri"},
    }
    config = write_config(home / "config.toml", config_tables(home, changes))
    db = open_store(config.store_path)
    message = compose_mail(
        config, kind="test", period="p1", subject="hello", text="hi", html=None, token=new_token()
    )
    enqueue(db, message, kind="test")
    run = careerlog("--config", str(config_path(config)), "run", "--once")
    assert run.code == 1
    assert "outbox: FAILED" in run.err and "refused" in run.err
    (row,) = db.query("select status, attempts from outbox where kind = 'test'")
    assert row["status"] == "pending" and row["attempts"] == 1
    assert "Traceback" not in run.text
