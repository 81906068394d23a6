"""``digest``: the quarterly digest as an HTML file (the mail itself is ``send digest``)."""

from __future__ import annotations

import logging
import webbrowser
from pathlib import Path

import click

from careerlog.commands.context import app
from careerlog.errors import UserError
from careerlog.insights.digest_output import users_digest, write_digest
from careerlog.insights.window import parse_quarter

log = logging.getLogger(__name__)


@click.command()
@click.option("--quarter", help="Which quarter, e.g. 2026-Q3 (default: the one just reviewed).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("digest.html"),
    show_default=True,
    help="The HTML file: one file, its charts inside it, as the mail shows them.",
)
@click.option("--open", "open_it", is_flag=True, help="Open the file in your web browser.")
def digest(quarter: str | None, output: Path, open_it: bool) -> None:
    """Write the quarterly digest (numbers, charts, top three, people, goals) to a file."""
    if quarter is not None:
        parse_quarter(quarter)  # a bad key is a clear error before anything is read
    output = output.expanduser()
    if not output.parent.is_dir():
        raise UserError(f"cannot write {output}: the folder {output.parent} does not exist")
    context = app()
    built = users_digest(context.config, context.db, quarter=quarter)
    try:
        written = write_digest(built, output)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror}") from None
    click.echo(f"Wrote the {built.period.label} digest to {written}.", err=True)
    if open_it and not webbrowser.open(written.resolve().as_uri()):
        click.echo(f"No browser could be started; open {written} yourself.", err=True)
