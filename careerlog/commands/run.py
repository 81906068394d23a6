"""``careerlog run [--once]``."""

from __future__ import annotations

import sys

import click

from careerlog.commands.context import AppContext, app
from careerlog.daemon.passes import run_once
from careerlog.daemon.service import Service
from careerlog.logs import setup_logging
from careerlog.store.locks import ONCE_WAIT, holder_of, lock_path, service_lock


@click.command()
@click.option(
    "--once", is_flag=True, help="One full pass (inbox, calendar, anything due, outbox), then exit."
)
def run(once: bool) -> None:
    """Run the service in the foreground (systemd Type=notify), or one pass with --once."""
    ctx = app()
    config = ctx.config
    if not click.get_current_context().find_root().params.get("verbose"):
        setup_logging(0, config.logging.level)
    if once:
        sys.exit(_run_once(ctx))
    sys.exit(Service(config, ctx.config_path).run())


def _run_once(ctx: AppContext) -> int:
    """One pass under the service lock: wait for another --once, step aside for the service."""
    config = ctx.config
    holder = holder_of(lock_path(config.store_path))
    if holder and holder[1] == "service":
        click.echo(
            f"careerlog is running as a service on {config.store_path} (pid {holder[0]}) "
            "and does this work itself; nothing to do"
        )
        return 0
    with service_lock(config, role="once", wait=ONCE_WAIT):
        report = run_once(config, ctx.db)
    for component, result in report.results.items():
        summary = result.summary() if hasattr(result, "summary") else result or "nothing to do"
        click.echo(f"{component}: {summary}")
    for component, error in report.errors.items():
        click.echo(f"{component}: FAILED: {error}", err=True)
    return 1 if report.errors else 0
