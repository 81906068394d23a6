"""Each command imports only the heavy modules it needs, pinned command by command.

Every command the CLI has (``careerlog --help`` and each group's ``--help`` list them;
a choice of the first argument, ``export review`` or ``send digest``, counts as a
command of its own) is run once, for real and offline, in a fresh process on its own
copy of a small seeded home: an entry, a goal, a person, two quarantined mails, a
calendar with a 1:1 ten days ahead. The heavy modules it loaded must be among those
:data:`ALLOWED` for it, and a command missing from :data:`ALLOWED` fails the test, so
a new command comes with its pin.

(``--help`` imports every command to show its summary; that is not a quick path.)
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import click
import pytest

from careerlog.cli import cli
from careerlog.store import open_store
from tests.configfile import Tables, config_tables, write_toml
from tests.mailtest import REPLIES, maildir, record_prompt, rewrite, sample

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

NONE: frozenset[str] = frozenset()
# The config: reading a calendar source's settings, the IMAP client's error types.
CONFIG = frozenset({"careerlog.calendar", "imapclient", "importlib.metadata"})
OUTBOX = frozenset({"careerlog.outbox", "imapclient", "importlib.metadata"})
# Rendering mail and documents: the templates, their CSS inlined.
TEMPLATES = frozenset({"jinja2", "css_inline"})
CALENDAR = frozenset({"careerlog.calendar", "icalendar", "recurring_ical_events"})
EXPORT = CALENDAR | TEMPLATES | {"careerlog.insights"}
# Intake: a reply is read, recorded and confirmed by mail.
INTAKE = CONFIG | OUTBOX | CALENDAR | TEMPLATES | {"careerlog.briefs", "careerlog.insights"}
SEND = INTAKE | {"careerlog.prompts", "apscheduler"}
CHARTS = frozenset({"matplotlib"})

ALLOWED: dict[str, frozenset[str]] = {
    "--version": NONE,
    "log": NONE,
    "list": NONE,
    "search": NONE,
    "status": NONE,
    "people add": NONE,
    "people list": NONE,
    "people show": NONE,
    "goals add": NONE,
    "goals list": NONE,
    "goals show": NONE,
    "goals update": NONE,
    "backup": NONE,
    "restore": NONE,
    "install-service": NONE,
    "init": CONFIG,
    "config docs": CONFIG,
    "config example": CONFIG,
    "config path": CONFIG,
    "doctor": CONFIG | CALENDAR,  # it reads each calendar source
    "parse": frozenset({"importlib.metadata", "tabulate"}),
    "outbox list": OUTBOX,
    "outbox retry": OUTBOX,
    "export entries": EXPORT,
    "export people": EXPORT,
    "export goals": EXPORT,
    "export review": EXPORT,
    "export promo": EXPORT,
    "export resume": EXPORT,
    "export job-search": EXPORT,
    "brief": INTAKE,
    "quarantine list": INTAKE,
    "quarantine show": INTAKE,
    "quarantine accept": INTAKE,
    "quarantine drop": INTAKE,
    "reimport": INTAKE,
    "digest": INTAKE | CHARTS,
    "send weekly": SEND,
    "send monthly": SEND,
    "send quarterly": SEND,
    "send brief": SEND,
    "send digest": SEND | CHARTS,
    "run": SEND | {"careerlog.daemon"},
    "demo": frozenset(HEAVY),
}

# How a command is run when its words alone would not do; "{home}" is its home.
RUN_AS = {
    "backup": "backup {home}/copy.db",
    "restore": "restore {home}/seed.db",
    "log": "log Cut the deploy time from 40 to 12 minutes",
    "search": "search deploy",
    "people add": "people add Alan Turing",
    "people show": "people show Grace Hopper",
    "goals add": "goals add Ship the v2 API",
    "goals show": "goals show 1",
    "goals update": "goals update 1 --state done",
    "init": "init --force --yes --user-name Ada --user-email ada@example.com "
    "--user-timezone Europe/London",
    "parse": f"parse {REPLIES / '01-weekly-gmail-web.eml'}",
    "export promo": "export promo --criteria {home}/criteria.toml",
    "outbox retry": "outbox retry --all-dead",
    "quarantine show": "quarantine show 1",
    "quarantine accept": "quarantine accept 1",
    "quarantine drop": "quarantine drop 2",
    "digest": "digest -o {home}/digest.html",
    "run": "run --once",  # the service itself never returns: one pass of it
    # A whole quarter through every job (tests/test_demo.py runs it); it may load anything,
    # so here it is only resolved, which imports its module.
    "demo": "demo --help",
}

NOW = "2026-11-30T16:00:00+00:00"  # the demo calendar's next 1:1 with Grace: 10 December
PROMPT_ID = "<prompt-weekly-2026w47.p8q2z@careerlog.invalid>"
PROBE = """
import json, sys
from careerlog.cli import main
code = 0
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


@dataclass(frozen=True)
class Probe:
    code: int
    heavy: frozenset[str]
    output: str


def tables(home: Path) -> Tables:
    """Ada's Maildir home with the demo's calendar as her calendar."""
    calendar = REPLIES.parent / "calendar.ics"
    return config_tables(
        home, {"calendar": {"sources": [{"kind": "ics-file", "path": str(calendar)}]}}
    )


