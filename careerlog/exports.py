"""Records as JSON, CSV or Markdown, for scripts, spreadsheets and documents."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("json", "csv", "md")

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
    "goals": ("id", "title", "status", "current_state", "gap", "actions", "last_update", "entries"),
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(m["text"] if isinstance(m, dict) else str(m) for m in value)
    return str(value)


def render(rows: Sequence[dict[str, Any]], what: str, fmt: str) -> str:
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
    return _markdown(picked, columns)


def _md_escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_md_escape(_cell(row[c])) for c in columns) + " |" for row in rows]
    return "\n".join(lines) + "\n"
