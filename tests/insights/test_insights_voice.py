"""Résumé voice and the strength score, rule by rule."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from careerlog.insights.resume import resume_voice
from careerlog.insights.scoring import rank, score_entry, strongest
from careerlog.insights.window import Window


@pytest.mark.parametrize(
    ("text", "bullet"),
    [
        ("I cut checkout P99 latency by 340 ms across three teams.",
         "Cut checkout P99 latency by 340 ms across three teams"),
        ("We basically shipped the new onboarding flow", "Shipped the new onboarding flow"),
        ("Reducing build times from 45 min to 6 min.", "Reduced build times from 45 min to 6 min"),
        ("This week, I led the incident review", "Led the incident review"),
        ("I've really mentored two new hires", "Mentored two new hires"),
        ("impact: unblocked the data team", "Unblocked the data team"),
        ("I was able to reduce AWS cost by $12k/month", "Reduced AWS cost by $12k/month"),
        ("Leads the API guild", "Led the API guild"),
        ("my team and I migrated 40 services", "Migrated 40 services"),
        ("I also finally wrote the runbook; used by 3 teams.",
         "Wrote the runbook; used by 3 teams"),
        ("I just-in-time compiled the rules", "Just-in-time compiled the rules"),
        ("The checkout fix cut P99 by 340ms", "The checkout fix cut P99 by 340ms"),
        ("Ada and I designed the RFC", "Ada and I designed the RFC"),
        # rewritten completely or left exactly as written, never half-changed
        ("design docs are better but still too long", "design docs are better but still too long"),
        ("Also unblocked the Ledger team. Reviewed it same-day.",
         "Unblocked the Ledger team. Reviewed it same-day"),
        ("I shipped the pool fix. Graph attached.", "I shipped the pool fix. Graph attached."),
        ("Big one this week: shipped the pool fix", "Shipped the pool fix"),
    ],
)  # fmt: skip
def test_resume_voice(text: str, bullet: str) -> None:
    assert resume_voice(text) == bullet


WINDOW = Window(date(2026, 7, 1), date(2026, 10, 1), ZoneInfo("UTC"))


def _entry(n: int, day: str, **fields: object) -> dict[str, object]:
    return {"id": n, "text": f"e{n}", "occurred_on": day, "created_at": day, **fields}


def test_score_parts_and_weights() -> None:
    full = _entry(1, "2026-09-30", metrics=[{"text": "3x", "value": 3, "unit": "x"}],
                  scope="org", goal="Staff")  # fmt: skip
    assert score_entry(full, WINDOW).score == 100.0
    assert score_entry(_entry(2, "2026-07-01"), WINDOW).score == 0.0
    vague = _entry(3, "2026-07-01", metrics=[{"text": "halved", "value": None, "unit": None}])
    assert score_entry(vague, WINDOW).score == 20.0
    assert score_entry(_entry(4, "2026-07-01", scope="team"), WINDOW).score == 7.5


def test_ties_go_to_the_newer_entry_and_strongest_keeps_three_to_five() -> None:
    older = _entry(1, "2026-07-01", scope="org")
    newer = _entry(2, "2026-07-01", scope="org")
    assert [s.entry["id"] for s in rank([older, newer], WINDOW)] == [2, 1]
    weak = [_entry(n, "2026-07-02") for n in range(10, 16)]
    assert len(strongest(weak, WINDOW, least=3, most=5)) == 3
    strong = [_entry(n, "2026-07-02", scope="org", goal="g") for n in range(20, 27)]
    assert len(strongest(strong, WINDOW, least=3, most=5)) == 5