def probe(home: Path, args: list[str]) -> Probe:
    """``careerlog --config HOME/config.toml ARGS`` in a fresh process: what it loaded."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERLOG_")}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / "data"),
        CAREERLOG_NOW=NOW,
    )
    config = ["--config", str(home / "config.toml")] if args != ["--version"] else []
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *config, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=home,
    )
    *said, last = done.stderr.strip().splitlines()
    report = json.loads(last)
    heavy = {heavy for name in report["modules"] for heavy in HEAVY if _within(name, heavy)}
    return Probe(report["code"], frozenset(heavy), done.stdout + "\n".join(said))


def _within(module: str, package: str) -> bool:
    return (module + ".").startswith(package + ".")


def seed(home: Path) -> None:
    """An entry, a goal, a person, the calendar synced, two strangers' mails held back."""
    write_toml(home / "config.toml", tables(home))
    for args in (
        ["log", "Cut the deploy time from 40 to 12 minutes"],
        ["goals", "add", "Staff engineer", "--tag", "staff"],
        ["people", "add", "Grace Hopper", "--email", "grace@example.com"],
    ):
        ran = probe(home, args)
        assert ran.code == 0, ran.output
    db = open_store(home / "careerlog.db")
    record_prompt(db, "weekly", "2026-W47", PROMPT_ID)
    db.close()
    inbox = maildir(home / "Maildir")
    for n in (1, 2):
        stranger = {"From": "Mallory <mallory@elsewhere.test>", "In_Reply_To": PROMPT_ID}
        inbox.add(
            rewrite(sample("01-weekly-gmail-web.eml"), Message_ID=f"<m{n}@x.test>", **stranger)
        )
    ran = probe(home, ["run", "--once"])
    assert ran.code == 0, ran.output
    (home / "criteria.toml").write_text('[[criteria]]\nname = "Leads cross-team work"\n')


def copy_home(seeded: Path, home: Path) -> None:
    """The seeded home for one command: its Maildirs and files, and the store copied by
    SQLite (never as a file) twice, as the store and as a backup to restore."""
    databases = shutil.ignore_patterns("*.db", "*.db-*", "*.lock", "backups", "config.toml")
    shutil.copytree(seeded, home, ignore=databases)
    write_toml(home / "config.toml", tables(home))
    for name in ("careerlog.db", "seed.db"):
        source, copy = sqlite3.connect(seeded / "careerlog.db"), sqlite3.connect(home / name)
        try:
            source.backup(copy)
        finally:
            source.close()
            copy.close()


def run_as(command: str, home: Path) -> list[str]:
    return RUN_AS.get(command, command).format(home=home).split()


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Probe]:
    """Every command of ALLOWED probed, a few at a time (each in a home of its own)."""
    seeded = tmp_path_factory.mktemp("seeded")
    seed(seeded)
    homes = {command: tmp_path_factory.mktemp("imports") / "home" for command in ALLOWED}
    for home in homes.values():
        copy_home(seeded, home)
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        done = {c: pool.submit(probe, home, run_as(c, home)) for c, home in homes.items()}
        return {command: future.result() for command, future in done.items()}


@pytest.mark.parametrize("command", ALLOWED)
def test_command_loads_only_its_allowed_heavy_modules(
    probes: dict[str, Probe], command: str
) -> None:
    ran = probes[command]
    assert ran.code == 0, ran.output  # it ran, rather than stopping at a mistake
    assert ran.heavy <= ALLOWED[command], sorted(ran.heavy - ALLOWED[command])


def cli_commands() -> Iterator[str]:
    """The words of every command, walking click's groups like ``--help`` does."""

    def walk(group: click.Group, ctx: click.Context) -> Iterator[str]:
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            assert command is not None
            words = f"{ctx.command_path} {name}".removeprefix("careerlog ")
            if isinstance(command, click.Group):
                yield from walk(command, click.Context(command, ctx, info_name=name))
                continue
            choices = _first_argument_choices(command)
            yield from (f"{words} {choice}" for choice in choices) if choices else [words]

    yield from walk(cli, click.Context(cli, info_name="careerlog"))


def _first_argument_choices(command: click.Command) -> list[str]:
    """``send weekly|…``'s click.Choice, or ``export``'s words as its help spells them."""
    first = next(iter(command.params), None)
    if not isinstance(first, click.Argument):
        return []
    if isinstance(first.type, click.Choice):
        return [str(choice) for choice in first.type.choices]
    return first.metavar.split("|") if first.metavar and "|" in first.metavar else []


def test_every_command_has_its_pin() -> None:
    commands = {"--version", *cli_commands()}
    assert sorted(commands - set(ALLOWED)) == [], "commands without a pin in ALLOWED"
    assert sorted(set(ALLOWED) - commands) == [], "pins of commands the CLI no longer has"


def test_the_probe_sees_heavy_imports(probes: dict[str, Probe]) -> None:
    """The check above can fail: `export review` does load the templates, `digest` the
    charts, and the walk finds commands in groups and choices."""
    assert "jinja2" in probes["export review"].heavy
    assert "matplotlib" in probes["digest"].heavy
    assert {"people list", "send digest", "export review"} <= set(cli_commands())
