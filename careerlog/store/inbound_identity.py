"""The identity of an inbound message: the key ``inbound_messages`` is unique on.

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
``m007_inbound_identity``, with this rule: it lives in the store, below the intake
that stores messages, so the migrations can use it without importing the intake.
"""

from __future__ import annotations

import hashlib
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses

from careerlog.mail.headers import header_block
from careerlog.mail.identity import header_text
from careerlog.parsers.mime import decode_message, parse_date
from careerlog.store.db import iso

_HEADERS = BytesHeaderParser(policy=default_policy)


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
