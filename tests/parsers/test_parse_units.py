"""The parser's parts on their own: metrics, scope, dates, people, goals, quotes, MIME."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.api import infer_prompt_kind, is_skip
from careerlog.parsers.autoreply import is_auto_reply
from careerlog.parsers.dates import occurred_on
from careerlog.parsers.goals import goals_in_prompt, link_goal, new_goal_title
from careerlog.parsers.htmltext import html_to_text
from careerlog.parsers.items import split_items
from careerlog.parsers.metrics import find_metrics
from careerlog.parsers.mime import decode_bytes, decode_message, unflow
from careerlog.parsers.people import PeopleFinder
from careerlog.parsers.quotes import strip_quotes
from careerlog.parsers.scope import find_scope
from careerlog.parsers.signatures import sender_names, trim_signature

GOALS = [
    "Reach Staff Engineer by Q3 2027",
    "Get better at cross-team influence",
    "Mentor a new hire through their first on-call",
]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("cut P99 by 340ms (1.21s → 870ms)", [("340ms", 340, "ms"), ("1.21s", 1.21, "s"),
                                            ("870ms", 870, "ms")]),
        ("saved $12k/month", [("$12k/month", 12000, "USD/month")]),
        ("from 45 min to 6 min", [("45 min", 45, "min"), ("6 min", 6, "min")]),
        ("3x faster, ~250 people", [("3x", 3, "x"), ("~250 people", 250, "people")]),
        ("runtime 3h10m, errors down 12.5%", [("3h10m", 190, "min"), ("12.5%", 12.5, "%")]),
        ("1,200 settlements/sec", [("1,200 settlements/sec", 1200, "settlements/sec")]),
        ("€3.5M in ARR", [("€3.5M", 3_500_000, "EUR")]),
        ("our 1:1 on Nov 20 at 9:00, Q3 2027", []),
    ],
)  # fmt: skip
def test_metrics(text: str, want: list[tuple[str, float, str]]) -> None:
    assert [(m.text, m.value, m.unit) for m in find_metrics(text)] == want


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("fixed for every customer paying by card", "external"),
        ("No customer was charged twice; my team's review", "team"),
        ("presented to the whole org", "org"),
        ("Finance uses those numbers org-wide", "org"),
        ("agreed across three teams", "multi-team"),
        ("unblocked Mei Tanaka's team", "multi-team"),
        ("approved by Payments, Risk and Ledger", "multi-team"),
        ("on my team's repo", "team"),
        ("refactored the parser", None),
    ],
)
def test_scope(text: str, scope: str | None) -> None:
    assert find_scope(text) == scope


MONDAY = datetime(2026, 10, 26, 16, 0, tzinfo=timezone(timedelta(hours=-7)))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("shipped it yesterday", date(2026, 10, 25)),
        ("Tuesday's incident", date(2026, 10, 20)),
        ("joined last Monday", date(2026, 10, 19)),
        ("launched on Oct 3", date(2026, 10, 3)),
        ("launched on 3 October", date(2026, 10, 3)),
        ("sometime last week", date(2026, 10, 19)),
        ("send it by Nov 20", None),
        ("once he starts Monday", None),
        ("no date at all", None),
    ],
)
def test_occurred_on(text: str, day: date | None) -> None:
    assert occurred_on(text, MONDAY) == day


def test_people() -> None:
    finder = PeopleFinder(["José Álvarez", "Priya Raman"], exclude=["Ada Lovelace"])
    found = finder.find(
        "Onboarded Tomás Ortega with @Priya; Jose Alvarez and grace.hopper@example.com "
        "joined Payments Platform. Ada Lovelace wrote it."
    )
    assert found == ["Tomás Ortega", "Priya Raman", "José Álvarez", "Grace Hopper"]


def test_goals() -> None:
    assert link_goal("Mentoring: he did his first week", GOALS, explicit_only=False) == GOALS[2]
    assert link_goal("Staff promo: nominated", GOALS, explicit_only=False) == GOALS[0]
    assert link_goal("counts toward my cross-team influence goal", GOALS, explicit_only=True)
    assert link_goal("a cross-team retro", GOALS, explicit_only=True) is None
    assert link_goal("see #staff-engineer", GOALS, explicit_only=True) == GOALS[0]
    assert new_goal_title("New goal: ship a public API. More later.", GOALS) == "ship a public API"
    prompt = ["1. Reach Staff Engineer by Q3 2027", "   State: x", 'Goal "Give a talk": y']
    assert goals_in_prompt(prompt) == ["Reach Staff Engineer by Q3 2027", "Give a talk"]


def test_items_headings_bullets_and_prefixes() -> None:
    lines = [
        "Three things:", "1. first thing that is long enough", "   and wraps here", "",
        "RELATIONSHIPS", "- @Priya Raman paired", "skill: Go", "learned: Rust",
    ]  # fmt: skip
    items = split_items(lines)
    assert [i.text for i in items] == [
        "first thing that is long enough and wraps here",
        "@Priya Raman paired",
        "skill: Go",
        "learned: Rust",
    ]
    assert items[0].heading == "Three things" and items[1].heading == "RELATIONSHIPS"


def test_signature_shapes() -> None:
    names = sender_names("Ada Lovelace", "ada@example.com")
    assert trim_signature(["Did X.", "", "Thanks,", "Ada"], names) == ["Did X."]
    assert trim_signature(["Did X.", "Cheers", "Ada"], names) == ["Did X."]
    assert trim_signature(["Did X.", "", "Bob Smith", "Staff Engineer | Infra"], names) == [
        "Did X."
    ]
    assert trim_signature(["Paired with", "Priya Raman"], names) == ["Paired with", "Priya Raman"]


@pytest.mark.parametrize(
    "header",
    [
        "On Fri, Nov 6, 2026 at 4:02 PM careerlog <c@example.com> wrote:",
        "Le ven. 2 oct. 2026 à 16:02, careerlog <c@example.com> a écrit :",
        "Am 13.11.2026 um 16:02 schrieb careerlog <c@example.com>:",
        "El mié., 30 sept. 2026 a las 9:00, careerlog (<c@example.com>) escribió:",
        "Em sex., 30 de out. de 2026 às 16:02, careerlog <c@example.com> escreveu:",
        "Op wo 9 dec. 2026 om 17:00 schreef careerlog <c@example.com>:",
        "Il giorno ven 27 nov 2026 alle ore 16:02 careerlog <c@example.com> ha scritto:",
        "2026年11月27日(金) 16:02 careerlog <c@example.com>:",
        "2026/11/27 16:02、careerlog <c@example.com>のメール:",
        "W dniu 27.11.2026 o 16:02, careerlog pisze / napisał:",
    ],
)
def test_quote_headers_in_many_languages(header: str) -> None:
    text = f"Shipped the thing.\n\n{header}\n\n> Hi Ada,\n> What did you do?\n"
    assert strip_quotes(text).new_text == "Shipped the thing."


@pytest.mark.parametrize(
    "block",
    [
        "From: c <c@example.com>\nSent: Friday\nTo: Ada\nSubject: x",
        "Von: c <c@example.com>\nGesendet: Freitag\nAn: Ada\nBetreff: x",
        "De : c <c@example.com>\nEnvoyé : vendredi\nÀ : Ada\nObjet : x",
        "Da: c <c@example.com>\nInviato: venerdì\nA: Ada\nOggetto: x",
        "Van: c <c@example.com>\nVerzonden: vrijdag\nAan: Ada\nOnderwerp: x",
        "差出人: c <c@example.com>\n送信日時: 2026年11月27日\n宛先: Ada\n件名: x",
        "-----Original Message-----\nFrom: c\nSent: Friday",
    ],
)
def test_outlook_blocks_cut_everything_after(block: str) -> None:
    text = f"Shipped the thing.\n\n________________________________\n{block}\n\nHi Ada,\nWhat?\n"
    assert strip_quotes(text).new_text == "Shipped the thing."


def test_inline_answers_keep_their_question() -> None:
    text = "> SKILLS\n> New tools?\n\nLearned Rust.\n\n> RELATIONSHIPS\n\nMet Priya Raman.\n"
    segments = strip_quotes(text).segments
    assert [s.text for s in segments] == ["Learned Rust.", "Met Priya Raman."]
    assert segments[1].quoted_before[0] == "RELATIONSHIPS"


def test_charsets() -> None:
    assert decode_bytes("naïve".encode("latin-1"), "utf-8") == "naïve"
    assert decode_bytes("it’s".encode("cp1252"), "iso-8859-1") == "it’s"
    assert decode_bytes("naïve".encode(), "iso-8859-1") == "naïve"
    assert decode_bytes(b"plain", "x-unknown") == "plain"


def test_flowed() -> None:
    assert unflow("one \ntwo\n> a \n> b\n-- \nsig", delsp=False) == "one two\n> a b\n-- \nsig"
    assert unflow("under \nstand", delsp=True) == "understand"


def test_html_keeps_lines_lists_and_quotes() -> None:
    html = (
        "<style>p{}</style><p>One&nbsp;&amp; two</p><p>&nbsp;</p><ol><li>a</li><li>b</li></ol>"
        "<blockquote>quoted<br>line</blockquote>"
    )
    assert html_to_text(html) == "One & two\n\n1. a\n2. b\n> quoted\n> line"


def test_attachments_are_recorded_not_parsed() -> None:
    raw = (
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        b"shipped it\n--b\nContent-Type: application/pdf\nContent-Disposition: attachment; "
        b'filename="r.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--b--\n'
    )
    msg = decode_message(raw)
    assert msg.text.strip() == "shipped it"
    assert [(a.filename, a.content_type, a.size) for a in msg.attachments] == [
        ("r.pdf", "application/pdf", 5)
    ]


@pytest.mark.parametrize(
    ("headers", "auto"),
    [
        ("Auto-Submitted: auto-replied", True),
        ("Auto-Submitted: no", False),
        ("Precedence: bulk", True),
        ("X-Autoreply: yes", True),
        ("Subject: Réponse automatique : absent", True),
        ("Subject: Fuera de la oficina", True),
        ("Subject: Re: weekly", False),
    ],
)
def test_auto_replies(headers: str, auto: bool) -> None:
    msg = decode_message(f"{headers}\nFrom: a@example.com\n\nbody\n".encode())
    assert is_auto_reply(msg.headers, msg.subject, msg.from_addr) is auto


@pytest.mark.parametrize(
    ("text", "skip"),
    [
        ("skip", True), ("Skip this week", True), ("Nothing this week, on holiday.", True),
        ("", True), ("  \n ", True), ("Nothing to report.", True), ("N/A", True),
        ("Skip the flaky tests, CI is 2x faster", False), ("Skipped the retro", False),
    ],
)  # fmt: skip
def test_skip(text: str, skip: bool) -> None:
    assert is_skip(text) is skip


@pytest.mark.parametrize(
    ("headers", "kind"),
    [
        ("In-Reply-To: <prompt-quarterly-2026q1.x@careerlog.invalid>", "quarterly"),
        ("Subject: Re: What did you do? [2026-W45]", "weekly"),
        ("Subject: Re: What did you learn? [2026-07]", "monthly"),
        ("Subject: AW: Goals and gaps review", "quarterly"),
        ("Subject: Re: Your 1:1 with Grace Hopper is tomorrow", "brief"),
        ("Subject: hello", "weekly"),
    ],
)
def test_prompt_kind_inference(headers: str, kind: str) -> None:
    assert infer_prompt_kind(decode_message(f"{headers}\n\nx\n".encode())) == kind


def test_message_without_date_uses_context_now() -> None:
    now = datetime(2026, 10, 26, 12, tzinfo=UTC)
    reply = parse_message(b"Subject: x\n\nshipped the fix yesterday\n", ParseContext(now=now))
    assert reply.message_date == now
    assert reply.entries[0].occurred_on == date(2026, 10, 25)
