"""Store a raw message once, then its parsed entries in the same transaction.

The dedupe key is the message's identity, never its bytes: the same mail comes
back re-encoded (quoted-printable instead of 8bit), with a forwarder's footer
appended, or re-fetched after a UIDVALIDITY change, and must be stored once.

- With a Message-ID, the key is that Message-ID, the sender's address(es)
  and the Date (as a UTC instant). The same Message-ID from the same sender
  at the same moment is the same message, whatever its body bytes.
- Two different messages that share a broken or duplicated Message-ID (some
  tools stamp every mail with one fixed ID) are kept apart only when they
  clearly differ: another sender or another Date. Mail that shares all three
  is one message, even when its bodies differ.
- Without a Message-ID, the key is a hash of the decoded text (whitespace
  collapsed, so a change of transfer encoding or line endings does not
  count), with the sender and the Date.

Rows stored under the old Message-ID + body-hash key were rekeyed by migration
``m007_inbound_identity``.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses

from sqlite_utils import Database

from careerlog.mail.identity import header_text
from careerlog.parsers import ParsedReply
from careerlog.parsers.mime import decode_message, parse_date
from careerlog.store.db import iso, utcnow
from careerlog.store.entries import NewEntry, add_entry

_HEADERS = BytesHeaderParser(policy=default_policy)
_SEPARATORS = (b"\r\n\r\n", b"\n\n")


def header_block(head: bytes) -> bytes:
    """The header section of ``head`` (up to the first blank line), CRLF or LF."""
    ends = [i for sep in _SEPARATORS if (i := head.find(sep)) >= 0]
    return head[: min(ends)] if ends else head


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _sender(headers: Message) -> str:
    value = header_text(headers, "From")
    addresses = sorted({addr.lower() for _name, addr in getaddresses([value]) if addr})
    return ",".join(addresses) or _collapsed(value).lower()


def _date(headers: Message) -> str:
    value = header_text(headers, "Date")
    moment = parse_date(value)
    return iso(moment) if moment else _collapsed(value)


def message_key(raw: bytes) -> str:
    """The message's identity; see the module docstring for the rule."""
    headers = _HEADERS.parsebytes(header_block(raw) + b"\n\n")
    message_id = _collapsed(header_text(headers, "Message-ID"))
    who_when = f"{_sender(headers)}|{_date(headers)}"
    if message_id:
        return f"id:{message_id}|{who_when}"
    text = _collapsed(decode_message(raw).text)
    return f"text:{hashlib.sha256(text.encode()).hexdigest()[:32]}|{who_when}"


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
    existing = list(db.query("select id from inbound_messages where message_key = ?", [key]))
    if existing:
        return int(existing[0]["id"]), False
    headers = _HEADERS.parsebytes(header_block(raw) + b"\n\n")
    table = db.table("inbound_messages")
    table.insert(
        {
            "message_key": key,
            "message_id": header_text(headers, "Message-ID"),
            "from_addr": header_text(headers, "From"),
            "subject": header_text(headers, "Subject"),
            "date": header_text(headers, "Date"),
            "received_at": utcnow(),
            "raw": raw if keep is None else keep,
            "size": len(raw) if size is None else size,
            "headers_only": int(keep is not None),
            "status": "stored",
            "account": account,
            "folder": folder,
            "uidvalidity": uidvalidity,
            "uid": uid,
        }
    )
    assert table.last_pk is not None
    return int(table.last_pk), True


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
        db.table("inbound_messages").update(
            inbound_id,
            {
                "status": status,
                "prompt_id": prompt_id,
                "new_text": reply.new_text,
            },
        )
    return ids


def replace_headers_only(db: Database, inbound_id: int, raw: bytes) -> None:
    """Put the whole message, fetched again, in place of the headers kept for it."""
    db.table("inbound_messages").update(
        inbound_id, {"raw": raw, "headers_only": 0, "size": len(raw)}
    )
