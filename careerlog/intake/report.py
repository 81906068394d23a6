"""Counts from one pass over an inbox, for logs, status and benchmarks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from careerlog.intake.outcome import Outcome


@dataclass
class InboxReport:
    examined: int = 0
    bytes_fetched: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    entries: int = 0

    def add(self, outcome: Outcome) -> None:
        self.outcomes[outcome.status] += 1
        self.entries += len(outcome.entry_ids) if outcome.status not in ("duplicate",) else 0

    def summary(self) -> str:
        parts = [
            f"{n} {status}" for status, n in sorted(self.outcomes.items()) if status != "unrelated"
        ]
        return f"{self.examined} examined" + (": " + ", ".join(parts) if parts else "")
