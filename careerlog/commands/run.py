"""``careerlog run [--once]``."""

from __future__ import annotations

import sys

import click

from careerlog.commands.context import app
from careerlog.daemon.passes import run_once
from careerlog.daemon.service import Service
from careerlog.logs import setup_logging


@click.command()
@click.option(
    "--once", is_flag=True, help="One full pass (inbox, calendar, anything due, outbox), then exit."
)
def run(once: bool) -> None:
    """Run the service in the foreground (systemd Type=notify), or one pass with --once."""
    ctx = app()
    config = ctx.config
    if not click.get_current_context().find_root().params.get("verbose"):
        setup_logging(0, config.log_level)
    if once:
        report = run_once(config, ctx.db)
        for component, result in report.results.items():
            summary = result.summary() if hasattr(result, "summary") else result
            click.echo(f"{component}: {summary}")
        for component, error in report.errors.items():
            click.echo(f"{component}: FAILED: {error}", err=True)
        sys.exit(1 if report.errors else 0)
    sys.exit(Service(config, ctx.config_path).run())
