"""The parser's data model: what goes in (context) and what comes out (reply, entries)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any, Literal

PromptKind = Literal["weekly", "monthly", "quarterly", "brief"]
EntryKind = Literal["evidence", "skill", "relationship", "goal"]
PROMPT_KINDS: tuple[PromptKind, ...] = ("weekly", "monthly", "quarterly", "brief")


@dataclass(frozen=True)
class ParseContext:
    """What careerlog already knows when a reply arrives.

    ``prompt_text`` is the text/plain body of the prompt the reply answers; with it,
    quoted prompt lines are recognised even when the client did not mark them with ``>``.
    """

    prompt_kind: PromptKind | None = None
    prompt_text: str | None = None
    known_people: Sequence[str] = ()
    open_goals: Sequence[str] = ()
    now: datetime | None = None
    # The user's time zone: "yesterday" in a reply sent at 17:45 in Los Angeles
    # (01:45 UTC the next day) means the day before the user's local date.
    tz: tzinfo | None = None


@dataclass(frozen=True)
class Metric:
    """A quantity as written (``text``), with its number and unit when they can be read."""

    text: str
    value: float | None
    unit: str | None


@dataclass(frozen=True)
class Attachment:
    """An attachment is recorded, never parsed."""

    filename: str | None
    content_type: str
    size: int


@dataclass
class ParsedEntry:
    kind: EntryKind
    text: str
    metrics: list[Metric] = field(default_factory=list)
    scope: str | None = None
    people: list[str] = field(default_factory=list)
    goal: str | None = None
    occurred_on: date | None = None
    skill_kind: str | None = None
    question: str | None = None

    def to_contract(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "metrics": [{"text": m.text, "value": m.value, "unit": m.unit} for m in self.metrics],
            "scope": self.scope,
            "people": list(self.people),
            "goal": self.goal,
            "occurred_on": self.occurred_on.isoformat() if self.occurred_on else None,
        }


@dataclass
class ParsedReply:
    new_text: str
    auto_reply: bool = False
    skipped: bool = False
    entries: list[ParsedEntry] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    message_date: datetime | None = None
    prompt_kind: PromptKind = "weekly"
    subject: str = ""

    def to_contract(self) -> dict[str, Any]:
        """The ``careerlog parse --json`` object from DESIGN.md, and nothing more."""
        return {
            "new_text": self.new_text,
            "auto_reply": self.auto_reply,
            "entries": [e.to_contract() for e in self.entries],
        }
