"""What a brief shows: relation and last meeting, ranked evidence surfaced once, a goal gap,
follow-ups and feedback to ask for, the notes from the previous brief's reply, and escaped
markup; and what a reply to a brief records."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlite_utils import Database

from careerlog.briefs import render_brief, send_brief, send_due_briefs
from careerlog.briefs.content import follow_ups_in, pick_evidence
from careerlog.calendar import upcoming_one_on_ones
from careerlog.config.model import Config
from careerlog.intake.process import handle_message
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.goals import add_goal
from tests.briefs.brief_helpers import (
    LA,
    Event,
    Publish,
    la,
    outbox_text,
    pin,
    reply_to,
    sample_reply_to,
    weekly_grace,
)

# Every brief here is about Grace or Linus, known in the store.
pytestmark = pytest.mark.usefixtures("colleagues")

GRACE_ID = 1
STAFF = "Reach Staff Engineer by Q3 2027"
MS = [{"text": "340ms", "value": 340.0, "unit": "ms"}]


def evidence(
    db: Database,
    text: str,
    *,
    metrics: bool = False,
    scope: str | None = None,
    at: datetime | None = None,
    **kw: Any,
) -> int:
    """An evidence entry logged at ``at`` (default Monday Nov 9, after the Nov 5 1:1)."""
    pin(at or la("2026-11-09 10:00"))
    entry = NewEntry("evidence", text, metrics=MS if metrics else [], scope=scope, **kw)
    return add_entry(db, entry)


def flat(text: str) -> str:
    """The text with its wrapping undone, for content checks."""
    return " ".join(text.split())


def one_brief(config: Config, db: Database, now: datetime) -> tuple[int, str, str]:
    (prompt_id,) = send_due_briefs(config, db, pin(now))
    text, html, _ = outbox_text(db, prompt_id)
    return prompt_id, text, html


def surfaced(db: Database) -> list[tuple[int, int, int]]:
    rows = db.query("select entry_id, person_id, prompt_id from surfaced order by entry_id")
    return [(r["entry_id"], r["person_id"], r["prompt_id"]) for r in rows]


@pytest.fixture
def grace(db: Database, publish: Publish) -> None:
    """Weekly 1:1 with Grace, synced after the Nov 5 meeting (the last 1:1 on record)."""
    publish(db, la("2026-11-09 09:00"), weekly_grace())


def test_ranking_quantified_then_scope_then_goal_then_newest() -> None:
    entries = [
        {"id": 1, "metrics": [], "scope": "team", "goal": None, "occurred_on": "2026-11-09"},
        {"id": 2, "metrics": [], "scope": "external", "goal": None, "occurred_on": "2026-11-02"},
        {"id": 3, "metrics": [], "scope": "org", "goal": STAFF, "occurred_on": "2026-11-03"},
        {"id": 4, "metrics": [], "scope": "org", "goal": None, "occurred_on": "2026-11-04"},
        {"id": 5, "metrics": MS, "scope": "team", "goal": None, "occurred_on": "2026-11-01"},
        {"id": 6, "metrics": [], "scope": "multi-team", "goal": STAFF, "occurred_on": None,
         "created_at": "2026-11-08T10:00:00+00:00"},
        {"id": 7, "metrics": [], "scope": "team", "goal": None, "occurred_on": "2026-11-10"},
    ]  # fmt: skip
    assert [e["id"] for e in pick_evidence(entries, 7)] == [5, 2, 3, 4, 6, 7, 1]
    assert [e["id"] for e in pick_evidence(entries, 2)] == [5, 2]


def test_brief_shows_the_two_strongest_and_surfaces_each_once(
    config: Config, db: Database, grace: None, publish: Publish
) -> None:
    add_goal(db, STAFF, gap="an org-wide strategy doc")
    old = evidence(
        db, "before the last 1:1", metrics=True, scope="external", at=la("2026-11-04 10:00")
    )
    team = evidence(db, "wrote the on-call guide", scope="team")
    org_goal = evidence(db, "led the payments reliability review", scope="org", goal=STAFF)
    external = evidence(db, "talk at PyCon about idempotency keys", scope="external")
    quantified = evidence(db, "checkout P99 down 340ms", metrics=True, scope="team")
    gone = evidence(db, "deleted one", metrics=True, scope="external")
    db.execute("update entries set deleted_at = '2026-11-09T19:00:00+00:00' where id = ?", [gone])

    first, text, _ = one_brief(config, db, la("2026-11-11 17:00"))
    assert (
        "  - Impact since your last 1:1 (Nov 9): checkout P99 down 340ms\n"
        "  - Impact since your last 1:1 (Nov 9): talk at PyCon about idempotency\n"
        "    keys\n" in text
    )  # one whole entry per bullet
    assert surfaced(db) == [(external, GRACE_ID, first), (quantified, GRACE_ID, first)]

    # Thursday's 1:1 is cancelled after its brief went out, so the last 1:1 is still Nov 5
    # and the window still holds all of them: the next brief shows the next two, never the
    # ones already shown, nor the one logged before Nov 5
    cancelled = weekly_grace(
        rrule=None,
        recurrence_id=la("2026-11-12 10:30"),
        start=la("2026-11-12 10:30"),
        end=la("2026-11-12 11:00"),
        status="CANCELLED",
    )
    publish(db, la("2026-11-18 09:00"), weekly_grace(), cancelled)
    second, text, _ = one_brief(config, db, la("2026-11-18 17:00"))
    assert "review - Impact since your last 1:1 (Nov 9): wrote the on-call guide" in flat(text)
    assert "P99" not in text and "PyCon" not in text and "before the last" not in text
    assert {e for e, _, p in surfaced(db) if p == second} == {org_goal, team}
    assert old not in {e for e, _, _ in surfaced(db)}

    # the 1:1 of Nov 19 happens; the week after, only what was logged since then counts
    evidence(db, "on-call handover doc", scope="team", at=la("2026-11-17 10:00"))
    fresh = evidence(db, "payouts API signed off by three teams", scope="multi-team",
                     at=la("2026-11-23 10:00"))  # fmt: skip
    publish(db, la("2026-11-25 09:00"), weekly_grace(), cancelled)
    third, text, _ = one_brief(config, db, la("2026-11-25 17:00"))
    assert "Impact since your last 1:1 (Nov 23): payouts API signed off by three teams" in flat(
        text
    )
    assert "handover" not in text
    assert [e for e, _, p in surfaced(db) if p == third] == [fresh]

    # nothing new since: no impact line at all, the goal gap still comes up
    publish(db, la("2026-12-02 09:00"), weekly_grace(), cancelled)
    _, text, _ = one_brief(config, db, la("2026-12-02 17:00"))
    assert "Impact" not in text
    assert 'Goal "Reach Staff Engineer by Q3 2027": an org-wide strategy doc' in text


def test_entries_surfaced_to_one_person_still_go_to_another(
    config: Config, db: Database, publish: Publish
) -> None:
    linus = Event(
        uid="linus@example.test",
        start=la("2026-11-12 15:00"),
        end=la("2026-11-12 15:30"),
        summary="Linus / Ada",
        other=("Linus Chen", "linus@example.test"),
    )
    publish(db, la("2026-11-09 09:00"), weekly_grace(), linus)
    shared = evidence(db, "cut settlement cost by $8k/month", metrics=True, scope="org")
    one_brief(config, db, la("2026-11-11 17:00"))
    _, text, _ = one_brief(config, db, la("2026-11-12 13:00"))
    assert "Impact worth sharing (Nov 9): cut settlement cost by $8k/month" in text  # no 1:1
    assert [(e, p) for e, p, _ in surfaced(db)] == [(shared, 1), (shared, 2)]


def test_who_when_relation_last_met_goal_follow_ups_and_feedback_to_ask(
    config: Config, db: Database, grace: None
) -> None:
    add_goal(db, "Get better at cross-team influence", gap="no rollout owner yet")
    add_goal(db, STAFF, gap="strategy doc outline not started")
    evidence(db, "refund failures down from 0.8% to 0.05%", metrics=True, scope="org", goal=STAFF)
    follow = add_entry(
        db, NewEntry("relationship", "follow up with Grace Hopper on the promo packet",
                     people=["Grace Hopper"])
    )  # fmt: skip
    add_entry(db, NewEntry("relationship", "coffee with Grace Hopper", people=["Grace Hopper"]))
    practice = add_entry(
        db, NewEntry("skill", "facilitating incident reviews", skill_kind="practice")
    )
    _, text, _ = one_brief(config, db, la("2026-11-11 17:00"))
    assert text.startswith(
        "Hi Ada,\n\nYour 1:1 with Grace Hopper is tomorrow (Thursday, November 12, 10:30).\n"
    )
    assert (
        "Grace Hopper is your manager; you last met on Thursday, November 5 (6\ndays ago)." in text
    )
    # the goal behind the evidence shown wins over the one updated longest ago
    assert (
        '  - Goal "Reach Staff Engineer by Q3 2027": strategy doc outline not\n    started' in text
    )
    assert "cross-team" not in text
    assert "  - Follow-up: follow up with Grace Hopper on the promo packet\n" in text
    assert "coffee" not in text
    assert "  - Feedback to ask for: facilitating incident reviews\n" in text
    assert {follow, practice} <= {e for e, _, _ in surfaced(db)}


def test_markup_in_entries_is_escaped_in_html_and_kept_in_text(
    config: Config, db: Database, grace: None
) -> None:
    evidence(db, '<script>alert("x")</script> shipped <b>fast</b> & safe', metrics=True)
    add_goal(db, "<img src=x onerror=alert(1)>", gap="<i>gap</i>")
    _, text, html = one_brief(config, db, la("2026-11-11 17:00"))
    assert '<script>alert("x")</script> shipped <b>fast</b> & safe' in flat(text)
    assert "<script>" not in html and "<b>fast" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;fast&lt;/b&gt; &amp; safe" in html
    assert "&lt;i&gt;gap&lt;/i&gt;" in html


def test_preview_marks_nothing_and_forced_resend_shows_the_same(
    config: Config, db: Database, grace: None
) -> None:
    shown = evidence(db, "checkout P99 down 340ms", metrics=True)
    now = pin(la("2026-11-11 10:00"))
    (occurrence,) = upcoming_one_on_ones(db, now, timedelta(days=2))
    preview = render_brief(config, db, occurrence, now)
    assert "checkout P99 down 340ms" in preview.text and surfaced(db) == []
    assert db.execute("select count(*) from prompts").fetchone()[0] == 0
    first = send_brief(config, db, occurrence, now)
    assert first is not None and send_brief(config, db, occurrence, now) is None
    again = send_brief(config, db, occurrence, now, force=True)
    assert again is not None
    periods = [r["period"] for r in db.query("select period from prompts order by id")]
    assert periods == [occurrence.key, occurrence.key + "+2"]
    text, _, _ = outbox_text(db, again)
    assert "checkout P99 down 340ms" in text
    assert surfaced(db) == [(shown, GRACE_ID, first)]
    # and the scheduled pass at 17:00 knows the occurrence had its brief
    assert send_due_briefs(config, db, pin(la("2026-11-11 17:00"))) == []


def test_counterpart_not_in_the_map_is_added(
    config: Config, db: Database, publish: Publish
) -> None:
    newcomer = Event(
        uid="jose@example.test",
        start=la("2026-11-12 09:00"),
        end=la("2026-11-12 09:30"),
        summary="José / Ada",
        other=("José Álvarez", "jose@example.test"),
    )
    publish(db, la("2026-11-09 09:00"), newcomer)
    prompt_id, text, _ = one_brief(config, db, la("2026-11-11 17:00"))
    assert "José Álvarez: no earlier meeting with them is on your calendar." in text
    (person,) = db.query("select * from people where name = 'José Álvarez'")
    assert person["emails"] == '["jose@example.test"]'
    assert person["how_met"] == "1:1 on your calendar"
    (prompt,) = db.query("select person_id, message_id from prompts")
    assert prompt["person_id"] == person["id"]
    assert prompt["message_id"].startswith("<prompt-brief-2026-11-12-jose.")
    _, _, message = outbox_text(db, prompt_id)
    assert message["Subject"] == "Your 1:1 with José Álvarez is tomorrow"


def test_follow_up_lines_of_notes() -> None:
    notes = (
        "Notes from today:\n\n"
        "feedback: put the numbers first.\n"
        "goal: Reach Staff - nominate me. Gap: outline. Action: send it to her by Nov 20.\n"
        "@Linus Chen - follow up on retry budget numbers\n"
        "- TODO: book the SRE guild slot\n"
        "We talked about the offsite."
    )
    assert follow_ups_in(notes) == [
        "send it to her by Nov 20.",
        "@Linus Chen - follow up on retry budget numbers",
        "book the SRE guild slot",
    ]


def test_reply_to_a_brief_becomes_notes_and_feeds_the_next_brief(
    config: Config, db: Database, grace: None, publish: Publish
) -> None:
    add_goal(db, STAFF, gap="strategy doc outline not started")
    first, _, _ = one_brief(config, db, la("2026-11-11 17:00"))
    _, _, brief = outbox_text(db, first)

    pin(la("2026-11-12 11:48"))
    outcome = handle_message(config, db, sample_reply_to("21-brief-gmail-web.eml", brief))
    assert outcome.status == "parsed"
    (note,) = db.query("select * from relationship_notes")
    assert note["person_id"] == GRACE_ID and note["prompt_id"] == first
    assert note["inbound_id"] == outcome.inbound_id
    assert note["text"].startswith("Notes from today:\n\nfeedback: Grace Hopper thinks")
    assert "wrote:" not in note["text"] and "Talking points" not in note["text"]
    feedback = list(
        db.query(
            """select e.id, e.text, (select group_concat(ep.person_id) from entry_people ep
                 where ep.entry_id = e.id) as people
               from entries e where e.kind = 'skill' and e.skill_kind = 'feedback' order by e.id"""
        )
    )
    assert len(feedback) == 2
    assert "latency work is Staff-level evidence" in feedback[0]["text"]
    assert "4 pages max" in feedback[1]["text"]
    assert [f["people"] for f in feedback] == ["1", "1"]  # feedback from Grace

    # the next brief shows the notes and their follow-ups
    publish(db, la("2026-11-18 09:00"), weekly_grace())
    _, text, _ = one_brief(config, db, la("2026-11-18 17:00"))
    assert "  - Follow-up: send it to her by Nov 20.\n" in text
    assert (
        "  - Follow-up: @Linus Chen - follow up on retry budget numbers for the\n"
        "    Risk dashboards\n" in text
    )
    assert "Your notes after the last 1:1 (Thursday, November 12):\n    Notes from today:\n" in text
    assert "feedback: design docs are better but still too long; aim for 4 pages" in flat(text)

    # no reply to that one: the brief after it does not repeat the old notes
    publish(db, la("2026-11-25 09:00"), weekly_grace())
    _, text, _ = one_brief(config, db, la("2026-11-25 17:00"))
    assert "Follow-up" not in text and "Your notes" not in text


def test_evidence_told_in_a_reply_is_not_brought_up_again(
    config: Config, db: Database, grace: None, publish: Publish
) -> None:
    first, _, _ = one_brief(config, db, la("2026-11-11 17:00"))
    _, _, brief = outbox_text(db, first)
    when = pin(la("2026-11-12 12:00"))
    raw = reply_to(
        brief,
        "impact: told her the invariant checker caught two mismatches worth $41k\n"
        "feedback: lead with the dollar figure",
        when=when,
    )
    assert handle_message(config, db, raw).status == "parsed"
    (told,) = db.query("select id from entries where kind = 'evidence'")
    assert (told["id"], GRACE_ID, first) in surfaced(db)
    publish(db, la("2026-11-18 09:00"), weekly_grace())
    _, text, _ = one_brief(config, db, la("2026-11-18 17:00"))
    assert "$41k" not in text.split("Your notes")[0]  # only in the quoted notes
    assert "impact: told her the invariant checker caught two mismatches worth" in flat(text)


def test_skip_and_auto_replies_store_no_notes(config: Config, db: Database, grace: None) -> None:
    first, _, _ = one_brief(config, db, la("2026-11-11 17:00"))
    _, _, brief = outbox_text(db, first)
    handle_message(config, db, reply_to(brief, "skip", when=pin(la("2026-11-12 12:00"))))
    assert list(db.query("select * from relationship_notes")) == []


def test_day_label_uses_local_zone() -> None:
    from careerlog.briefs.timing import day_label, when_text

    late = datetime.fromisoformat("2026-11-13T05:30:00+00:00")  # Thursday evening in LA
    assert day_label(late, LA) == "Thursday, November 12"
    assert when_text(late, LA) == "Thursday, November 12, 21:30"


FINANCE = (
    "Renée Dubois walked me through how Finance uses the reconciliation report; we agreed "
    "to move the close checks into the nightly job. That saves her team two days every "
    "month-end and the numbers now arrive before the 9:00 stand-up instead of after lunch."
)
LEDGER = "Landed the ledger schema migration for Checkout and Payments, shipped on Monday."


def test_talking_points_are_whole_entries_one_per_bullet(
    config: Config, db: Database, grace: None, publish: Publish
) -> None:
    evidence(db, FINANCE, metrics=True, scope="multi-team")
    evidence(db, LEDGER, metrics=True, scope="team")
    _, text, html = one_brief(config, db, la("2026-11-11 17:00"))
    points = [flat(b.split("\n\n", 1)[0]) for b in text.split("\n  - ")[1:]]
    bullets = [b for b in points if b.startswith("Impact since")]
    assert bullets == [
        f"Impact since your last 1:1 (Nov 9): {FINANCE}",  # the text part keeps all of it
        f"Impact since your last 1:1 (Nov 9): {LEDGER}",
    ]
    # the HTML shortens the long one at a sentence end: never mid-word, never two in one
    assert "Impact since your last 1:1 (Nov 9): Renée Dubois walked me through how Finance " \
        "uses the reconciliation report; we agreed to move the close checks into the nightly " \
        "job.</li>" in flat(html)  # fmt: skip
    assert "two days every" not in html
