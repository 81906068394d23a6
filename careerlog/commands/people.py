"""``people add|list|show``: the relationship map.

Dates are the user's (``[user] timezone``); the store keeps UTC: a 1:1 at 18:00 in Los
Angeles was met that day, not the next.
"""

from __future__ import annotations

import json

import click

from careerlog.commands.context import app
from careerlog.commands.output import (
    as_json,
    json_option,
    local_day,
    local_time,
    localise,
    table,
)
from careerlog.errors import UserError
from careerlog.store import people as store
from careerlog.store.entries import list_entries
from careerlog.store.interactions import last_met
from careerlog.wording import counted, short

_TIMES = ("created_at", "updated_at", "last_met")
_ENTRY_TIMES = ("created_at", "updated_at", "deleted_at")


@click.group()
def people() -> None:
    """The people you work with."""


@people.command("add")
@click.argument("name", nargs=-1, required=True)
@click.option("--email", "emails", multiple=True, help="Their address (repeatable).")
@click.option("--relation", type=click.Choice(store.RELATIONS))
@click.option("--how-met", help="How you met.")
@click.option("--worked-on", help="What you worked on together.")
@click.option("--advocate/--no-advocate", default=False, help="Would they speak up for you?")
def add(
    name: tuple[str, ...],
    emails: tuple[str, ...],
    relation: str | None,
    how_met: str | None,
    worked_on: str | None,
    advocate: bool,
) -> None:
    """Add someone to your relationship map."""
    full = " ".join(name)
    person_id = store.add_person(
        app().db,
        full,
        emails=emails,
        relation=relation,
        how_met=how_met,
        worked_on=worked_on,
        advocate=advocate,
    )
    click.echo(f"Added {full} (#{person_id}).")


@people.command("list")
@json_option
def list_people(as_json_flag: bool) -> None:
    """Everyone in the map, with when you last met."""
    ctx = app()
    tz = ctx.config.user.tz
    rows = [localise(r, tz, _TIMES) for r in store.list_people(ctx.db)]
    if as_json_flag:
        as_json([{**r, "emails": json.loads(r["emails"] or "[]")} for r in rows])
        return
    table(
        (
            (
                r["id"],
                r["name"],
                r["relation"] or "",
                ", ".join(json.loads(r["emails"] or "[]")),
                local_day(r["last_met"], tz),
                r["entries"],
                "yes" if r["advocate"] else "",
            )
            for r in rows
        ),
        ["id", "name", "relation", "emails", "last met", "entries", "advocate"],
    )


@people.command("show")
@click.argument("name", nargs=-1, required=True)
@json_option
def show(name: tuple[str, ...], as_json_flag: bool) -> None:
    """One person: details and the entries that name them."""
    ctx = app()
    db, tz = ctx.db, ctx.config.user.tz
    found = store.find_person(db, " ".join(name))
    if not found:
        raise UserError(f"nobody called {' '.join(name)!r}; 'careerlog people list' shows the map")
    entries = [
        localise(e, tz, _ENTRY_TIMES) for e in list_entries(db) if found["name"] in e["people"]
    ]
    met = last_met(db).get(int(found["id"]))
    detail = {
        **localise(found, tz, _TIMES),
        "emails": json.loads(found["emails"] or "[]"),
        "last_met": local_time(met, tz),
        "entries": entries,
    }
    if as_json_flag:
        as_json(detail)
        return
    for label, key in (
        ("Name", "name"),
        ("Relation", "relation"),
        ("How met", "how_met"),
        ("Worked on", "worked_on"),
        ("Status", "status"),
    ):
        click.echo(f"{label + ':':11} {found[key] or '-'}")
    click.echo(f"{'E-mails:':11} {', '.join(detail['emails']) or '-'}")
    click.echo(f"{'Advocate:':11} {'yes' if found['advocate'] else 'no'}")
    click.echo(f"{'Last met:':11} {local_day(met, tz) or '-'}")
    click.echo(f"\n{counted(len(entries), 'entry', 'entries')}:")
    for e in entries:
        day = e["occurred_on"] or local_day(e["created_at"], tz)
        click.echo(f"  #{e['id']} {day} {short(e['text'], 70)}")
