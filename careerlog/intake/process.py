"""One inbound message, start to finish, in one transaction.

Raw bytes are stored first under their dedupe key; the owner check, the parse
and the entries follow inside the same transaction, so a crash leaves either
nothing or everything. Marking the message on the server comes after, and a
message found again (crash before marking) is only marked, never re-parsed.
"""

from __future__ import annotations

import logging
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.briefs.replies import record_brief_reply
from careerlog.config.model import Config
from careerlog.intake.classify import Verdict, classify
from careerlog.intake.confirm import enqueue_confirmation
from careerlog.intake.corrections import apply_corrections
from careerlog.intake.outcome import Outcome
from careerlog.intake.owner import sender_problem
from careerlog.intake.quarantine import quarantine
from careerlog.intake.record import apply_reply, store_raw
from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.model import PROMPT_KINDS
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.goals import open_goal_titles
from careerlog.store.people import known_names

log = logging.getLogger(__name__)
_HEADERS = BytesHeaderParser(policy=default_policy)


def read_headers(raw: bytes) -> Message:
    return _HEADERS.parsebytes(raw)


def parse_context(config: Config, db: Database, prompt: dict[str, Any] | None) -> ParseContext:
    kind = next((k for k in PROMPT_KINDS if prompt and k == prompt["kind"]), None)
    return ParseContext(
        prompt_kind=kind,
        prompt_text=prompt["body_text"] if prompt else None,
        known_people=known_names(db),
        open_goals=open_goal_titles(db),
        now=clock.now(),
        tz=config.user.tz,
    )


def _unsorted(db: Database, inbound_id: int, raw: bytes, prompt_id: int | None) -> list[int]:
    """Nothing is lost: a message the parser could not read is kept whole as one entry."""
    message = _HEADERS.parsebytes(raw, headersonly=False)
    text = raw.decode("utf-8", "replace")
    body = message.get_body(preferencelist=("plain", "html")) if message.is_multipart() else message
    if body is not None:
        try:
            text = str(body.get_content())
        except (LookupError, ValueError, AssertionError):
            log.debug("falling back to the raw bytes of message %s", inbound_id)
    entry_id = add_entry(
        db,
        NewEntry(
            "unsorted",
            text.strip() or "(empty message)",
            source="email",
            inbound_id=inbound_id,
            prompt_id=prompt_id,
        ),
    )
    db.table("inbound_messages").update(inbound_id, {"status": "unsorted", "prompt_id": prompt_id})
    return [entry_id]


def handle_message(
    config: Config,
    db: Database,
    raw: bytes,
    *,
    account: str | None = None,
    folder: str | None = None,
    uidvalidity: int | None = None,
    uid: int | None = None,
    verdict: Verdict | None = None,
) -> Outcome:
    """Classify, store, check the sender, parse and record one message."""
    headers = read_headers(raw)
    verdict = verdict or classify(headers, config, db)
    if not verdict.wanted:
        return Outcome(verdict.kind, verdict=verdict)
    with db.atomic():
        inbound_id, new = store_raw(
            db, raw, account=account, folder=folder, uidvalidity=uidvalidity, uid=uid
        )
        if not new:
            return Outcome("duplicate", inbound_id, verdict=verdict)
        problem = sender_problem(headers, config)
        if problem:
            quarantine(db, inbound_id, problem)
            log.warning("quarantined message %s (%s): %s", inbound_id, verdict.kind, problem)
            return Outcome("quarantined", inbound_id, verdict=verdict)
        if verdict.kind == "correction":
            return apply_corrections(config, db, inbound_id, raw, verdict)
        outcome = parse_and_record(config, db, inbound_id, raw, verdict)
    log.info("message %s: %s, %d entries", inbound_id, outcome.status, len(outcome.entry_ids))
    return outcome


def parse_and_record(
    config: Config, db: Database, inbound_id: int, raw: bytes, verdict: Verdict
) -> Outcome:
    """Parse a stored message and write its entries (and the confirmation) in one go."""
    prompt_id = int(verdict.prompt["id"]) if verdict.prompt else None
    with db.atomic():
        try:
            reply = parse_message(raw, parse_context(config, db, verdict.prompt))
        except Exception:  # a parser bug must not lose the reply
            log.exception(
                "could not parse message %s; keeping it as one unsorted entry", inbound_id
            )
            return Outcome(
                "unsorted", inbound_id, _unsorted(db, inbound_id, raw, prompt_id), verdict
            )
        entry_ids = apply_reply(db, inbound_id, reply, prompt_id=prompt_id)
        if verdict.prompt and verdict.prompt["kind"] == "brief":
            record_brief_reply(db, verdict.prompt, reply, entry_ids, inbound_id)
        status = str(db.table("inbound_messages").get(inbound_id)["status"])
        outcome = Outcome(status, inbound_id, entry_ids, verdict, reply)
        if entry_ids and config.mail.confirmations:
            enqueue_confirmation(config, db, outcome)
    return outcome
