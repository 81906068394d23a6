"""Against a real Radicale: the full scenario, one request per unchanged calendar, changes
and deletions picked up, the ctag fallback, and a server that is down."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import niquests
import pytest
from sqlite_utils import Database

from careerlog.calendar import sync_calendars, upcoming_one_on_ones
from careerlog.config.model import Config
from careerlog.store.interactions import last_met
from tests.calendar.calendar_helpers import NOW, fixture_text
from tests.calendar.test_calendar_local import SCENARIO, interactions, people
from tests.configfile import Tables
from tests.servers.radicale import Radicale


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Every HTTP request any niquests session sends (auth retries included)."""
    sent: list[tuple[str, str]] = []
    original = niquests.Session.request

    def counting(self: Any, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        sent.append((method, url))
        return original(self, method, url, *args, **kwargs)

    monkeypatch.setattr(niquests.Session, "request", counting)
    yield sent


def calendars(radicale: Radicale, *contents: tuple[str, ...]) -> list[str]:
    """Make one fresh calendar per tuple of fixture names; return their names."""
    names = []
    for files in contents:
        name = f"cal-{uuid.uuid4().hex[:8]}"
        radicale.make_calendar(name)
        for file in files:
            radicale.put_event(name, fixture_text(file))
        names.append(name)
    return names


def caldav_source(radicale: Radicale, names: list[str]) -> Tables:
    return {
        "kind": "caldav",
        "url": radicale.url,
        "username": radicale.username,
        "password": radicale.password,
        "calendars": names,
    }


def test_scenario_on_radicale(
    radicale: Radicale, make_calendar_config: Callable[..., Config], db: Database
) -> None:
    ids = people(db)
    names = calendars(radicale, SCENARIO)
    config = make_calendar_config(caldav_source(radicale, names))
    report = sync_calendars(config, db)
    assert report.ok, report.errors
    assert report.events == 18 and report.warnings == []
    alex = interactions(db, ids["alex"])
    assert [at for at, kind in alex if kind == "1:1"][3:6] == [
        "2026-02-05T14:00:00+00:00",  # moved
        "2026-02-10T09:00:00+00:00",
        "2026-02-24T09:00:00+00:00",  # Feb 17 cancelled
    ]
    assert len(alex) == 10
    assert interactions(db, ids["casey"]) == []  # declined
    assert interactions(db, ids["dana"]) == [("2026-02-12T13:00:00+00:00", "meeting")]
    sql = "select starts_at from calendar_events where summary = 'Architecture review'"
    windows = next(db.query(sql))
    assert windows["starts_at"] == "2026-02-12T13:00:00+00:00"  # W. Europe Standard Time
    assert last_met(db)[ids["alex"]] == "2026-03-17T09:00:00+00:00"
    upcoming = upcoming_one_on_ones(db, NOW, timedelta(days=14))
    assert [u.start.isoformat() for u in upcoming] == [
        "2026-03-24T09:00:00+00:00",
        "2026-03-31T08:00:00+00:00",
    ]
    assert {u.person_id for u in upcoming} == {ids["alex"]}


def test_unchanged_calendars_cost_one_request_each(
    radicale: Radicale,
    make_calendar_config: Callable[..., Config],
    db: Database,
    wire: list[tuple[str, str]],
) -> None:
    names = calendars(radicale, ("weekly-one-on-one.ics",), ("all-day.ics", "declined-invite.ics"))
    config = make_calendar_config(caldav_source(radicale, names))
    first = sync_calendars(config, db)
    assert first.ok and first.events == 14
    wire.clear()
    second = sync_calendars(config, db)
    assert second.ok and second.events == 14
    assert [method for method, _ in wire] == ["REPORT", "REPORT"]  # one sync-collection each
    assert second.requests == 2
    assert sorted(url.rstrip("/").rsplit("/", 1)[1] for _, url in wire) == sorted(names)

    # an added event and a deleted one: one REPORT + one multiget for the changed calendar
    added = radicale.put_event(names[1], fixture_text("floating-time.ics"))
    with radicale.client() as client:
        client.calendar(url=radicale.calendar_url(names[1])).event_by_uid(
            "declined@example.test"
        ).delete()
    wire.clear()
    third = sync_calendars(config, db)
    assert third.events == 14  # +1 floating, -1 declined
    assert [method for method, _ in wire] == ["REPORT", "REPORT", "REPORT"]
    assert third.sources[0].fetched == 1 and third.sources[0].deleted == 1
    summaries = {r["summary"] for r in db.query("select summary from calendar_events")}
    assert "Coffee with Dana" in summaries and "Quarterly planning" not in summaries
    assert added


def test_ctag_fallback_costs_one_propfind(
    radicale: Radicale,
    make_calendar_config: Callable[..., Config],
    db: Database,
    wire: list[tuple[str, str]],
) -> None:
    (name,) = calendars(radicale, ("moved-occurrence.ics",))
    config = make_calendar_config(caldav_source(radicale, [name]))
    sync_calendars(config, db)
    # pretend the server had no sync-collection: switch the calendar to ctag mode
    db.execute(
        "update calendar_sync set sync_token = null, ctag = 'unknown' where source_key like '%#%'"
    )
    wire.clear()
    report = sync_calendars(config, db)  # ctag differs: PROPFIND ctag, PROPFIND etags
    assert [m for m, _ in wire] == ["PROPFIND", "PROPFIND"] and report.events == 4
    wire.clear()
    report = sync_calendars(config, db)
    assert [m for m, _ in wire] == ["PROPFIND"] and report.events == 4
    radicale.put_event(name, fixture_text("all-day.ics"))
    wire.clear()
    report = sync_calendars(config, db)
    assert [m for m, _ in wire] == ["PROPFIND", "PROPFIND", "REPORT"] and report.events == 5


def test_server_down_keeps_last_good_data(
    radicale: Radicale,
    make_calendar_config: Callable[..., Config],
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ids = people(db)
    (name,) = calendars(radicale, ("weekly-one-on-one.ics",))
    config = make_calendar_config(caldav_source(radicale, [name]))
    assert sync_calendars(config, db).events == 12
    radicale.stop()
    try:
        with caplog.at_level(logging.WARNING):
            report = sync_calendars(config, db)
    finally:
        radicale.start()
    assert not report.ok
    assert report.events == 12 and len(interactions(db, ids["alex"])) == 9
    assert "refused" in report.errors[0]
    row = next(db.query("select * from calendar_sync where source_key not like '%#%'"))
    assert "refused" in row["last_error"] and row["last_error_at"]
    assert "keeping the last good copy (1 objects" in caplog.text
    assert radicale.password not in caplog.text and radicale.password not in row["last_error"]
    assert sync_calendars(config, db).ok


def test_wrong_password_is_a_clear_error(
    radicale: Radicale, make_calendar_config: Callable[..., Config], db: Database
) -> None:
    (name,) = calendars(radicale, ("all-day.ics",))
    wrong = {**caldav_source(radicale, [name]), "password": "wrong-password"}
    report = sync_calendars(make_calendar_config(wrong), db)
    assert not report.ok and "refused" in report.errors[0]
    assert "wrong-password" not in report.errors[0]


def test_unknown_calendar_name_lists_what_exists(
    radicale: Radicale, make_calendar_config: Callable[..., Config], db: Database
) -> None:
    (name,) = calendars(radicale, ())
    report = sync_calendars(make_calendar_config(caldav_source(radicale, ["nope"])), db)
    assert "no calendar called 'nope'" in report.errors[0] and name in report.errors[0]
