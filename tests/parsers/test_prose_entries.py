"""Real-shaped sentences and what careerlog should read from them (issue 15).

Each table row is one rule: metrics, scope, people, and the kind an item gets from its
content with the prompt kind only as a prior. The expectations were written before the rules.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.metrics import find_metrics
from careerlog.parsers.people import PeopleFinder
from careerlog.parsers.scope import find_scope

KNOWN = ("Dorothy Vaughan", "Priya Raman", "Linus Chen", "Grace Hopper")

METRICS: list[tuple[str, list[tuple[str, float | None, str | None]]]] = [
    ("Ran 4 pairing sessions with the new hires.", [("4 pairing sessions", 4, "sessions")]),
    ("Deploys now take 10 minutes instead of an hour.", [("10 minutes", 10, "min")]),
    ("The new alert routing saves on-call ~6 hours/week.", [("~6 hours/week", 6, "h/week")]),
    (
        "Retries went from ~1,200/day to under 40/day.",
        [("~1,200/day", 1200, "/day"), ("40/day", 40, "/day")],
    ),
    ("Build time went from 45 min to 6 min.", [("45 min", 45, "min"), ("6 min", 6, "min")]),
    ("Saved $12k/month in compute.", [("$12k/month", 12000, "USD/month")]),
    ("Onboarded 3 new engineers.", [("3 new engineers", 3, "engineers")]),
    ("Error rate down 40%.", [("40%", 40, "%")]),
]
NOT_METRICS = [
    "Stopped the 429s from the gateway during the sale.",
    "Most of the 503s came from one pod.",
    "Upgraded us to Postgres 16.2 and Python 3.12.",
    "Closed PAY-1234 and ticket #4521.",
    "Shipped it on 2026-11-03 at 14:30.",
    "Set up a 1:1 with the new PM.",
]


@pytest.mark.parametrize(("text", "want"), METRICS, ids=[m[0] for m in METRICS])
def test_metrics(text: str, want: list[tuple[str, float | None, str | None]]) -> None:
    got = [(m.text, m.value, m.unit) for m in find_metrics(text)]
    assert got == [(t, float(v) if v is not None else None, u) for t, v, u in want]


@pytest.mark.parametrize("text", NOT_METRICS)
def test_identifiers_are_not_metrics(text: str) -> None:
    assert find_metrics(text) == []


SCOPES: list[tuple[str, str | None]] = [
    ("The new rate limits are live for Payments and Risk.", "multi-team"),
    ("Tuned the limiter for my team; the Risk team adopted the same settings.", "multi-team"),
    ("Turned on the remote cache for the whole monorepo, ~60 engineers.", "org"),
    ("Retries no longer double-charge every customer paying by card.", "external"),
    ("Ran the retro for the launch, 20 people from four teams.", "multi-team"),
    ("Fixed the flaky tests in my team's repo.", "team"),
    ("Reviewed the plan with Priya and Omar.", None),
    ("Moved our runbooks to Notion and Confluence.", None),
    ("No customer was charged twice.", None),
    ("Paired with Linus on the retry budget.", None),
]


@pytest.mark.parametrize(("text", "want"), SCOPES, ids=[s[0] for s in SCOPES])
def test_scope(text: str, want: str | None) -> None:
    assert find_scope(text) == want


PEOPLE: list[tuple[str, list[str]]] = [
    ("Learned Terraform well enough to own the queue module.", []),
    ("Presented at Tech Talks about the rollout.", []),
    ("Set up Grafana Cloud dashboards for the settlement job.", []),
    ("Worked with Data Platform on the schema.", []),
    ("Paired with Dorothy on the capacity model.", ["Dorothy Vaughan"]),
    ("Ask Priya where the Staff packet stands.", ["Priya Raman"]),
    ("Paired with Arjun Mehta from SRE on the rollout plan.", ["Arjun Mehta"]),
    ("Walked Tom through reading flame graphs.", ["Tom"]),
    ("Coffee with Dorota Kowalczyk about the platform roadmap.", ["Dorota Kowalczyk"]),
    ("Ines Costa from Risk reviewed the limiter design.", ["Ines Costa"]),
    ("Onboarded Tomás Ortega, who joined my team on Monday.", ["Tomás Ortega"]),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE, ids=[p[0] for p in PEOPLE])
def test_people(text: str, want: list[str]) -> None:
    assert PeopleFinder(KNOWN).find(text) == want
