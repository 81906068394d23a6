"""When prompts go out: exactly once per period, catch-up, DST, two on one day together.

No servers here: ``send_due_prompts`` only creates and queues (the outbox is a Maildir in
tmp_path and is never delivered), and time comes from explicit ``now`` arguments.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from careerlog.prompts import send_due_prompts
from careerlog.store import open_store
from tests.mailtest import MakeConfig


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def prompts(db: Database) -> list[tuple[str, str]]:
    return [
        (r["kind"], r["period"]) for r in db.query("select kind, period from prompts order by id")
    ]


def test_weekly_fires_friday_afternoon_in_users_zone(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    # Fri 6 Nov 2026 16:00 in Los Angeles (PST, after DST ended on 1 Nov) is 00:00 UTC Saturday.
    assert send_due_prompts(config, db, at("2026-11-06T23:59:00")) == []
    ids = send_due_prompts(config, db, at("2026-11-07T00:00:00"))
    assert len(ids) == 1
    assert prompts(db) == [("weekly", "2026-W45")]
    outbox = list(db.query("select kind, status, prompt_id from outbox"))
    assert outbox == [{"kind": "weekly", "status": "pending", "prompt_id": ids[0]}]


def test_repeated_runs_and_restarts_never_create_a_second_prompt(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    first = send_due_prompts(config, db, at("2026-11-07T00:05:00"))
    assert len(first) == 1
    for minute in range(10, 50, 10):  # `run --once` every ten minutes
        assert send_due_prompts(config, db, at(f"2026-11-07T00:{minute}:00")) == []
    db.close()
    reopened = open_store(config.store_path)  # a restart: nothing kept in memory
    try:
        assert send_due_prompts(config, reopened, at("2026-11-08T18:00:00")) == []
        assert prompts(reopened) == [("weekly", "2026-W45")]
        assert reopened.execute("select count(*) from outbox").fetchone()[0] == 1
    finally:
        reopened.close()


def test_catch_up_inside_the_period_sends_once(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    # Down from Friday morning; started again Saturday 10:00 PST: W45 is still running.
    assert len(send_due_prompts(config, db, at("2026-11-07T18:00:00"))) == 1
    assert send_due_prompts(config, db, at("2026-11-07T18:01:00")) == []
    assert prompts(db) == [("weekly", "2026-W45")]


def test_no_catch_up_once_the_period_has_passed(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    # Down over the whole Friday; started again Monday 9 Nov 10:00 PST: W45 is over.
    assert send_due_prompts(config, db, at("2026-11-09T18:00:00")) == []
    assert prompts(db) == []


def test_week_boundary_follows_dst_end_in_los_angeles(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    # W44 runs Mon 26 Oct 00:00 PDT (07:00Z) to Mon 2 Nov 00:00 PST (08:00Z): 169 hours.
    # At 07:30Z on 2 Nov it is still Sunday 23:30 in LA, so the missed W44 prompt goes out.
    assert len(send_due_prompts(config, db, at("2026-11-02T07:30:00"))) == 1
    assert prompts(db) == [("weekly", "2026-W44")]


def test_week_boundary_after_dst_end_is_in_the_new_week(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    # 08:00Z on 2 Nov is Monday 00:00 PST: W44 has passed (a fixed -7 h offset would say no).
    assert send_due_prompts(config, db, at("2026-11-02T08:00:00")) == []


def test_dst_start_in_berlin_and_prompts_of_one_day_go_together(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config({"user": {"timezone": "Europe/Berlin"}})
    # Fri 27 Mar 2026: weekly at 16:00 CET (15:00Z), monthly (last Friday) at 16:30 (15:30Z).
    # Both fall on the same day: the weekly waits half an hour and goes with the monthly,
    # never on to Saturday.
    assert send_due_prompts(config, db, at("2026-03-27T15:00:00")) == []
    assert len(send_due_prompts(config, db, at("2026-03-27T15:30:00"))) == 2
    assert prompts(db) == [("monthly", "2026-03"), ("weekly", "2026-W13")]
    assert send_due_prompts(config, db, at("2026-03-28T08:05:00")) == []
    # Clocks go forward on Sun 29 Mar; the next Friday 16:00 is CEST, 14:00Z.
    assert send_due_prompts(config, db, at("2026-04-03T13:59:00")) == []
    assert len(send_due_prompts(config, db, at("2026-04-03T14:00:00"))) == 1
    assert prompts(db)[-1] == ("weekly", "2026-W14")


def test_both_overdue_are_caught_up_together(make_offline_config: MakeConfig, db: Database) -> None:
    config = make_offline_config({"user": {"timezone": "Europe/Berlin"}})
    # Started on Saturday 28 Mar after missing both Friday prompts: both go in one pass.
    assert len(send_due_prompts(config, db, at("2026-03-28T08:00:00"))) == 2
    assert send_due_prompts(config, db, at("2026-03-29T08:00:00")) == []
    assert prompts(db) == [("monthly", "2026-03"), ("weekly", "2026-W13")]


def test_quarterly_reviews_the_quarter_that_just_ended(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    # First Monday of January 2027, 10:00 PST: the Q4 2026 review (as in the sample replies).
    assert send_due_prompts(config, db, at("2027-01-04T17:59:00")) == []
    assert len(send_due_prompts(config, db, at("2027-01-04T18:00:00"))) == 1
    row = next(iter(db.query("select period, subject from prompts")))
    assert row["period"] == "2026-Q4"
    assert row["subject"] == "Goals and gaps review — Q4 2026 [2026-Q4]"


def test_quarterly_catch_up_lasts_only_into_january(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    assert len(send_due_prompts(config, db, at("2027-01-20T18:00:00"))) == 1
    assert prompts(db) == [("quarterly", "2026-Q4")]


def test_quarterly_not_sent_late_in_february(make_offline_config: MakeConfig, db: Database) -> None:
    config = make_offline_config()
    assert send_due_prompts(config, db, at("2027-02-10T18:00:00")) == []


def test_custom_cadence_from_config(make_offline_config: MakeConfig, db: Database) -> None:
    config = make_offline_config({"cadence": {"weekly": "0 9 * * wed"}})
    # Wed 11 Nov 2026 09:00 PST = 17:00Z
    assert send_due_prompts(config, db, at("2026-11-11T16:59:00")) == []
    assert len(send_due_prompts(config, db, at("2026-11-11T17:00:00"))) == 1
    assert prompts(db) == [("weekly", "2026-W46")]
