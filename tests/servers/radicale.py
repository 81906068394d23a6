"""A real Radicale CalDAV server (`python -m radicale`) on 127.0.0.1 with htpasswd auth."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import caldav

from .ports import HOST, die_with_parent, free_port
from .tlsca import TlsCa

_CONF = """\
[server]
hosts = {host}:{port}
{ssl}
[auth]
type = htpasswd
htpasswd_filename = {d}/users
htpasswd_encryption = plain
delay = 0
[rights]
type = owner_only
[storage]
filesystem_folder = {d}/collections
[web]
type = none
[logging]
level = warning
"""


class Radicale:
    def __init__(
        self,
        username: str = "cal@example.test",
        password: str = "cal-secret",
        tls: TlsCa | None = None,
        host: str = HOST,
    ) -> None:
        self.username, self.password, self.tls, self.host = username, password, tls, host
        self.dir = Path(tempfile.mkdtemp(prefix="radicale-", dir="/tmp"))
        self.port = free_port(host)
        self.conf = self.dir / "radicale.conf"
        (self.dir / "users").write_text(f"{username}:{password}\n")
        ssl = ""
        if tls is not None:
            ssl = f"ssl = True\ncertificate = {tls.cert_file}\nkey = {tls.key_file}"
        self.conf.write_text(_CONF.format(host=host, port=self.port, d=self.dir, ssl=ssl))
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}/"

    @property
    def url(self) -> str:
        """The user's calendar home, e.g. http://127.0.0.1:PORT/cal@example.test/."""
        return f"{self.base_url}{self.username}/"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 15.0) -> None:
        if self.running:
            return
        with open(self.dir / "radicale.log", "ab") as out:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.conf)],
                stdin=subprocess.DEVNULL,
                preexec_fn=die_with_parent,
                stdout=out,
                stderr=out,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                break
            if self._http_ready():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Radicale did not start:\n{self.log_text()}")

    def _http_ready(self) -> bool:
        ctx = self.tls.client_context() if self.tls else None
        try:
            urllib.request.urlopen(self.base_url, timeout=1, context=ctx).close()
            return True
        except urllib.error.HTTPError:
            return True  # any HTTP answer (401, 404, ...) means it is serving
        except OSError:
            return False

    def stop(self, timeout: float = 10.0) -> None:
        if self._proc is None:
            return
        self._proc.terminate()
        try:
            self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(timeout)
        self._proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log_text(self) -> str:
        return (self.dir / "radicale.log").read_text(errors="replace")

    # --- helpers ----------------------------------------------------------------------

    def client(self) -> caldav.DAVClient:
        verify: bool | str = self.tls.ca_file if self.tls else True
        return caldav.DAVClient(
            url=self.url,
            username=self.username,
            password=self.password,
            ssl_verify_cert=verify,
        )

    def calendar_url(self, name: str) -> str:
        return f"{self.url}{name}/"

    def make_calendar(self, name: str) -> str:
        """Create calendar collection `name` (also its display name); return its URL."""
        with self.client() as client:
            cal = client.principal().make_calendar(name=name, cal_id=name)
            return str(cal.url)

    def put_event(self, calendar_name: str, ics_text: str) -> str:
        """Store one VCALENDAR text in the calendar; return the event's URL."""
        with self.client() as client:
            cal = client.calendar(url=self.calendar_url(calendar_name))
            return str(cal.save_event(ics_text).url)
