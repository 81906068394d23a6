"""How careerlog names the mail it sends, and recognises it when it comes back.

Every outgoing mail carries an ``X-Careerlog`` header and a Message-ID under
``careerlog.invalid``. Prompts sent to your own mailbox land in your inbox
too; these marks let the intake skip them instead of reading them as replies.

The Message-ID also holds an unguessable per-mail token (80 random bits). A
reply proves it answers careerlog's mail by referencing that Message-ID
(In-Reply-To/References) or, with ``[mail] plus_addressing``, by going to the
plus-address in the mail's Reply-To (``you+re-<token>@...``). The ``[period]``
tag in a subject only says which prompt a mail claims to answer; anyone can
write it.
"""

from __future__ import annotations

import re
import secrets
from email.message import Message
from email.utils import formataddr

DOMAIN = "careerlog.invalid"
HEADER = "X-Careerlog"
_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"
_OWN_ID = re.compile(r"<([a-z]+)-([^@>]*)\.([a-z2-9]{5,16})@" + re.escape(DOMAIN) + ">", re.I)
_MESSAGE_IDS = re.compile(r"<[^<>\s]+>")
# Reply prefixes of common clients and languages: Re, AW (de), SV (sv/da/no), RES (pt), R (it)…
REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|sv|vs|antw|res|r|ref|tr|wg|fw|fwd)\s*(\[\d+\])?\s*:\s*)+", re.I
)
TOKEN_LENGTH = 16  # 80 bits from a 32-letter alphabet
REPLY_TAG = "re-"
CAPTURE_TAG = "log-"
SUBJECT_TAG = re.compile(r"\[(\d{4}-(?:W\d{2}|Q[1-4]|\d{2}))\]")


def new_token(length: int = TOKEN_LENGTH) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def message_id(kind: str, period: str, token: str) -> str:
    """``<prompt-weekly-2026-w45.k3j9xabc@careerlog.invalid>``: kind, period, token readable.

    The ``prompt-<kind>`` start lets a reply's kind be read from its In-Reply-To
    even by a tool that has no access to the store (``careerlog parse``).
    """
    slug = re.sub(r"[^a-z0-9-]+", "-", period.lower()).strip("-")
    # The header must fit on one 78-character line: a longer one is folded, and many
    # readers (Python's email among them) then give the value a leading space.
    room = max(0, 78 - len(f"Message-ID: <prompt-{kind}-.{token}@{DOMAIN}>"))
    return f"<prompt-{kind}-{slug[:room].rstrip('-')}.{token}@{DOMAIN}>"


def token_of(message_id_value: str) -> str | None:
    match = _OWN_ID.search(message_id_value or "")
    return match.group(3).lower() if match else None


def plus_address(address: str, tag: str) -> str:
    """``me@x`` + ``re-k3j9`` -> ``me+re-k3j9@x``; ``me+log@x`` + ``log-k3j9`` -> ``me+log-k3j9@x``.

    An address that has a ``+detail`` already keeps it, and the tag's own word is
    not repeated, so a chosen ``me+log@`` grows a token instead of a second plus.
    """
    local, _, domain = address.rpartition("@")
    base, plus, detail = local.partition("+")
    if plus and tag.startswith(detail + "-"):
        return f"{base}+{tag}@{domain}"
    if plus:
        return f"{local}-{tag}@{domain}"
    return f"{local}+{tag}@{domain}"


def reply_address(user_email: str, token: str) -> str:
    """The Reply-To of a careerlog mail when the user's provider delivers plus-addresses."""
    return plus_address(user_email, REPLY_TAG + token)


def references(headers: Message) -> list[str]:
    """The thread a mail belongs to (its References), oldest first."""
    return _MESSAGE_IDS.findall(header_text(headers, "References"))


def referenced_ids(headers: Message) -> list[str]:
    """Message-IDs a mail answers, nearest first (In-Reply-To, then References backwards)."""
    found = _MESSAGE_IDS.findall(header_text(headers, "In-Reply-To"))
    found += reversed(references(headers))
    return list(dict.fromkeys(found))


def is_own(headers: Message) -> bool:
    """Did careerlog write this mail (a prompt, brief, digest or confirmation)?"""
    if headers.get(HEADER) is not None:
        return True
    return token_of(header_text(headers, "Message-ID")) is not None


def sender(user_email: str) -> str:
    return formataddr(("careerlog", user_email))


def header_text(headers: Message, name: str) -> str:
    """A header's value as text, never an exception.

    The email package parses address headers when they are read, and gives up with
    ValueError on some hostile values (an encoded CR/LF in a display name). One such
    header in any mail must not stop the inbox, so the raw value is used instead,
    with its line breaks collapsed. The result is always valid Unicode.
    """
    try:
        value = str(headers.get(name, "") or "")
    except (ValueError, TypeError, IndexError, AttributeError):
        raw = next((v for k, v in headers.raw_items() if k.lower() == name.lower()), "")
        value = " ".join(str(raw).split())
    # Undecodable header bytes arrive as surrogate escapes, which no database or
    # encoder accepts; they become U+FFFD (the raw message keeps the bytes).
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
