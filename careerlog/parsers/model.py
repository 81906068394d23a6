"""The parser's data model: what goes in (context) and what comes out (reply, entries)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    # The last day of the period the prompt asked about (the week, month or quarter):
    # an entry that names no date of its own happened then, not on the day of the reply.
    period_end: date | None = None
    # Goal tags (without "#") and the open goal each names, so "goal: staff" finds it.
    goal_tags: Mapping[str, str] = field(default_factory=dict)
    # Set for a capture (a fresh mail, not a reply): its subject, less this prefix
    # ("log:"; "" for the capture address), is the entry's first line.
    capture_prefix: str | None = None
    # The user's own team and the organisation's other teams ([user] team, [parsing]
    # teams): naming another team is multi-team reach, naming one's own is not.
    own_team: str | None = None
    teams: Sequence[str] = ()


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


GoalStatus = Literal["done", "dropped"]
DateSource = Literal["text", "period", "arrival"]


@dataclass(frozen=True)
class GoalAnswer:
    """What a goal line says about its goal, field by field.

    ``new`` is a ``goal:`` line naming no goal careerlog knows: it creates one.
    ``candidates`` holds two or more goals the line could mean; then the entry links
    to none and nothing changes until the user says which (the confirmation asks).
    """

    current_state: str | None = None
    gap: str | None = None
    actions: str | None = None
    motivation: str | None = None
    status: GoalStatus | None = None
    new: bool = False
    candidates: tuple[str, ...] = ()


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
    goal_answer: GoalAnswer | None = None
    # Where occurred_on came from: the text, the period asked about, or the arrival day.
    date_source: DateSource | None = None
    # Words shaped like a date that name no day ("Feb 30"): the default date is kept.
    unreadable_date: str | None = None
    # Items after this, the last entry kept from an overlong reply, that were not logged.
    overflow: int = 0
    # How it felt, as a word of careerlog.parsers.feelings.FEELINGS ("proud", "drained").
    feeling: str | None = None
    # Characters of an overlong reply after this entry that were not read into entries.
    left_out_chars: int = 0

    @property
    def notes(self) -> list[str]:
        """What the user should be told about this entry (the confirmation shows it)."""
        notes = []
        if self.unreadable_date and self.occurred_on:
            day = f"{self.occurred_on:%a %b} {self.occurred_on.day}, {self.occurred_on.year}"
            why = {"period": "the end of the period asked about", "arrival": "the day it came"}
            note = f"“{self.unreadable_date}” is not a date careerlog can read; dated {day}"
            notes.append(f"{note} ({why.get(self.date_source or '', 'kept')}) instead.")
        if self.overflow:
            notes.append(
                f"Your reply went on for {self.overflow} more items than careerlog logs from"
                " one message; those were not logged, and stay in the message as it came."
            )
        if self.left_out_chars:
            notes.append(
                f"Your reply was longer than careerlog reads into entries; the last "
                f"{self.left_out_chars:,} characters were not logged, and stay in the message "
                "as it came."
            )
        if self.goal_answer and len(self.goal_answer.candidates) > 1:
            names = " or ".join(f"“{c}”" for c in self.goal_answer.candidates)
            notes.append(
                f"Which goal did you mean: {names}? Neither was changed; send the line"
                " again with the goal's full title."
            )
        return notes

    def to_contract(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "metrics": [{"text": m.text, "value": m.value, "unit": m.unit} for m in self.metrics],
            "scope": self.scope,
            "people": list(self.people),
            "goal": self.goal,
            "occurred_on": self.occurred_on.isoformat() if self.occurred_on else None,
            "feeling": self.feeling,
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
