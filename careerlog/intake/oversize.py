"""A reply larger than ``[limits] max_message_bytes`` is never downloaded or parsed.

Its headers are stored (with a short note as the body), so it is still found again
after a crash and never counted twice; from the user it becomes one ``unsorted``
entry saying so (and a confirmation tells them), from anyone else it is quarantined.
The message itself stays on the server, untouched apart from the processed mark.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.classify import Verdict
from careerlog.intake.confirm import enqueue_confirmation
from careerlog.intake.outcome import Outcome
from careerlog.intake.owner import sender_problem
from careerlog.intake.process import read_headers
from careerlog.intake.quarantine import quarantine
from careerlog.intake.record import store_raw
from careerlog.mail.headers import header_block
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.inbound import record_problem

log = logging.getLogger(__name__)

#: how much of a too-large message is read to find its headers (Maildir)
HEADER_BYTES = 64 * 1024


def record_too_large(
    config: Config,
    db: Database,
    raw_headers: bytes,
    size: int,
    verdict: Verdict,
    *,
    account: str | None = None,
    folder: str | None = None,
    uidvalidity: int | None = None,
    uid: int | None = None,
) -> Outcome:
    """Store the headers of a too-large message with status ``too-large``; see the module."""
    head = header_block(raw_headers)
    headers = read_headers(head + b"\r\n\r\n")
    limit = config.max_message_bytes
    subject = " ".join(str(headers.get("Subject", "") or "").split())[:200] or "(no subject)"
    note = (
        f"careerlog did not download this message: it is {size:,} bytes, more than "
        f"[limits] max_message_bytes = {limit:,}. It is still on the mail server."
    )
    stored = head + b"\r\n\r\n" + note.encode() + b"\r\n"
    prompt_id = int(verdict.prompt["id"]) if verdict.prompt else None
    with db.atomic():
        inbound_id, new = store_raw(
            db,
            head,
            keep=stored,
            size=size,
            account=account,
            folder=folder,
            uidvalidity=uidvalidity,
            uid=uid,
        )
        if not new:
            return Outcome("duplicate", inbound_id, verdict=verdict)
        record_problem(db, inbound_id, status="too-large", prompt_id=prompt_id, error=note)
        log.warning("message %s (%s): %s", inbound_id, subject, note)
        problem = sender_problem(headers, config) or verdict.problem
        if problem:
            quarantine(db, inbound_id, f"{problem}; too large to download ({size:,} bytes)")
            log.warning("quarantined message %s: %s", inbound_id, problem)
            return Outcome("quarantined", inbound_id, verdict=verdict)
        text = (
            f"Your mail “{subject}” was too large to read ({size:,} bytes; the limit is "
            f"[limits] max_message_bytes = {limit:,}). Nothing from it was logged; "
            "send the text again without large attachments, or raise the limit."
        )
        entry_id = add_entry(
            db,
            NewEntry("unsorted", text, source="email", inbound_id=inbound_id, prompt_id=prompt_id),
        )
        outcome = Outcome("too-large", inbound_id, [entry_id], verdict)
        if config.mail.confirmations:
            enqueue_confirmation(config, db, outcome)
    return outcome
