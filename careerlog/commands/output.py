"""Human tables and machine JSON, the two ways commands print."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime, tzinfo
from typing import Any

import click

from careerlog.errors import UserError


def shorten(text: Any, width: int = 70) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= width else value[: width - 1] + "…"


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    rows = list(rows)
    if not rows:
        click.echo("(nothing)")
        return
    from tabulate import tabulate  # ~18 ms to import: only commands that print a table pay

    click.echo(tabulate(rows, headers=list(headers), tablefmt="simple"))


def local_time(value: Any, tz: tzinfo) -> str | None:
    """A stored UTC timestamp as the user's local time (ISO, to the second, with offset)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        return moment.isoformat(timespec="seconds")
    return moment.astimezone(tz).isoformat(timespec="seconds")


def local_day(value: Any, tz: tzinfo) -> str:
    """The user's local date of a stored UTC timestamp, for tables."""
    return (local_time(value, tz) or "")[:10]


def localise(row: dict[str, Any], tz: tzinfo, fields: Sequence[str]) -> dict[str, Any]:
    """The row with its timestamp ``fields`` in the user's time zone."""
    return {k: local_time(v, tz) if k in fields else v for k, v in row.items()}


def as_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


json_option = click.option("--json", "as_json_flag", is_flag=True, help="Print JSON for scripts.")


def check_range(since: datetime | None, until: datetime | None) -> None:
    """``--since`` after ``--until`` selects nothing: say so instead of printing nothing."""
    if since and until and since > until:
        raise UserError(
            f"--since {since.date().isoformat()} is after --until {until.date().isoformat()}"
        )
