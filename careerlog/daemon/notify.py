"""systemd's notify protocol: a datagram of ``KEY=value`` lines to $NOTIFY_SOCKET.

Nothing happens when the variable is unset (not under systemd). A name that
starts with "@" is an abstract socket. WATCHDOG_USEC, when set, asks for a
ping at least that often; we ping at half the interval.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger(__name__)


class Notifier:
    def __init__(self, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        self.address = "\0" + address[1:] if address.startswith("@") else address
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        watched = usec.isdigit() and (not pid or pid == str(os.getpid()))
        self.watchdog_interval = int(usec) / 2_000_000 if watched else None

    @property
    def enabled(self) -> bool:
        return bool(self.address)

    def send(self, *lines: str) -> None:
        if not self.address:
            return
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                # Never block the service on a reader that is not reading.
                sock.sendto("\n".join(lines).encode(), socket.MSG_DONTWAIT, self.address)
        except BlockingIOError:
            log.debug("systemd notify queue full; dropped %s", lines[0])
        except OSError as exc:
            log.warning("cannot notify systemd at %s: %s", self.address.lstrip("\0"), exc)

    def ready(self, status: str) -> None:
        self.send("READY=1", f"STATUS={status}", f"MAINPID={os.getpid()}")

    def status(self, status: str) -> None:
        self.send(f"STATUS={status}")

    def stopping(self) -> None:
        self.send("STOPPING=1", "STATUS=Stopping")

    def reloading(self) -> None:
        self.send("RELOADING=1", "STATUS=Reloading configuration")

    def watchdog(self) -> None:
        self.send("WATCHDOG=1")
