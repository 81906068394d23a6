"""``outbox list|retry``: see what careerlog is sending, and re-queue mail that gave up.

Times are printed in the user's time zone (``[user] timezone``); the store keeps UTC.
"""

from __future__ import annotations

import json

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
from careerlog.outbox import deliver_due, requeue
from careerlog.store.outbox import STATUSES, list_outbox
from careerlog.wording import short

_TIMES = ("created_at", "accepted_at", "next_attempt_at")


@click.group("outbox")
def outbox() -> None:
    """Outgoing mail: stored first, then sent and retried until it goes or gives up."""


@outbox.command("list")
@click.option("--status", type=click.Choice(STATUSES), help="Only mail with this status.")
@json_option
def list_cmd(status: str | None, as_json_flag: bool) -> None:
    """Queued, sent and dead mail, newest first."""
    ctx = app()
    tz = ctx.config.user.tz
    rows = [localise(row, tz, _TIMES) for row in list_outbox(ctx.db, status)]
    for row in rows:
        row["recipients"] = json.loads(row["recipients"] or "[]")
    if as_json_flag:
        as_json(rows)
        return
    table(
        (
            (
                r["id"],
                r["kind"],
                r["status"],
                r["attempts"],
                local_minute(r["created_at"], tz),
                local_minute(r["accepted_at"] or r["next_attempt_at"], tz),
                short(r["last_error"], 50),
            )
            for r in rows
        ),
        ["id", "kind", "status", "tries", "queued", "sent / next try", "last error"],
    )


@outbox.command("retry")
@click.argument("ids", nargs=-1, type=int)
@click.option("--all-dead", is_flag=True, help="Re-queue every dead mail.")
@click.option("--no-send", is_flag=True, help="Only re-queue; the daemon sends it.")
def retry(ids: tuple[int, ...], all_dead: bool, no_send: bool) -> None:
    """Re-queue dead mail (by ID, or --all-dead) and try to send it now."""
    if bool(ids) == all_dead:
        raise UserError(
            "give outbox IDs or --all-dead (not both); 'careerlog outbox list' shows IDs"
        )
    ctx = app()
    done = requeue(ctx.db, None if all_dead else list(ids))
    if not done:
        click.echo("No dead mail to retry.")
        return
    click.echo(f"Re-queued {len(done)} mail: {', '.join(f'#{i}' for i in done)}.")
    if no_send:
        return
    report = deliver_due(ctx.config, ctx.db)
    click.echo(f"Sent {report.sent}, will retry {report.retried}, gave up on {report.dead}.")
    for error in report.errors:
        click.echo(f"  {error}", err=True)
