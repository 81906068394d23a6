"""Run ``careerlog run`` as a real process with a NOTIFY_SOCKET the test reads."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def wait_for(condition: Callable[[], object], timeout: float, what: str = "condition") -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"{what} not true within {timeout} s")


class Daemon:
    def __init__(self, config: Path, home: Path, extra_env: dict[str, str] | None = None) -> None:
        self.log_path = home / "daemon.log"
        self.socket_path = home / "notify.sock"
        self.socket_path.unlink(missing_ok=True)  # left by an earlier daemon in this home
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.socket_path))
        self.sock.settimeout(0.05)
        self.messages: list[str] = []
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
        env.update({"NOTIFY_SOCKET": str(self.socket_path), **(extra_env or {})})
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "careerlog", "--config", str(config), "-v", "run"],
            stdout=self.log_path.open("wb"),
            stderr=subprocess.STDOUT,
            env=env,
        )

    def notifications(self) -> list[str]:
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except (TimeoutError, BlockingIOError):
                return self.messages

    def notified(self, line: str) -> bool:
        return any(line in message.splitlines() for message in self.notifications())

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def signal(self, signum: signal.Signals) -> None:
        self.process.send_signal(signum)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(timeout=10)
            finally:
                if self.process.poll() is None:
                    self.process.send_signal(signal.SIGUSR1)  # thread stacks into the log
                    time.sleep(0.5)
                    self.process.kill()
        self.sock.close()
        return int(self.process.returncode)
