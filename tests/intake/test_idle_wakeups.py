"""New mail announced at the edges of IDLE wakes the watcher at once.

Dovecot does this only now and then (a reply landing while another is handled),
so a scripted server plays the two shapes on demand: the announcement sent in
the same packet as "+ idling", and sent before it. Left unhandled, the first
waits for the server's next keepalive or the IDLE renewal (minutes), the second
ends the session and waits for a reconnect.
"""

from __future__ import annotations

import socket
import threading

import pytest
from imapclient import IMAPClient

from careerlog.intake.watch import _idle_once


class ScriptedImap:
    """Answers CAPABILITY, then IDLE with ``on_idle`` (tag filled in), then DONE."""

    def __init__(self, on_idle: bytes) -> None:
        self.on_idle = on_idle
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.done = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn, conn.makefile("rb") as lines:
            conn.sendall(b"* OK [CAPABILITY IMAP4rev1 IDLE] ready\r\n")
            tag = b""
            for line in lines:
                if line.strip().upper() == b"DONE":
                    conn.sendall(tag + b" OK Idle completed\r\n")
                    self.done.set()
                    continue
                tag, _, command = line.strip().partition(b" ")
                if command.upper() == b"CAPABILITY":
                    conn.sendall(b"* CAPABILITY IMAP4rev1 IDLE\r\n" + tag + b" OK done\r\n")
                elif command.upper() == b"IDLE":
                    conn.sendall(self.on_idle)
                elif command.upper() == b"LOGOUT":
                    conn.sendall(b"* BYE\r\n" + tag + b" OK bye\r\n")
                    return


@pytest.mark.parametrize(
    "on_idle",
    [
        pytest.param(b"+ idling\r\n* 5 EXISTS\r\n", id="same-packet-as-continuation"),
        pytest.param(b"* 5 EXISTS\r\n+ idling\r\n", id="before-continuation"),
    ],
)
def test_announcement_at_idle_start_ends_the_wait_at_once(on_idle: bytes) -> None:
    server = ScriptedImap(on_idle)
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=10)
    stop = threading.Event()
    timer = threading.Timer(5.0, stop.set)  # without the fix: it waits until stopped
    timer.start()
    try:
        _idle_once(client, stop)
        woken_by_mail = not stop.is_set()
    finally:
        timer.cancel()
    assert woken_by_mail
    assert server.done.wait(2)  # and IDLE was ended properly
