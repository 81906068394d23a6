"""``careerlog run``: the inbox watcher in its own thread, everything else on a timer.

Each thread has its own SQLite connection (a connection is not shared across
threads). A reply that produced entries wakes the main loop so its
confirmation leaves at once instead of at the next tick. SIGHUP re-reads the
config; a config that does not validate, or that moves the store, is refused
and the running one kept.

One service per store and per mailbox: the locks of :mod:`careerlog.store.locks`
are held for the whole run. A store that can no longer be used (deleted,
corrupt, read-only, full disk) stops the service with exit code 1 and one log
line, from whichever thread notices it, so systemd restarts it or shows it
failed instead of a live process with a dead inbox.
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
from careerlog.intake.heap import give_back_memory, map_large_blocks
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.intake.report import InboxReport
from careerlog.intake.watch import watch_imap
from careerlog.store import open_store
from careerlog.store.failures import FatalStoreError, check_store
from careerlog.store.health import record_error, record_success
from careerlog.store.locks import (
    ONCE_WAIT,
    ServiceLock,
    holder_of,
    lock_path,
    mailbox_identity,
    mailbox_lock,
    store_lock,
    take,
)

log = logging.getLogger(__name__)

TICK = 30.0
CALENDAR_EVERY = 900.0
STOP_TIMEOUT = 4.0


class InboxDied(UserError):
    """The inbox watcher ended on its own: the service cannot do its main job."""


class InboxThread:
    """The inbox watcher; stopped and started again when the config is reloaded."""

    def __init__(self, config: Config, wake: threading.Event) -> None:
        self.config = config
        self.wake = wake
        self.fatal: Exception | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="inbox", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def halt(self) -> None:
        self.stop.set()
        self.thread.join(STOP_TIMEOUT)

    def _passed(self, db: Database, report: InboxReport) -> None:
        check_store(db)
        record_success(db, "inbox")
        give_back_memory(db, report.bytes_fetched)
        if report.entries:
            self.wake.set()

    def _run(self) -> None:
        try:
            self._watch()
        except Exception as exc:  # anything that ends the watcher ends the service
            self.fatal = exc
            self.wake.set()

    def _watch(self) -> None:
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
                check_store(db)
                result = isolated(db, "inbox", lambda: check_maildir(self.config, db), PassReport())
                if result is not None:
                    give_back_memory(db, result.bytes_fetched)
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
        self.mailbox: ServiceLock | None = None
        self.inbox = InboxThread(config, self.wake)

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if signum == signal.SIGHUP:
            self.reload_requested = True
        else:
            log.info("received %s; stopping", signal.Signals(signum).name)
            self.stop.set()
        self.wake.set()

    def _refuse_reload(self, reason: str) -> None:
        log.error("configuration reload refused; still running on the previous one: %s", reason)
        self.notifier.status(f"Reload refused: {reason}; running on the previous configuration")
        self.notifier.send("READY=1")

    def _reload(self, inbox: InboxThread) -> InboxThread:
        self.reload_requested = False
        self.notifier.reloading()
        try:
            config = load_config(self.config_path)
        except UserError as exc:
            self._refuse_reload(str(exc))
            return inbox
        if config.store_path != self.config.store_path:
            self._refuse_reload(
                f"[store] path changed from {self.config.store_path} to {config.store_path}; "
                "the store cannot move under a running service: restart careerlog to use it"
            )
            return inbox
        if mailbox_identity(config) != mailbox_identity(self.config):
            try:
                fresh_lock = take(mailbox_lock(config))
            except UserError as exc:
                self._refuse_reload(str(exc))
                return inbox
            assert self.mailbox is not None
            self.mailbox.release()
            self.mailbox = fresh_lock
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
        """Serve until SIGTERM/SIGINT; returns the process exit code (1: the store broke)."""
        lock_file = lock_path(self.config.store_path)
        holder = holder_of(lock_file)
        wait = ONCE_WAIT if holder and holder[1] == "once" else 0.0  # a pass ends soon
        lock = take(store_lock(self.config.store_path), wait)
        try:
            self.mailbox = take(mailbox_lock(self.config), wait)
            try:
                return self._serve()
            finally:
                self.mailbox.release()
        finally:
            lock.release()

    def _serve(self) -> int:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, self._on_signal)
        faulthandler.register(signal.SIGUSR1, all_threads=True)  # kill -USR1: where is it stuck?
        map_large_blocks()  # a large message's memory goes back when it is freed
        db = open_store(self.config.store_path)
        self.inbox.start()
        mail = self.config.mail
        log.info("careerlog running (inbox: %s, outbox: %s)", mail.inbox, mail.outbox)
        self.notifier.ready(f"Watching {mail.inbox} inbox")
        try:
            self._loop(db)
        except (*FatalStoreError, InboxDied) as exc:
            log.error("careerlog stopped: %s", exc)
            return 1
        finally:
            self.notifier.stopping()
            self.stop.set()
            self.inbox.halt()
            db.close()
        log.info("careerlog stopped")
        return 0

    def _loop(self, db: Database) -> None:
        tick = min(TICK, self.notifier.watchdog_interval or TICK)
        last_calendar = float("-inf")
        next_due = 0.0
        while not self.stop.is_set():
            self._raise_if_inbox_died()
            check_store(db)
            if self.reload_requested:
                self.inbox = self._reload(self.inbox)
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
        self._raise_if_inbox_died()

    def _raise_if_inbox_died(self) -> None:
        """The inbox thread's end is the service's end: re-raise its failure here."""
        fatal = self.inbox.fatal
        if fatal is None:
            return
        if isinstance(fatal, FatalStoreError):
            raise fatal
        raise InboxDied(f"the inbox stopped: {type(fatal).__name__}: {fatal}") from fatal
