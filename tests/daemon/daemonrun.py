"""Run ``careerlog run`` as a real process, as systemd would, with a NOTIFY_SOCKET we read.

The one harness for tests and bench/ alike: start the service, wait for READY=1 (and
time it), read its log, signal it, stop or kill it. The benches time start-up with it,
so READY=1 is timed when the datagram arrives, not when a poll happens to look.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

READY = "READY=1"


def stored(database: Path, message_id: str) -> bool:
    """Is the reply in the service's store? Asked on a connection of its own, closed at
    once, so the test never holds the locks that would hide a service that lost its own."""
    conn = sqlite3.connect(database, timeout=15)
    try:
        row = conn.execute(
            "select count(*) from inbound_messages where message_id = ?", [message_id]
        ).fetchone()
    finally:
        conn.close()
    return bool(row[0])


def wait_for(condition: Callable[[], object], timeout: float, what: str = "condition") -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"{what} not true within {timeout} s")


class Daemon:
    """``careerlog --config CONFIG -v run`` started now, its output in ``HOME/NAME.log``.

    ``extra_env`` adds to the caller's environment, from which CAREERLOG_* variables are
    dropped (they would override the config under test). ``name`` lets several daemons,
    one after the other or side by side, keep their logs and sockets in one folder.
    """

    def __init__(
        self,
        config: Path,
        home: Path,
        extra_env: dict[str, str] | None = None,
        *,
        name: str = "daemon",
        verbosity: str = "-v",
    ) -> None:
        self.log_path = home / f"{name}.log"
        self.socket_path = home / f"{name}.notify.sock"
        self.socket_path.unlink(missing_ok=True)  # left by an earlier daemon in this home
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.socket_path))
        self.messages: list[str] = []
        self.ready_at: float | None = None  # perf_counter when READY=1 arrived
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
        env.update({"NOTIFY_SOCKET": str(self.socket_path), **(extra_env or {})})
        command = [sys.executable, "-m", "careerlog", "--config", str(config), verbosity, "run"]
        with self.log_path.open("wb") as out:
            self.started = time.perf_counter()
            self.process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)

    def _receive(self, wait: float) -> bool:
        """Take one notification if it arrives within ``wait`` seconds (0: only if queued)."""
        if self.sock.fileno() == -1:  # closed by stop() or kill(): nothing more to read
            return False
        self.sock.settimeout(wait)
        try:
            message = self.sock.recv(4096).decode()
        except (TimeoutError, BlockingIOError):
            return False
        if self.ready_at is None and READY in message.splitlines():
            self.ready_at = time.perf_counter()
        self.messages.append(message)
        return True

    def notifications(self) -> list[str]:
        """Every notification so far, in order of arrival."""
        while self._receive(0):
            pass
        return self.messages

    def notified(self, line: str) -> bool:
        return any(line in message.splitlines() for message in self.notifications())

    def ready(self, timeout: float = 30.0) -> float:
        """Wait for READY=1; seconds from spawning the process to its arrival.

        Fails at once, with the log, if the process exits first.
        """
        deadline = time.monotonic() + timeout
        while self.ready_at is None:
            if self.process.poll() is not None:
                raise AssertionError(
                    f"careerlog run exited ({self.process.returncode}):\n{self.log()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"no {READY} within {timeout} s:\n{self.log()}")
            self._receive(0.005)
        return self.ready_at - self.started

    def logged(self, text: str, timeout: float = 30.0) -> float:
        """Wait until ``text`` is in the log; seconds from spawning the process to then."""
        deadline = time.monotonic() + timeout
        while text not in self.log():
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} not logged within {timeout} s:\n{self.log()}")
            time.sleep(0.002)
        return time.perf_counter() - self.started

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def signal(self, signum: signal.Signals) -> None:
        self.process.send_signal(signum)

    def kill(self) -> None:
        """SIGKILL, as a crash or the OOM killer would: no clean-up of any kind."""
        self.process.kill()
        self.process.wait(timeout=10)
        self.sock.close()

    def stop(self) -> int:
        """SIGTERM and wait; its exit code. Calling it again (in a ``finally``) is harmless.

        A daemon still running 10 s after SIGTERM is a bug: its thread stacks go to the log
        (SIGUSR1), it is killed, and this raises.
        """
        try:
            if self.process.poll() is None:
                self.process.send_signal(signal.SIGTERM)
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.send_signal(signal.SIGUSR1)
                    time.sleep(0.5)
                    self.process.kill()
                    self.process.wait(timeout=10)
                    raise
        finally:
            self.sock.close()
        return int(self.process.returncode)
