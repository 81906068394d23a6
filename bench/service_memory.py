"""Service memory after large replies (issue 14): back under 80 MB once each is stored?

Starts a real `careerlog -v run` (as systemd would: NOTIFY_SOCKET, READY=1) on a Maildir
inbox and outbox, no servers. It measures the service's RSS idle, then, --rounds times,
delivers three replies of --mb MB each, each answering a prompt of its own so it is
parsed, not quarantined:

- ``attachment``: a short answer and a base64 attachment (the message is --mb MB; the
  attachment decodes to three quarters of that, as [limits] max_message_bytes = 25 MB
  refuses a message with a 20 MB attachment once it is encoded);
- ``plain``: a short answer, then a pasted log (one short line after another);
- ``prose``: sentences with names and numbers, as a very long reply gives.

Before each delivery the kernel's peak-RSS mark (VmHWM) is reset; after it, the bench
waits until the reply is stored (read-only SQLite polling) and its confirmation is in the
outbox Maildir, lets the service settle, and reads VmRSS (median of five samples) and
VmHWM from /proc/PID/status. It also checks the stored raw message is byte for byte the
one delivered. Figures are medians over the rounds, with the worst round.

Prints JSON. Run from the repository root: .venv/bin/python -m bench.service_memory
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import mailbox
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from bench import large_reply
from bench.machine import machine
from careerlog.mail.identity import message_id as careerlog_message_id
from careerlog.mail.identity import new_token
from careerlog.store import open_store
from tests.configfile import config_tables, write_toml
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import maildir, record_prompt

KINDS = ("attachment", "plain", "prose")
TARGET_MB = 80.0
SETTLE_S = 2.0
ANSWER = (
    "Shipped the ledger migration with Priya Raman: cut p99 latency by 340ms.\n"
    "Reviewed the on-call runbook with Linus Chen and removed 12 stale alerts.\n"
)


def status_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} for {pid}")


def reset_peak(pid: int) -> None:
    """Set VmHWM back to the current RSS (Linux: 5 to /proc/PID/clear_refs)."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def rss_now(pid: int) -> float:
    """Median VmRSS of five samples 0.2 s apart."""
    samples: list[float] = []
    for _ in range(5):
        samples.append(status_mb(pid, "VmRSS"))
        time.sleep(0.2)
    return statistics.median(samples)


def body(kind: str, size: int, rng: random.Random) -> str:
    """An answer to the prompt, then ``kind`` text (bench/large_reply's) up to ``size``."""
    return ANSWER + "\n" + large_reply.body(kind, size - len(ANSWER) - 1, rng) + "\n"


