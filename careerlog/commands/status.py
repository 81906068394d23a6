"""``careerlog status``: when each part last worked, and what waits or was held.

Times are printed in the user's time zone (``[user] timezone``); the store keeps UTC.
"""

from __future__ import annotations

import click

from careerlog.commands.context import app
from careerlog.commands.output import as_json, json_option, local_minute, localise, table
from careerlog.errors import UserError
from careerlog.store.backup import damaged, quick_check
from careerlog.store.db import Store
from careerlog.store.entries import count_entries
from careerlog.store.health import COMPONENTS, health
from careerlog.store.outbox import count_by_status
from careerlog.store.quarantine import count_held
from careerlog.wording import counted

_TIMES = ("last_success_at", "last_error_at")


@click.command()
@json_option
def status(as_json_flag: bool) -> None:
    """When inbox, calendar, prompts and outbox last worked, and their last error."""
    ctx = app()
    db, tz = ctx.db, ctx.config.user.tz
    assert isinstance(db, Store)
    # first: counting rows in a damaged table would end in SQLite's own error
    problems = quick_check(db)
    if problems:
        raise UserError(damaged(db.path, problems))
    rows = {name: localise(row, tz, _TIMES) for name, row in health(db).items()}
    outbox = count_by_status(db)
    counts = {
        "entries": count_entries(db),
        "outbox_pending": outbox["pending"],
        "outbox_dead": outbox["dead"],
        "quarantined": count_held(db),
    }
    if as_json_flag:
        as_json({"components": rows, **counts})
        return
    table(
        (
            (
                name,
                local_minute(rows.get(name, {}).get("last_success_at"), tz) or "never",
                local_minute(rows.get(name, {}).get("last_error_at"), tz),
                rows.get(name, {}).get("last_error") or "",
            )
            for name in COMPONENTS
        ),
        ["part", "last success", "last error at", "last error"],
    )
    click.echo(
        f"\n{counted(counts['entries'], 'entry', 'entries')}; "
        f"outbox: {counts['outbox_pending']} waiting, "
        f"{counts['outbox_dead']} given up; {counts['quarantined']} held in quarantine."
    )
