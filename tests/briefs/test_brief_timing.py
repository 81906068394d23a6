"""When briefs go out: morning vs afternoon lead time, exactly once per occurrence across
repeated passes and restarts, moved and cancelled occurrences, meetings already started."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.briefs import BriefSettings, LeadTime, brief_due_at, send_due_briefs
from careerlog.briefs.timing import relative_day
from careerlog.calendar import upcoming_one_on_ones
from careerlog.config.model import Config
from careerlog.store import open_store
from tests.briefs.brief_helpers import LA, LINUS, Event, Publish, la, outbox_text, pin, weekly_grace

# Every brief here is about Grace or Linus, known in the store.
pytestmark = pytest.mark.usefixtures("colleagues")


def briefs(db: Database) -> list[tuple[str, str, int]]:
    rows = db.query(
        "select period, subject, person_id from prompts where kind = 'brief' order by id"
    )
    return [(r["period"], r["subject"], r["person_id"]) for r in rows]


def test_lead_time_rule(config: Config) -> None:
    defaults = LeadTime.from_config(config.briefs)  # the file has no [briefs]
    # a morning meeting: 17:00 the calendar day before
    assert brief_due_at(la("2026-11-12 10:30"), LA, defaults) == la("2026-11-11 17:00")
    assert brief_due_at(la("2026-11-12 08:00"), LA, defaults) == la("2026-11-11 17:00")
    assert brief_due_at(la("2026-11-12 11:59"), LA, defaults) == la("2026-11-11 17:00")
    # from noon on: two hours before
    assert brief_due_at(la("2026-11-12 12:00"), LA, defaults) == la("2026-11-12 10:00")
    assert brief_due_at(la("2026-11-12 15:00"), LA, defaults) == la("2026-11-12 13:00")
    # Monday morning: Sunday evening; across the DST change, still 17:00 local
    assert brief_due_at(la("2026-11-02 09:00"), LA, defaults) == la("2026-11-01 17:00")
    assert la("2026-11-01 17:00").utcoffset() == timedelta(hours=-8)
    assert brief_due_at(la("2026-10-31 09:00"), LA, defaults).utcoffset() == timedelta(hours=-7)
    # the settings move both
    lead = LeadTime(evening_hour=16, same_day_lead_hours=1, morning_before_hour=13)
    assert brief_due_at(la("2026-11-12 12:30"), LA, lead) == la("2026-11-11 16:00")
    assert brief_due_at(la("2026-11-12 13:00"), LA, lead) == la("2026-11-12 12:00")


def test_relative_day_words() -> None:
    now = la("2026-11-11 17:00")
    assert relative_day(la("2026-11-11 19:00"), now, LA) == "today"
    assert relative_day(la("2026-11-12 10:30"), now, LA) == "tomorrow"
    assert relative_day(la("2026-11-14 10:30"), now, LA) == "on Saturday"
    assert relative_day(la("2026-11-20 10:30"), now, LA) == "on November 20"


def test_morning_one_on_one_gets_its_brief_at_17_the_evening_before(
    config: Config, db: Database, publish: Publish, tmp_path: Path
) -> None:
    publish(db, la("2026-11-11 09:00"), weekly_grace())
    assert send_due_briefs(config, db, pin(la("2026-11-11 16:59"))) == []
    (prompt_id,) = send_due_briefs(config, db, pin(la("2026-11-11 17:00")))
    ((key, subject, person_id),) = briefs(db)
    assert key == "grace-1on1@example.test#2026-11-12T18:30:00+00:00"
    assert subject == "Your 1:1 with Grace Hopper is tomorrow"
    assert person_id == 1
    text, _html, message = outbox_text(db, prompt_id)
    assert "Your 1:1 with Grace Hopper is tomorrow (Thursday, November 12, 10:30)." in text
    assert "After the meeting, reply with your notes" in text
    assert str(message["Message-ID"]).startswith("<prompt-brief-2026-11-12-grace.")
    assert len(f"Message-ID: {message['Message-ID']}") <= 78  # one line, never folded
    assert message["X-Careerlog"] == "brief 2026-11-12-grace-hopper"
    (row,) = db.query("select kind, prompt_id from outbox")
    assert dict(row) == {"kind": "brief", "prompt_id": prompt_id}

    # repeated passes, then a restart (a new connection to the same file): nothing more
    for minutes in (1, 30, 300):
        assert (
            send_due_briefs(config, db, pin(la("2026-11-11 17:00") + timedelta(minutes=minutes)))
            == []
        )
    again = open_store(tmp_path / "careerlog.db")
    publish(again, la("2026-11-11 22:00"), weekly_grace())
    assert send_due_briefs(config, again, pin(la("2026-11-12 09:00"))) == []
    again.close()
    assert len(briefs(db)) == 1
    assert db.execute("select count(*) from outbox").fetchone()[0] == 1


def test_afternoon_one_on_one_gets_its_brief_two_hours_before(
    config: Config, db: Database, publish: Publish
) -> None:
    linus = Event(
        uid="linus@example.test",
        start=la("2026-11-12 15:00"),
        end=la("2026-11-12 15:30"),
        summary="Linus / Ada",
        other=LINUS,
    )
    publish(db, la("2026-11-11 09:00"), linus)
    assert send_due_briefs(config, db, pin(la("2026-11-11 17:00"))) == []
    assert send_due_briefs(config, db, pin(la("2026-11-12 12:59"))) == []
    assert len(send_due_briefs(config, db, pin(la("2026-11-12 13:00")))) == 1
    assert briefs(db) == [("linus@example.test", "Your 1:1 with Linus Chen is today at 15:00", 2)]
    assert send_due_briefs(config, db, pin(la("2026-11-12 14:00"))) == []


def test_late_brief_is_caught_up_until_the_meeting_starts_never_after(
    config: Config, db: Database, publish: Publish
) -> None:
    publish(db, la("2026-11-01 09:00"), weekly_grace())
    # the daemon was down on Wednesday evening: Thursday 09:00 still sends it
    assert len(send_due_briefs(config, db, pin(la("2026-11-12 09:00")))) == 1
    assert briefs(db)[0][1] == "Your 1:1 with Grace Hopper is today at 10:30"
    # down over the next brief time and back only after the meeting started: none
    assert send_due_briefs(config, db, pin(la("2026-11-19 10:31"))) == []
    assert len(briefs(db)) == 1


def test_moved_occurrence_gets_one_brief_at_its_new_time(
    config: Config, db: Database, publish: Publish
) -> None:
    moved = weekly_grace(
        rrule=None,
        recurrence_id=la("2026-11-19 10:30"),
        start=la("2026-11-20 14:00"),
        end=la("2026-11-20 14:30"),
        summary="Grace / Ada 1:1 (moved)",
    )
    publish(db, la("2026-11-13 09:00"), weekly_grace(), moved)
    assert send_due_briefs(config, db, pin(la("2026-11-18 17:00"))) == []  # not Thursday's
    assert send_due_briefs(config, db, pin(la("2026-11-20 11:59"))) == []
    (prompt_id,) = send_due_briefs(config, db, pin(la("2026-11-20 12:00")))
    ((key, subject, _),) = briefs(db)
    assert key == "grace-1on1@example.test#2026-11-19T18:30:00+00:00"  # the original start
    assert subject == "Your 1:1 with Grace Hopper is today at 14:00"
    text, _, _ = outbox_text(db, prompt_id)
    assert "(Friday, November 20, 14:00)" in text


def test_occurrence_moved_after_its_brief_is_not_briefed_again(
    config: Config, db: Database, publish: Publish
) -> None:
    publish(db, la("2026-11-18 09:00"), weekly_grace())
    assert len(send_due_briefs(config, db, pin(la("2026-11-18 17:00")))) == 1
    moved = weekly_grace(
        rrule=None,
        recurrence_id=la("2026-11-19 10:30"),
        start=la("2026-11-19 16:00"),
        end=la("2026-11-19 16:30"),
    )
    publish(db, la("2026-11-19 09:00"), weekly_grace(), moved)
    assert send_due_briefs(config, db, pin(la("2026-11-19 14:00"))) == []
    assert len(briefs(db)) == 1


def test_moved_single_meeting_keeps_its_key(config: Config, db: Database, publish: Publish) -> None:
    once = Event(
        uid="career-chat@example.test",
        start=la("2026-11-12 09:00"),
        end=la("2026-11-12 09:30"),
        summary="1:1 Linus",
        other=LINUS,
    )
    publish(db, la("2026-11-10 09:00"), once)
    once.start, once.end = la("2026-11-13 16:00"), la("2026-11-13 16:30")
    publish(db, la("2026-11-11 09:00"), once)
    assert send_due_briefs(config, db, pin(la("2026-11-11 17:00"))) == []
    assert len(send_due_briefs(config, db, pin(la("2026-11-13 14:00")))) == 1
    assert [b[0] for b in briefs(db)] == ["career-chat@example.test"]


def test_cancelled_occurrence_gets_no_brief(config: Config, db: Database, publish: Publish) -> None:
    cancelled = weekly_grace(
        rrule=None,
        recurrence_id=la("2026-11-26 10:30"),
        start=la("2026-11-26 10:30"),
        end=la("2026-11-26 11:00"),
        status="CANCELLED",
    )
    publish(db, la("2026-11-24 09:00"), weekly_grace(), cancelled)
    assert send_due_briefs(config, db, pin(la("2026-11-25 17:00"))) == []
    assert send_due_briefs(config, db, pin(la("2026-11-26 10:00"))) == []
    # a whole meeting cancelled after it was scheduled: none either
    single = Event(
        uid="gone@example.test",
        start=la("2026-11-27 15:00"),
        end=la("2026-11-27 15:30"),
        summary="Linus / Ada",
        other=LINUS,
        status="CANCELLED",
    )
    publish(db, la("2026-11-27 09:00"), single)
    assert send_due_briefs(config, db, pin(la("2026-11-27 13:30"))) == []
    assert briefs(db) == []


def test_disabled_sends_nothing(config: Config, db: Database, publish: Publish) -> None:
    publish(db, la("2026-11-11 09:00"), weekly_grace())
    settings = replace(BriefSettings.from_config(config), enabled=False)
    assert send_due_briefs(config, db, pin(la("2026-11-11 17:00")), settings=settings) == []
    assert briefs(db) == []


def test_a_brief_due_40_hours_ahead_goes_out_on_time(
    config: Config, db: Database, publish: Publish
) -> None:
    """[briefs] hours that put a brief far ahead: how far ahead careerlog looks follows them."""
    early = replace(config, briefs=replace(config.briefs, evening_hour=6, morning_before_hour=23))
    late = weekly_grace(start=la("2026-10-29 22:00"), end=la("2026-10-29 22:30"))
    publish(db, la("2026-11-11 05:00"), late)
    assert send_due_briefs(early, db, pin(la("2026-11-11 05:59"))) == []
    assert len(send_due_briefs(early, db, pin(la("2026-11-11 06:00")))) == 1
    assert briefs(db)[0][0] == "grace-1on1@example.test#2026-11-13T06:00:00+00:00"


def test_a_racing_second_writer_is_stopped_by_the_unique_key(
    config: Config, db: Database, publish: Publish, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes that both saw no brief yet: the (kind, period) index lets one win."""
    from careerlog.briefs import due

    publish(db, la("2026-11-11 09:00"), weekly_grace())
    now = pin(la("2026-11-11 17:00"))
    (occurrence,) = upcoming_one_on_ones(db, now)
    assert due.create_brief(config, db, occurrence, now) is not None
    monkeypatch.setattr(due, "brief_exists", lambda db, key: None)  # the stale view
    assert due.create_brief(config, db, occurrence, now) is None
    assert due.send_due_briefs(config, db, now) == []
    assert len(briefs(db)) == 1
    assert db.execute("select count(*) from outbox").fetchone()[0] == 1
