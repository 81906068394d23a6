"""``careerlog demo``: see careerlog work with no servers and no setup."""

from __future__ import annotations

from pathlib import Path

import click

from careerlog.commands.entries import show_entries
from careerlog.demo.run import run_demo
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
    """Run careerlog on bundled sample replies from many mail clients."""
    result = run_demo(home, click.echo)
    db = open_store(result.database)
    click.echo("")
    show_entries(list_entries(db, limit=15), json_flag=False)
    db.close()
    kinds = ", ".join(f"{n} {k}" for k, n in sorted(result.entries_by_kind.items()))
    click.echo(
        f"\n{result.replies} replies read: {sum(result.entries_by_kind.values())} entries "
        f"({kinds}); {result.skipped} skipped, {result.auto_replies} auto-reply ignored; "
        f"{result.people} people in the map."
    )
    click.echo(f"Database: {result.database}")
    click.echo(f"Try:      careerlog --config {result.config_path} list --kind skill")
