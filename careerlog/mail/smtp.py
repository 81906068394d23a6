"""Open an authenticated SMTP session with the configured security and secret."""

from __future__ import annotations

import base64
import logging
import smtplib

from careerlog.config.model import ServerConfig
from careerlog.config.secrets import resolve
from careerlog.errors import UserError
from careerlog.net import explain, ssl_context

log = logging.getLogger(__name__)


class SmtpError(UserError):
    """The SMTP server could not be used; the message says why and what to do."""


def _xoauth2(user: str, token: str) -> str:
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode()


def connect_smtp(server: ServerConfig, secret_timeout: float) -> smtplib.SMTP:
    """Connect, secure and log in; every failure becomes an :class:`SmtpError`."""
    context = ssl_context(server.ca_file)
    try:
        smtp: smtplib.SMTP
        if server.security == "tls":
            smtp = smtplib.SMTP_SSL(
                server.host, server.port, timeout=server.timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
        smtp.ehlo()
        if server.security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
    except (OSError, smtplib.SMTPException) as exc:
        raise SmtpError(f"SMTP {explain(exc, server.host, server.port)}") from None
    secret = resolve(server.credentials, secret_timeout)
    user = server.credentials.username or ""
    try:
        if secret.mechanism == "xoauth2":
            code, reply = smtp.docmd("AUTH", "XOAUTH2 " + _xoauth2(user, secret.value))
            if code != 235:
                raise smtplib.SMTPAuthenticationError(code, reply)
        else:
            smtp.login(user, secret.value)
    except smtplib.SMTPAuthenticationError:
        smtp.close()
        raise SmtpError(
            f"SMTP login as {user} on {server.host} was refused; "
            f"check the username and the {secret.source}"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        smtp.close()
        raise SmtpError(f"SMTP {explain(exc, server.host, server.port)}") from None
    log.info("SMTP logged in to %s:%s as %s", server.host, server.port, user)
    return smtp
