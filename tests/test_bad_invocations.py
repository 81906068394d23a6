"""Mistakes a person can make at the command line: exit 2, a clear message, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.configfile import Tables, config_tables, merged, write_toml


def run(
    home: Path, args: list[bytes], changes: Tables | None = None
) -> subprocess.CompletedProcess[bytes]:
    user = {"email": "ada@example.test", "timezone": "Europe/London"}
    tables = config_tables(home, merged({"user": user}, changes or {}))
    config = write_toml(home / "config.toml", tables)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env["XDG_DATA_HOME"] = str(home / "data")
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"careerlog", b"--config", bytes(config), *args],
        capture_output=True,
        timeout=60,
        env=env,
    )


@pytest.mark.parametrize(
    ("args", "changes", "says"),
    [
        ([b"log", b"Shipped \xff"], {}, "is not valid UTF-8"),
        (
            [b"list"],
            {"limits": {"max_message_bytes": -1}},
            "max_message_bytes: -1 is out of range",
        ),
        ([b"list"], {"mail": {"poll_interval": 0}}, "poll_interval: 0 is out of range"),
        ([b"list"], {"briefs": {"evening_hour": 99}}, "evening_hour: 99 is out of range"),
        ([b"list"], {"outbox": {"give_up_after": -1}}, "give_up_after: -1 is out of range"),
        ([b"list", b"--since", b"yesterday"], {}, "--since"),
        (
            [b"list", b"--since", b"2026-12-01", b"--until", b"2026-11-01"],
            {},
            "--since 2026-12-01 is after --until 2026-11-01",
        ),
        ([b"goals", b"update", b"nothing-like-this", b"--state", b"x"], {}, "goal"),
    ],
    ids=["utf8", "bytes", "poll", "hour", "give-up", "date", "since-after-until", "goal"],
)
def test_mistake_gets_exit_2_and_no_traceback(
    tmp_path: Path, args: list[bytes], changes: Tables, says: str
) -> None:
    done = run(tmp_path, args, changes)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert says in err
    assert "Traceback" not in err
