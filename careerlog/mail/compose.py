"""Turn rendered text and HTML into the e-mail careerlog sends (prompts, briefs, digests).

Every careerlog mail is marked as careerlog's own (Message-ID under careerlog.invalid,
``X-Careerlog``) so the intake never reads it as a reply, and as machine-generated
(``Auto-Submitted``) so out-of-office responders leave it alone. Its Message-ID holds
the mail's secret token, which a reply must reference to count; with
``[mail] plus_addressing`` the Reply-To (``you+re-<token>@...``) carries it too.
"""

from __future__ import annotations

from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from careerlog import clock
from careerlog.config.model import Config
from careerlog.mail import identity


def compose_mail(
    config: Config,
    *,
    kind: str,
    period: str,
    subject: str,
    text: str,
    html: str | None,
    token: str,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    date: datetime | None = None,
) -> EmailMessage:
    """A ``multipart/alternative`` (or plain) message from careerlog to the user."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = identity.sender(config.user.email)
    message["To"] = formataddr((config.user.name, config.user.email))
    message["Subject"] = subject
    message["Date"] = format_datetime((date or clock.now()).astimezone(config.user.tz))
    message["Message-ID"] = identity.message_id(kind, period, token)
    if config.mail.plus_addressing:
        message["Reply-To"] = identity.reply_address(config.user.email, token)
    message[identity.HEADER] = f"{kind} {period}"
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join([*(references or []), in_reply_to])
    # quoted-printable keeps every line 7-bit and short, whatever the server supports
    message.set_content(text, cte="quoted-printable")
    if html is not None:
        message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message
