"""``careerlog run``: the inbox watcher in its own thread, everything else on a timer.

Each thread has its own SQLite connection (a connection is not shared across
threads). A reply that produced entries wakes the main loop so its
confirmation leaves at once instead of at the next tick.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from types import FrameType

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.daemon.passes import PassReport, calendar_pass, due_pass, isolated
from careerlog.health import record_error, record_success
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.intake.report import InboxReport
from careerlog.intake.watch import watch_imap
from careerlog.store import open_store

log = logging.getLogger(__name__)

TICK = 30.0
CALENDAR_EVERY = 900.0
STOP_TIMEOUT = 4.0


class Service:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.stop = threading.Event()
        self.wake = threading.Event()

    def _signal(self, signum: int, _frame: FrameType | None) -> None:
        log.info("received %s; stopping", signal.Signals(signum).name)
        self.stop.set()
        self.wake.set()

    def install_signals(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._signal)

    def _after_inbox(self, db: Database, report: InboxReport) -> None:
        record_success(db, "inbox")
        if report.entries:
            self.wake.set()

    def _inbox_loop(self) -> None:
        db = open_store(self.config.store_path)
        try:
            if self.config.mail.inbox == "imap":
                watch_imap(
                    self.config,
                    db,
                    self.stop,
                    on_pass=lambda report: self._after_inbox(db, report),
                    on_error=lambda m: record_error(db, "inbox", m),
                )
                return
            while not self.stop.is_set():
                report = PassReport()
                result = isolated(db, "inbox", lambda: check_maildir(self.config, db), report)
                if result is not None and result.entries:
                    self.wake.set()
                self.stop.wait(self.config.mail.poll_interval)
        finally:
            db.close()

    def run(self) -> int:
        """Serve until SIGTERM/SIGINT; returns the process exit code."""
        self.install_signals()
        inbox = threading.Thread(target=self._inbox_loop, name="inbox", daemon=True)
        inbox.start()
        db = open_store(self.config.store_path)
        log.info(
            "careerlog running (inbox: %s, outbox: %s)",
            self.config.mail.inbox,
            self.config.mail.outbox,
        )
        last_calendar = float("-inf")
        try:
            while not self.stop.is_set():
                report = PassReport()
                if time.monotonic() - last_calendar >= CALENDAR_EVERY:
                    calendar_pass(self.config, db, report)
                    last_calendar = time.monotonic()
                due_pass(self.config, db, report)
                self.wake.wait(TICK)
                self.wake.clear()
        finally:
            inbox.join(STOP_TIMEOUT)
            db.close()
        log.info("careerlog stopped")
        return 0
