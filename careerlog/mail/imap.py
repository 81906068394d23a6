"""Open an authenticated IMAP session with the configured security and secret."""

from __future__ import annotations

import logging

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SocketTimeout

from careerlog.config.model import ServerConfig
from careerlog.config.secrets import resolve
from careerlog.errors import UserError
from careerlog.net import explain, ssl_context

log = logging.getLogger(__name__)


class ImapError(UserError):
    """The IMAP server could not be used; the message says why and what to do."""


def connect_imap(server: ServerConfig, secret_timeout: float) -> IMAPClient:
    """Connect, secure and log in; every failure becomes an :class:`ImapError`."""
    context = ssl_context(server.ca_file)
    timeout = SocketTimeout(connect=min(server.timeout, 15.0), read=server.timeout)
    try:
        client = IMAPClient(
            server.host,
            port=server.port,
            ssl=server.security == "tls",
            ssl_context=context,
            timeout=timeout,
        )
        if server.security == "starttls":
            client.starttls(context)
    except (OSError, IMAPClientError) as exc:
        raise ImapError(f"IMAP {explain(exc, server.host, server.port)}") from None
    secret = resolve(server.credentials, secret_timeout)
    user = server.credentials.username or ""
    try:
        if secret.mechanism == "xoauth2":
            client.oauth2_login(user, secret.value)
        else:
            client.login(user, secret.value)
    except LoginError:
        _close(client)
        raise ImapError(
            f"IMAP login as {user} on {server.host} was refused; "
            f"check the username and the {secret.source}"
        ) from None
    except (OSError, IMAPClientError) as exc:
        _close(client)
        raise ImapError(f"IMAP {explain(exc, server.host, server.port)}") from None
    log.info("IMAP logged in to %s:%s as %s", server.host, server.port, user)
    return client


def _close(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except OSError:
        log.debug("IMAP socket already closed")
