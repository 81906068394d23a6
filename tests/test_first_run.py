"""The first minutes of a new user: what the demo prints as the next step works as printed."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(sys.executable).parent / "careerlog"  # the console script pip installed


def test_demo_next_step_runs_as_printed(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env["PATH"] = "/usr/bin:/bin"  # like a fresh shell: the venv is not activated
    demo = subprocess.run(
        [str(SCRIPT), "demo", "--dir", str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert demo.returncode == 0, demo.stderr
    (line,) = [line for line in demo.stdout.splitlines() if line.startswith("Try:")]
    step = subprocess.run(
        shlex.split(line.removeprefix("Try:")),
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert step.returncode == 0, step.stderr
    assert "skill" in step.stdout
