"""The first minutes of a new user: what the demo prints as the next step works as printed."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from tests.configfile import Tables, config_tables, write_toml

SCRIPT = Path(sys.executable).parent / "careerlog"  # the console script pip installed


def test_demo_next_step_runs_as_printed(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env["PATH"] = "/usr/bin:/bin"  # like a fresh shell: the venv is not activated
    demo = subprocess.run(
        [str(SCRIPT), "demo", "--dir", str(tmp_path / "demo home")],  # a space, to be quoted
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


def _config(home: Path, mail: Tables | None = None) -> Path:
    """No [mail] unless given: where careerlog puts mail by itself is under test."""
    user = {"email": "ada@example.test", "timezone": "Europe/London"}
    return write_toml(home / "config.toml", config_tables(home, {"user": user, "mail": mail}))


def test_run_once_on_a_fresh_machine_makes_the_default_maildir(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "not-created-yet")
    done = subprocess.run(
        [str(SCRIPT), "--config", str(_config(tmp_path)), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "not-created-yet" / "careerlog" / "Maildir" / "new").is_dir()


def test_maildir_in_a_missing_folder_is_named_not_created(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "Maildir"
    config = _config(tmp_path, {"maildir_inbox": str(typo)})
    done = subprocess.run(
        [str(SCRIPT), "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert f"inbox: FAILED: the Maildir {typo} cannot be created" in done.stderr
    assert "Traceback" not in done.stderr
    assert not typo.parent.exists()


def _readme_commands() -> list[str]:
    """The command lines of the README's first shell block (comments left out)."""
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_ci_runs_readme_command_1_then_command_2() -> None:
    """CI does what a newcomer does: command 1 verbatim, then command 2 straight after it
    (with lint in between, `make test` would find the test extras already installed)."""
    command_1, command_2 = _readme_commands()
    assert command_2 == "make test"
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    steps = [line for line in ci.splitlines() if line and not line.startswith((" ", "#"))]
    first = steps.index(command_1)
    assert steps[first + 1].startswith(command_2)
