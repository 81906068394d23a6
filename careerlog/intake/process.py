"""One inbound message, start to finish, in one transaction.

Raw bytes are stored first under their dedupe key; the owner check, the parse
and the entries follow inside the same transaction, so a crash leaves either
nothing or everything. Marking the message on the server comes after, and a
message found again (crash before marking) is only marked, never re-parsed.

No message stops the inbox. Whatever the parser or the store rejects about a
message (a UserError such as "an entry needs some text", or a bug) makes it one
``unsorted`` entry holding its text, with the reason in
``inbound_messages.error``; anything else that fails for it after its bytes are
stored quarantines it with the reason. Either way it is committed, marked and
the pass goes on. Only the database itself failing (locked, full, I/O, corrupt:
:func:`careerlog.store.failures.raise_if_store_failed`) ends the pass, and then
nothing is marked: the message is read again on the next pass.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.briefs.reply_notes import record_brief_reply
from careerlog.config.model import Config
from careerlog.intake.classify import Verdict, classify
from careerlog.intake.confirm import enqueue_confirmation
from careerlog.intake.corrections import apply_corrections
from careerlog.intake.outcome import Outcome
from careerlog.intake.owner import sender_problem
from careerlog.intake.quarantine import kept_of, quarantine
from careerlog.intake.record import apply_reply, store_raw
from careerlog.parsers import ParseContext, ParsedReply, parse_message
from careerlog.parsers.dates import period_last_day
from careerlog.parsers.mime import decode_message
from careerlog.parsers.model import PROMPT_KINDS
from careerlog.store.calendar_events import attendee_names
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.failures import raise_if_store_failed
from careerlog.store.goals import open_goal_tags, open_goal_titles
from careerlog.store.inbound import inbound_error, inbound_status, record_problem, set_error
from careerlog.store.people import known_names

log = logging.getLogger(__name__)
_HEADERS = BytesHeaderParser(policy=default_policy)
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def read_headers(raw: bytes) -> Message:
    """The message's headers, read from its header section only.

    Given the whole message, the parser would also copy the body into the result as a
    string: 40 MB for a 20 MB message, held while the message is handled.
    """
    end = _HEADER_END.search(raw)
    return _HEADERS.parsebytes(raw[: end.end()] if end else raw)


def parse_context(config: Config, db: Database, prompt: dict[str, Any] | None) -> ParseContext:
    kind = next((k for k in PROMPT_KINDS if prompt and k == prompt["kind"]), None)
    return ParseContext(
        prompt_kind=kind,
        prompt_text=prompt["body_text"] if prompt else None,
        # The calendar's attendees are people the user knows too: "Paired with Mei"
        # finds Mei Tanaka from Tuesday's design review before she is in the map.
        known_people=[
            *known_names(db),
            *attendee_names(db, max_meeting_size=config.calendar.max_meeting_size),
        ],
        open_goals=open_goal_titles(db),
        now=clock.now(),
        tz=config.user.tz,
        period_end=period_last_day(prompt["period"], config.user.tz) if prompt else None,
        goal_tags=open_goal_tags(db),
        own_team=config.user.team,
        teams=config.teams,
    )


def _reason(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _message_text(raw: bytes) -> str:
    """The message's text for an unsorted entry; its bytes when even decoding fails."""
    try:
        return decode_message(raw).text
    except Exception:  # decoding is what failed: the bytes themselves are the last resort
        log.warning("message text could not be decoded; keeping the raw bytes as text")
        return raw.decode("utf-8", "replace")


def _unsorted(
    config: Config,
    db: Database,
    inbound_id: int,
    raw: bytes,
    verdict: Verdict,
    *,
    reason: str,
    text: str = "",
) -> Outcome:
    """Nothing is lost: a message that could not be sorted is kept whole as one entry.

    ``text`` is what the user wrote when the parser got that far, else the message's
    text is used. The confirmation lists the entry as ``[unsorted]``, so the user sees
    it and can re-kind or reword it.
    """
    prompt_id = int(verdict.prompt["id"]) if verdict.prompt else None
    entry_id = add_entry(
        db,
        NewEntry(
            "unsorted",
            text.strip() or _message_text(raw).strip() or "(empty message)",
            source="email",
            inbound_id=inbound_id,
            prompt_id=prompt_id,
        ),
    )
    record_problem(db, inbound_id, status="unsorted", prompt_id=prompt_id, error=reason)
    outcome = Outcome("unsorted", inbound_id, [entry_id], verdict)
    _confirm(config, db, outcome)
    return outcome


