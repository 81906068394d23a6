"""The CLI beside the service: commands, reloads and SIGKILLs on one store.

Shared by tests/reliability/test_cli_beside.py (asserts) and bench/cli_beside.py
(figures). Replies to real prompts arrive in a Maildir at a steady pace while
``careerlog run`` is reloaded (SIGHUP) and killed (SIGKILL) at seeded random
moments and started again, and CLI commands (``log``, ``list``, ``status``,
``search``, ``export``) start every ``cli_every`` seconds in their own
processes, as a user types them beside the service. Nothing in this process
keeps a connection to the store while the loop runs: an idle connection of our
own would hold SQLite's locks and hide a service that lost its own.

Checked at the end: every reply stored exactly once, every CLI ``log`` entry
exactly once, no CLI command failed, ``PRAGMA integrity_check`` is ok.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from careerlog.config.model import Config
from careerlog.store import open_store
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import maildir
from tests.reliability.crashloop import build_replies, create_prompts

BASE_NOW = datetime.fromisoformat("2026-11-18T17:00:00+00:00")
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("log",),
    ("list",),
    ("status",),
    ("search", "latency"),
    ("export", "entries", "--format", "json"),
)
MAX_CLI_AT_ONCE = 3
RELOADS_PER_RUN = 2


@dataclass
class BesideFigures:
    seed: int
    replies: int
    kills: int = 0
    reloads: int = 0
    cli_commands: int = 0
    cli_failures: int = 0
    cli_logged: int = 0
    cli_kept_once: int = 0
    cli_lost: int = 0
    cli_doubled: int = 0
    replies_kept_once: int = 0
    replies_lost: int = 0
    replies_doubled: int = 0
    integrity: str = ""
    cli_alone_median_s: float = 0.0
    cli_beside_median_s: float = 0.0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _count(store: Path, sql: str, params: tuple[Any, ...] = ()) -> int:
    conn = sqlite3.connect(store, timeout=15)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


class CliBeside:
    """Starts one CLI command every ``every`` seconds until stopped; keeps what they did."""

    def __init__(self, config: Path, every: float) -> None:
        self.config = config
        self.every = every
        self.stop = threading.Event()
        self.logged: list[str] = []
        self.failures: list[str] = []
        self.durations: list[float] = []
        self.thread = threading.Thread(target=self._run, name="cli", daemon=True)

    def command(self, number: int) -> list[str]:
        args = list(COMMANDS[number % len(COMMANDS)])
        if args == ["log"]:
            text = f"CLI beside the service #{number}: cut p99 latency by {number % 90 + 5} ms"
            self.logged.append(text)
            args += [text, "--kind", "evidence"]
        return [sys.executable, "-m", "careerlog", "--config", str(self.config), *args]

    def run_one(self, number: int) -> None:
        started = time.monotonic()
        done = subprocess.run(self.command(number), capture_output=True, text=True, timeout=120)
        self.durations.append(time.monotonic() - started)
        if done.returncode != 0:
            self.failures.append(f"{' '.join(done.args[4:6])}: {done.stderr.strip()[-300:]}")

    def _run(self) -> None:
        running: list[threading.Thread] = []
        number = 0
        while not self.stop.is_set():
            running = [t for t in running if t.is_alive()]
            if len(running) < MAX_CLI_AT_ONCE:
                worker = threading.Thread(target=self.run_one, args=(number,), daemon=True)
                worker.start()
                running.append(worker)
                number += 1
            self.stop.wait(self.every)
        for worker in running:
            worker.join(timeout=120)

    def start(self) -> None:
        self.thread.start()

    def finish(self) -> None:
        self.stop.set()
        self.thread.join(timeout=180)


def serve_reloaded(daemon: Daemon, seconds: float) -> int:
    """Let ``daemon`` serve ``seconds`` from READY, with ``RELOADS_PER_RUN`` SIGHUPs evenly spread.

    The run's clock starts at READY=1, not at spawn: before READY the service has
    no SIGHUP handler yet (the signal would end it), and a start slowed by load
    would otherwise eat the run and leave fewer reloads than planned. The SIGHUPs
    are due at fixed instants, so even the shortest run gets both. Returns how
    many SIGHUPs were sent.
    """
    daemon.ready(30)
    start = time.monotonic()
    for n in range(1, RELOADS_PER_RUN + 1):
        time.sleep(max(0.0, start + seconds * n / (RELOADS_PER_RUN + 1) - time.monotonic()))
        daemon.signal(signal.SIGHUP)
    time.sleep(max(0.0, start + seconds - time.monotonic()))
    return RELOADS_PER_RUN


def _cli_alone(config: Path, count: int) -> float:
    """Median seconds of ``careerlog list`` with no service running: the baseline."""
    beside = CliBeside(config, 0)
    for number in range(count):
        beside.run_one(number * len(COMMANDS) + 1)  # "list"
    return statistics.median(beside.durations)


def run_cli_beside(
    *,
    config: Config,
    workdir: Path,
    replies: int = 60,
    kills: int = 6,
    seed: int = 20261201,
    cli_every: float = 0.2,
    run_seconds: tuple[float, float] = (2.0, 5.0),
) -> BesideFigures:
    assert config.path is not None
    started = time.monotonic()
    rng = random.Random(seed)
    figures = BesideFigures(seed=seed, replies=replies)
    db = open_store(config.store_path)
    prompts = create_prompts(config, db, BASE_NOW)
    mails = build_replies(prompts, replies, rng)
    db.close()
    store = config.store_path
    figures.cli_alone_median_s = round(_cli_alone(config.path, 5), 3)

    durations = [rng.uniform(*run_seconds) for _ in range(kills)]
    pace = sum(durations) / replies
    inbox = maildir(config.mail.maildir_inbox)

    def feed() -> None:
        for _message_id, raw in mails:
            inbox.add(raw)
            time.sleep(pace)

    feeder = threading.Thread(target=feed, name="feeder", daemon=True)
    feeder.start()
    cli = CliBeside(config.path, cli_every)
    cli.start()
    logs: list[str] = []
    for run, seconds in enumerate(durations):
        rundir = workdir / f"run{run:02d}"
        rundir.mkdir()
        daemon = Daemon(config.path, rundir, {"CAREERLOG_NOW": BASE_NOW.isoformat()})
        figures.reloads += serve_reloaded(daemon, seconds)
        daemon.kill()
        figures.kills += 1
        logs.append(daemon.log())
    feeder.join(timeout=120)

    rundir = workdir / "final"
    rundir.mkdir()
    daemon = Daemon(config.path, rundir, {"CAREERLOG_NOW": BASE_NOW.isoformat()})
    try:
        daemon.ready(30)
        wait_for(
            lambda: _count(store, "select count(*) from inbound_messages") >= replies,
            90,
            "the last run to store every reply",
        )
    finally:
        cli.finish()
        code = daemon.stop()
        logs.append(daemon.log())
    if code != 0:
        figures.problems.append(f"the last run exited with {code}")
    figures.cli_commands = len(cli.durations)
    figures.cli_beside_median_s = round(statistics.median(cli.durations), 3)
    figures.cli_failures = len(cli.failures)
    figures.problems += cli.failures[:10]
    figures.problems += [f"traceback in a daemon log ({n})" for n in range(_tracebacks(logs))]
    _verify(figures, store, [m for m, _raw in mails], cli.logged)
    figures.seconds = round(time.monotonic() - started, 1)
    return figures


def _tracebacks(logs: list[str]) -> int:
    return sum(log.count("Traceback") for log in logs)


def _verify(figures: BesideFigures, store: Path, replies: list[str], logged: list[str]) -> None:
    conn = sqlite3.connect(store, timeout=15)
    try:
        figures.integrity = ", ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        stored = Counter(r[0] for r in conn.execute("select message_id from inbound_messages"))
        texts = Counter(r[0] for r in conn.execute("select text from entries where source = 'cli'"))
    finally:
        conn.close()
    if figures.integrity != "ok":
        figures.problems.append(f"integrity_check: {figures.integrity}")
    for name, wanted, got in (("reply", replies, stored), ("CLI entry", logged, texts)):
        once = sum(got[item] == 1 for item in wanted)
        lost = [item for item in wanted if got[item] == 0]
        doubled = sum(max(got[item] - 1, 0) for item in wanted)
        figures.problems += [f"{name} lost: {item}" for item in lost[:10]]
        if doubled:
            figures.problems.append(f"{doubled} {name} copies too many")
        if name == "reply":
            figures.replies_kept_once, figures.replies_lost = once, len(lost)
            figures.replies_doubled = doubled
        else:
            figures.cli_logged, figures.cli_kept_once = len(wanted), once
            figures.cli_lost, figures.cli_doubled = len(lost), doubled
