"""``brief [PERSON] [--send] [--force]``: the next 1:1 brief, shown or sent now."""

from __future__ import annotations

from datetime import datetime

import click

from careerlog import clock
from careerlog.briefs.due import (
    LOOKAHEAD_DAYS,
    brief_exists,
    next_one_on_one,
    render_brief,
    send_brief,
)
from careerlog.briefs.timing import LeadTime, brief_due_at, when_text
from careerlog.commands.context import app
from careerlog.commands.deliver_now import deliver_and_report
from careerlog.errors import UserError


@click.command("brief")
@click.argument("person", required=False)
@click.option("--send", "send_now", is_flag=True, help="Send the brief now instead of showing it.")
@click.option(
    "--force",
    is_flag=True,
    help="With --send: send again even if this meeting's brief went out already.",
)
def brief(person: str | None, send_now: bool, force: bool) -> None:
    """Show the brief for the next 1:1 (with PERSON, or with anyone).

    Briefs go out by themselves before each 1:1 (17:00 the evening before a morning
    meeting, 2 hours before a later one). Without --send this only shows what the next
    one says, and marks nothing as shared. Each meeting gets one brief: --send for a
    meeting that had its brief sends nothing unless --force is given.
    """
    if force and not send_now:
        raise UserError("--force only makes sense with --send")
    ctx = app()
    config, db = ctx.config, ctx.db
    now = clock.now()
    tz = config.user.tz
    occurrence = next_one_on_one(db, now, person)
    if occurrence is None:
        who = f"with {person} " if person else ""
        raise UserError(
            f"no 1:1 {who}in the next {LOOKAHEAD_DAYS} days on your calendar; "
            "'careerlog run --once' syncs the calendar"
        )
    existing = brief_exists(db, occurrence.key)
    if not send_now:
        if existing is not None:
            created = datetime.fromisoformat(existing["created_at"])
            click.echo(f"(This brief was created {when_text(created, tz)}.)\n")
            click.echo(f"Subject: {existing['subject']}\n")
            click.echo(existing["body_text"] or "")
            return
        preview = render_brief(config, db, occurrence, now)
        due = brief_due_at(occurrence.start, tz, LeadTime.from_config(config.briefs))
        click.echo(f"(Goes out {when_text(due, tz)} unless sent with --send.)\n")
        click.echo(f"Subject: {preview.subject}\n")
        click.echo(preview.text)
        return
    prompt_id = send_brief(config, db, occurrence, now, force=force)
    if prompt_id is None:
        click.echo(
            f"The brief for your 1:1 with {occurrence.person_name} on "
            f"{when_text(occurrence.start, tz)} was sent already; use --force to resend."
        )
        return
    when = when_text(occurrence.start, tz)
    what = f"the brief for your 1:1 with {occurrence.person_name} ({when})"
    deliver_and_report(config, db, prompt_id, what)
