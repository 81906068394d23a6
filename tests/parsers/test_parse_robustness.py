"""Bad and random input: never an exception, and nothing invented.

(How long a parse takes, hostile input included, is measured in bench/parse.py and
bench/large_reply.py, not here: a time limit in a test fails on a busy machine.)
"""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.mime import decode_message
from tests.parsers.replycheck import REPLIES, fixtures

SAMPLE_BYTES = [p.read_bytes() for p in fixtures(REPLIES)]


def _parse_checked(raw: bytes, ctx: ParseContext | None = None) -> None:
    """Parse; every line of new_text must come from the body."""
    reply = parse_message(raw, ctx)
    body = decode_message(raw).text.replace("\ufeff", "")
    for line in reply.new_text.splitlines():
        assert line.strip() in body
    contract = reply.to_contract()
    assert isinstance(contract["new_text"], str)
    if reply.auto_reply or reply.skipped:
        assert reply.entries == []


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=20_000))
def test_any_bytes(raw: bytes) -> None:
    _parse_checked(raw)


_TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=2_000) | st.lists(
    st.sampled_from(
        [
            "> quoted",
            ">",
            "-- ",
            "Thanks,",
            "Ada",
            "SKILLS",
            "- shipped it for my team",
            "On Fri, Nov 6, 2026 at 4:02 PM careerlog <a@example.com> wrote:",
            "wrote:",
            "From: careerlog <a@example.com>",
            "Sent: Friday",
            "To: Ada",
            "Subject: x",
            "skill: Go",
            "@Priya Raman paired",
            "1. Reach Staff",
            "   State: x",
            "",
            "Sent from my iPhone",
            "-----Original Message-----",
            "cut 40% in 3h10m → 5 min",
        ]
    ),
    max_size=60,
).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=_TEXT,
    charset=st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "utf-16", "x-bogus"]),
    cte=st.sampled_from(["8bit", "quoted-printable", "base64"]),
    flowed=st.booleans(),
    html=st.booleans(),
    kind=st.sampled_from([None, "weekly", "monthly", "quarterly", "brief"]),
)
def test_structured_messages(
    text: str, charset: str, cte: str, flowed: bool, html: bool, kind: str | None
) -> None:
    msg = EmailMessage()
    msg["From"] = "Ada Lovelace <ada@example.com>"
    msg["Subject"] = "Re: What did you do this week that had impact? [2026-W45]"
    msg["Date"] = "Fri, 06 Nov 2026 17:31:08 -0800"
    params = {"format": "flowed"} if flowed else {}
    if html:
        msg.set_content(f"<p>{text}</p>", subtype="html", cte=cte)
    else:
        payload = text.encode(charset if charset != "x-bogus" else "utf-8", "replace")
        msg.set_content(payload, "text", "plain", cte=cte, params=params)
        msg.set_param("charset", charset)
    _parse_checked(msg.as_bytes(), ParseContext(prompt_kind=kind))  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(
    sample=st.sampled_from(SAMPLE_BYTES),
    cut=st.integers(min_value=0, max_value=10_000),
    junk=st.binary(max_size=64),
)
def test_mangled_samples(sample: bytes, cut: int, junk: bytes) -> None:
    """Truncated or corrupted real replies still parse."""
    cut %= len(sample) + 1
    _parse_checked(sample[:cut] + junk + sample[cut:])


def _nested(depth: int) -> bytes:
    head = (
        b'From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b0"\n\n'
    )
    opening = b"".join(
        b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (i, i + 1)
        for i in range(depth)
    )
    leaf = b"--b%d\nContent-Type: text/plain\n\nshipped the fix for my team\n" % depth
    closing = b"".join(b"--b%d--\n" % i for i in range(depth, -1, -1))
    return head + opening + leaf + closing


def test_moderately_nested_mime_is_read() -> None:
    assert parse_message(_nested(8)).new_text == "shipped the fix for my team"


def test_deeply_nested_mime() -> None:
    for depth in (40, 400, 3000):
        _parse_checked(_nested(depth))


def test_huge_line() -> None:
    raw = b"From: a@example.com\nSubject: x\n\n" + b"shipped it for my team " * 100_000 + b"\n"
    reply = parse_message(raw)
    assert len(reply.entries) == 1 and reply.entries[0].scope == "team"


def test_nul_bytes() -> None:
    raw = b"From: a@example.com\nSubject: x\x00y\n\nshipped\x00 the fix\x00 for my team\n"
    reply = parse_message(raw)
    assert "\x00" not in reply.new_text
    assert reply.entries[0].text == "shipped the fix for my team"


def test_invalid_charset_name_and_broken_base64() -> None:
    raw = (
        b'Content-Type: text/plain; charset="utf-99"\nContent-Transfer-Encoding: base64\n\n'
        b"!!!not base64@@@\n"
    )
    _parse_checked(raw)


def test_multipart_without_boundary_keeps_the_body() -> None:
    raw = b"Content-Type: multipart/mixed\n\nshipped the cache fix for my team\n"
    assert parse_message(raw).new_text == "shipped the cache fix for my team"


def test_empty_and_header_only() -> None:
    for raw in (b"", b"\n\n", b"Subject: hello\n\n", b"\x00\xff\xfe"):
        reply = parse_message(raw)
        assert reply.entries == []


def test_day_and_month_names_in_letters_that_fold_case_blind() -> None:
    """ "ſ" (long s) matches "s" case-blind, so "Wedneſday" and "ſep 3" reached the date
    tables unmapped and the parse raised; they read as the names they spell, and a name no
    table holds ("Frİday") is an unreadable date, not an exception."""
    head = "From: a@example.com\nSubject: x\nDate: Fri, 20 Nov 2026 17:00:00 -0800\n\n"
    days = {}
    for text in ("Shipped it on Wedneſday.", "Shipped it on ſep 3.", "Shipped it on Frİday."):
        entry = parse_message((head + text + "\n").encode("utf-8")).entries[0]
        days[text] = (
            entry.occurred_on.isoformat() if entry.occurred_on else None,
            entry.unreadable_date,
        )
    assert days == {
        "Shipped it on Wedneſday.": ("2026-11-18", None),
        "Shipped it on ſep 3.": ("2026-09-03", None),
        "Shipped it on Frİday.": ("2026-11-20", "Frİday"),
    }
