"""Never cut the user's words: above a well-formed quote, every line the user wrote is kept.

The generated replies are prose, including the lines that look most like the things the
parser removes: sentences that begin like a client footer ("Sent from my desk, …"), like an
attribution ("On Monday Ana wrote the plan"), like a header ("From: now on …") or a
sign-off ("Thanks to Bob, …"); one-word replies; a reply that is only "Thank you!"; a reply
equal to the sender's name. Below them, a quote of one of the shapes clients write.
"""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from careerlog.parsers import parse_message
from careerlog.parsers.patterns import FOOTER
from careerlog.parsers.quotes import strip_quotes
from careerlog.parsers.signatures import sender_names

SENDER = ("Reply Tester", "reply.tester@example.com")
WORDS = [
    "the",
    "deploy",
    "review",
    "shipped",
    "we",
    "team",
    "on-call",
    "latency",
    "wrote",
    "sent",
    "from",
    "my",
    "desk",
    "phone",
    "Monday",
    "Ana",
    "Bob",
    "plan",
    "migration",
    "doc",
    "2026",
    "3",
    "numbers",
    "faster",
    "than",
    "before",
    "thanks",
    "regards",
    "best",
    "cheers",
    "original",
    "message",
    "forwarded",
    "reply",
    "is",
    "much",
    "easier",
    "and",
    "with",
    "to",
    "for",
    "iPhone",
]
# Openings of lines the parser strips when they stand alone; here they start prose.
TRICKY = (
    "Sent from my desk, which is ",
    "Sent from my laptop at home, which ",
    "On Monday Ana wrote ",
    "On 3 December we wrote ",
    "on the train so short: v7.2 out, ",
    "From: now on ",
    "To: be clear, ",
    "Thanks to Bob, ",
    "Best of all, ",
    "Regards to the team: ",
    "-- well, ",
    "Get Outlook for iOS? No, ",
)
SOLO = ("Thank you!", "Thanks!", "Reply", "Reply Tester", "Yes", "Done.", "ok")
QUOTES = (
    "On Mon, 30 Nov 2026 at 09:00, careerlog <log@example.com> wrote:\n> What did you ship?\n>",
    "Le lun. 30 nov. 2026 à 09:00, careerlog <log@example.com> a écrit :\n> Qu'avez-vous fait ?",
    "-----Original Message-----\nFrom: careerlog <log@example.com>\nSent: Monday, 30 November"
    " 2026 09:00\nTo: Reply Tester\nSubject: Weekly\n\nWhat did you ship?",
    "> What did you ship this week?\n> Reply to this mail.",
    # Apple Mail puts its attribution inside the quote.
    "> On 30 Nov 2026, at 09:00, careerlog <log@example.com> wrote:\n> \n> What did you ship?",
)

sentence = st.builds(
    lambda head, words, end: head + " ".join(words) + end,
    st.sampled_from(("", *TRICKY)),
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=12),
    st.sampled_from(("", ".", "!", "?", " :)")),
)
body = st.one_of(
    st.lists(sentence, min_size=1, max_size=6),
    st.sampled_from(SOLO).map(lambda s: [s]),
)


def _kept(lines: list[str], quote: str) -> str:
    text = "\n".join(lines) + "\n\n" + quote + "\n"
    return strip_quotes(text, None, sender_names(*SENDER)).new_text


@settings(max_examples=400, deadline=None)
@given(body, st.sampled_from(QUOTES), st.booleans())
def test_every_user_line_is_kept(lines: list[str], quote: str, paragraphs: bool) -> None:
    written = [line.strip() for line in lines]
    # The words can make a whole client footer ("sent from iPhone"): that line is the
    # client's, not prose, and is dropped by design. A longer line is prose, and kept.
    assume(not any(FOOTER.match(line) for line in written))
    layout = [x for line in written for x in ((line, "") if paragraphs else (line,))]
    got = [line.strip() for line in _kept(layout, quote).splitlines() if line.strip()]
    assert got == written


def test_one_word_reply_equal_to_the_senders_first_name() -> None:
    msg = EmailMessage()
    msg["From"] = f"{SENDER[0]} <{SENDER[1]}>"
    msg["To"] = "log@example.com"
    msg["Subject"] = "Re: What did you ship this week?"
    msg.set_content("Reply\n\n" + QUOTES[0] + "\n")
    assert parse_message(msg.as_bytes()).new_text == "Reply"


def test_reply_on_the_attribution_line_is_kept() -> None:
    text = "Looks good, ship it. On Mon, 30 Nov 2026 at 09:00, Bob <b@example.com> wrote:\n> x\n"
    assert strip_quotes(text).new_text == "Looks good, ship it."


def test_a_line_starting_like_an_attribution_above_a_quoted_one_is_kept() -> None:
    # "on … <digit>" opens an attribution split over lines; the quoted attribution below is
    # not its rest, so the user's only line stays (it was dropped, and the reply skipped).
    line = "on the train so short: iOS 7.2 out to 100% after the phased release, saved us a day"
    assert _kept([line], QUOTES[-1]) == line
