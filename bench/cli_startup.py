"""How long a CLI command takes to start and finish, against bare imports, as JSON.

People type `careerlog log "..."` many times a week, so each command imports only
what it needs. Measured: `careerlog --version`, `list`, `log` and `search` on a
demo store, each against its baseline in the same run (`python -c "import click"`
for --version, `python -c "import click, sqlite_utils"` for the commands that
read the store). Medians of --repeat runs, each a fresh process.

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


def median_seconds(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 4)


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
        bare = median_seconds([python, "-c", "import click"], args.repeat)
        bare_store = median_seconds([python, "-c", "import click, sqlite_utils"], args.repeat)
        commands = {
            "--version": ([script, "--version"], bare),
            "list": ([script, *config, "list"], bare_store),
            "search": ([script, *config, "search", "latency"], bare_store),
            "log": ([script, *config, "log", "Benchmarked the CLI start-up"], bare_store),
        }
        figures = {}
        for name, (argv, baseline) in commands.items():
            seconds = median_seconds(argv, args.repeat)
            figures[name] = {
                "median_s": seconds,
                "baseline_s": baseline,
                "ratio": round(seconds / baseline, 2),
            }
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(
        json.dumps(
            {
                "bench": "cli start-up",
                "machine": machine(),
                "repeat": args.repeat,
                "baselines_s": {"import click": bare, "import click, sqlite_utils": bare_store},
                "commands": figures,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
