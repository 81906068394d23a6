"""``goals add|list|update``: goals and gaps, with history."""

from __future__ import annotations

import click

from careerlog.commands.context import app
from careerlog.commands.output import as_json, json_option, shorten, table
from careerlog.store import goals as store


@click.group()
def goals() -> None:
    """Where you want to be and what stands in the way."""


@goals.command("add")
@click.argument("title", nargs=-1, required=True)
@click.option("--state", help="Where you are now.")
@click.option("--gap", help="What is missing.")
@click.option("--actions", help="What you are doing about it.")
@click.option("--tag", help="Short tag for linking entries, e.g. staff (used as #staff).")
def add(
    title: tuple[str, ...], state: str | None, gap: str | None, actions: str | None, tag: str | None
) -> None:
    """Track a new goal."""
    goal_id = store.add_goal(
        app().db, " ".join(title), current_state=state, gap=gap, actions=actions, tag=tag
    )
    click.echo(f"Added goal #{goal_id}.")


@goals.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include achieved and dropped goals.")
@json_option
def list_goals(show_all: bool, as_json_flag: bool) -> None:
    """Open goals with their gap and last update."""
    rows = store.list_goals(app().db, status=None if show_all else "open")
    if as_json_flag:
        as_json(rows)
        return
    table(
        (
            (
                r["id"],
                shorten(r["title"], 40),
                r["status"],
                shorten(r["gap"], 40),
                (r["last_update"] or "")[:10],
                r["entries"],
            )
            for r in rows
        ),
        ["id", "goal", "status", "gap", "updated", "entries"],
    )


@goals.command("update")
@click.argument("goal")
@click.option("--state", help="Where you are now.")
@click.option("--gap", help="What is missing now.")
@click.option("--actions", help="What you are doing about it.")
@click.option("--status", type=click.Choice(store.STATUSES))
def update(
    goal: str, state: str | None, gap: str | None, actions: str | None, status: str | None
) -> None:
    """Record where a goal stands now (GOAL is an id, #tag or title)."""
    db = app().db
    found = store.require_goal(db, goal)
    store.update_goal(
        db, int(found["id"]), current_state=state, gap=gap, actions=actions, status=status
    )
    click.echo(f"Updated goal #{found['id']}: {found['title']}.")
