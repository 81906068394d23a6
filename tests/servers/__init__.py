"""Real test servers on 127.0.0.1 for careerlog's tests: Dovecot, an SMTP relay, Radicale.

The pytest fixtures in tests/conftest.py start them once per session; see that file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.servers.dovecot import Dovecot, MailUser
    from tests.servers.smtp import SmtpServer


@dataclass(frozen=True)
class MailEnv:
    """Everything a careerlog mail config needs to reach the test servers as one user."""

    imap_host: str
    imap_port: int  # plain IMAP, STARTTLS capable
    imaps_port: int  # implicit TLS
    smtp_host: str
    smtp_port: int  # plain SMTP, STARTTLS capable (submission-style, AUTH required)
    smtps_port: int  # implicit TLS
    ca_file: str  # the CA that signed every server's certificate
    username: str  # full address, also the login for IMAP and SMTP
    password: str
    domain: str = "example.test"

    @classmethod
    def of(cls, dovecot: Dovecot, smtp: SmtpServer, user: MailUser) -> MailEnv:
        """``user``'s way to the running Dovecot and SMTP relay."""
        return cls(
            imap_host=dovecot.host,
            imap_port=dovecot.imap_port,
            imaps_port=dovecot.imaps_port,
            smtp_host=smtp.host,
            smtp_port=smtp.port,
            smtps_port=smtp.smtps_port,
            ca_file=dovecot.ca_file,
            username=user.username,
            password=user.password,
        )

    @property
    def address(self) -> str:
        return self.username
