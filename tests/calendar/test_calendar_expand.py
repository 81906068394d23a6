"""Expansion of real-world quirks, and hostile calendars that must stay cheap."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from careerlog.calendar.expand import Limits, Occurrence, calendar_window, expand_calendar
from careerlog.config import parse_config
from tests.calendar.calendar_helpers import NOW, fixture_text
from tests.configfile import toml_text

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
#: the window a sync with the default [calendar] settings keeps
WINDOW = calendar_window(
    NOW, parse_config(toml_text({"user": {"name": "Ada", "email": "ada@example.com"}})).calendar
)


def expand(name: str, tz: ZoneInfo = BERLIN, **kwargs: object) -> list[Occurrence]:
    start, end = WINDOW
    result = expand_calendar(fixture_text(name), tz=tz, start=start, end=end, **kwargs)  # type: ignore[arg-type]
    return sorted(result.occurrences, key=lambda o: o.start)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_weekly_series_with_exdate_moved_and_cancelled_occurrences() -> None:
    occ = expand("weekly-one-on-one.ics")
    starts = [o.start for o in occ]
    assert len(occ) == 12  # 13 Tuesdays Jan 6 – Mar 31, minus the EXDATE on Jan 20
    assert utc("2026-01-20T09:00:00") not in starts
    moved = next(o for o in occ if o.summary.endswith("(moved)"))
    assert moved.start == utc("2026-02-05T14:00:00")
    assert moved.recurrence_id == "2026-02-03T09:00:00+00:00"  # keeps its original identity
    assert utc("2026-02-03T09:00:00") not in starts
    cancelled = [o for o in occ if o.cancelled]
    assert [o.start for o in cancelled] == [utc("2026-02-17T09:00:00")]
    assert occ[-1].start == utc("2026-03-31T08:00:00")  # summer time in Berlin
    assert len({o.key for o in occ}) == len(occ)


def test_moved_occurrence_keeps_its_key() -> None:
    occ = expand("moved-occurrence.ics")
    assert [o.start.isoformat() for o in occ] == [
        "2026-01-05T08:00:00+00:00",
        "2026-01-14T15:00:00+00:00",
        "2026-01-19T08:00:00+00:00",
        "2026-01-26T08:00:00+00:00",
    ]
    assert occ[1].key == "moved@example.test#2026-01-12T08:00:00+00:00"


def test_cancelled_occurrence_and_exdate() -> None:
    occ = expand("cancelled-occurrence.ics")
    assert [(o.start.day, o.cancelled) for o in occ] == [(7, False), (21, True), (28, False)]
    room = [a for a in occ[0].attendees if a.cutype == "ROOM"]
    assert room and room[0] not in occ[0].people()


def test_all_day_event_is_local_midnight() -> None:
    (occ,) = expand("all-day.ics")
    assert occ.all_day
    assert occ.start == datetime(2026, 2, 10, tzinfo=BERLIN).astimezone(UTC)
    assert occ.end == datetime(2026, 2, 12, tzinfo=BERLIN).astimezone(UTC)


def test_outlook_windows_time_zone_names() -> None:
    (given,) = expand("outlook-windows-tzid.ics")
    assert given.start == utc("2026-02-12T13:00:00")  # W. Europe Standard Time, VTIMEZONE given
    # icalendar maps a bare Windows name (no VTIMEZONE; CalDAV servers refuse these, but
    # published feeds have them) to its IANA zone
    (bare,) = expand("windows-tzid-without-vtimezone.ics")
    assert bare.start == utc("2026-02-13T17:00:00")  # Pacific Standard Time


def test_floating_time_is_read_in_the_users_zone() -> None:
    (occ,) = expand("floating-time.ics", tz=NEW_YORK)
    assert occ.start == utc("2026-02-10T14:00:00")


def test_x_wr_timezone_keeps_wall_clock_across_dst() -> None:
    occ = expand("x-wr-timezone.ics")
    assert [o.start.hour for o in occ] == [9, 9, 8]  # 09:00 London before and after DST


def test_declined_invite_is_expanded_with_my_answer() -> None:
    (occ,) = expand("declined-invite.ics")
    assert occ.partstat_of(["pat@example.test"]) == "DECLINED"


def test_unknown_tzid_reads_as_local_time_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        (occ,) = expand("invalid-tzid.ics", tz=NEW_YORK)
    assert occ.start == utc("2026-02-11T16:00:00")
    assert "unknown time zone 'Mars/Olympus_Mons'" in caplog.text


def test_broken_series_are_skipped_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        occ = expand("broken-no-dtstart.ics")
    assert [o.uid for o in occ] == ["fine@example.test"]
    assert "no-dtstart@example.test skipped" in caplog.text
    assert "bad-rrule@example.test skipped" in caplog.text


def test_recursive_recurrence_ids_do_not_loop_or_duplicate_keys() -> None:
    occ = expand("recursive-recurrence-id.ics")
    assert len(occ) == 5
    assert len({o.key for o in occ}) == 5


def test_secondly_rule_without_end_is_bounded(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        occ = expand("rrule-secondly-unbounded.ics")
    assert [o.uid for o in occ] == ["sane-neighbour@example.test"]
    assert "secondly@example.test skipped" in caplog.text
    assert "daily-byhour-byminute-bysecond@example.test skipped" in caplog.text


def test_occurrences_per_series_are_capped(caplog: pytest.LogCaptureFixture) -> None:
    text = (
        fixture_text("moved-occurrence.ics")
        .replace("COUNT=4", "FREQ=DAILY")
        .replace("FREQ=WEEKLY;FREQ=DAILY", "FREQ=DAILY")
    )
    start, end = WINDOW
    with caplog.at_level(logging.WARNING):
        result = expand_calendar(
            text, tz=BERLIN, start=start, end=end, limits=Limits(occurrences_per_series=10)
        )
    assert len(result.occurrences) == 10
    assert "kept the first 10" in caplog.text


def ten_thousand_attendees(recurring: bool = True) -> str:
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//careerlog tests//EN", "BEGIN:VEVENT",
        "UID:all-hands@example.test", "DTSTAMP:20260101T000000Z",
        "DTSTART:20260105T160000Z", "DTEND:20260105T170000Z", "SUMMARY:All hands",
    ]  # fmt: skip
    if recurring:
        lines.append("RRULE:FREQ=DAILY")
    lines.append("ATTENDEE;PARTSTAT=ACCEPTED:mailto:pat@example.test")
    lines += [f"ATTENDEE;CN=Person {i}:mailto:p{i}@example.test" for i in range(10_000)]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def test_ten_thousand_attendees_daily_is_bounded() -> None:
    start, end = WINDOW
    result = expand_calendar(ten_thousand_attendees(), tz=BERLIN, start=start, end=end)
    assert len(result.occurrences) == 104  # Jan 5 .. Apr 18 (the window ends Apr 19 12:00)
    first = result.occurrences[0]
    assert first.attendee_count == 10_001
    assert len(first.attendees) == Limits().attendees


def test_garbage_is_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    start, end = WINDOW
    with caplog.at_level(logging.WARNING):
        result = expand_calendar(b"\x00\xffnot a calendar", tz=BERLIN, start=start, end=end)
    assert result.occurrences == [] and result.warnings
