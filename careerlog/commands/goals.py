"""``goals add|list|show|update``: goals and gaps, with history.

Times are printed in the user's time zone (``[user] timezone``); the store keeps UTC.
"""

from __future__ import annotations

import click

from careerlog.commands.context import app
from careerlog.commands.output import as_json, json_option, local_day, localise, table
from careerlog.store import goals as store
from careerlog.wording import short

_TIMES = ("created_at", "updated_at", "last_update", "at")
# `achieved` was the word for `done` before; scripts that still say it keep working.
_STATUS_CHOICE = click.Choice([*store.STATUSES, *store.STATUS_SYNONYMS], case_sensitive=False)


@click.group()
def goals() -> None:
    """Where you want to be and what stands in the way."""


@goals.command("add")
@click.argument("title", nargs=-1, required=True)
@click.option("--state", help="Where you are now.")
@click.option("--gap", help="What is missing.")
@click.option("--actions", help="What you are doing about it.")
@click.option("--motivation", "--why", "motivation", help="Why this goal matters to you.")
@click.option("--tag", help="Short tag for linking entries, e.g. staff (used as #staff).")
def add(
    title: tuple[str, ...],
    state: str | None,
    gap: str | None,
    actions: str | None,
    motivation: str | None,
    tag: str | None,
) -> None:
    """Track a new goal."""
    goal_id = store.add_goal(
        app().db,
        " ".join(title),
        current_state=state,
        gap=gap,
        actions=actions,
        motivation=motivation,
        tag=tag,
    )
    click.echo(f"Added goal #{goal_id}.")


@goals.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include done and dropped goals.")
@click.option("--status", type=_STATUS_CHOICE, help="Only goals with this status.")
@json_option
def list_goals(show_all: bool, status: str | None, as_json_flag: bool) -> None:
    """Open goals with their gap and last update."""
    ctx = app()
    wanted = store.normal_status(status) if status else None if show_all else "open"
    rows = store.list_goals(ctx.db, status=wanted)
    tz = ctx.config.user.tz
    if as_json_flag:
        as_json([localise(r, tz, _TIMES) for r in rows])
        return
    table(
        (
            (
                r["id"],
                short(r["title"], 40),
                r["status"],
                short(r["gap"], 40),
                local_day(r["last_update"], tz),
                r["entries"],
            )
            for r in rows
        ),
        ["id", "goal", "status", "gap", "updated", "entries"],
    )


@goals.command("show")
@click.argument("goal")
@json_option
def show(goal: str, as_json_flag: bool) -> None:
    """One goal with every update (GOAL is an id, #tag or title)."""
    ctx = app()
    tz = ctx.config.user.tz
    found = store.require_goal(ctx.db, goal)
    history = [localise(h, tz, _TIMES) for h in store.goal_history(ctx.db, int(found["id"]))]
    if as_json_flag:
        as_json({**localise(found, tz, _TIMES), "history": history})
        return
    click.echo(f"#{found['id']} {found['title']} ({found['status']})")
    for label, key in (("State", "current_state"), ("Gap", "gap"), ("Next", "actions")):
        click.echo(f"  {label}: {found[key] or '-'}")
    click.echo(f"  Why: {found.get('motivation') or '-'}")
    table(
        (
            (
                (h["at"] or "")[:16].replace("T", " "),
                h["status"] or "",
                short(h["current_state"], 30),
                short(h["gap"], 24),
                short(h["actions"], 24),
                h["source"],
            )
            for h in history
        ),
        ["when", "status", "state", "gap", "next", "from"],
    )


@goals.command("update")
@click.argument("goal")
@click.option("--state", help="Where you are now.")
@click.option("--gap", help="What is missing now.")
@click.option("--actions", help="What you are doing about it.")
@click.option("--motivation", "--why", "motivation", help="Why this goal matters to you.")
@click.option("--status", type=_STATUS_CHOICE, help="open, done or dropped.")
def update(
    goal: str,
    state: str | None,
    gap: str | None,
    actions: str | None,
    motivation: str | None,
    status: str | None,
) -> None:
    """Record where a goal stands now (GOAL is an id, #tag or title)."""
    db = app().db
    found = store.require_goal(db, goal)
    store.update_goal(
        db,
        int(found["id"]),
        current_state=state,
        gap=gap,
        actions=actions,
        motivation=motivation,
        status=status,
    )
    click.echo(f"Updated goal #{found['id']}: {found['title']}.")
