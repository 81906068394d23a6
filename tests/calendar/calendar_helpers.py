"""Shared constants and helpers of the calendar tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ics"
NOW = datetime.fromisoformat("2026-03-20T12:00:00+00:00")
# The attendee the calendar fixtures invite under both addresses.
USER = {"name": "Pat Doe", "email": "pat@example.test", "aliases": ["pat.doe@corp.example.test"]}


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text()
