"""Reliability figures: the CLI beside a service that is reloaded and SIGKILLed, as JSON.

Replies to real prompts arrive in a Maildir while ``careerlog run`` is reloaded
(SIGHUP) every few seconds and killed with SIGKILL at seeded random moments, and a
CLI command (log, list, status, search, export) starts every 200 ms in its own
process. At the end: replies and CLI entries kept exactly once, lost, doubled;
failed CLI commands; SQLite's integrity check. The loop is
tests/reliability/clibeside.py, shared with tests/reliability/test_cli_beside.py.
Baseline in the same run: the median time of ``careerlog list`` with no service.

Run: .venv/bin/python -m bench.cli_beside [--runs 3] [--replies 80] [--kills 8] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.machine import machine
from tests.configfile import config_tables, write_config
from tests.mailtest import SAMPLE_ALIAS
from tests.reliability.clibeside import run_cli_beside


def one_run(n: int, args: argparse.Namespace) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix=f"careerlog-beside-{n}-"))
    try:
        user = {"email": "ada@example.test", "aliases": [SAMPLE_ALIAS]}
        changes = {"user": user, "mail": {"poll_interval": 0.3}}
        config = write_config(home / "config.toml", config_tables(home, changes))
        workdir = home / "loop"
        workdir.mkdir()
        figures = run_cli_beside(
            config=config,
            workdir=workdir,
            replies=args.replies,
            kills=args.kills,
            seed=args.seed + n,
        )
        return figures.as_dict()
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--replies", type=int, default=80)
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument("--seed", type=int, default=20261201)
    args = parser.parse_args()
    for name in [k for k in os.environ if k.startswith("CAREERLOG_")]:
        del os.environ[name]
    started = time.monotonic()
    runs = [one_run(n, args) for n in range(args.runs)]
    keys = ["replies", "replies_kept_once", "replies_lost", "replies_doubled", "kills"]
    keys += ["reloads", "cli_commands", "cli_failures", "cli_logged", "cli_kept_once"]
    keys += ["cli_lost", "cli_doubled"]
    alone = statistics.median(run["cli_alone_median_s"] for run in runs)
    beside = statistics.median(run["cli_beside_median_s"] for run in runs)
    print(
        json.dumps(
            {
                "bench": "reliability: the CLI beside a reloaded, SIGKILLed service",
                "machine": machine(),
                "runs": len(runs),
                "totals": {key: sum(int(run[key]) for run in runs) for key in keys},
                "integrity": [run["integrity"] for run in runs],
                "cli_median_s": {
                    "alone": alone,
                    "beside_service": beside,
                    "ratio": round(beside / alone, 2),
                },
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
