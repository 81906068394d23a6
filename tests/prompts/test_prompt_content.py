"""What a prompt says: the wording the reply parser knows, joggers, escaping, size."""

from __future__ import annotations

import email
import json
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

from sqlite_utils import Database

from careerlog.parsers import ParseContext, parse_message
from careerlog.prompts import send_due_prompts, send_prompt
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.goals import add_goal
from careerlog.store.people import add_person
from tests.mailtest import MakeConfig

REPLIES = Path(__file__).resolve().parents[2] / "careerlog" / "demo" / "replies"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def prompt_row(db: Database, prompt_id: int) -> dict:
    return next(iter(db.query("select * from prompts where id = ?", [prompt_id])))


def queued(db: Database, prompt_id: int) -> EmailMessage:
    raw = next(iter(db.query("select raw from outbox where prompt_id = ?", [prompt_id])))["raw"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def prompts_sent(db: Database) -> list[tuple[str, str]]:
    return [
        (r["kind"], r["period"]) for r in db.query("select kind, period from prompts order by id")
    ]


def quoted_prompt(name: str) -> list[str]:
    """The prompt lines a sample reply quotes, markers removed (QP-decoded text part)."""
    message = email.message_from_bytes((REPLIES / name).read_bytes(), policy=policy.default)
    body = message.get_body(("plain",))
    assert body is not None
    lines = []
    for line in body.get_content().splitlines():
        if line.startswith(">"):
            lines.append(line[1:].removeprefix(" ").replace("\ufeff", "").rstrip())
    start = next(i for i, line in enumerate(lines) if line.startswith("Hi "))
    return [line for line in lines[start:] if line]


def assert_in_order(expected: list[str], body: str) -> None:
    lines = [line.rstrip() for line in body.splitlines()]
    position = 0
    for line in expected:
        assert line in lines[position:], f"{line!r} missing (or out of order) in:\n{body}"
        position = lines.index(line, position) + 1


class TextAndTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.styled = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.styled += any(name == "style" for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_weekly_wording_is_what_the_sample_replies_quote(
    make_offline_config: MakeConfig, db: Database
) -> None:
    prompt_id = send_prompt(
        make_offline_config(), db, "weekly", at("2026-11-07T00:02:11"), deliver=False
    )
    assert prompt_id is not None
    body = prompt_row(db, prompt_id)["body_text"]
    assert_in_order(quoted_prompt("01-weekly-gmail-web.eml"), body)


def test_monthly_wording_is_what_the_sample_replies_quote(
    make_offline_config: MakeConfig, db: Database
) -> None:
    prompt_id = send_prompt(
        make_offline_config(), db, "monthly", at("2026-08-31T16:00:03"), deliver=False
    )
    assert prompt_id is not None
    row = prompt_row(db, prompt_id)
    assert row["subject"] == "What did you learn this month? Who did you work with? [2026-08]"
    assert_in_order(quoted_prompt("15-monthly-fastmail-bottom.eml"), row["body_text"])


def test_quarterly_wording_is_what_the_sample_replies_quote(
    make_offline_config: MakeConfig, db: Database
) -> None:
    add_goal(
        db,
        "Reach Staff Engineer by Q3 2027",
        current_state="senior engineer on Search Infra; owns the indexing pipeline",
        gap="no project with multi-team scope in your packet yet",
    )
    add_goal(
        db,
        "Get better at cross-team influence",
        current_state="new goal, added in January",
        gap="cross-team decisions still go through your manager",
    )
    add_goal(
        db,
        "Give a talk at an external conference",
        current_state="not started",
        gap="no talk abstract written",
    )
    prompt_id = send_prompt(
        make_offline_config(), db, "quarterly", at("2026-04-01T16:00:06"), deliver=False
    )
    assert prompt_id is not None
    row = prompt_row(db, prompt_id)
    assert row["subject"] == "Goals and gaps review — Q1 2026 [2026-Q1]"
    assert_in_order(quoted_prompt("20-quarterly-apple-mail-macos.eml"), row["body_text"])


def test_parser_separates_inline_answers_from_our_prompt(
    make_offline_config: MakeConfig, db: Database
) -> None:
    prompt_id = send_prompt(
        make_offline_config(), db, "weekly", at("2026-11-07T00:02:11"), deliver=False
    )
    assert prompt_id is not None
    row = prompt_row(db, prompt_id)
    quoted = "\n".join(f"> {line}".rstrip() for line in row["body_text"].splitlines())
    answer = "Shipped the retry budget; P99 down by 120ms for three teams."
    reply = (
        f"From: Ada Lovelace <ada@example.com>\nTo: careerlog <ada@example.com>\n"
        f"Subject: Re: {row['subject']}\nIn-Reply-To: {row['message_id']}\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{answer}\n\n"
        f"On Fri, Nov 6, 2026 at 4:02 PM careerlog <ada@example.com> wrote:\n{quoted}\n"
    )
    parsed = parse_message(
        reply.encode(), ParseContext(prompt_kind="weekly", prompt_text=row["body_text"])
    )
    assert parsed.new_text.strip() == answer
    assert [e.kind for e in parsed.entries] == ["evidence"]


def test_weekly_joggers_meetings_logged_and_gaps(
    make_offline_config: MakeConfig, db: Database
) -> None:
    add_person(db, "Grace Hopper", emails=["grace@example.com"], relation="manager")
    add_goal(db, "Reach Staff Engineer by Q3 2027", gap="no org-wide strategy doc")
    add_entry(db, NewEntry("evidence", "Cut checkout P99 by 340ms", occurred_on=date(2026, 11, 3)))
    events = db.table("calendar_events")
    attendees = [
        {"name": "Linus Chen", "email": "linus@example.com", "partstat": "ACCEPTED"},
        {"name": "Ada Lovelace", "email": "ada@example.com", "partstat": "ACCEPTED"},
    ]
    events.insert_all(
        [
            {"source": "s", "uid": "design", "recurrence_id": "", "summary": "Retry budget design",
             "starts_at": "2026-11-03T18:00:00+00:00", "attendees": json.dumps(attendees)},
            {"source": "s", "uid": "1on1", "recurrence_id": "2026-11-04T17:00:00+00:00",
             "summary": "Ada / Grace 1:1", "starts_at": "2026-11-04T17:00:00+00:00",
             "attendees": json.dumps([{"name": "Grace Hopper", "email": "grace@example.com"}])},
            {"source": "s", "uid": "gone", "recurrence_id": "", "summary": "Cancelled sync",
             "status": "CANCELLED", "starts_at": "2026-11-05T17:00:00+00:00",
             "attendees": json.dumps(attendees)},
        ]
    )  # fmt: skip
    (prompt_id,) = send_due_prompts(make_offline_config(), db, at("2026-11-07T00:00:00"))
    body = prompt_row(db, prompt_id)["body_text"]
    jogger = " ".join(body.split("To jog your memory", 1)[1].split())
    assert "Tue Nov 3: Retry budget design (first time with Linus Chen)" in jogger
    assert "Grace" not in jogger  # a recurring 1:1 with a known person is not news
    assert "Cancelled sync" not in jogger
    assert "Cut checkout P99 by 340ms" in jogger
    assert 'Goal "Reach Staff Engineer by Q3 2027": gap is no org-wide strategy doc' in jogger
    assert body.index("To jog your memory") > body.index('Reply "skip this week"')
    assert "impact:, skill:, feedback:, @Name or goal:" in body


def test_monthly_joggers(make_offline_config: MakeConfig, db: Database) -> None:
    priya = add_person(db, "Priya Raman", emails=["priya@example.com"], relation="peer")
    add_person(db, "Sam Whitfield", emails=["sam@example.com"], relation="above-skip")
    db.table("interactions").insert({"person_id": priya, "at": "2026-08-01T17:00:00+00:00"})
    add_entry(db, NewEntry("skill", "Learned the ledger's double-entry model",
                           occurred_on=date(2026, 11, 10)))  # fmt: skip
    for day in (3, 10, 17):
        db.table("calendar_events").insert(
            {"source": "s", "uid": f"m{day}", "recurrence_id": "", "summary": "Payouts sync",
             "starts_at": f"2026-11-{day:02d}T18:00:00+00:00",
             "attendees": json.dumps([{"name": "Tomás Ortega", "email": "tomas@example.com"}])}
        )  # fmt: skip
    config = make_offline_config()
    prompt_id = send_prompt(config, db, "monthly", at("2026-11-28T00:30:00"), deliver=False)
    assert prompt_id is not None
    body = prompt_row(db, prompt_id)["body_text"]
    assert "Learned the ledger's double-entry model" in body
    assert "Tomás Ortega (3 meetings)" in body
    assert "Priya Raman, last contact 2026-08-01" in body
    assert "Visibility gap: no meeting with anyone above your skip-level" in body
    assert body.index("SKILLS") < body.index("RELATIONSHIPS") < body.index("To jog your memory")


def test_quarterly_joggers_rank_top_three(make_offline_config: MakeConfig, db: Database) -> None:
    add_goal(db, "Reach Staff Engineer by Q3 2027", current_state="leads ledger migration",
             gap="no org-wide strategy doc")  # fmt: skip

    def evidence(text: str, **kw: object) -> None:
        add_entry(db, NewEntry("evidence", text, occurred_on=date(2026, 11, 2), **kw))  # type: ignore[arg-type]

    evidence("Tidied the runbook")
    evidence(
        "Cut CI time from 22 min to 7 min",
        metrics=[{"text": "22 min", "value": 22, "unit": "min"}],
        scope="team",
    )
    evidence("Led the idempotency RFC across Payments, Risk and Ledger", scope="multi-team",
             goal="Reach Staff Engineer by Q3 2027")  # fmt: skip
    evidence("Refund failures down from 0.8% to 0.05% for every customer",
             metrics=[{"text": "0.05%", "value": 0.05, "unit": "%"}], scope="external")  # fmt: skip
    (prompt_id,) = send_due_prompts(make_offline_config(), db, at("2027-01-04T18:00:00"))
    body = prompt_row(db, prompt_id)["body_text"]
    assert "1. Reach Staff Engineer by Q3 2027\n   State: leads ledger migration\n" in body
    assert "   Gap: no org-wide strategy doc" in body
    assert "Evidence logged in Q4 2026: 4 entries." in body
    top = body.split("Candidates for your top three", 1)[1]
    order = [top.index(s) for s in ("Refund failures", "Cut CI time", "Led the idempotency")]
    assert order == sorted(order)
    assert "Tidied the runbook" not in top


def test_nudge_after_two_silent_weeks(make_offline_config: MakeConfig, db: Database) -> None:
    config = make_offline_config()
    send_due_prompts(config, db, at("2026-11-07T00:00:00"))  # W45
    (w46,) = send_due_prompts(config, db, at("2026-11-14T00:00:00"))
    assert "two quiet weeks" not in prompt_row(db, w46)["body_text"]  # one silent week only
    (w47,) = send_due_prompts(config, db, at("2026-11-21T00:00:00"))
    assert "two quiet weeks" in prompt_row(db, w47)["body_text"]
    assert "two quiet weeks" in queued(db, w47).get_body(("html",)).get_content()
    # Answering (even with "skip") ends the nudge; it never becomes an extra mail.
    db.table("inbound_messages").insert(
        {"message_key": "k", "raw": b"x", "status": "skipped", "received_at": "2026-11-15",
         "prompt_id": w47}
    )  # fmt: skip
    _monthly, w48 = send_due_prompts(config, db, at("2026-11-28T00:30:00"))  # together Friday
    assert "two quiet weeks" not in prompt_row(db, w48)["body_text"]
    assert prompts_sent(db) == [
        ("weekly", "2026-W45"), ("weekly", "2026-W46"), ("weekly", "2026-W47"),
        ("monthly", "2026-11"), ("weekly", "2026-W48"),
    ]  # fmt: skip


def test_script_in_an_entry_is_escaped_in_html(
    make_offline_config: MakeConfig, db: Database
) -> None:
    evil = "<script>alert('x')</script> & shipped <b>it</b>"
    add_entry(db, NewEntry("evidence", evil, occurred_on=date(2026, 11, 4)))
    (prompt_id,) = send_due_prompts(make_offline_config(), db, at("2026-11-07T00:00:00"))
    html = queued(db, prompt_id).get_body(("html",)).get_content()
    parser = TextAndTags()
    parser.feed(html)
    assert "script" not in parser.tags and "b" not in parser.tags
    assert evil in "".join(parser.text)  # shown as text, exactly as logged
    assert "&lt;script&gt;" in html
    assert evil in prompt_row(db, prompt_id)["body_text"]  # plain text needs no escaping


def test_html_stays_small_with_a_huge_store(make_offline_config: MakeConfig, db: Database) -> None:
    for n in range(400):
        add_goal(db, f"Goal number {n} " + "x" * 80, current_state="s" * 200, gap="g" * 200)
    (prompt_id,) = send_due_prompts(make_offline_config(), db, at("2027-01-04T18:00:00"))
    message = queued(db, prompt_id)
    html = message.get_body(("html",)).get_content()
    assert len(html.encode()) < 90_000
    parser = TextAndTags()
    parser.feed(html)
    assert "style" not in parser.tags and parser.styled > 10  # CSS was inlined


def inline_reply(row: dict, answers: dict[str, str]) -> bytes:
    """A reply that quotes our prompt and answers below the lines starting with a key."""
    out = ["On Mon, Jan 4, 2027 at 10:00 AM careerlog <ada@example.com> wrote:"]
    for line in row["body_text"].splitlines():
        out.append(f"> {line}".rstrip())
        for start, answer in answers.items():
            if line.startswith(start):
                out += ["", answer, ""]
    head = (
        f"From: Ada Lovelace <ada@example.com>\nSubject: Re: {row['subject']}\n"
        f"In-Reply-To: {row['message_id']}\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + "\n".join(out) + "\n").encode()


def test_inline_answers_follow_the_right_question(
    make_offline_config: MakeConfig, db: Database
) -> None:
    config = make_offline_config()
    goals = ["Reach Staff Engineer by Q3 2027", "Get better at cross-team influence"]
    add_goal(db, goals[0], current_state="leads ledger migration", gap="no strategy doc")
    add_goal(db, goals[1], current_state="co-owns retry budget", gap="no decision led yet")
    quarterly = send_prompt(config, db, "quarterly", at("2027-01-04T18:00:00"), deliver=False)
    assert quarterly is not None
    row = prompt_row(db, quarterly)
    reply = inline_reply(
        row,
        {
            "   Gap: no strategy doc": "Phase 1 shipped. Next: draft the strategy doc.",
            "   Gap: no decision led": "Led the idempotency RFC review with Risk and Ledger.",
        },
    )
    context = ParseContext("quarterly", row["body_text"], open_goals=goals)
    parsed = parse_message(reply, context)
    # Each answer follows the goal it was written under; a thing done under a goal's gap
    # ("Led the ... review") is evidence toward that goal, as issue 15 has it.
    assert [(e.kind, e.goal) for e in parsed.entries] == [
        ("goal", goals[0]),
        ("evidence", goals[1]),
    ]

    monthly = send_prompt(config, db, "monthly", at("2027-01-30T00:30:00"), deliver=False)
    assert monthly is not None
    row = prompt_row(db, monthly)
    reply = inline_reply(
        row,
        {
            "New codebases or tools": "Learned the ledger's double-entry model.",
            "you want to follow up with.": "Coffee with Priya Raman about SRE careers.",
        },
    )
    parsed = parse_message(reply, ParseContext("monthly", row["body_text"]))
    assert [e.kind for e in parsed.entries] == ["skill", "relationship"]
