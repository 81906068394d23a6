"""The digest over a seeded store: exact quarter, top three, stale gaps, people, patterns."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.insights.digest import Digest, build_digest
from careerlog.insights.digest_output import MAX_HTML_BYTES, render_parts
from careerlog.insights.window import parse_quarter, quarter_for
from tests.insights.insights_seed import AS_OF, MULTI_GOAL, NOW, Seeded

LA = ZoneInfo("America/Los_Angeles")
SIZE = 50  # [calendar] max_meeting_size; the seeded meetings are far smaller


def _digest(db: Database, **kwargs: object) -> Digest:
    return build_digest(
        db,
        tz=LA,
        name="Ada Lovelace",
        now=NOW,
        max_meeting_size=SIZE,
        **kwargs,  # type: ignore[arg-type]
    )


def _evidence_ids(digest: Digest) -> set[int]:
    return {e["id"] for g in digest.groups for e in g["entries"]}


def test_quarter_is_local_days_in_the_users_time_zone(db: Database, seeded: Seeded) -> None:
    digest = _digest(db)
    assert digest.period.key == "2026-Q3"
    assert (digest.window.start, digest.window.end) == (date(2026, 7, 1), date(2026, 10, 1))
    assert digest.window.starts_at.isoformat() == "2026-07-01T00:00:00-07:00"
    assert digest.window.ends_at.isoformat() == "2026-10-01T00:00:00-07:00"
    assert digest.as_of == AS_OF  # the quarter is over: judged at its end, not at NOW
    e = seeded.entries
    assert _evidence_ids(digest) == {
        e["latency"], e["mentor"], e["build"], e["process"], e["pairing"], e["storage"]
    }  # fmt: skip
    # Jun 30 (day and 22:00 local logged at 05:00Z Jul 1), Oct 1 and a deleted entry: out;
    # logged 2026-10-01T05:00Z is Sep 30 at 22:00 in Los Angeles: in
    assert [m["count"] for m in digest.months] == [2, 1, 3]
    assert [m["label"] for m in digest.months] == ["Jul 2026", "Aug 2026", "Sep 2026"]
    numbers = {n["label"]: n for n in digest.numbers}
    assert numbers["Evidence entries"]["value"] == 6
    assert numbers["Evidence entries"]["note"] == "previous quarter: 3"  # q2 entries + 2 traps
    assert numbers["With a measurable outcome"]["value"] == 3
    assert numbers["Meetings with people in your map"]["value"] == 8  # not Jun 30 23:00 local
    context = digest.context({"months": "m.png", "scopes": "s.png"})
    assert context["quarter"]["covered"] == "1 Jul – 30 Sep 2026"
    assert context["quarter"]["headline"] == "Q3 2026 in review"


def test_same_data_in_utc_moves_the_boundary_entries(db: Database, seeded: Seeded) -> None:
    digest = build_digest(db, tz=ZoneInfo("UTC"), now=NOW, quarter="2026-Q3", max_meeting_size=SIZE)
    ids = _evidence_ids(digest)
    assert seeded.entries["storage"] not in ids  # Oct 1 in UTC
    assert seeded.entries["late_q2"] in ids  # Jul 1 in UTC


def test_top_three_by_documented_strength(db: Database, seeded: Seeded) -> None:
    digest = _digest(db)
    e = seeded.entries
    assert [s.entry["id"] for s in digest.top] == [e["latency"], e["storage"], e["build"]]
    assert [s.score for s in digest.top] == [78.1, 57.5, 52.4]
    first = digest.top[0]
    assert (first.quantified, first.scope, first.goal) == (1.0, 0.6, 1.0)
    assert first.why == f"quantified, multi-team scope, toward “{MULTI_GOAL}”"


def test_stale_gap_callouts_after_two_quarters_without_action(db: Database, seeded: Seeded) -> None:
    goals = {g["title"]: g for g in _digest(db).goals}
    assert "Old dropped goal" not in goals
    speak = goals["Public speaking"]["callout"]
    assert "for 10 months (since 2025-12-01)" in speak and "no action" in speak
    assert "two quarters or more" in speak
    assert "for 6 months (since 2026-04-01)" in goals["Write more design docs"]["callout"]
    # an action in August, a gap changed in May, a gap written an hour after the cut-off
    for fresh in (MULTI_GOAL, "Learn Rust", "Mentor more"):
        assert goals[fresh]["callout"] == "", fresh


def test_an_action_clears_the_callout_and_history_after_the_quarter_is_ignored(
    db: Database, seeded: Seeded
) -> None:
    db.table("goal_updates").insert(
        {
            "goal_id": seeded.goals["speak"],
            "at": "2026-10-03T17:00:00+00:00",
            "actions": "submit two talks",
        }
    )
    q3 = {g["title"]: g for g in _digest(db).goals}
    assert q3["Public speaking"]["callout"]  # the action came after Q3 ended
    later = datetime.fromisoformat("2026-11-20T16:00:00+00:00")
    q4 = {g["title"]: g for g in build_digest(db, tz=LA, now=later, max_meeting_size=SIZE).goals}
    assert q4["Public speaking"]["callout"] == ""


def test_relationships_new_strengthened_fading_and_visibility(db: Database, seeded: Seeded) -> None:
    people = _digest(db).people
    assert [p["name"] for p in people["new"]] == ["Dana Kim"]  # Riley joined Jun 30, local
    strengthened = {p["name"]: (p["count"], p["previous"]) for p in people["strengthened"]}
    # Alex: 3 meetings + 2 entries in Q3; 1 meeting (Jun 30, 23:00 local) in Q2
    assert strengthened == {"Alex Rivera": (5, 1), "Dana Kim": (3, 0)}
    fading = [(p["name"], p["last_met"]) for p in people["fading"]]
    assert fading == [("Casey Boss", "2026-05-10"), ("Sam Ortiz", "2026-07-20")]
    assert people["visibility"]["has_gap"]
    assert "Casey Boss on 2026-05-10" in people["visibility"]["text"]


def test_patterns_compare_scope_mix_with_goals(db: Database, seeded: Seeded) -> None:
    patterns = _digest(db).patterns
    assert (
        f"83% of this quarter's evidence is team-scope; your goal “{MULTI_GOAL}” asks for "
        "multi-team (1 of 6 entries reach it)." in patterns
    )
    assert any("“Public speaking” asks for external, and none reaches it" in p for p in patterns)
    assert any(p.startswith("Thin months: Aug 2026 (1).") for p in patterns)


def test_self_assessment_is_built_from_the_top_entries(db: Database, seeded: Seeded) -> None:
    text = _digest(db).self_assessment
    assert text.startswith("In Q3 2026 I logged 6 pieces of impact evidence, 3 with a")
    assert "The strongest: I cut checkout P99 latency by 340 ms across three teams." in text
    assert (
        "I also saved $12k/month on storage by tiering cold data, for my team; and reduced "
        "build time from 45 min to 6 min, for my team." in text
    )
    assert f"This moves me toward “{MULTI_GOAL}”." in text


def test_default_quarter_follows_the_quarterly_prompt() -> None:
    assert quarter_for(NOW, LA).key == "2026-Q3"  # early October reviews Q3
    assert quarter_for(datetime.fromisoformat("2026-11-20T16:00:00+00:00"), LA).key == "2026-Q4"
    assert quarter_for(NOW, LA, "2025-q1").key == "2025-Q1"
    for bad in ("2026-Q5", "Q3", "2026-3", ""):
        with pytest.raises(UserError, match="is not like 2026-Q3"):
            parse_quarter(bad)


def test_text_and_html_carry_the_same_numbers_and_alt_text(db: Database, seeded: Seeded) -> None:
    digest = _digest(db)
    text, html = render_parts(digest, {"months": "cid:m", "scopes": "cid:s"})
    for part in (text, html):
        assert "Jul 2026: 2" in part.replace("Jul 2026    2", "Jul 2026: 2")
        assert "I cut checkout P99 latency by 340 ms across three teams." in part
        assert "Casey Boss" in part and "Dana Kim" in part
    assert 'alt="Bar chart of impact evidence entries per month. Jul: 2, Aug: 1, Sep: 3.' in html
    assert "team: 5 (83%)" in html  # the scope numbers in text under the chart
    assert len(html.encode()) < MAX_HTML_BYTES
    assert "<style" not in html  # inlined for mail clients


def test_html_stays_under_the_mail_limit_with_a_huge_quarter(db: Database, seeded: Seeded) -> None:
    db.table("entries").insert_all(
        {
            "kind": "evidence",
            "text": f"Entry {i} " + "long words " * 60,
            "metrics": "[]",
            "occurred_on": "2026-08-20",
            "created_at": "2026-08-20T18:00:00+00:00",
            "source": "cli",
        }
        for i in range(400)
    )
    text, html = render_parts(_digest(db), {"months": "m", "scopes": "s"})
    assert len(html.encode()) <= MAX_HTML_BYTES
    assert "more" in text
