"""Store a raw message once, then its parsed entries in the same transaction.

The dedupe key is the message's identity, never its bytes
(:func:`careerlog.store.inbound_identity.message_key`): the same mail that comes back
re-encoded, with a forwarder's footer, or re-fetched after a UIDVALIDITY change is
stored once.
"""

from __future__ import annotations

from dataclasses import asdict
from email.parser import BytesHeaderParser
from email.policy import default as default_policy

from sqlite_utils import Database

from careerlog.mail.headers import header_block
from careerlog.mail.identity import header_text
from careerlog.parsers import ParsedReply
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.inbound import add_inbound, inbound_id_by_key, record_outcome
from careerlog.store.inbound_identity import message_key

_HEADERS = BytesHeaderParser(policy=default_policy)


def store_raw(
    db: Database,
    raw: bytes,
    *,
    keep: bytes | None = None,
    size: int | None = None,
    account: str | None = None,
    folder: str | None = None,
    uidvalidity: int | None = None,
    uid: int | None = None,
) -> tuple[int, bool]:
    """Return (inbound id, True if new); an already-stored message is not stored again.

    ``keep`` is what to store instead of the whole message when only its headers
    (and a note) are kept; ``size`` is then the size of the whole message.
    """
    key = message_key(raw)
    existing = inbound_id_by_key(db, key)
    if existing is not None:
        return existing, False
    headers = _HEADERS.parsebytes(header_block(raw) + b"\n\n")
    inbound_id = add_inbound(
        db,
        message_key=key,
        message_id=header_text(headers, "Message-ID"),
        from_addr=header_text(headers, "From"),
        subject=header_text(headers, "Subject"),
        date=header_text(headers, "Date"),
        raw=raw if keep is None else keep,
        size=len(raw) if size is None else size,
        headers_only=keep is not None,
        account=account,
        folder=folder,
        uidvalidity=uidvalidity,
        uid=uid,
    )
    return inbound_id, True


def entries_from_reply(
    reply: ParsedReply, *, inbound_id: int | None, prompt_id: int | None, source: str = "email"
) -> list[NewEntry]:
    return [
        NewEntry(
            kind=e.kind,
            text=e.text,
            metrics=[asdict(m) for m in e.metrics],
            scope=e.scope,
            occurred_on=e.occurred_on,
            skill_kind=e.skill_kind,
            people=list(e.people),
            goal=e.goal,
            source=source,
            inbound_id=inbound_id,
            prompt_id=prompt_id,
            question=e.question,
            goal_answer=e.goal_answer,
            notes=e.notes,
            feeling=e.feeling,
        )
        for e in reply.entries
    ]


def apply_reply(
    db: Database, inbound_id: int, reply: ParsedReply, *, prompt_id: int | None = None
) -> list[int]:
    """Write the reply's entries and the message's outcome together (all or nothing)."""
    if reply.auto_reply:
        status = "auto-reply"
    elif reply.skipped or not reply.entries:
        status = "skipped"
    else:
        status = "parsed"
    with db.atomic():
        ids = [
            add_entry(db, entry)
            for entry in entries_from_reply(reply, inbound_id=inbound_id, prompt_id=prompt_id)
        ]
        record_outcome(db, inbound_id, status=status, prompt_id=prompt_id, new_text=reply.new_text)
    return ids
