"""``careerlog run``: the inbox watcher in its own thread, everything else on a timer.

Each thread has its own SQLite connection (a connection is not shared across
threads). A reply that produced entries wakes the main loop so its
confirmation leaves at once instead of at the next tick. SIGHUP re-reads the
config; a config that does not validate is refused and the running one kept.
"""

from __future__ import annotations

import faulthandler
import logging
import signal
import threading
import time
from types import FrameType

from sqlite_utils import Database

from careerlog.config import Config, load_config
from careerlog.daemon.notify import Notifier
from careerlog.daemon.passes import PassReport, calendar_pass, due_pass, isolated
from careerlog.errors import UserError
from careerlog.health import record_error, record_success
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.intake.report import InboxReport
from careerlog.intake.watch import watch_imap
from careerlog.store import open_store

log = logging.getLogger(__name__)

TICK = 30.0
CALENDAR_EVERY = 900.0
STOP_TIMEOUT = 4.0


class InboxThread:
    """The inbox watcher; stopped and started again when the config is reloaded."""

    def __init__(self, config: Config, wake: threading.Event) -> None:
        self.config = config
        self.wake = wake
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="inbox", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def halt(self) -> None:
        self.stop.set()
        self.thread.join(STOP_TIMEOUT)

    def _passed(self, db: Database, report: InboxReport) -> None:
        record_success(db, "inbox")
        if report.entries:
            self.wake.set()

    def _run(self) -> None:
        db = open_store(self.config.store_path)
        try:
            if self.config.mail.inbox == "imap":
                watch_imap(
                    self.config,
                    db,
                    self.stop,
                    on_pass=lambda report: self._passed(db, report),
                    on_error=lambda message: record_error(db, "inbox", message),
                )
                return
            while not self.stop.is_set():
                result = isolated(db, "inbox", lambda: check_maildir(self.config, db), PassReport())
                if result is not None and result.entries:
                    self.wake.set()
                self.stop.wait(self.config.mail.poll_interval)
        finally:
            db.close()


class Service:
    def __init__(self, config: Config, config_path: str | None = None) -> None:
        self.config = config
        self.config_path = config_path
        self.stop = threading.Event()
        self.wake = threading.Event()
        self.reload_requested = False
        self.notifier = Notifier()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if signum == signal.SIGHUP:
            self.reload_requested = True
        else:
            log.info("received %s; stopping", signal.Signals(signum).name)
            self.stop.set()
        self.wake.set()

    def _reload(self, inbox: InboxThread) -> InboxThread:
        self.reload_requested = False
        self.notifier.reloading()
        try:
            config = load_config(self.config_path)
        except UserError as exc:
            log.error("configuration reload refused; still running on the previous one: %s", exc)
            self.notifier.status(
                "Reload refused: invalid configuration; running on the previous one"
            )
            self.notifier.send("READY=1")
            return inbox
        inbox.halt()
        self.config = config
        fresh = InboxThread(config, self.wake)
        fresh.start()
        log.info("configuration reloaded from %s", config.path)
        self.notifier.send("READY=1", "STATUS=Configuration reloaded")
        return fresh

    def _status(self, report: PassReport) -> str:
        if report.errors:
            return "Running with errors: " + "; ".join(
                f"{k}: {v}" for k, v in report.errors.items()
            )
        return f"Watching {self.config.mail.inbox} inbox; last pass {time.strftime('%H:%M:%S')}"

    def run(self) -> int:
        """Serve until SIGTERM/SIGINT; returns the process exit code."""
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, self._on_signal)
        faulthandler.register(signal.SIGUSR1, all_threads=True)  # kill -USR1: where is it stuck?
        db = open_store(self.config.store_path)
        inbox = InboxThread(self.config, self.wake)
        inbox.start()
        mail = self.config.mail
        log.info("careerlog running (inbox: %s, outbox: %s)", mail.inbox, mail.outbox)
        self.notifier.ready(f"Watching {mail.inbox} inbox")
        tick = min(TICK, self.notifier.watchdog_interval or TICK)
        last_calendar = float("-inf")
        next_due = 0.0
        try:
            while not self.stop.is_set():
                if self.reload_requested:
                    inbox = self._reload(inbox)
                    last_calendar = next_due = float("-inf")
                if time.monotonic() >= next_due:
                    report = PassReport()
                    if time.monotonic() - last_calendar >= CALENDAR_EVERY:
                        calendar_pass(self.config, db, report)
                        last_calendar = time.monotonic()
                    due_pass(self.config, db, report)
                    self.notifier.status(self._status(report))
                    next_due = time.monotonic() + TICK
                self.notifier.watchdog()
                if self.wake.wait(tick):
                    self.wake.clear()
                    next_due = 0.0
        finally:
            self.notifier.stopping()
            inbox.halt()
            db.close()
        log.info("careerlog stopped")
        return 0
