"""Quick commands import only what they need: no charts, calendar, mail or demo code.

(``--help`` imports every command to show its summary; that is not a quick path.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.configfile import config_tables, write_toml

# Heavy libraries and careerlog rooms that typing `careerlog log "..."` must not load.
HEAVY = (
    "matplotlib",
    "icalendar",
    "recurring_ical_events",
    "caldav",
    "jinja2",
    "imapclient",
    "apscheduler",
    "css_inline",
    "careerlog.calendar",
    "careerlog.insights",
    "careerlog.briefs",
    "careerlog.demo",
    "careerlog.daemon",
    "careerlog.outbox",
    "careerlog.prompts",
    # reading installed packages' metadata (sqlite-utils plugins, tabulate's version)
    "importlib.metadata",
    "tabulate",
)
PROBE = """
import json, sys
from careerlog.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def loaded_by(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60
    )
    modules = json.loads(done.stderr.strip().splitlines()[-1])
    return {name for name in modules for heavy in HEAVY if (name + ".").startswith(heavy + ".")}


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("imports")
    user = {"email": "ada@example.test", "timezone": "Europe/London"}
    path = write_toml(home / "config.toml", config_tables(home, {"user": user, "mail": None}))
    # an entry, so that `list` and `search` print a table rather than "(nothing)"
    loaded_by("--config", str(path), "log", "Cut the deploy time from 40 to 12 minutes")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("--version",),
        ("log", "Cut the deploy time from 40 to 12 minutes"),
        ("list",),
        ("search", "deploy"),
        ("status",),
    ],
    ids=lambda args: args[0],
)
def test_quick_commands_load_nothing_heavy(config: Path, args: tuple[str, ...]) -> None:
    assert loaded_by("--config", str(config), *args) == set()


def test_the_probe_sees_heavy_imports(config: Path) -> None:
    """The check above can fail: `export review` does load the templates."""
    assert "jinja2" in loaded_by("--config", str(config), "export", "review")
