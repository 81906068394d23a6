"""``export``: take your data elsewhere, or turn it into the document the moment needs.

``entries|people|goals`` are records (json, csv, md, html); ``review``, ``promo``,
``resume`` and ``job-search`` are documents (md, html, json) built by
:mod:`careerlog.insights`. Every check happens before anything is written, so bad input
leaves no half-written file.
"""

from __future__ import annotations

import json
import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import click
from dateutil.relativedelta import relativedelta
from sqlite_utils import Database

from careerlog import clock
from careerlog.commands.context import app
from careerlog.commands.entries import DATE
from careerlog.commands.output import check_range, localise
from careerlog.errors import UserError
from careerlog.exports import DOCUMENTS, RECORDS, check_format, render, render_document
from careerlog.files import write_atomically
from careerlog.insights.jobsearch import build_job_search
from careerlog.insights.promo import build_promo
from careerlog.insights.resume import build_resume
from careerlog.insights.review import build_review
from careerlog.insights.window import Window, entry_day
from careerlog.store.entries import first_evidence, list_entries
from careerlog.store.goals import list_goals
from careerlog.store.people import list_people

log = logging.getLogger(__name__)
DEFAULT_MONTHS = 12


@click.command()
@click.argument("what", metavar="entries|people|goals|review|promo|resume|job-search")
@click.option(
    "--format",
    "fmt",
    default="md",
    show_default=True,
    help="entries/people/goals: json, csv, md, html; documents: md, html, json.",
)
@click.option("--since", type=DATE, help="From this day (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Up to and including this day (YYYY-MM-DD).")
@click.option(
    "--criteria",
    type=click.Path(dir_okay=False, path_type=Path),
    help="promo: your company's criteria as TOML (see config/promo-criteria.example.toml).",
)
@click.option("--limit", type=click.IntRange(min=1), help="resume: at most this many bullets.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to a file."
)
def export(
    what: str,
    fmt: str,
    since: datetime | None,
    until: datetime | None,
    criteria: Path | None,
    limit: int | None,
    output: Path | None,
) -> None:
    """Export records, or a review / promotion case / résumé built from your log.

    \b
    review  3-5 strongest entries, skills developed, forward-looking goals (default: last 12 months)
    promo   each criterion in --criteria with its evidence, and those with none (last 12 months)
    resume  accomplishment bullets, strongest first, in résumé voice (default: everything)
    job-search  accomplishments, skills with evidence, who can refer you (default: everything)
    """
    fmt = fmt.lower()
    check_format(what, fmt)
    check_range(since, until)
    if criteria is not None and what != "promo":
        raise UserError("--criteria is only for 'export promo'")
    if what == "promo" and criteria is None:
        raise UserError(
            "export promo needs --criteria FILE.toml; start from config/promo-criteria.example.toml"
        )
    if limit is not None and what != "resume":
        raise UserError("--limit is only for 'export resume'")
    context = app()
    db = context.db
    if what in RECORDS:
        tz = context.config.user.tz
        rows = [localise(r, tz, _TIMES) for r in _records(db, what, since, until)]
        text = render(rows, what, fmt)
        count = f"{len(rows)} {what}"
    else:
        window = _window(db, what, since, until, context.config.user.tz)
        data = _document(db, what, window, criteria, limit)
        text = render_document(what, data, fmt)
        count = f"the {what} for {window.label()}"
    if output:
        _write(output, text)
        click.echo(f"Wrote {count} to {output}.", err=True)
    else:
        click.echo(text, nl=False)


# Stored in UTC; printed in the user's time zone like every time the CLI shows.
_TIMES = ("created_at", "updated_at", "deleted_at", "last_update", "last_met")


def _records(
    db: Database, what: str, since: datetime | None, until: datetime | None
) -> list[dict[str, Any]]:
    if what == "entries":
        return list_entries(
            db, since=since.date() if since else None, until=until.date() if until else None
        )
    if what == "people":
        return [{**r, "emails": json.loads(r["emails"] or "[]")} for r in list_people(db)]
    return list_goals(db, status=None)


def _first_day(db: Database, tz: Any) -> date | None:
    first = first_evidence(db)
    return entry_day(first, tz) if first else None


def _window(
    db: Database, what: str, since: datetime | None, until: datetime | None, tz: Any
) -> Window:
    """The local days a document covers; defaults: up to today, 12 months back (résumé: all)."""
    last = until.date() if until else clock.now().astimezone(tz).date()
    if since:
        first = since.date()
    elif what in ("resume", "job-search"):
        first = min(_first_day(db, tz) or last, last)
    else:
        first = last - relativedelta(months=DEFAULT_MONTHS) + timedelta(days=1)
    if first > last:
        raise UserError(f"--since {first.isoformat()} is after {last.isoformat()} (today)")
    return Window(first, last + timedelta(days=1), tz)


def _document(
    db: Database, what: str, window: Window, criteria: Path | None, limit: int | None
) -> dict[str, Any]:
    assert what in DOCUMENTS
    now = clock.now()
    if what == "review":
        return build_review(db, window, now)
    if what == "promo":
        assert criteria is not None
        return build_promo(db, window, criteria.expanduser(), now)
    if what == "job-search":
        return build_job_search(db, window, now)
    return build_resume(db, window, limit=limit or 12)


def _write(output: Path, text: str) -> None:
    """Write all or nothing: a temporary file in the same folder, then renamed."""
    output = output.expanduser()
    if not output.parent.is_dir():
        raise UserError(f"cannot write {output}: the folder {output.parent} does not exist")
    write_atomically(output, text.encode("utf-8"))
