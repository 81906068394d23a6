"""Only the owner writes the log: the sender must be you, and (optionally) proven so.

A From is anything the sender typed, so it must at least parse cleanly to exactly
one of your addresses; ``Sender`` and ``Reply-To``, when present, must be yours too.
Proof comes from Authentication-Results (RFC 8601) written by a server you name in
``[mail] trusted_authserv_ids``: the topmost header with such an id must show a dkim
pass whose ``header.d`` is aligned with the From domain, or an spf pass for an aligned
``smtp.mailfrom`` (an ``smtp.helo`` names a host, not a sender, so it proves nothing).
Headers with any other id may have been written by the sender and are never read.
"""

from __future__ import annotations

from email.errors import UndecodableBytesDefect
from email.message import Message
from typing import Any

from careerlog.config.model import Config
from careerlog.mail import authres

_READ_ERRORS = (ValueError, TypeError, IndexError, AttributeError)


def mailboxes(headers: Message, name: str) -> list[str] | str:
    """The addresses in an address header, lower-cased, or why they can't be trusted.

    The email package recovers *something* from a malformed header
    (``me@x <evil@y>`` gives ``me@x``); any defect other than raw UTF-8 in a
    display name means the header says something else to some other reader.
    """
    try:
        values = headers.get_all(name) or []
        if len(values) > 1:
            return f"{name} appears {len(values)} times"
        if not values:
            return []
        header: Any = values[0]  # an AddressHeader under the default policy
        addresses = [a.addr_spec.lower() for a in header.addresses]
        defects = [d for d in header.defects if not isinstance(d, UndecodableBytesDefect)]
    except _READ_ERRORS:
        return f"{name} could not be read"
    if defects:
        return f"{name} does not parse as a plain address list ({defects[0]})"
    return addresses


def _is_user(address: str, config: Config, *, plus: bool = False) -> bool:
    if address in config.user.addresses:
        return True
    local, _, domain = address.rpartition("@")
    return plus and f"{local.partition('+')[0]}@{domain}" in config.user.addresses


def from_address(headers: Message) -> str | None:
    """The one clean From address, or None."""
    found = mailboxes(headers, "From")
    return found[0] if isinstance(found, list) and len(found) == 1 else None


def _aligned(claimed: str, domain: str) -> bool:
    claimed = authres.unquote(claimed).rsplit("@", 1)[-1].lower().rstrip(".")
    return bool(claimed) and (claimed == domain or claimed.endswith("." + domain))


def authentication_problem(headers: Message, config: Config) -> str | None:
    """Why the From is not proven by a server you trust, or None when it is."""
    ids = config.mail.trusted_authserv_ids
    if not ids:
        return "no [mail] trusted_authserv_ids, so no Authentication-Results is trusted"
    sender = from_address(headers)
    if sender is None:
        return "From is not exactly one clean address, so nothing can prove it"
    domain = sender.rsplit("@", 1)[-1]
    try:
        values = [str(v) for v in headers.get_all("Authentication-Results") or []]
    except _READ_ERRORS:
        values = []
    top = authres.trusted_results(values, ids)
    if top is None:
        return f"no Authentication-Results from {', '.join(ids)} (dkim or spf unproven)"
    for result in top.results:
        if result.result != "pass":
            continue
        props = result.properties
        # DMARC aligns a signature on its d= only: an i= naming your domain under
        # another d= is a signature by that other domain.
        if result.method == "dkim" and _aligned(props.get("header.d", ""), domain):
            return None
        if result.method == "spf" and _aligned(props.get("smtp.mailfrom", ""), domain):
            return None
    return f"{top.authserv_id} shows no dkim or spf pass aligned with {domain}"


def sender_problem(headers: Message, config: Config) -> str | None:
    """Why this mail may not write into the log, or None when it may."""
    found = mailboxes(headers, "From")
    if isinstance(found, str):
        return found
    if len(found) != 1:
        return f"From must hold exactly one address, found {len(found)}"
    sender = found[0]
    if not _is_user(sender, config):
        return f"sender {sender} is not you (user email or aliases)"
    for name in ("Sender", "Reply-To"):
        others = mailboxes(headers, name)
        if isinstance(others, str):
            return others
        strangers = [a for a in others if not _is_user(a, config, plus=True)]
        if strangers:
            return f"{name} {strangers[0]} is not you, so this mail speaks for someone else"
    if config.mail.require_authentication:
        return authentication_problem(headers, config)
    return None
