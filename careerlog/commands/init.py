"""``careerlog init`` and ``careerlog config docs|example``.

``init``'s flags are generated from the schema (``--mail-imap-host`` for
``[mail.imap] host``), so every option can be set without a prompt.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import Any

import click

from careerlog.commands import interview
from careerlog.commands.context import app
from careerlog.commands.doctor import doctor
from careerlog.config import parse_config, paths
from careerlog.config.render import docs_markdown, example_config, render_config
from careerlog.config.schema import SCHEMA, Option, Section
from careerlog.errors import UserError
from careerlog.files import write_atomically
from careerlog.intake.trust import capture_line
from careerlog.store import open_store


def _flag(section: Section, option: Option) -> str:
    name = "calendar" if section.array else section.name.replace(".", "-")
    return f"{name}-{option.key}".replace("_", "-")


def _param(section: Section, option: Option) -> str:
    return _flag(section, option).replace("-", "_")


def _click_type(option: Option) -> Any:
    if option.choices:
        return click.Choice(option.choices)
    return {"int": int, "float": float, "bool": bool}.get(option.kind, str)


def detect_timezone() -> str:
    """The machine's IANA zone name, from $TZ or /etc/localtime, else UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz:
        return tz
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return "UTC"
    return target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "UTC"


def _ask(section: str, values: dict[str, Any], user_email: str | None) -> None:
    if section == "user":
        interview.ask_user(values, detect_timezone())
    elif section in ("mail.imap", "mail.smtp"):
        interview.ask_server(section, values, user_email)
    elif section == "calendar.sources":
        interview.ask_calendar(values)


def _collect(flags: dict[str, Any], interactive: bool) -> dict[str, dict[str, Any]]:
    values: dict[str, dict[str, Any]] = {}
    for section in SCHEMA:
        given = {
            o.key: flags[_param(section, o)]
            for o in section.options
            if flags.get(_param(section, o)) not in (None, ())
        }
        if interactive:
            _ask(section.name, given, values.get("user", {}).get("email"))
        given = {k: _as_list(section.option(k), v) for k, v in given.items()}
        if given:
            values[section.name] = given
    return values


def _as_list(option: Option | None, value: Any) -> Any:
    """Lists as lists; a command typed as one string is written as its argv list."""
    if isinstance(value, tuple):
        return list(value)
    if option is not None and option.kind == "command" and isinstance(value, str):
        return shlex.split(value)
    return value


def _write_private(path: Path, text: str) -> None:
    paths.make_private_dir(path.parent)
    write_atomically(path, text.encode("utf-8"))


def _init(force: bool, yes: bool, **flags: Any) -> None:
    """Write a config file (0600) and create the database."""
    path = paths.resolve_config_path(app().config_path)
    if path.exists() and not force:
        raise UserError(f"{path} exists already; use --force to replace it (a .bak copy is kept)")
    values = _collect(flags, interactive=not yes)
    text = render_config(values)
    config = parse_config(text, path)
    if path.exists():
        os.replace(path, path.with_name(path.name + ".bak"))
    _write_private(path, text)
    open_store(config.store_path).close()
    if config.mail.inbox == "maildir":
        for sub in ("cur", "new", "tmp"):
            paths.make_private_dir(config.mail.maildir_inbox / sub)
    click.echo(f"Wrote {path}\nDatabase: {config.store_path}")
    click.echo(f"Captures: {capture_line(config)}")
    if not yes and click.confirm("Check the config and the servers now (careerlog doctor)?", True):
        try:
            click.get_current_context().invoke(doctor)
        except SystemExit:  # a failed check: the config is written all the same
            click.echo("Fix what failed above in the config file, then run 'careerlog doctor'.")
            return
    click.echo("Next: 'careerlog doctor' checks the servers; 'careerlog run' starts the service.")


def _build_init() -> click.Command:
    params: list[click.Parameter] = [
        click.Option(["--force"], is_flag=True, help="Replace an existing config file."),
        click.Option(["--yes", "-y"], is_flag=True, help="Ask nothing; use flags and defaults."),
    ]
    for section in SCHEMA:
        for option in section.options:
            params.append(
                click.Option(
                    [f"--{_flag(section, option)}"],
                    type=_click_type(option),
                    multiple=option.kind == "list",
                    help=f"[{section.name}] {option.key}: {option.help}",
                )
            )
    return click.Command(
        "init", callback=_init, params=params, help="Create a config file and the database."
    )


init = _build_init()


@click.group("config")
def config_group() -> None:
    """Configuration reference."""


@config_group.command("docs")
def docs() -> None:
    """Print every option as Markdown (docs/config.md)."""
    click.echo(docs_markdown(), nl=False)


@config_group.command("example")
def example() -> None:
    """Print a commented example config (config/example.toml)."""
    click.echo(example_config(), nl=False)


@config_group.command("path")
def show_path() -> None:
    """Print which config file would be read."""
    click.echo(paths.resolve_config_path(app().config_path))
