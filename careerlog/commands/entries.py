"""``log``, ``list`` and ``search``: entries from the command line.

An entry's date is the day it happened (``occurred_on``); times are printed in the
user's time zone (``[user] timezone``), as the store keeps them in UTC.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

import click

from careerlog import clock
from careerlog.commands.context import app
from careerlog.commands.output import (
    as_json,
    check_range,
    json_option,
    local_day,
    localise,
    table,
)
from careerlog.store.entries import KINDS, SCOPES, NewEntry, add_entry, list_entries, search_entries
from careerlog.wording import short

DATE = click.DateTime(formats=["%Y-%m-%d"])
_TIMES = ("created_at", "updated_at", "deleted_at")


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


def show_entries(rows: list[dict[str, Any]], json_flag: bool, tz: tzinfo | None = None) -> None:
    """Print entries; times in ``tz``, by default the configured user's time zone."""
    tz = tz or app().config.user.tz
    if json_flag:
        as_json([localise(r, tz, _TIMES) for r in rows])
        return
    table(
        (
            (
                r["id"],
                r["occurred_on"] or local_day(r["created_at"], tz),
                r["kind"],
                r["scope"] or "",
                short(r["text"], 60),
                ", ".join(r["people"]),
                short(r["goal"], 24),
            )
            for r in rows
        ),
        ["id", "date", "kind", "scope", "text", "people", "goal"],
    )


def _feeling_word(feeling: str) -> str | None:
    """The feelings table, loaded only when ``--feeling`` is given (``list`` and a plain
    ``log`` are typed many times a week and must start fast)."""
    from careerlog.parsers.feelings import normal_feeling

    return normal_feeling(feeling)


@click.command("log")
@click.argument("text", nargs=-1, required=True)
@click.option("--kind", type=click.Choice(KINDS), default="evidence", show_default=True)
@click.option("--scope", type=click.Choice(SCOPES), help="Reach of an evidence entry.")
@click.option("--person", "people", multiple=True, help="Someone involved (repeatable).")
@click.option("--goal", help="Goal this entry counts toward (title, #tag or id).")
@click.option("--date", "occurred", type=DATE, help="When it happened (YYYY-MM-DD).")
@click.option("--feeling", help="How it felt, in one word (proud, drained, …).")
@json_option
def log_cmd(
    text: tuple[str, ...],
    kind: str,
    scope: str | None,
    people: tuple[str, ...],
    goal: str | None,
    occurred: datetime | None,
    feeling: str | None,
    as_json_flag: bool,
) -> None:
    """Add an entry, e.g. careerlog log "Cut P99 by 340ms" --scope org --feeling proud."""
    ctx = app()
    db = ctx.db
    word = _feeling_word(feeling) if feeling is not None else None
    if feeling is not None and word is None:
        raise click.BadParameter(
            f"{feeling!r} is not one word; say how it felt in a word, e.g. proud or drained",
            param_hint="--feeling",
        )
    entry = NewEntry(
        kind=kind,
        text=" ".join(text),
        scope=scope,
        people=list(people),
        goal=goal,
        occurred_on=_day(occurred) or clock.now().astimezone(ctx.config.user.tz).date(),
        source="cli",
        feeling=word,
    )
    entry_id = add_entry(db, entry)
    (row,) = [r for r in list_entries(db) if r["id"] == entry_id]
    if as_json_flag:
        as_json(localise(row, ctx.config.user.tz, _TIMES))
    else:
        linked = f" (goal: {row['goal']})" if row["goal"] else ""
        if goal and not row["goal"]:
            linked = f" (no open goal matches {goal!r}; not linked)"
        click.echo(f"Logged {kind} #{entry_id}{linked}.")


@click.command("list")
@click.option("--kind", type=click.Choice(KINDS))
@click.option("--since", type=DATE, help="From this day (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Up to this day (YYYY-MM-DD).")
@click.option("--limit", type=int, default=50, show_default=True)
@json_option
def list_cmd(
    kind: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    as_json_flag: bool,
) -> None:
    """Show entries, newest first."""
    check_range(since, until)
    rows = list_entries(app().db, kind=kind, since=_day(since), until=_day(until), limit=limit)
    show_entries(rows, as_json_flag)


@click.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=int, default=50, show_default=True)
@json_option
def search_cmd(query: tuple[str, ...], limit: int, as_json_flag: bool) -> None:
    """Full-text search over entries (words, "phrases", OR, prefix*)."""
    show_entries(search_entries(app().db, " ".join(query), limit=limit), as_json_flag)