def _confirm(config: Config, db: Database, outcome: Outcome) -> None:
    """Queue the confirmation; one that cannot be composed never costs the entries."""
    if not (outcome.entry_ids and config.mail.confirmations):
        return
    assert outcome.inbound_id is not None
    try:
        with db.atomic():
            enqueue_confirmation(config, db, outcome)
    except Exception as exc:
        raise_if_store_failed(exc)
        log.exception("no confirmation for message %s", outcome.inbound_id)
        earlier = inbound_error(db, outcome.inbound_id)
        problem = f"no confirmation sent: {_reason(exc)}"
        set_error(db, outcome.inbound_id, f"{earlier}; {problem}" if earlier else problem)


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
    problem = sender_problem(headers, config) or verdict.problem
    keep = kept_of(raw, config.max_quarantine_bytes) if problem else None
    with db.atomic():
        inbound_id, new = store_raw(
            db,
            raw,
            keep=keep,
            account=account,
            folder=folder,
            uidvalidity=uidvalidity,
            uid=uid,
        )
        if not new:
            return Outcome("duplicate", inbound_id, verdict=verdict)
        try:
            with db.atomic():  # a savepoint: a failure below undoes only its own writes
                outcome = _record(config, db, inbound_id, raw, verdict, problem)
        except Exception as exc:
            raise_if_store_failed(exc)
            log.exception("message %s could not be recorded; quarantining it", inbound_id)
            quarantine(db, inbound_id, f"careerlog could not record it: {_reason(exc)}")
            outcome = Outcome("quarantined", inbound_id, verdict=verdict)
    log.info("message %s: %s, %d entries", inbound_id, outcome.status, len(outcome.entry_ids))
    return outcome


def _record(
    config: Config,
    db: Database,
    inbound_id: int,
    raw: bytes,
    verdict: Verdict,
    problem: str | None,
) -> Outcome:
    if problem:
        quarantine(db, inbound_id, problem)
        log.warning("quarantined message %s (%s): %s", inbound_id, verdict.kind, problem)
        return Outcome("quarantined", inbound_id, verdict=verdict)
    if verdict.kind == "correction":
        return apply_corrections(config, db, inbound_id, raw, verdict)
    return parse_and_record(config, db, inbound_id, raw, verdict)


def parse_and_record(
    config: Config, db: Database, inbound_id: int, raw: bytes, verdict: Verdict
) -> Outcome:
    """Parse a stored message and write its entries (and the confirmation) in one go.

    A message the parser or the store rejects becomes one unsorted entry instead.
    """
    prompt_id = int(verdict.prompt["id"]) if verdict.prompt else None
    reply: ParsedReply | None = None
    with db.atomic():
        try:
            with db.atomic():
                context = parse_context(config, db, verdict.prompt)
                if verdict.kind == "capture":
                    prefix = (config.mail.capture_subject_prefix or "").strip()
                    context = replace(context, capture_prefix=prefix)
                reply = parse_message(raw, context)
                entry_ids = apply_reply(db, inbound_id, reply, prompt_id=prompt_id)
                if verdict.prompt and verdict.prompt["kind"] == "brief":
                    record_brief_reply(db, verdict.prompt, reply, entry_ids, inbound_id)
        except Exception as exc:  # UserError from the store, or a parser bug: keep the text
            raise_if_store_failed(exc)
            log.exception("message %s: keeping it as one unsorted entry", inbound_id)
            return _unsorted(
                config,
                db,
                inbound_id,
                raw,
                verdict,
                reason=f"could not be sorted: {_reason(exc)}",
                text=reply.new_text if reply else "",
            )
        if verdict.kind == "capture" and not entry_ids and not reply.auto_reply:
            # A capture is never dropped in silence: kept, and the confirmation says so.
            return _unsorted(
                config,
                db,
                inbound_id,
                raw,
                verdict,
                reason="a capture with nothing careerlog could read as an entry",
                text=reply.new_text,
            )
        status = inbound_status(db, inbound_id)
        outcome = Outcome(status, inbound_id, entry_ids, verdict, reply)
        _confirm(config, db, outcome)
    return outcome
