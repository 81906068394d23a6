"""``export entries|people|goals``: take your data elsewhere."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click

from careerlog.commands.context import app
from careerlog.commands.entries import DATE
from careerlog.exports import FORMATS, render
from careerlog.store.entries import list_entries
from careerlog.store.goals import list_goals
from careerlog.store.people import list_people


@click.command()
@click.argument("what", type=click.Choice(("entries", "people", "goals")))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option("--since", type=DATE, help="Entries from this day (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Entries up to this day (YYYY-MM-DD).")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file."
)
def export(
    what: str, fmt: str, since: datetime | None, until: datetime | None, output: Path | None
) -> None:
    """Export entries, people or goals as json, csv or md."""
    db = app().db
    if what == "entries":
        rows = list_entries(
            db, since=since.date() if since else None, until=until.date() if until else None
        )
    elif what == "people":
        rows = [{**r, "emails": json.loads(r["emails"] or "[]")} for r in list_people(db)]
    else:
        rows = list_goals(db, status=None)
    text = render(rows, what, fmt)
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {len(rows)} {what} to {output}.", err=True)
    else:
        click.echo(text, nl=False)
