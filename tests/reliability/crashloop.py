"""The crash loop: replies keep arriving while ``careerlog run`` is SIGKILLed and restarted.

Shared by tests/reliability/test_crashes.py (asserts) and bench/reliability.py (figures).

Setup: prompts of every cadence are created through careerlog's own code, so they wait
in the outbox; N replies (each a sample reply with a fresh Message-ID answering one of
those prompts) are delivered into Dovecot by dovecot-lda at a steady pace while the
daemon is killed with SIGKILL at random moments (seeded) and started again. Each
restart advances the pinned clock by 11 minutes, more than the outbox lease, as the
wall clock would after a crash. A last daemon then drains everything and is stopped
with SIGTERM.

With ``cli_every`` set, the CLI runs beside the service all along
(:class:`tests.reliability.clibeside.CliBeside`: a command every ``cli_every``
seconds in its own process, ``log`` with a unique text among them), and each run
lives its random time from READY=1 with a SIGHUP every third of it
(:func:`tests.reliability.clibeside.serve_reloaded`) before its SIGKILL. This
process keeps no connection to the store while the loop runs (counts use one
closed at once): an idle connection of its own would hold SQLite's locks and
hide a service or a CLI command that lost them.

Checked at the end:

* every reply is stored exactly once (``inbound_messages`` by Message-ID), with exactly
  the entries a single uninterrupted pass over the same replies, in the same order,
  produces (the reference run on a copy of the store);
* every reply is marked on the server ($CareerlogDone);
* every outgoing mail (prompts and confirmations) is in the outbox Maildir exactly once
  and marked sent;
* with the CLI beside: every CLI ``log`` entry exactly once, and no CLI command failed.
"""

from __future__ import annotations

import mailbox
import os
import random
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.process import handle_message
from careerlog.periods import Period
from careerlog.prompts.due import create_prompt
from careerlog.store import open_store
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import REPLIES, rewrite
from tests.servers.dovecot import Dovecot

BASE_NOW = datetime.fromisoformat("2026-11-18T17:00:00+00:00")  # a Wednesday, 09:00 in LA
RESTART_STEP = timedelta(minutes=11)  # more than the outbox lease (10 min)
KEYWORD = b"$CareerlogDone"
_HEADERS = BytesHeaderParser()


@dataclass
class CrashFigures:
    seed: int
    messages: int
    runs: int = 0
    kills: int = 0
    kill_after_s: list[float] = field(default_factory=list)
    kills_with_work_pending: int = 0
    kills_after_login: int = 0
    stored_at_kill: list[int] = field(default_factory=list)
    stored: int = 0
    lost: int = 0
    duplicated: int = 0
    wrong_entry_counts: int = 0
    entries: int = 0
    expected_entries: int = 0
    unmarked_on_server: int = 0
    outgoing_expected: int = 0
    outgoing_delivered: int = 0
    outgoing_lost: int = 0
    outgoing_duplicated: int = 0
    prompts: int = 0
    prompts_delivered_once: int = 0
    tracebacks: int = 0
    reloads: int = 0
    cli_commands: int = 0
    cli_failures: int = 0
    cli_logged: int = 0
    cli_kept_once: int = 0
    cli_lost: int = 0
    cli_doubled: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def create_prompts(config: Config, db: Database, now: datetime) -> dict[str, list[dict[str, Any]]]:
    """Weekly, monthly and quarterly prompts for past periods, queued (not sent) in the outbox."""
    mondays = [date(2026, 1, 5) + timedelta(weeks=n) for n in range(8)]
    periods = [Period("weekly", monday, monday + timedelta(days=7)) for monday in mondays]
    periods += [Period("monthly", date(2026, m, 1), date(2026, m + 1, 1)) for m in range(1, 5)]
    periods += [Period("quarterly", date(2026, 1, 1), date(2026, 4, 1))]
    periods += [Period("quarterly", date(2026, 4, 1), date(2026, 7, 1))]
    for period in periods:
        assert create_prompt(config, db, period.kind, period, now) is not None
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for row in db.query("select * from prompts order by id"):
        by_kind.setdefault(row["kind"], []).append(row)
    return by_kind


