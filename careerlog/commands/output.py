"""Human tables and machine JSON, the two ways commands print."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import click
from tabulate import tabulate


def shorten(text: Any, width: int = 70) -> str:
    value = " ".join(str(text or "").split())
    return value if len(value) <= width else value[: width - 1] + "…"


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str]) -> None:
    rows = list(rows)
    if not rows:
        click.echo("(nothing)")
        return
    click.echo(tabulate(rows, headers=list(headers), tablefmt="simple"))


def as_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


json_option = click.option("--json", "as_json_flag", is_flag=True, help="Print JSON for scripts.")
