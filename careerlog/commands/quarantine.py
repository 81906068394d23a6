"""``careerlog quarantine list|show|accept|drop``: mail that may not write your log.

Times are printed in the user's time zone (``[user] timezone``); the store keeps UTC.
"""

from __future__ import annotations

from typing import Any

import click

from careerlog.commands.context import app
from careerlog.commands.output import (
    as_json,
    json_option,
    local_minute,
    localise,
    table,
)
from careerlog.errors import UserError
from careerlog.intake.classify import classify
from careerlog.intake.process import parse_and_record, read_headers
from careerlog.intake.quarantine import get_quarantined, resolve
from careerlog.intake.refetch import refetch
from careerlog.store.inbound import replace_headers_only
from careerlog.store.quarantine import list_quarantine
from careerlog.wording import counted, short

_TIMES = ("created_at",)


@click.group()
def quarantine() -> None:
    """Messages held back because they did not come from you."""


@quarantine.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include accepted and dropped ones.")
@json_option
def list_cmd(show_all: bool, as_json_flag: bool) -> None:
    """Held messages, oldest first."""
    ctx = app()
    tz = ctx.config.user.tz
    rows = [localise(r, tz, _TIMES) for r in list_quarantine(ctx.db, include_resolved=show_all)]
    if as_json_flag:
        as_json(rows)
        return
    table(
        (
            (
                r["id"],
                local_minute(r["created_at"], tz),
                short(r["from_addr"], 30),
                short(r["subject"], 40),
                short(r["reason"], 50),
                r["resolution"] or "",
            )
            for r in rows
        ),
        ["id", "held at", "from", "subject", "reason", "resolution"],
    )


def _headers_only_note(row: dict[str, Any]) -> str:
    size = f"{row['size']:,} bytes" if row["size"] else "too large"
    return (
        f"careerlog kept only the headers of #{row['id']} ({size}, more than "
        "[limits] max_quarantine_bytes); the whole message is still on your mail server"
    )


@quarantine.command("show")
@click.argument("quarantine_id", type=int)
def show(quarantine_id: int) -> None:
    """The raw message, as it arrived (its headers only when it was too large to keep)."""
    row = get_quarantined(app().db, quarantine_id)
    click.echo(f"Held because: {row['reason']}\n")
    if row["headers_only"]:
        click.echo(f"{_headers_only_note(row)}.\n")
    click.echo(bytes(row["raw"]).decode("utf-8", "replace"))


@quarantine.command("accept")
@click.argument("quarantine_id", type=int)
def accept(quarantine_id: int) -> None:
    """It was you after all: parse it and log its entries."""
    ctx = app()
    db, config = ctx.db, ctx.config
    row = get_quarantined(db, quarantine_id)
    raw = bytes(row["raw"])
    if row["headers_only"] and not row["resolution"]:
        fetched = refetch(config, db, row) if row["size"] <= config.max_message_bytes else None
        if fetched is None:
            raise UserError(
                f"{_headers_only_note(row)}, and careerlog cannot fetch it again. Forward it "
                "to yourself from your mail client (to your capture address, or with your "
                f"capture subject prefix), then 'careerlog quarantine drop {quarantine_id}'"
            )
        raw = fetched
    with db.atomic():
        row = resolve(db, quarantine_id, "accepted")
        if row["headers_only"]:
            replace_headers_only(db, int(row["inbound_id"]), raw)
        verdict = classify(read_headers(raw), config, db)
        outcome = parse_and_record(config, db, int(row["inbound_id"]), raw, verdict)
    fetched_note = " (fetched again from the mail server)" if row["headers_only"] else ""
    logged = counted(len(outcome.entry_ids), "entry", "entries")
    click.echo(f"Accepted #{quarantine_id}{fetched_note}: {logged} logged.")


@quarantine.command("drop")
@click.argument("quarantine_id", type=int)
def drop(quarantine_id: int) -> None:
    """Not you: keep it out of the log (the raw message stays in the database)."""
    resolve(app().db, quarantine_id, "dropped")
    click.echo(f"Dropped #{quarantine_id}.")
