"""Run the real ``careerlog`` entry point: in-process, or as its own process.

In-process (:func:`careerlog`) is fast; a process of its own (:func:`careerlog_process`)
is what a user beside the running service is: another process on the same store.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from careerlog.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def careerlog(*args: str, input: str | None = None) -> Run:
    runner = CliRunner()
    with runner.isolation(input=input) as (out, err, _):
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        return Run(code, out.getvalue().decode(), err.getvalue().decode())


def careerlog_process(
    config: Path, *args: str, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``careerlog --config CONFIG ARGS`` in a new process, its output captured."""
    return subprocess.run(
        [sys.executable, "-m", "careerlog", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
