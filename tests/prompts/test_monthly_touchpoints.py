"""The monthly prompt's relationship joggers follow the calendar's touchpoint rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from careerlog.periods import period_containing
from careerlog.prompts import joggers
from careerlog.store import open_store
from careerlog.store.db import iso
from careerlog.store.people import add_person

NOW = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)


def test_fading_uses_each_relations_threshold_and_names_the_next_meeting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_store(tmp_path / "c.db")
    monkeypatch.setenv("CAREERLOG_NOW", iso(NOW - timedelta(days=100)))  # added long ago
    grace = add_person(db, "Grace Hopper", emails=["grace@example.com"], relation="manager")
    linus = add_person(db, "Linus Chen", emails=["linus@example.com"], relation="peer")
    add_person(db, "Sam Whitfield", emails=["sam@example.com"], relation="above-skip")
    monkeypatch.delenv("CAREERLOG_NOW")
    twenty_days_ago = iso(NOW - timedelta(days=20))
    for person in (grace, linus):
        db.table("interactions").insert(
            {"person_id": person, "at": twenty_days_ago, "kind": "meeting"}
        )
    db.table("calendar_events").insert(
        {
            "source": "test",
            "uid": "g1",
            "starts_at": iso(NOW + timedelta(days=6)),
            "ends_at": iso(NOW + timedelta(days=6, minutes=30)),
            "summary": "Ada / Grace",
            "attendees": json.dumps([{"name": "Grace Hopper", "email": "grace@example.com"}]),
            "one_on_one": 1,
        }
    )
    period = period_containing("monthly", NOW.date())
    found = joggers.monthly(db, period, NOW, UTC, {"ada@example.com"}, max_meeting_size=50)
    fading = {p["name"]: p for p in found["fading"]}
    # A manager fades after 14 days, a peer after 45: only Grace is due a touchpoint.
    assert "Grace Hopper" in fading and "Linus Chen" not in fading
    assert fading["Grace Hopper"]["next"] == (NOW + timedelta(days=6)).date().isoformat()
    # Sam (above skip-level) was never met: fading, and a visibility gap.
    assert fading["Sam Whitfield"]["last"] is None
    assert found["visibility"] == "no meeting with anyone above your skip-level in the last 90 days"
