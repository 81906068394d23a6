"""Reliability figures: the SIGKILL crash loop on a real Dovecot, as JSON.

Replies keep arriving while ``careerlog run`` is killed with SIGKILL at random
(seeded) moments and restarted; at the end every reply must be stored exactly once
with the entries one uninterrupted pass gives, and every outgoing mail delivered
exactly once. With ``--cli-every SECONDS`` the CLI runs beside the service (a
command every SECONDS, in its own process: log, list, status, search, export) and
every run lives its random time from READY=1 with two SIGHUPs in it before its
SIGKILL; then the figures add CLI commands / failed and ``log`` entries kept once
/ lost / twice. The loop itself is tests/reliability/crashloop.py, shared with
tests/reliability/test_crashes.py.

Run: .venv/bin/python -m bench.reliability [--runs 3] [--messages 200] [--kills 15] [--seed N]
     [--max-kill-delay 3] [--cli-every 0.2]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import machine
from tests.configfile import dovecot_user_config
from tests.reliability.crashloop import run_crash_loop
from tests.servers.dovecot import Dovecot
from tests.servers.tlsca import TlsCa


def one_run(dovecot: Dovecot, n: int, args: argparse.Namespace) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix=f"careerlog-rel-{n}-"))
    try:
        user = dovecot.add_user(
            f"bench{n}-{secrets.token_hex(3)}@example.test", secrets.token_hex(8)
        )
        config = dovecot_user_config(home, user, dovecot)
        workdir = home / "crash"
        workdir.mkdir()
        figures = run_crash_loop(
            config=config,
            dovecot=dovecot,
            user=user.username,
            workdir=workdir,
            messages=args.messages,
            kills=args.kills,
            seed=args.seed + n,
            max_kill_delay=args.max_kill_delay,
            cli_every=args.cli_every,
        )
        return figures.as_dict()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--kills", type=int, default=15)
    parser.add_argument("--seed", type=int, default=20261118)
    parser.add_argument("--max-kill-delay", type=float, default=3.0)
    parser.add_argument(
        "--cli-every", type=float, default=None, help="run the CLI beside, a command this often"
    )
    args = parser.parse_args()
    for name in [k for k in os.environ if k.startswith("CAREERLOG_")]:
        del os.environ[name]
    tls_dir = Path(tempfile.mkdtemp(prefix="tls-", dir="/tmp"))
    dovecot = Dovecot(TlsCa.create(tls_dir))
    started = time.monotonic()
    try:
        dovecot.start()
        runs = [one_run(dovecot, n, args) for n in range(args.runs)]
    finally:
        dovecot.cleanup()
        shutil.rmtree(tls_dir, ignore_errors=True)
    keys = ["messages", "kills", "stored", "lost", "duplicated", "wrong_entry_counts"]
    keys += ["unmarked_on_server", "outgoing_delivered", "outgoing_lost", "outgoing_duplicated"]
    if args.cli_every is not None:
        keys += ["reloads", "cli_commands", "cli_failures", "cli_logged", "cli_kept_once"]
        keys += ["cli_lost", "cli_doubled"]
    title = "reliability: SIGKILL crash loop"
    if args.cli_every is not None:
        title += f", CLI beside every {args.cli_every:g} s, SIGHUPs"
    total = {key: sum(int(run[key]) for run in runs) for key in keys}
    print(
        json.dumps(
            {
                "bench": title,
                "machine": machine(),
                "runs": len(runs),
                "totals": total,
                "daemon_starts": sum(run["runs"] for run in runs),
                "kills_with_work_pending": sum(run["kills_with_work_pending"] for run in runs),
                "kills_after_imap_login": sum(run["kills_after_login"] for run in runs),
                "entries": sum(run["entries"] for run in runs),
                "expected_entries": sum(run["expected_entries"] for run in runs),
                "tracebacks_in_logs": sum(run["tracebacks"] for run in runs),
                "seconds_per_run": [run["seconds"] for run in runs],
                "seconds": round(time.monotonic() - started, 1),
                "problems": [p for run in runs for p in run["problems"]],
                "per_run": runs,
            },
            indent=2,
        )
    )
    sys.exit(1 if any(run["problems"] for run in runs) else 0)


if __name__ == "__main__":
    main()
