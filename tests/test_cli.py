"""The command line as a user meets it: init, log, list, search, people, goals, export."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path

import click
import pytest

from careerlog.cli import cli
from careerlog.config import parse_config
from careerlog.config.render import docs_markdown, example_config
from tests.clirun import careerlog

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def configured(home: Path) -> Path:
    run = careerlog(
        "init",
        "--yes",
        "--user-name",
        "Ada Lovelace",
        "--user-email",
        "ada@example.com",
        "--user-timezone",
        "America/Los_Angeles",
    )
    assert run.code == 0, run.text
    return home / "config" / "careerlog" / "config.toml"


def test_init_non_interactive_writes_private_config_and_store(configured: Path, home: Path) -> None:
    assert stat.S_IMODE(configured.stat().st_mode) == 0o600
    assert stat.S_IMODE(configured.parent.stat().st_mode) == 0o700
    database = home / "data" / "careerlog" / "careerlog.db"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert (home / "data" / "careerlog" / "Maildir" / "new").is_dir()
    text = configured.read_text()
    assert 'timezone = "America/Los_Angeles"' in text
    assert "# [mail.imap]" in text  # every other option shown, commented, with its help
    assert careerlog("doctor").code == 0


def test_init_shows_the_secret_capture_address_and_doctor_repeats_it(home: Path) -> None:
    run = careerlog("init", "--yes", "--user-name", "Ada", "--user-email", "ada@example.com")
    assert run.code == 0, run.text
    (line,) = [x for x in run.out.splitlines() if x.startswith("Captures: ")]
    address = line.split("mail to ", 1)[1].split()[0]
    assert address.startswith("ada+log-") and address.endswith("@example.com")
    assert len(address) > len("ada+log-@example.com") + 12  # a token nobody guesses
    assert f"mail to {address} is logged" in careerlog("doctor").out


def test_init_refuses_to_overwrite_without_force(configured: Path) -> None:
    before = configured.read_text()
    run = careerlog("init", "--yes", "--user-name", "X", "--user-email", "x@example.com")
    assert run.code == 2 and "exists already; use --force" in run.err
    assert configured.read_text() == before
    run = careerlog("init", "--yes", "--force", "--user-name", "X", "--user-email", "x@example.com")
    assert run.code == 0
    assert configured.with_name("config.toml.bak").read_text() == before


def test_init_rejects_bad_values_and_writes_nothing(home: Path) -> None:
    run = careerlog("init", "--yes", "--user-name", "Ada", "--user-email", "not-an-address")
    assert run.code == 2 and "'not-an-address' is not an e-mail address" in run.err
    assert not (home / "config" / "careerlog" / "config.toml").exists()


def test_init_interactive(home: Path) -> None:
    answers = "\n".join(
        [
            "Ada Lovelace",  # name
            "ada@example.com",  # email
            "Europe/Paris",  # timezone
            "imap.example.com",  # IMAP host
            "",  # security: default tls
            "",  # port: default 993 for tls
            "",  # CA file: none
            "",  # login: default the email
            "",  # password: default a command
            "hunter2",  # a password typed at the command question: not kept, asked again
            "command",
            "cat /home/ada/.mail-password",  # the command (its program exists here)
            "",  # SMTP: skip
            "",  # calendar: skip
            "n",  # doctor now: no
        ]
    )
    run = careerlog("init", input=answers + "\n")
    assert run.code == 0, run.text
    text = (home / "config" / "careerlog" / "config.toml").read_text()
    assert 'host = "imap.example.com"' in text and "port = 993" in text
    assert 'password_command = ["cat", "/home/ada/.mail-password"]' in text
    assert "hunter2" not in text  # (run.out holds it only as the terminal's echo of typing)
    assert run.out.count("hunter2") == 1
    assert "not a program on this machine" in run.out
    assert "# [mail.smtp]" in text


def test_init_interactive_checks_answers_as_typed(home: Path, tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    answers = "\n".join(
        [
            "Ada Lovelace",
            "not-an-address",  # asked again
            "ada@example.com",
            "Mars/Olympus",  # asked again
            "UTC",
            "imaps://mail.example.com",  # a URL, not a host: asked again
            "mail.example.com:143",  # host and port in one answer
            "",  # security: guessed from port 143 -> starttls
            "",  # CA file: none
            "",  # login: the address
            "",  # password: a command
            "cat /home/ada/.mail-password",
            "mail.example.com:587",  # SMTP: host and port
            "",  # security: guessed starttls
            str(tmp_path / "missing.pem"),  # asked again
            str(ca),
            "ada",  # login other than the address
            "file",  # keep the password in the file
            "s3cret",  # hidden password
            "ics-url",  # a calendar
            "y",  # not a URL: asked again
            "https://cal.example.com/ada.ics",
            "",  # no login
            "n",  # doctor now: no
        ]
    )
    run = careerlog("init", input=answers + "\n")
    assert run.code == 0, run.text
    assert "is not an e-mail address" in run.out and "is not an IANA time zone" in run.out
    assert "give the host name only" in run.out and "there is no file" in run.out
    assert "starting with https://" in run.out
    text = (home / "config" / "careerlog" / "config.toml").read_text()
    config = parse_config(text, home / "config.toml")
    assert config.imap is not None and config.smtp is not None
    assert (config.imap.host, config.imap.port, config.imap.security) == (
        "mail.example.com",
        143,
        "starttls",
    )
    assert (config.smtp.port, config.smtp.security, config.smtp.ca_file) == (
        587,
        "starttls",
        str(ca),
    )
    assert config.smtp.credentials.username == "ada"
    assert config.calendars[0].url == "https://cal.example.com/ada.ics"
    assert "s3cret" not in run.out  # typed hidden, never echoed


def test_log_list_search_and_json(configured: Path) -> None:
    run = careerlog(
        "log",
        "Cut checkout P99 by 340ms",
        "--scope",
        "org",
        "--person",
        "Grace Hopper",
        "--date",
        "2026-11-20",
    )
    assert run.code == 0 and "Logged evidence #1" in run.out
    careerlog("log", "Learned the ledger codebase", "--kind", "skill")
    listing = careerlog("list")
    assert "Cut checkout P99 by 340ms" in listing.out and "Grace Hopper" in listing.out
    rows = json.loads(careerlog("list", "--kind", "evidence", "--json").out)
    assert [(r["text"], r["scope"], r["occurred_on"]) for r in rows] == [
        ("Cut checkout P99 by 340ms", "org", "2026-11-20")
    ]
    found = json.loads(careerlog("search", "ledger", "--json").out)
    assert [r["kind"] for r in found] == ["skill"]


def test_bad_input_is_one_clear_message(configured: Path) -> None:
    run = careerlog("log", "x", "--kind", "brag")
    assert run.code == 2 and "'brag' is not one of" in run.err
    run = careerlog("log", "x", "--date", "yesterday-ish")
    assert run.code == 2 and "does not match the format '%Y-%m-%d'" in run.err
    run = careerlog("search", '"unclosed')
    assert run.code == 2 and "cannot search" in run.err
    run = careerlog("people", "show", "Nobody Here")
    assert run.code == 2 and "nobody called 'Nobody Here'" in run.err
    run = careerlog("goals", "update", "no such goal", "--gap", "x")
    assert run.code == 2 and "no goal matches" in run.err
    assert json.loads(careerlog("list", "--json").out) == []


def test_people_and_goals(configured: Path) -> None:
    careerlog(
        "people",
        "add",
        "Grace",
        "Hopper",
        "--email",
        "grace@example.com",
        "--relation",
        "manager",
        "--advocate",
    )
    again = careerlog("people", "add", "Grace Hopper")
    assert again.code == 2 and "already in your map" in again.err
    careerlog("log", "Shipped the retry budget", "--person", "grace hopper")
    shown = careerlog("people", "show", "grace@example.com")
    assert "manager" in shown.out and "Shipped the retry budget" in shown.out
    people = json.loads(careerlog("people", "list", "--json").out)
    assert people[0]["emails"] == ["grace@example.com"] and people[0]["entries"] == 1

    careerlog(
        "goals",
        "add",
        "Reach Staff Engineer by Q3 2027",
        "--gap",
        "multi-team scope",
        "--tag",
        "staff",
    )
    assert careerlog("goals", "update", "#staff", "--state", "leading two projects").code == 0
    goals = json.loads(careerlog("goals", "list", "--json").out)
    assert goals[0]["current_state"] == "leading two projects"
    assert goals[0]["gap"] == "multi-team scope"
    careerlog("goals", "update", "staff engineer", "--status", "achieved")
    assert json.loads(careerlog("goals", "list", "--json").out) == []
    assert len(json.loads(careerlog("goals", "list", "--all", "--json").out)) == 1


def test_export_formats(configured: Path, home: Path) -> None:
    careerlog("log", "Cut | pipes & <markup>", "--scope", "team")
    as_json = json.loads(careerlog("export", "entries", "--format", "json").out)
    assert as_json[0]["text"] == "Cut | pipes & <markup>"
    rows = list(csv.DictReader(io.StringIO(careerlog("export", "entries", "--format", "csv").out)))
    assert rows[0]["scope"] == "team"
    md = careerlog("export", "entries", "--format", "md").out
    assert "Cut \\| pipes & <markup>" in md
    out = home / "people.json"
    assert careerlog("export", "people", "--format", "json", "-o", str(out)).code == 0
    assert json.loads(out.read_text()) == []


def test_corrupt_database_exit_2_untouched(configured: Path, home: Path) -> None:
    database = home / "data" / "careerlog" / "careerlog.db"
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"not a database at all" * 50)
    run = careerlog("list")
    assert run.code == 2 and "not an SQLite database" in run.err
    assert database.read_bytes() == b"not a database at all" * 50


def _command_names() -> list[str]:
    """Every command and subcommand, as ``careerlog --help`` finds them (lazily loaded)."""
    ctx = click.Context(cli)
    names = []
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        sub = getattr(command, "commands", None)
        names += [f"{name} {s}" for s in sub] if sub else [name]
    assert len(names) > 20, names  # an empty list would make the README check below pass
    return names


def test_every_command_is_documented_in_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in _command_names():
        group, _, sub = name.partition(" ")
        documented = f"careerlog {name}" in readme or (
            sub and f"careerlog {group} " in readme and sub in readme
        )
        assert documented, f"'careerlog {name}' is missing from README.md"


def test_generated_docs_are_current() -> None:
    assert (ROOT / "docs" / "config.md").read_text() == docs_markdown(), (
        "run: careerlog config docs > docs/config.md"
    )
    assert (ROOT / "config" / "example.toml").read_text() == example_config(), (
        "run: careerlog config example > config/example.toml"
    )


def test_parse_uses_the_store_read_only(configured: Path, home: Path) -> None:
    reply = ROOT / "careerlog" / "demo" / "replies" / "06-weekly-protonmail.eml"
    without = json.loads(careerlog("parse", str(reply), "--json").out)
    assert all(e["goal"] is None for e in without["entries"])
    careerlog("goals", "add", "Get better at cross-team influence")
    database = home / "data" / "careerlog" / "careerlog.db"
    before = database.read_bytes()
    parsed = json.loads(careerlog("parse", str(reply), "--json").out)
    assert "Get better at cross-team influence" in [e["goal"] for e in parsed["entries"]]
    assert database.read_bytes() == before
    assert json.loads(careerlog("list", "--json").out) == []


def test_init_offers_doctor_at_the_end(home: Path) -> None:
    answers = ["Ada Lovelace", "ada@example.com", "UTC", "", "", "", "y"]
    run = careerlog("init", input="\n".join(answers) + "\n")
    assert run.code == 0, run.text
    assert "ok    config" in run.out and "store" in run.out
