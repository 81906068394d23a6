"""Only the owner writes the log: the sender must be you, and (optionally) proven so.

With ``require_authentication`` the receiving server's Authentication-Results
must show dkim or spf pass for the sender's domain. Only the topmost
Authentication-Results header counts: it is the one your own server added;
any lower one may have been written by the sender.
"""

from __future__ import annotations

import re
from email.message import Message
from email.utils import getaddresses

from careerlog.config.model import Config
from careerlog.mail.identity import header_text

_RESULT = re.compile(
    r"\b(dkim|spf)\s*=\s*pass\b[^;]*?\b(header\.d|header\.i|smtp\.mailfrom|smtp\.helo)\s*=\s*"
    r"\"?([^\s;\"]+)",
    re.I,
)


def _domain_ok(claimed: str, domain: str) -> bool:
    claimed = claimed.lower().rsplit("@", 1)[-1].lstrip("@")
    return claimed == domain or claimed.endswith("." + domain)


def authenticated(headers: Message, domain: str) -> bool:
    results = headers.get_all("Authentication-Results") or []
    if not results:
        return False
    top = str(results[0])
    return any(_domain_ok(m.group(3), domain) for m in _RESULT.finditer(top))


def sender_problem(headers: Message, config: Config) -> str | None:
    """Why this mail may not write into the log, or None when it may."""
    addresses = [a.lower() for _n, a in getaddresses([header_text(headers, "From")]) if a]
    if len(addresses) != 1:
        return f"From must hold exactly one address, found {len(addresses)}"
    sender = addresses[0]
    if sender not in config.user.addresses:
        return f"sender {sender} is not you (user email or aliases)"
    if config.mail.require_authentication:
        domain = sender.rsplit("@", 1)[-1]
        if not authenticated(headers, domain):
            return f"no dkim or spf pass for {domain} in Authentication-Results"
    return None