def build_replies(
    prompts: dict[str, list[dict[str, Any]]], count: int, rng: random.Random
) -> list[tuple[str, bytes]]:
    """``count`` replies: a sample of the prompt's kind, a unique Message-ID, In-Reply-To set.

    The prompts take turns, so none is answered more often than careerlog accepts
    one token (``classify.MAX_ANSWERS``); each kind's samples take turns too.
    """
    samples: dict[str, list[Path]] = {}
    for path in sorted(REPLIES.glob("*.eml")):
        samples.setdefault(path.name.split("-")[1], []).append(path)
    turns = [p for kind in sorted(prompts) if kind in samples for p in prompts[kind]]
    rng.shuffle(turns)
    replies = []
    for n in range(count):
        prompt = turns[n % len(turns)]
        kind_samples = samples[prompt["kind"]]
        path = kind_samples[(n // len(turns)) % len(kind_samples)]
        message_id = f"<crash-{n:04d}.{rng.getrandbits(32):08x}@example.com>"
        raw = rewrite(
            path.read_bytes(),
            Message_ID=message_id,
            In_Reply_To=prompt["message_id"],
            References=prompt["message_id"],
        )
        replies.append((message_id, raw))
    return replies


def reference_counts(
    config: Config, db: Database, replies: list[tuple[str, bytes]], scratch: Path
) -> dict[str, int]:
    """Entries per reply from one uninterrupted pass, in order, on a copy of the store."""
    target = sqlite3.connect(str(scratch))
    db.conn.backup(target)
    target.close()
    reference = open_store(scratch)
    previous = os.environ.get("CAREERLOG_NOW")
    os.environ["CAREERLOG_NOW"] = BASE_NOW.isoformat()
    try:
        counts = {}
        for message_id, raw in replies:
            outcome = handle_message(config, reference, raw)
            counts[message_id] = len(outcome.entry_ids)
    finally:
        if previous is None:
            del os.environ["CAREERLOG_NOW"]
        else:
            os.environ["CAREERLOG_NOW"] = previous
        reference.close()
    return counts


def _count(store: Path, sql: str) -> int:
    """One number, read through a connection of its own that is closed at once."""
    conn = sqlite3.connect(store, timeout=15)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def run_crash_loop(
    *,
    config: Config,
    dovecot: Dovecot,
    user: str,
    workdir: Path,
    messages: int = 200,
    kills: int = 15,
    seed: int = 20261118,
    max_kill_delay: float = 3.0,
    cli_every: float | None = None,
) -> CrashFigures:
    """The loop on the store at ``config.store_path``; no connection to it may be open."""
    # clibeside builds on this module's prompts and replies, so it is imported here.
    from tests.reliability.clibeside import CliBeside, serve_reloaded

    assert config.path is not None
    started = time.monotonic()
    rng = random.Random(seed)
    figures = CrashFigures(seed=seed, messages=messages)
    store = config.store_path
    db = open_store(store)
    try:
        prompts = create_prompts(config, db, BASE_NOW)
        replies = build_replies(prompts, messages, rng)
        expected = reference_counts(config, db, replies, workdir / "reference.db")
    finally:
        db.close()
    figures.prompts = sum(len(rows) for rows in prompts.values())
    figures.expected_entries = sum(expected.values())

    delays = [rng.uniform(0.2, max_kill_delay) for _ in range(kills)]
    pace = (sum(delays) + 0.8 * kills) / messages  # spread the replies over the kill phase
    delivered = threading.Event()

    def feed() -> None:
        try:
            for _message_id, raw in replies:
                dovecot.deliver(user, raw)
                time.sleep(pace)
        finally:
            delivered.set()

    feeder = threading.Thread(target=feed, name="feeder", daemon=True)
    feeder.start()
    cli = None if cli_every is None else CliBeside(config.path, cli_every)
    if cli is not None:
        cli.start()
    logs: list[str] = []
    for run, delay in enumerate(delays):
        now = BASE_NOW + RESTART_STEP * (run + 1)
        rundir = workdir / f"run{run:02d}"
        rundir.mkdir()
        daemon = Daemon(config.path, rundir, {"CAREERLOG_NOW": now.isoformat()})
        figures.runs += 1
        if cli is None:
            time.sleep(delay)
        else:
            figures.reloads += serve_reloaded(daemon, delay)
        stored = _count(store, "select count(*) from inbound_messages")
        daemon.kill()
        figures.kills += 1
        figures.kill_after_s.append(round(delay, 2))
        figures.stored_at_kill.append(stored)
        figures.kills_after_login += "IMAP logged in" in daemon.log()
        if not delivered.is_set() or stored < messages:
            figures.kills_with_work_pending += 1
        logs.append(daemon.log())
    feeder.join(timeout=120)

    # The last run drains everything and stops cleanly.
    now = BASE_NOW + RESTART_STEP * (kills + 1)
    rundir = workdir / "final"
    rundir.mkdir()
    daemon = Daemon(config.path, rundir, {"CAREERLOG_NOW": now.isoformat()})
    figures.runs += 1
    try:
        # Also when the killed runs drained everything: a SIGTERM before READY=1 would
        # find no handler yet and end the process by the signal, not by a clean stop.
        daemon.ready(30)
        wait_for(
            lambda: (
                _count(store, "select count(*) from inbound_messages") >= messages
                and _count(store, "select count(*) from outbox where status != 'sent'") == 0
                and _count(store, "select count(*) from outbox") >= figures.prompts
            ),
            60,
            "the last run to drain the inbox and the outbox",
        )
        time.sleep(1.0)  # let the last confirmations leave and the last marks land
        wait_for(
            lambda: _count(store, "select count(*) from outbox where status != 'sent'") == 0,
            30,
            "outbox drained",
        )
    finally:
        if cli is not None:
            cli.finish()
        code = daemon.stop()
        logs.append(daemon.log())
    if code != 0:
        figures.problems.append(f"the last run exited with {code}")
    figures.tracebacks = sum(log.count("Traceback") for log in logs)
    db = open_store(store)
    try:
        _verify(figures, db, dovecot, user, config, replies, expected)
        if cli is not None:
            _verify_cli(figures, db, cli.logged, cli.failures, len(cli.durations))
    finally:
        db.close()
    figures.seconds = round(time.monotonic() - started, 1)
    return figures


def _verify_cli(
    figures: CrashFigures, db: Database, logged: list[str], failures: list[str], commands: int
) -> None:
    """Every CLI ``log`` entry once; how many CLI commands ran and failed."""
    texts = Counter(r["text"] for r in db.query("select text from entries where source = 'cli'"))
    figures.cli_commands, figures.cli_failures = commands, len(failures)
    figures.problems += [f"CLI command failed: {failure}" for failure in failures[:10]]
    figures.cli_logged = len(logged)
    figures.cli_kept_once = sum(texts[text] == 1 for text in logged)
    lost = [text for text in logged if texts[text] == 0]
    figures.cli_lost = len(lost)
    figures.cli_doubled = sum(max(texts[text] - 1, 0) for text in logged)
    figures.problems += [f"CLI entry lost: {text}" for text in lost[:10]]
    if figures.cli_doubled:
        figures.problems.append(f"{figures.cli_doubled} CLI entry copies too many")


def _verify(
    figures: CrashFigures,
    db: Database,
    dovecot: Dovecot,
    user: str,
    config: Config,
    replies: list[tuple[str, bytes]],
    expected: dict[str, int],
) -> None:
    rows = Counter(r["message_id"] for r in db.query("select message_id from inbound_messages"))
    entries = {
        r["message_id"]: r["n"]
        for r in db.query(
            """select m.message_id, count(e.id) as n from inbound_messages m
               left join entries e on e.inbound_id = m.id and e.deleted_at is null
               group by m.id"""
        )
    }
    for message_id, _raw in replies:
        stored = rows.get(message_id, 0)
        if stored == 0:
            figures.lost += 1
            figures.problems.append(f"{message_id} lost")
        elif stored > 1:
            figures.duplicated += stored - 1
            figures.problems.append(f"{message_id} stored {stored} times")
        got = entries.get(message_id, 0)
        figures.entries += got
        if stored and got != expected[message_id]:
            figures.wrong_entry_counts += 1
            figures.problems.append(f"{message_id}: {got} entries, expected {expected[message_id]}")
    figures.stored = sum(rows.values())

    with dovecot.connect(user) as client:
        client.select_folder("INBOX", readonly=True)
        flags = client.fetch(client.search("ALL"), ["FLAGS"])
    figures.unmarked_on_server = sum(KEYWORD not in data[b"FLAGS"] for data in flags.values())
    if len(flags) != len(replies):
        figures.problems.append(f"{len(flags)} messages on the server, {len(replies)} delivered")

    outbox = {r["message_id"]: r for r in db.query("select message_id, kind, status from outbox")}
    figures.outgoing_expected = len(outbox)
    sent = Counter(
        str(_HEADERS.parsebytes(message.as_bytes()).get("Message-ID", "")).strip()
        for message in mailbox.Maildir(config.mail.maildir_outbox, create=False)
    )
    figures.outgoing_delivered = sum(sent.values())
    for message_id, row in outbox.items():
        copies = sent.get(message_id, 0)
        if copies == 0:
            figures.outgoing_lost += 1
            figures.problems.append(f"outgoing {row['kind']} {message_id} never delivered")
        elif copies > 1:
            figures.outgoing_duplicated += copies - 1
            figures.problems.append(f"outgoing {row['kind']} {message_id} delivered {copies}x")
        elif row["kind"] in ("weekly", "monthly", "quarterly"):
            figures.prompts_delivered_once += 1
        if row["status"] != "sent":
            figures.problems.append(f"outgoing {message_id} is {row['status']}")
    strangers = set(sent) - set(outbox)
    if strangers:
        figures.problems.append(f"{len(strangers)} delivered mails not in the outbox")
