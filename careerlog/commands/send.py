"""``send weekly|monthly|quarterly [--force]``: a cadence prompt now, for the current period."""

from __future__ import annotations

import click

from careerlog.commands.context import app
from careerlog.errors import UserError
from careerlog.outbox import deliver_due
from careerlog.prompts import send_prompt
from careerlog.prompts.periods import CADENCES


@click.command("send")
@click.argument("kind", type=click.Choice(CADENCES))
@click.option(
    "--force",
    is_flag=True,
    help="Send even if this period's prompt went out already (as '<period>+2', …).",
)
def send(kind: str, force: bool) -> None:
    """Send the weekly, monthly or quarterly prompt now.

    Each period gets one prompt; asking again without --force sends nothing. The mail
    is stored in the outbox first, then delivered; if delivery fails it is retried.
    """
    ctx = app()
    config, db = ctx.config, ctx.db
    prompt_id = send_prompt(config, db, kind, force=force, deliver=False)
    if prompt_id is None:
        click.echo(f"The {kind} prompt for this period was sent already; use --force to resend.")
        return
    row = next(iter(db.query("select period, message_id from prompts where id = ?", [prompt_id])))
    report = deliver_due(config, db)
    status = next(
        iter(db.query("select status, last_error from outbox where prompt_id = ?", [prompt_id]))
    )
    if status["status"] == "sent":
        click.echo(f"Sent the {kind} prompt for {row['period']} to {config.user.email}.")
    elif status["status"] == "dead":
        raise UserError(
            f"the {kind} prompt for {row['period']} was refused: {status['last_error']}; "
            "fix it and run 'careerlog outbox retry --all-dead'"
        )
    else:
        click.echo(
            f"Queued the {kind} prompt for {row['period']}; sending failed for now "
            f"({status['last_error']}) and will be retried."
        )
    if report.sent > 1:
        click.echo(f"Also sent {report.sent - 1} other queued mail.")
