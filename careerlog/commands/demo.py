"""``careerlog demo``: see careerlog work with no servers and no setup."""

from __future__ import annotations

import shlex
import time
from pathlib import Path

import click

from careerlog.commands.entries import show_entries
from careerlog.commands.invocation import command_name
from careerlog.config import load_config
from careerlog.demo.quarter import run_demo
from careerlog.store import open_store
from careerlog.store.entries import list_entries


@click.command()
@click.option(
    "--dir",
    "home",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the demo's config, mail and database (default: a new temporary folder).",
)
def demo(home: Path | None) -> None:
    """A quarter of careerlog in seconds: prompts, replies, briefs, digest; no servers."""
    started = time.monotonic()
    result = run_demo(home, click.echo)
    db = open_store(result.database)
    click.echo("")
    tz = load_config(result.config_path).user.tz
    show_entries(list_entries(db, limit=12), json_flag=False, tz=tz)
    db.close()
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(result.entries_by_kind.items()))
    mails = ", ".join(f"{n} {k}" for k, n in sorted(result.prompts.items()))
    click.echo(f"\nSimulated a quarter in {time.monotonic() - started:.1f} s.")
    click.echo(f"Mail sent:     {mails}")
    total = sum(result.entries_by_kind.values())
    click.echo(f"Replies read:  {result.replies} -> {total} entries ({kinds})")
    click.echo(f"People:        {result.people} in the relationship map")
    if result.digest:
        click.echo(f"Digest:        {result.digest}")
    click.echo(f"Database: {result.database}")
    config = shlex.quote(str(result.config_path))
    click.echo(f"Try:      {command_name()} --config {config} list --kind skill")
