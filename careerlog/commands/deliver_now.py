"""Deliver what a command just queued, and say plainly what happened to it."""

from __future__ import annotations

import click
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.errors import UserError
from careerlog.outbox import deliver_due
from careerlog.store.outbox import state_of_prompt


def deliver_and_report(config: Config, db: Database, prompt_id: int, what: str) -> None:
    """Run the outbox now; report the mail of ``prompt_id`` as sent, queued or refused."""
    report = deliver_due(config, db)
    row = state_of_prompt(db, prompt_id)
    if row is None:
        raise UserError(f"no outbox mail for prompt #{prompt_id}")
    if row["status"] == "sent":
        click.echo(f"Sent {what} to {config.user.email}.")
    elif row["status"] == "dead":
        raise UserError(
            f"{what} was refused: {row['last_error']}; "
            "fix it and run 'careerlog outbox retry --all-dead'"
        )
    else:
        click.echo(
            f"Queued {what}; sending failed for now ({row['last_error']}) and will be retried."
        )
    if report.sent > 1:
        click.echo(f"Also sent {report.sent - 1} other queued mail.")