def reply(kind: str, size: int, prompt_id: str, message_id: str, rng: random.Random) -> bytes:
    """A reply of about ``size`` bytes to the prompt ``prompt_id``; see the module."""
    head = (
        "From: Ada Lovelace <ada@example.com>\nTo: ada@example.com\n"
        f"Subject: Re: What did you ship this week? ({kind})\n"
        f"Message-ID: {message_id}\nIn-Reply-To: {prompt_id}\nReferences: {prompt_id}\n"
        "Date: Mon, 30 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
    )
    if kind != "attachment":
        text = body(kind, size - len(head) - 60, rng)
        return (head + "Content-Type: text/plain; charset=utf-8\n\n" + text).encode()
    encoded = base64.encodebytes(rng.randbytes((size - len(head) - 600) * 3 // 4)).decode()
    return (
        head
        + 'Content-Type: multipart/mixed; boundary="part"\n\n--part\n'
        + "Content-Type: text/plain; charset=utf-8\n\n"
        + ANSWER
        + "\n--part\nContent-Type: application/octet-stream\n"
        + 'Content-Disposition: attachment; filename="traces.bin"\n'
        + "Content-Transfer-Encoding: base64\n\n"
        + encoded
        + "--part--\n"
    ).encode()


def write_config(home: Path) -> Path:
    """A Maildir service that looks often and keeps no daily snapshot (tests' builder)."""
    changes = {"store": {"backups": 0}, "mail": {"poll_interval": 0.2}}
    return write_toml(home / "config.toml", config_tables(home, changes))


def stored(store: Path, message_id: str) -> dict[str, Any] | None:
    """The stored message's outcome, read-only; None until its transaction is committed."""
    with closing(sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)) as conn:
        row = conn.execute(
            "select id, status, raw, (select count(*) from entries e where e.inbound_id = m.id) "
            "from inbound_messages m where message_id = ?",
            [message_id],
        ).fetchone()
    if row is None:
        return None
    digest = hashlib.sha256(row[2]).hexdigest()
    return {"id": row[0], "status": row[1], "sha256": digest, "entries": row[3]}


def confirmed(outbox: Path, message_id: str) -> bool:
    """Is the confirmation of ``message_id`` in the outbox Maildir (sent)?"""
    try:
        return any(m["In-Reply-To"] == message_id for m in mailbox.Maildir(outbox, create=False))
    except (FileNotFoundError, mailbox.NoSuchMailboxError):  # not created (or not all) yet
        return False


def waited(condition: Callable[[], Any], timeout: float, what: str) -> Any:
    found: list[Any] = []

    def check() -> bool:
        value = condition()
        if value:
            found.append(value)
        return bool(value)

    wait_for(check, timeout, what)
    return found[-1]


def deliver(daemon: Daemon, home: Path, raw: bytes, message_id: str) -> dict[str, Any]:
    """One reply through the running service; its figures once the service is idle again."""
    pid = daemon.process.pid
    store, outbox = home / "careerlog.db", home / "Sent"
    reset_peak(pid)
    started = time.perf_counter()
    mailbox.Maildir(home / "Maildir", create=False).add(raw)
    row = waited(lambda: stored(store, message_id), 120, f"{message_id} stored")
    stored_s = time.perf_counter() - started
    wait_for(lambda: confirmed(outbox, message_id), 60, f"{message_id} confirmed")
    time.sleep(SETTLE_S)
    return {
        "size_mb": round(len(raw) / 1e6, 2),
        "status": row["status"],
        "entries": row["entries"],
        "raw_stored_exactly": row["sha256"] == hashlib.sha256(raw).hexdigest(),
        "stored_after_s": round(stored_s, 2),
        "rss_after_mb": round(rss_now(pid), 1),
        "peak_rss_mb": round(status_mb(pid, "VmHWM"), 1),
    }


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    after = [r["rss_after_mb"] for r in runs]
    return {
        "rss_after_median_mb": round(statistics.median(after), 1),
        "rss_after_max_mb": max(after),
        "peak_rss_median_mb": round(statistics.median(r["peak_rss_mb"] for r in runs), 1),
        "stored_after_median_s": round(statistics.median(r["stored_after_s"] for r in runs), 2),
        "all_parsed_with_entries": all(r["status"] == "parsed" and r["entries"] for r in runs),
        "raw_stored_exactly": all(r["raw_stored_exactly"] for r in runs),
        "runs": runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of each reply, MB")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of idle sampling")
    args = parser.parse_args()

    began = time.perf_counter()
    home = Path(tempfile.mkdtemp(prefix="bench-service-memory-", dir="/tmp"))
    rng = random.Random(14)
    daemon: Daemon | None = None
    try:
        config = write_config(home)
        prompts: dict[tuple[str, int], str] = {}
        with closing(open_store(home / "careerlog.db")) as db:
            for n in range(args.rounds):
                for k, kind in enumerate(KINDS):
                    period, token = f"2026-W{10 + 3 * n + k:02d}", new_token()
                    prompt_id = careerlog_message_id("weekly", period, token)
                    row = record_prompt(db, "weekly", period, prompt_id)
                    db.table("prompts").update(row, {"token": token})
                    prompts[kind, n] = prompt_id
        maildir(home / "Maildir")
        daemon = Daemon(config, home)
        daemon.ready()
        pid = daemon.process.pid
        time.sleep(1.0)  # the first (empty) inbox pass and due pass are done
        idle: list[float] = []
        while len(idle) < args.idle / 0.5:
            idle.append(status_mb(pid, "VmRSS"))
            time.sleep(0.5)
        idle_mb = statistics.median(idle)
        runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
        size = int(args.mb * 1e6)
        for n in range(args.rounds):
            for kind in KINDS:
                message_id = f"<memory-{kind}-{n}.{rng.getrandbits(32):x}@example.com>"
                raw = reply(kind, size, prompts[kind, n], message_id, rng)
                runs[kind].append(deliver(daemon, home, raw, message_id))
                del raw
        alive = daemon.process.poll() is None
        log = daemon.log()
        daemon.stop()
        results = {kind: summary(runs[kind]) for kind in KINDS}
        worst = max(r["rss_after_max_mb"] for r in results.values())
        correct = [
            r["all_parsed_with_entries"] and r["raw_stored_exactly"] for r in results.values()
        ]
        out: dict[str, Any] = {
            "bench": "service_memory",
            "reply_mb": args.mb,
            "rounds": args.rounds,
            "idle_rss_median_mb": round(idle_mb, 1),
            **results,
            "worst_rss_after_mb": worst,
            "worst_growth_over_idle_mb": round(worst - idle_mb, 1),
            "service_alive_throughout": alive,
            "tracebacks_in_log": log.count("Traceback"),
            "target": {"rss_after_mb": TARGET_MB},
            "met": worst < TARGET_MB and alive and all(correct),
            "total_seconds": round(time.perf_counter() - began, 1),
            "machine": machine(),
        }
        print(json.dumps(out, indent=2))
    finally:
        if daemon is not None:
            with suppress(Exception):
                daemon.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
