"""``careerlog quarantine list|show|accept|drop``: mail that may not write your log."""

from __future__ import annotations

import click

from careerlog.commands.context import app
from careerlog.commands.output import as_json, json_option, shorten, table
from careerlog.intake.classify import classify
from careerlog.intake.process import parse_and_record, read_headers
from careerlog.intake.quarantine import get_quarantined, list_quarantine, resolve


@click.group()
def quarantine() -> None:
    """Messages held back because they did not come from you."""


@quarantine.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include accepted and dropped ones.")
@json_option
def list_cmd(show_all: bool, as_json_flag: bool) -> None:
    """Held messages, oldest first."""
    rows = list_quarantine(app().db, include_resolved=show_all)
    if as_json_flag:
        as_json(rows)
        return
    table(
        (
            (
                r["id"],
                r["created_at"][:16],
                shorten(r["from_addr"], 30),
                shorten(r["subject"], 40),
                shorten(r["reason"], 50),
                r["resolution"] or "",
            )
            for r in rows
        ),
        ["id", "held at", "from", "subject", "reason", "resolution"],
    )


@quarantine.command("show")
@click.argument("quarantine_id", type=int)
def show(quarantine_id: int) -> None:
    """The raw message, as it arrived."""
    row = get_quarantined(app().db, quarantine_id)
    click.echo(f"Held because: {row['reason']}\n")
    click.echo(bytes(row["raw"]).decode("utf-8", "replace"))


@quarantine.command("accept")
@click.argument("quarantine_id", type=int)
def accept(quarantine_id: int) -> None:
    """It was you after all: parse it and log its entries."""
    ctx = app()
    db, config = ctx.db, ctx.config
    with db.atomic():
        row = resolve(db, quarantine_id, "accepted")
        raw = bytes(row["raw"])
        verdict = classify(read_headers(raw), config, db)
        outcome = parse_and_record(config, db, int(row["inbound_id"]), raw, verdict)
    click.echo(f"Accepted #{quarantine_id}: {len(outcome.entry_ids)} entries logged.")


@quarantine.command("drop")
@click.argument("quarantine_id", type=int)
def drop(quarantine_id: int) -> None:
    """Not you: keep it out of the log (the raw message stays in the database)."""
    resolve(app().db, quarantine_id, "dropped")
    click.echo(f"Dropped #{quarantine_id}.")
