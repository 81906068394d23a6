"""Exports: records (entries, people, goals) and documents (review, promo, résumé).

Records are tables, as JSON, CSV, Markdown or HTML, for scripts, spreadsheets and
documents. Documents are built by :mod:`careerlog.insights` and rendered from templates
(``review.md``, ``review.html``, …) or dumped as JSON.

HTML is always rendered by the shared Jinja2 environment, which autoescapes ``.html``
templates. Markdown documents have ``\\``, ``<`` and ``>`` backslash-escaped in every
text taken from the store, so an entry's ``<script>`` stays text wherever the Markdown
is rendered (the records table keeps the raw text, as before).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from typing import Any

from careerlog.errors import UserError
from careerlog.templating import render as render_template

RECORDS = ("entries", "people", "goals")
DOCUMENTS = ("review", "promo", "resume", "job-search")
FORMATS = ("json", "csv", "md", "html")
RECORD_FORMATS = ("json", "csv", "md", "html")
DOCUMENT_FORMATS = ("md", "html", "json")

COLUMNS: dict[str, tuple[str, ...]] = {
    "entries": (
        "id",
        "occurred_on",
        "kind",
        "skill_kind",
        "scope",
        "text",
        "metrics",
        "people",
        "goal",
        "feeling",
        "source",
        "created_at",
    ),
    "people": (
        "id",
        "name",
        "emails",
        "relation",
        "how_met",
        "worked_on",
        "status",
        "advocate",
        "last_met",
        "entries",
    ),
    "goals": (
        "id",
        "title",
        "status",
        "current_state",
        "gap",
        "actions",
        "motivation",
        "last_update",
        "entries",
    ),
}


def check_format(what: str, fmt: str) -> None:
    """One clear :class:`UserError` for an export kind or format that does not exist."""
    if what not in RECORDS + DOCUMENTS:
        raise UserError(f"cannot export {what!r}; choose one of: {', '.join(RECORDS + DOCUMENTS)}")
    allowed = RECORD_FORMATS if what in RECORDS else DOCUMENT_FORMATS
    if fmt not in allowed:
        raise UserError(
            f"format {fmt!r} is unknown for {what}; choose one of: {', '.join(allowed)}"
        )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(m["text"] if isinstance(m, dict) else str(m) for m in value)
    return str(value)


def render(rows: Sequence[dict[str, Any]], what: str, fmt: str) -> str:
    """Records as ``json``, ``csv``, ``md`` (a table) or ``html`` (one block per record)."""
    columns = COLUMNS[what]
    picked = [{c: row.get(c) for c in columns} for row in rows]
    if fmt == "json":
        return json.dumps(picked, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row[c]) for c in columns] for row in picked)
        return out.getvalue()
    if fmt == "html":
        return _records_html(picked, what, columns)
    return _markdown(picked, columns)


def _md_escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_md_escape(_cell(row[c])) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _heading(row: dict[str, Any], what: str) -> str:
    if what == "entries":
        day = row.get("occurred_on") or str(row.get("created_at") or "")[:10]
        return f"#{row['id']} · {day} · {row.get('kind')}"
    if what == "people":
        return str(row["name"])
    return str(row["title"])


def _records_html(rows: Sequence[dict[str, Any]], what: str, columns: Sequence[str]) -> str:
    context = {
        "title": f"careerlog {what}",
        "covered": f"{len(rows)} {what}",
        "what": what,
        "rows": [
            {"heading": _heading(row, what), "fields": [(c, _cell(row[c])) for c in columns]}
            for row in rows
        ],
    }
    return render_template("records.html", context)


_MD_SPECIAL = re.compile(r"([\\<>])")


def md_safe(value: Any) -> Any:
    """Every string inside ``value`` with ``\\ < >`` backslash-escaped for Markdown."""
    if isinstance(value, str):
        return _MD_SPECIAL.sub(r"\\\1", value)
    if isinstance(value, dict):
        return {k: md_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [md_safe(v) for v in value]
    return value


def render_document(what: str, data: dict[str, Any], fmt: str) -> str:
    """A review, promotion case, résumé or job-search packet as ``md``, ``html`` or ``json``."""
    check_format(what, fmt)
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    if fmt == "html":
        return render_template(f"{what}.html", data)
    return render_template(f"{what}.md", md_safe(data))
