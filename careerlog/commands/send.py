"""``send weekly|monthly|quarterly|digest|brief [--force]``: that mail now.

Prompts and the digest are for the current period; ``brief`` is the brief for the next
1:1 on your calendar (``careerlog brief PERSON --send`` picks the person).
"""

from __future__ import annotations

import click

from careerlog import clock
from careerlog.briefs import next_one_on_one, send_brief
from careerlog.commands.context import app
from careerlog.commands.deliver_now import deliver_and_report
from careerlog.errors import UserError
from careerlog.insights.digest_output import send_digest
from careerlog.periods import CADENCES
from careerlog.prompts import send_prompt
from careerlog.store.prompts import get_prompt


@click.command("send")
@click.argument("kind", type=click.Choice((*CADENCES, "digest", "brief")))
@click.option(
    "--force",
    is_flag=True,
    help="Send even if this period's mail went out already (as '<period>+2', …).",
)
def send(kind: str, force: bool) -> None:
    """Send the weekly, monthly or quarterly prompt, the digest, or the next 1:1 brief now.

    Each period gets one of each; asking again without --force sends nothing. A mail
    sent here never takes the place of the scheduled one (the service still sends that,
    and a digest of a quarter still running says "so far"). The mail
    is stored in the outbox first, then delivered; if delivery fails it is retried.
    """
    ctx = app()
    config, db = ctx.config, ctx.db
    if kind == "digest":
        prompt_id = send_digest(config, db, force=force, manual=True)
    elif kind == "brief":
        occurrence = next_one_on_one(db, clock.now())
        if occurrence is None:
            raise UserError("no 1:1 in the next two weeks of your calendar; nothing to brief")
        prompt_id = send_brief(config, db, occurrence, force=force)
    else:
        prompt_id = send_prompt(config, db, kind, force=force, deliver=False, manual=True)
    noun = {"digest": "digest", "brief": "brief"}.get(kind, f"{kind} prompt")
    if prompt_id is None:
        click.echo(f"The {noun} for this period was sent already; use --force to resend.")
        return
    prompt = get_prompt(db, prompt_id)
    assert prompt is not None  # queued a moment ago
    deliver_and_report(config, db, prompt_id, f"the {noun} “{prompt['subject']}”")
