"""How long a CLI command takes to start and finish, against bare imports, as JSON.

People type `careerlog log "..."` many times a week, so each command imports only
what it needs. Measured: `careerlog --version`, `list`, `log` and `search` on a
demo store, each against its baseline in the same run (`python -c "import click"`
for --version, `python -c "import click, sqlite_utils"` for the commands that
read the store). Each of --repeat rounds times the baselines and every command
back to back, each a fresh process; the ratio is the median of the rounds' ratios.

Run: .venv/bin/python -m bench.cli_startup [--repeat 15]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.machine import machine


def seconds(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    python = sys.executable
    script = str(Path(python).parent / "careerlog")
    home = Path(tempfile.mkdtemp(prefix="careerlog-startup-"))
    try:
        subprocess.run([script, "demo", "--dir", str(home)], capture_output=True, check=True)
        config = ["--config", str(home / "config.toml")]
        baselines = {
            "import click": [python, "-c", "import click"],
            "import click, sqlite_utils": [python, "-c", "import click, sqlite_utils"],
        }
        commands = {
            "--version": ([script, "--version"], "import click"),
            "list": ([script, *config, "list"], "import click, sqlite_utils"),
            "search": ([script, *config, "search", "latency"], "import click, sqlite_utils"),
            "log": (
                [script, *config, "log", "Benchmarked the CLI start-up"],
                "import click, sqlite_utils",
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in [*baselines, *commands]}
        ratios: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            # each round times every baseline and command back to back, so a change
            # in the machine's load moves both sides of a ratio alike
            round_base = {name: seconds(argv) for name, argv in baselines.items()}
            for name, seconds_taken in round_base.items():
                times[name].append(seconds_taken)
            for name, (argv, baseline) in commands.items():
                taken = seconds(argv)
                times[name].append(taken)
                ratios[name].append(taken / round_base[baseline])
        figures = {
            name: {
                "median_s": round(statistics.median(times[name]), 4),
                "baseline_s": round(statistics.median(times[baseline]), 4),
                "ratio": round(statistics.median(ratios[name]), 2),
            }
            for name, (_, baseline) in commands.items()
        }
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(
        json.dumps(
            {
                "bench": "cli start-up",
                "machine": machine(),
                "repeat": args.repeat,
                "baselines_s": {
                    name: round(statistics.median(times[name]), 4) for name in baselines
                },
                "commands": figures,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
