"""Mail shapes other reply parsers' suites taught us (bench/peer_suites.py), as minimal cases.

Written here, not copied from those suites: each is the smallest reply showing one shape.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.quotes import strip_quotes

REPLY = "Shipped the retry queue."
SHAPES = {
    "attribution split over two lines": (
        "On Fri, May 6, 2026 at 6:03 PM, Ana Lima from Payments\n<ana@example.com> wrote:\n\n> Hi"
    ),
    "attribution split over three lines": (
        "On Nov 30, 2026, at 12:47 PM, Ana <\nana@example.com>\nwrote:\n\nWhat did you ship?"
    ),
    "attribution with the address on its own lines": (
        "On Tue, Apr 11, 2026 at 10:07 PM Ana Lima\n\n<\nmailto:Ana <ana@example.com>\n> wrote:\n"
        "What did you ship?"
    ),
    "attribution in dashes, no colon": "---- Ana Lima wrote ----\n\n> What did you ship?",
    "dated attribution in dashes": "------On 12/29/2026 17:32 PM, Ana wrote-----\n\nOld text.",
    "date and address over two lines": (
        "2026-10-17 11:28 GMT+03:00 Ana <\nana@example.com>:\n\n> What did you ship?"
    ),
    "date and address, no colon": "2026/4/7 Ana Lima <ana@example.com>\n\n> What did you ship?",
    "Dutch 'het volgende geschreven'": (
        "Op 17-feb.-2026, om 13:18 heeft Ana <ana@example.com> het volgende geschreven:\n\nOld."
    ),
    "header block starting with Date:": (
        "Date: Wed, 16 May 2026 00:15:02 -0600\nTo: ana@example.com\n\nWhat did you ship?"
    ),
    "bold header block with a wrapped address": (
        "  *From:* ana@example.com [mailto:\n  ana@example.com]\n  *Sent:* Wednesday, June 27, "
        "2026 3:05 PM\n  *To:* bob@example.com\n  *Subject:* Weekly"
    ),
    "header block on one line": (
        "From: ana@example.com Date: Thu, 24 Mar 2026 08:07:12 -0700\nWhat did you ship?"
    ),
    "Danish separator": "-----Oprindelig besked-----\nFra: Ana\nSendt: 30. nov. 2026 09:00",
    "reply message separator": "-----Reply Message-----\nFrom: Ana <ana@example.com>",
    "dash and name": "-Ana Lima",
    "dash and lower-case first name": "- ana",
    "name under three dashes": "---\nAna",
    "sign-off, blank line, name": "Regards,\n\nJohn Doe",
    "mailing-list footer": (
        "_______________________________________________\nteam mailing list\nteam@lists.example.com"
        "\nhttp://lists.example.com/mailman/listinfo/team"
    ),
    "signature under a rule": (
        "----------------\n\nJohn Doe\n\nStaff Engineer, Payments\n\nt. 555-931-0702\n\n"
        "http://example.com/"
    ),
    "BlackBerry footer in two languages": (
        "Sent wirelessly from my BlackBerry device on the Bell network.\n"
        "Envoyé sans fil par mon terminal mobile BlackBerry sur le réseau de Bell."
    ),
}


@pytest.mark.parametrize("below", SHAPES.values(), ids=SHAPES.keys())
def test_shape_is_not_reply_text(below: str) -> None:
    assert strip_quotes(f"{REPLY}\n\n{below}\n", None, {"xavi"}).new_text == REPLY


KEPT = {
    "a list's last bullet": "Next:\n- testing",
    "bullets": "- how about bullets\n- and another",
    "a name-like line without a sign-off above": "Talked to\n\nJohn Doe",
    "a long tail under a rule": "---\n"
    + "\n".join(f"Point {n} is longer prose?" for n in range(3)),
}


@pytest.mark.parametrize("tail", KEPT.values(), ids=KEPT.keys())
def test_user_lines_that_look_like_signatures_are_kept(tail: str) -> None:
    text = f"{REPLY}\n{tail}\n\nOn Mon, 30 Nov 2026 at 09:00, Ana <ana@example.com> wrote:\n> Q\n"
    assert strip_quotes(text).new_text == f"{REPLY}\n{tail}"


def test_wrapped_reply_keeps_the_blank_line_it_had() -> None:
    text = f"{REPLY}\n\nOn 04/19/2026 07:10 AM, Ana wrote:\n\n> Q\n\nMore after the quote."
    assert strip_quotes(text).new_text == f"{REPLY}\n\nMore after the quote."


def test_reply_right_above_the_attribution_keeps_no_blank_line() -> None:
    text = f"{REPLY}\nOn 04/19/2026 07:10 AM, Ana wrote:\n\n> Q\n\nMore after the quote."
    assert strip_quotes(text).new_text == f"{REPLY}\nMore after the quote."


@pytest.mark.parametrize(
    "wrapped",
    [
        "> View ticket (http://example.com/action\n_nonce=3dd518)\n>",
        ">\n (http://example.com/c/YzOTYzMmE) >\n> more",
        "> a quoted line long enough that the client wrapped it before the end of\nthe "
        "sentence it was in\n> and the quote goes on",
    ],
)
def test_quoted_line_that_lost_its_marker_when_wrapped(wrapped: str) -> None:
    text = f"{REPLY}\n\nOn Mon, 30 Nov 2026 at 09:00, Ana <ana@example.com> wrote:\n{wrapped}\n"
    assert strip_quotes(text).new_text == REPLY


def test_answer_typed_between_quoted_lines_is_kept() -> None:
    text = (
        "> What did you ship this week? A change, a decision, a number you moved:\n"
        "goal: Reach Staff Engineer\n> Anything else?\n"
    )
    assert strip_quotes(text).new_text == "goal: Reach Staff Engineer"
