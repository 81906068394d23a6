"""The ``careerlog`` command: one click group and one error boundary.

A :class:`UserError` anywhere below, or a usage mistake click finds, is printed as
one clear line with exit code 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from careerlog import __version__
from careerlog.commands.context import AppContext
from careerlog.commands.lazy import LazyGroup
from careerlog.errors import UserError
from careerlog.logs import setup_logging

# Each command's module is imported only when that command runs (or --help lists
# them): `careerlog log` must not pay for the calendar, the charts or the demo.
COMMANDS = {
    "init": "careerlog.commands.init:init",
    "config": "careerlog.commands.init:config_group",
    "doctor": "careerlog.commands.doctor:doctor",
    "log": "careerlog.commands.entries:log_cmd",
    "list": "careerlog.commands.entries:list_cmd",
    "search": "careerlog.commands.entries:search_cmd",
    "people": "careerlog.commands.people:people",
    "goals": "careerlog.commands.goals:goals",
    "export": "careerlog.commands.export:export",
    "digest": "careerlog.commands.digest:digest",
    "brief": "careerlog.commands.brief:brief",
    "parse": "careerlog.commands.parse:parse",
    "demo": "careerlog.commands.demo:demo",
    "run": "careerlog.commands.run:run",
    "send": "careerlog.commands.send:send",
    "outbox": "careerlog.commands.outbox:outbox",
    "quarantine": "careerlog.commands.quarantine:quarantine",
    "reimport": "careerlog.commands.reimport:reimport",
    "status": "careerlog.commands.status:status",
    "backup": "careerlog.commands.backup:backup",
    "restore": "careerlog.commands.backup:restore_cmd",
    "install-service": "careerlog.commands.install_service:install_service",
}

# click >= 8.2 raises this UsageError, whose message is the whole help, for a group run
# without its subcommand (8.1 prints the help itself)
_NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", None)

# The AppContext of the running command, so main() can name its database in an error.
_contexts: list[AppContext] = []


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="CAREERLOG_CONFIG",
    help="Config file (default: $XDG_CONFIG_HOME/careerlog/config.toml).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(__version__, prog_name="careerlog")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, verbose: int) -> None:
    """Career fitness tracking through your own inbox and calendar."""
    setup_logging(verbose)
    ctx.obj = AppContext(config_path)
    _contexts.append(ctx.obj)
    ctx.call_on_close(ctx.obj.close)


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: the single place errors become messages."""
    try:
        _check_arguments(sys.argv[1:] if argv is None else argv)
        cli.main(args=argv, prog_name="careerlog", standalone_mode=False)
    except UserError as exc:
        click.secho(f"careerlog: {_said(exc)}", err=True, fg="red")
        sys.exit(exc.exit_code)
    except sqlite3.DatabaseError as exc:
        from careerlog.store.db import store_error
        from careerlog.store.failures import about_the_store

        if not about_the_store(exc):  # a bug: keep its traceback
            raise
        problem = store_error(_store_path(), exc)
        click.secho(f"careerlog: {problem}", err=True, fg="red")
        sys.exit(problem.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        if _NO_ARGS_IS_HELP is not None and isinstance(exc, _NO_ARGS_IS_HELP):
            exc.show()  # `careerlog people` alone: the help, as click shows it
        else:
            click.secho(f"careerlog: {_one_line(exc)}", err=True, fg="red")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)


def _check_arguments(args: list[str]) -> None:
    """Refuse bytes that are not UTF-8 (a terminal in another encoding) before they are stored."""
    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise UserError(
                f"the argument {shown!r} is not valid UTF-8; set your terminal to UTF-8 "
                "(e.g. LANG=C.UTF-8) and type it again"
            ) from None


def _said(exc: UserError) -> str:
    """A single problem on the line of its heading; several keep a line each, so a config
    with three mistakes reads as a list."""
    if len(exc.problems) == 1:
        return f"{exc.message.removesuffix(':')}: {exc.problems[0]}"
    return str(exc)


def _one_line(exc: click.ClickException) -> str:
    """Click's mistake in one line, like careerlog's own, instead of its Usage/Try/Error block.

    A usage error points at the command's help: the usage line alone rarely says what the
    option wants, and ``--help`` does.
    """
    message = " ".join(exc.format_message().split()).rstrip(".")
    if isinstance(exc, click.UsageError) and exc.ctx is not None:
        return f"{message} (see '{exc.ctx.command_path} --help')"
    return message


def _store_path() -> Path:
    """The database of the command that failed, for the message; a plain name if unknown."""
    try:
        return _contexts[-1].config.store_path
    except (IndexError, UserError):
        return Path("careerlog.db")
