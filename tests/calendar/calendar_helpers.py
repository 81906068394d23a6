"""Shared constants and helpers of the calendar tests (imported by name; no package)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
NOW = datetime.fromisoformat("2026-03-20T12:00:00+00:00")
USER = """
[user]
name = "Pat Doe"
email = "pat@example.test"
aliases = ["pat.doe@corp.example.test"]
timezone = "{tz}"

[store]
path = "{store}"
"""


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text()
