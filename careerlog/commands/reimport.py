"""``careerlog reimport [--since DATE]``: rebuild a lost store from the mailbox."""

from __future__ import annotations

from datetime import datetime

import click

from careerlog.commands.context import app
from careerlog.commands.entries import DATE
from careerlog.intake.reimport import ReimportReport, reimport_mailbox


def _progress(report: ReimportReport) -> None:
    click.echo(f"... {report.read} of {report.found} messages read", err=True)


@click.command()
@click.option("--since", type=DATE, help="Only messages dated on or after this day (YYYY-MM-DD).")
def reimport(since: datetime | None) -> None:
    """Read every reply careerlog handled back into the store, each once.

    Messages already in the store are counted and skipped; no confirmations are sent.
    """
    ctx = app()
    report = reimport_mailbox(
        ctx.config, ctx.db, since=since.date() if since else None, progress=_progress
    )
    for message in report.not_imported:
        click.echo(f"not imported (careerlog cannot tell any more what it is): {message}")
    click.echo(report.summary())
