"""``careerlog doctor``: is everything configured and reachable?"""

from __future__ import annotations

import sys

import click

from careerlog.commands.context import app
from careerlog.doctor import run_checks


@click.command()
def doctor() -> None:
    """Check the config, the store and every configured server, one line each."""
    config = app().config  # a broken config stops here with its own message
    click.echo(f"ok    config {config.path}")
    failed = 0
    for check in run_checks(config):
        mark = click.style("ok  ", fg="green") if check.ok else click.style("FAIL", fg="red")
        click.echo(f"{mark}  {check.name}: {check.detail}")
        failed += not check.ok
    if failed:
        click.echo(f"{failed} check(s) failed.", err=True)
        sys.exit(1)
