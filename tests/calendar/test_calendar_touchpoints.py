"""Fading relationships, upcoming touchpoints and the visibility gap, from a synced vdir."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.calendar import sync_calendars
from careerlog.calendar.touchpoints import (
    fading_relationships,
    upcoming_touchpoints,
    visibility_gap,
)
from careerlog.config.model import Config
from careerlog.store.people import add_person
from tests.calendar.calendar_helpers import NOW
from tests.calendar.test_calendar_local import people, vdir


def test_fading_touchpoints_and_visibility(
    make_calendar_config: Callable[..., Config],
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # people were added long ago, so "never met" counts from then
    monkeypatch.setenv("CAREERLOG_NOW", "2025-06-01T00:00:00+00:00")
    ids = people(db)
    monkeypatch.setenv("CAREERLOG_NOW", NOW.isoformat())
    add_person(db, "Newcomer", relation="peer")  # added today: not fading yet
    config = make_calendar_config({"kind": "vdir", "path": str(vdir(tmp_path))})
    sync_calendars(config, db)

    fading = {f.name: f for f in fading_relationships(db, NOW)}
    # Alex (report, 14 d) met Mar 17: fine. Morgan (manager, 14 d) last met Feb 9: fading.
    assert "Alex Rivera" not in fading and "Newcomer" not in fading
    assert fading["Morgan Lee"].days_since == 38 and fading["Morgan Lee"].threshold_days == 14
    assert fading["Casey Boss"].last_met is None  # declined the only meeting
    assert fading["Sam Ortiz"].days_since == 50  # peer, 45 days
    assert "Dana Kim" not in fading  # peer met Feb 12: 36 days < 45
    assert next(iter(fading)) == "Casey Boss"  # most overdue first

    # with a bigger threshold Morgan is fine; an upcoming meeting is the natural touchpoint
    custom = {"manager": 60, "peer": 45, "above-skip": 400, "report": 14}
    names = [f.name for f in fading_relationships(db, NOW, custom)]
    assert names == ["Sam Ortiz"]
    touch = upcoming_touchpoints(db, NOW, timedelta(days=14))
    assert [(t.name, t.one_on_one) for t in touch] == [("Alex Rivera", True)] * 2

    gap = visibility_gap(db, NOW)
    assert gap.has_gap and gap.people == ("Casey Boss",) and gap.last_at is None
    db.table("people").update(ids["morgan"], {"relation": "above-skip"})
    gap = visibility_gap(db, NOW)
    assert not gap.has_gap and gap.last_with == "Morgan Lee"
