"""Text shortened for a line of a prompt, a brief or a table ends where a reader would stop."""

from __future__ import annotations

from careerlog.wording import counted, short

DEMO_ENTRY = (
    "Big one this week: shipped the connection-pool fix for checkout-api and cut P99 latency "
    "by 340ms (1.21s → 870ms) for every customer paying by card. Graph attached."
)


def test_text_that_fits_is_whole() -> None:
    assert short("Cut  P99\nby 340ms", 20) == "Cut P99 by 340ms"


def test_a_sentence_end_first_then_a_clause_end() -> None:
    text = "Shipped the ledger migration. It moved 4 TB, with no downtime, over three nights."
    assert short(text, 60) == "Shipped the ledger migration."
    clauses = "She wants three bullets + risks for the steering committee on Thursday, with the "
    assert short(clauses + "quarterly numbers and the hiring plan attached", 90) == (
        "She wants three bullets + risks for the steering committee on Thursday…"
    )


def test_never_mid_word() -> None:
    text = "Walked Rahul through the ledger runbook and the whole December on-call rotation"
    assert short(text, 70) == "Walked Rahul through the ledger runbook and the whole December…"


def test_a_leading_label_is_not_where_to_stop() -> None:
    # cut at "Big one this week:" the talking point would say nothing
    cut = short(DEMO_ENTRY, 140)
    assert cut.startswith("Big one this week: shipped the connection-pool fix")
    assert cut.endswith(" paying…") and len(cut) <= 140
    assert short(DEMO_ENTRY, 200) == DEMO_ENTRY


def test_counted() -> None:
    assert [counted(n, "entry", "entries") for n in (0, 1, 2)] == [
        "0 entries",
        "1 entry",
        "2 entries",
    ]
