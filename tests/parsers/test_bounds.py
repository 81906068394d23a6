"""An overlong reply: its start becomes entries, the rest is left out and said so."""

from __future__ import annotations

import pytest

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.bounds import MAX_ENTRY_TEXT, bound_segments
from careerlog.parsers.quotes import Segment


def test_segments_are_cut_where_the_room_ends_and_the_rest_counted() -> None:
    segments = [Segment(["a" * 40, "b b b b b b b b b b b b b"]), Segment(["c" * 40])]
    kept, left_out = bound_segments(segments, limit=60)
    assert [s.lines for s in kept] == [["a" * 40, "b b b b b b b b b"]]  # ends at a word
    assert left_out == len(" b b b b") + 1 + 40


def test_one_huge_line_still_gives_its_start() -> None:
    kept, left_out = bound_segments([Segment(["word " * 1000])], limit=100)
    assert kept[0].lines[0].startswith("word word") and len(kept[0].lines[0]) < 100
    assert left_out > 4000


def test_a_short_reply_is_untouched() -> None:
    segments = [Segment(["Shipped the fix."])]
    assert bound_segments(segments) == (segments, 0)


def test_a_reply_of_a_megabyte_logs_its_start_and_says_so() -> None:
    sentence = "Investigated the flaky checkout test and wrote down what I found. "
    paragraph = "\n".join(sentence * 12 for _ in range(120))  # about 97 KB of prose
    body = "\n\n".join([paragraph] * 11)  # about 1.1 MB, in few items
    raw = (
        "From: Ada <ada@example.com>\nTo: ada@example.com\nSubject: Re: weekly\n"
        "Message-ID: <long@example.com>\nDate: Fri, 20 Nov 2026 17:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()
    assert len(raw) > 4 * MAX_ENTRY_TEXT
    reply = parse_message(raw, ParseContext(prompt_kind="weekly"))
    assert reply.entries
    assert sum(len(e.text) for e in reply.entries) <= MAX_ENTRY_TEXT
    notes = " ".join(reply.entries[-1].notes)
    assert "characters were not logged, and stay in the message" in notes


MEGABYTE = 1_000_000
ONE_LINE = {
    "words": ("Shipped the fix for Payments and Risk, 40% fewer errors. " * 20_000)[:MEGABYTE],
    "one unbroken word": "x" * MEGABYTE,
}


@pytest.mark.parametrize("name", sorted(ONE_LINE))
def test_a_single_line_of_a_megabyte_is_logged_from_its_start_and_says_so(name: str) -> None:
    line = ONE_LINE[name]
    raw = (
        "From: Ada <ada@example.com>\nTo: ada@example.com\nSubject: Re: weekly\n"
        "Message-ID: <oneline@example.com>\nDate: Fri, 20 Nov 2026 17:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{line}\n"
    ).encode()
    (entry,) = parse_message(raw, ParseContext(prompt_kind="weekly")).entries
    assert line.startswith(entry.text) and len(entry.text) <= MAX_ENTRY_TEXT
    # Everything after the logged start is counted (its line end too), and said.
    assert entry.left_out_chars - (len(line) - len(entry.text)) in (0, 1)
    assert f"the last {entry.left_out_chars:,} characters were not logged" in entry.notes[-1]
