"""The confirmation mail: what was logged, numbered, and how to correct it.

It is recorded as a prompt of kind ``confirmation`` (period ``in<message id>``)
so that a reply to it is read as corrections, and it goes out through the
outbox inside the same transaction as the entries it confirms.

Each entry says what it did to a goal (created, updated, closed, or only counted
toward it), read back from the goal history, so the mail shows what was stored
rather than what the parser hoped; notes the parser left (a goal line that could
mean two goals, a date it could not read) are shown under their entry.
"""

from __future__ import annotations

import json
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config
from careerlog.insights.skill_links import counterparts
from careerlog.intake.outcome import Outcome
from careerlog.mail.compose import compose_mail
from careerlog.mail.headers import header_block
from careerlog.mail.identity import REPLY_PREFIX, new_token, references
from careerlog.outbox.recording import record_and_queue
from careerlog.store.entries import entry_rows, people_named_in
from careerlog.store.goals import linked_goal_title, updates_by_entry
from careerlog.store.inbound import inbound_message
from careerlog.templating import render, render_mail_html

_FIELDS = (("current_state", "state"), ("gap", "gap"), ("actions", "next"), ("motivation", "why"))


def goal_effect(db: Database, entry_id: int) -> str | None:
    """What the entry did to a goal, in words: "new goal “…”", "goal “…” marked done"."""
    updates = updates_by_entry(db, entry_id)
    if not updates:
        linked = linked_goal_title(db, entry_id)
        return f"counts toward goal “{linked}”" if linked is not None else None
    title = updates[0]["title"]
    created = any(u["id"] == u["first_id"] for u in updates)
    closed = next((u["status"] for u in updates if u["status"] in ("done", "dropped")), None)
    reopened = not created and any(u["status"] == "open" for u in updates)
    fields = [name for key, name in _FIELDS if any(u[key] for u in updates)]
    what = f" ({', '.join(fields)})" if fields else ""
    if created:
        effect = f"new goal “{title}”{what}"
    elif reopened:
        effect = f"goal “{title}” is open again{what}"
    else:
        effect = f"updated goal “{title}”{what}"
    if closed:
        effect += ", marked done" if closed == "done" else ", dropped"
    return effect


def _entries(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    rows = entry_rows(db, ids)
    found = [rows[i] for i in ids if i in rows]
    for row in found:
        row["goal_effect"] = goal_effect(db, int(row["id"]))
        row["notes"] = json.loads(row.get("parse_notes") or "[]")
        row["facets"] = _facets(db, row)
        links = counterparts(db, row) if row["deleted_at"] is None else []
        row["links"] = [" ".join(str(o["text"]).split()) for o in links]
    return found


def _facets(db: Database, row: dict[str, Any]) -> str:
    """What was read besides the text, so a wrong scope or person is seen and corrected."""
    people = people_named_in(db, int(row["id"]))
    parts = [f"scope: {row['scope']}"] if row.get("scope") else []
    if people:
        parts.append("people: " + ", ".join(people))
    if row.get("feeling"):
        parts.append(f"felt: {row['feeling']}")
    return " · ".join(parts)


def reply_subject(original: str, fallback: str) -> str:
    """ "Re: <the subject replied to>", so mail clients thread the confirmation under it."""
    bare = REPLY_PREFIX.sub("", " ".join(original.split()))
    return f"Re: {bare}" if bare else fallback


def _references(raw: bytes | None) -> list[str]:
    """The thread the confirmed message belongs to (its References), oldest first.

    Only the header section is parsed: handing a 20 MB reply to the parser decoded
    all of it again, the largest part of the service's peak while confirming it.
    """
    if not raw:
        return []
    return references(BytesHeaderParser(policy=default_policy).parsebytes(header_block(raw)))


def enqueue_confirmation(
    config: Config,
    db: Database,
    outcome: Outcome,
    *,
    applied: list[str] | None = None,
    not_understood: list[str] | None = None,
) -> int:
    """Compose, record and queue the confirmation for one handled message."""
    assert outcome.inbound_id is not None
    inbound = inbound_message(db, outcome.inbound_id)
    entries = _entries(db, outcome.entry_ids)
    live = [n for n, e in enumerate(entries, 1) if e["deleted_at"] is None]
    context = {
        "user": config.user,
        "entries": entries,
        "live": live,
        # corrections are offered for entries that still exist, with a live one as example
        "example": live[1] if len(live) > 1 else (live[0] if live else None),
        "applied": applied,
        "not_understood": not_understood or [],
        "corrections": applied is not None,
    }
    # Numbering always refers to the message the entries came from, so a reply to a
    # "corrections applied" mail corrects the same list again.
    source_id = entries[0]["inbound_id"] if entries else outcome.inbound_id
    period = f"in{source_id}"
    if applied is None:
        summary = f"Logged {len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
    else:
        summary = f"Corrections applied ({len(applied)})"
    subject = reply_subject(str(inbound["subject"] or ""), summary)
    context["subject"] = subject
    token = new_token()
    text = render("confirmation.txt", context)
    message = compose_mail(
        config,
        kind="confirmation",
        period=period,
        subject=subject,
        text=text,
        html=render_mail_html("confirmation.html", context),
        token=token,
        in_reply_to=str(inbound["message_id"] or "") or None,
        references=_references(inbound["raw"]),
    )
    return record_and_queue(
        db,
        message,
        kind="confirmation",
        period=f"{period}-{token}",
        token=token,
        subject=subject,
        body_text=text,
        now=clock.now(),
    )
