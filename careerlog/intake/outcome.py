"""What happened to one inbound message."""

from __future__ import annotations

from dataclasses import dataclass, field

from careerlog.intake.classify import Verdict
from careerlog.parsers import ParsedReply


@dataclass
class Outcome:
    """What happened to one message; ``status`` is stored on inbound_messages too."""

    status: (
        str  # unrelated | own | duplicate | quarantined | parsed | skipped | auto-reply | unsorted
    )
    inbound_id: int | None = None
    entry_ids: list[int] = field(default_factory=list)
    verdict: Verdict | None = None
    reply: ParsedReply | None = None

    @property
    def handled(self) -> bool:
        """True when the message may now be marked on the server."""
        return self.status not in ("unrelated", "own")
