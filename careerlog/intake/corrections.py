"""Replies to a confirmation: ``undo``, ``N: new text``, ``N skill``, ``N org``, ``N @Name``,
``N felt proud`` (``N felt -`` clears it), ``N unlink`` (its skill ↔ evidence links are wrong).

Entries are numbered as the confirmation listed them (the order they were
stored from the original message). Every change is kept in ``entry_edits``;
undo hides entries (``deleted_at``) rather than deleting them.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.insights.skill_links import unlink
from careerlog.intake.classify import Verdict
from careerlog.intake.confirm import enqueue_confirmation
from careerlog.intake.outcome import Outcome
from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.feelings import normal_feeling
from careerlog.store.db import utcnow
from careerlog.store.entries import (
    KINDS,
    SCOPES,
    add_person_to_entry,
    edit_entry,
    entries_from_inbound,
)
from careerlog.store.inbound import record_outcome
from careerlog.store.people import ensure_person

log = logging.getLogger(__name__)

_UNDO = re.compile(r"^\s*(undo|undo all|remove all|delete all)\s*[.!]?\s*$", re.I)
_REWORD = re.compile(r"^\s*#?(\d{1,3})\s*[:.)]\s*(.+?)\s*$")
_REKIND = re.compile(r"^\s*#?(\d{1,3})\s+(" + "|".join(KINDS) + r")\s*$", re.I)
_RESCOPE = re.compile(r"^\s*#?(\d{1,3})\s+(" + "|".join(SCOPES) + r")\s*$", re.I)
# "2 @Priya Raman": the entry is (also) about this person.
_PERSON = re.compile(r"^\s*#?(\d{1,3})\s+@\s*([^\W\d_][^@\n]{0,80}?)\s*$")
# "2 felt proud", "2 feeling: drained", "2 felt -" (no feeling after all).
_FEELING = re.compile(r"^\s*#?(\d{1,3})\s+(?:felt|feeling)\s*:?\s*(\S+)\s*$", re.I)
_UNLINK = re.compile(r"^\s*#?(\d{1,3})\s+(unlink)\s*$", re.I)
_PERIOD = re.compile(r"^in(\d+)(?:-|$)")


@dataclass
class Corrections:
    applied: list[str] = field(default_factory=list)
    not_understood: list[str] = field(default_factory=list)


def original_entries(db: Database, confirmation: dict[str, Any]) -> list[dict[str, Any]]:
    match = _PERIOD.match(str(confirmation["period"]))
    if not match:
        return []
    return entries_from_inbound(db, int(match.group(1)))


def _edit(db: Database, entry: dict[str, Any], column: str, new: str | None, now: str) -> None:
    edit_entry(db, entry, column, new, at=now, source="email")


def _link_person(db: Database, entry: dict[str, Any], name: str, now: str) -> None:
    person_id = ensure_person(db, name)
    add_person_to_entry(db, int(entry["id"]), person_id, name, at=now, source="email")


def _set_feeling(
    db: Database, entry: dict[str, Any], number: int, word: str, done: Corrections, now: str
) -> None:
    """``-`` clears the feeling; a word is kept as the parser would keep it ("stolz" → proud)."""
    feeling = None if word == "-" else normal_feeling(word)
    if word != "-" and feeling is None:
        done.not_understood.append(f"{number} felt {word} (a feeling is one word, e.g. proud)")
        return
    _edit(db, entry, "feeling", feeling, now)
    done.applied.append(f"entry {number}: " + (f"felt {feeling}" if feeling else "no feeling"))


def _apply_line(
    db: Database, line: str, entries: list[dict[str, Any]], done: Corrections, now: str
) -> None:
    if _UNDO.match(line):
        for entry in entries:
            if entry["deleted_at"] is None:
                _edit(db, entry, "deleted_at", now, now)
        done.applied.append(
            "removed the entry" if len(entries) == 1 else f"removed all {len(entries)} entries"
        )
        return
    for pattern, column in (
        (_REKIND, "kind"),
        (_RESCOPE, "scope"),
        (_PERSON, "people"),
        (_FEELING, "feeling"),
        (_UNLINK, "links"),
        (_REWORD, "text"),
    ):
        match = pattern.match(line)
        if not match:
            continue
        number, value = int(match.group(1)), match.group(2)
        if not 1 <= number <= len(entries):
            done.not_understood.append(f"{line} (there is no entry {number})")
            return
        value = value.lower() if column in ("kind", "scope") else value
        if column == "links":
            gone = unlink(db, entries[number - 1], now)
            done.applied.append(
                f"entry {number}: no longer linked to " + "; ".join(gone) if gone
                else f"entry {number} had no skill or evidence links"
            )  # fmt: skip
            return
        if column == "feeling":
            _set_feeling(db, entries[number - 1], number, value, done, now)
            return
        if column == "people":
            _link_person(db, entries[number - 1], value, now)
            done.applied.append(f"entry {number}: now linked to {value}")
            return
        _edit(db, entries[number - 1], column, value, now)
        done.applied.append(f"entry {number}: {column} is now “{value}”")
        return
    done.not_understood.append(line)


def apply_corrections(
    config: Config, db: Database, inbound_id: int, raw: bytes, verdict: Verdict
) -> Outcome:
    assert verdict.prompt is not None
    reply = parse_message(raw, ParseContext(prompt_text=verdict.prompt["body_text"]))
    entries = original_entries(db, verdict.prompt)
    done = Corrections()
    now = utcnow()
    with db.atomic():
        for line in (text.strip() for text in reply.new_text.splitlines()):
            if line:
                _apply_line(db, line, entries, done, now)
        status = "corrected" if done.applied else "skipped"
        record_outcome(
            db, inbound_id, status=status, prompt_id=verdict.prompt["id"], new_text=reply.new_text
        )
        log.info(
            "corrections from message %s: %d applied, %d not understood",
            inbound_id,
            len(done.applied),
            len(done.not_understood),
        )
        outcome = Outcome(status, inbound_id, [e["id"] for e in entries], verdict, reply)
        if config.mail.confirmations:
            enqueue_confirmation(
                config, db, outcome, applied=done.applied, not_understood=done.not_understood
            )
    return outcome
