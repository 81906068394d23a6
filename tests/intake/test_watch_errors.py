"""What the watcher says when a session ends, in words a user can act on."""

from __future__ import annotations

import imaplib
import ssl
import threading

import pytest
from sqlite_utils import Database

from careerlog.intake import watch
from tests.mailtest import MakeConfig


@pytest.mark.parametrize(
    "cut",
    [
        ssl.SSLEOFError(8, "EOF occurred in violation of protocol (_ssl.c:2427)"),
        ConnectionResetError(104, "Connection reset by peer"),
        EOFError(),
        imaplib.IMAP4.abort("command: UID => socket error: EOF"),
    ],
    ids=["tls-eof", "reset", "eof", "imaplib-eof"],
)
def test_a_connection_the_server_cut_is_said_plainly(
    make_config: MakeConfig, db: Database, monkeypatch: pytest.MonkeyPatch, cut: Exception
) -> None:
    # Mocked: a server cutting the connection in the middle of a command (Dovecot's TLS
    # login process going first on shutdown) cannot be timed on a real server; the outage
    # test in tests/reliability meets it now and then.
    def session(*args: object) -> None:
        raise cut

    monkeypatch.setattr(watch, "_session", session)
    stop = threading.Event()
    said: list[str] = []

    def on_error(message: str) -> None:
        said.append(message)
        stop.set()

    watch.watch_imap(make_config(), db, stop, on_error=on_error)
    assert said[0].startswith("IMAP session ended: the server closed the connection; ")
    assert "reconnecting in" in said[0] and "_ssl.c" not in said[0]
