"""A small real SMTP submission server (aiosmtpd) that delivers into Dovecot over LMTP.

Two listeners share one handler: `port` (plain + STARTTLS, optionally required) and
`smtps_port` (implicit TLS). AUTH PLAIN/LOGIN checks the same user table as Dovecot.
Recipients in `domain` go to Dovecot's LMTP, one recipient per LMTP transaction; all
others are written to `outgoing_dir` as one .eml file each. `refuse` makes it answer
451 ("temporary") or 550 ("permanent") at MAIL FROM (or at DATA, see `refuse_at`).
`before_reply`, when set, runs after a message was delivered and before its 250 is
sent, so a test can act in the instant the client is waiting for that 250.
"""

from __future__ import annotations

import asyncio
import shutil
import smtplib
import ssl
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from .ports import HOST, free_ports

Refusal = Literal["temporary", "permanent"] | None
_REFUSALS = {
    "temporary": "451 4.3.0 Temporary failure, try again later (test refusal)",
    "permanent": "550 5.7.1 Message refused (test refusal)",
}


class _Handler:
    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if refusal := self.owner.refusal_at("MAIL"):
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        mailbox = "@".join((address.rpartition("@")[0].partition("+")[0], self.owner.domain))
        if self.owner.is_local(address) and mailbox.lower() not in self.owner.users_lower():
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if refusal := self.owner.refusal_at("DATA"):
            return refusal
        raw = envelope.original_content or b""
        mail_from = envelope.mail_from or ""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            None, self.owner.dispatch, mail_from, list(envelope.rcpt_tos), raw
        )


class SmtpServer:
    def __init__(
        self,
        users: Mapping[str, str],
        lmtp_port: int,
        tls_context: ssl.SSLContext,
        domain: str = "example.test",
        require_starttls: bool = False,
        host: str = HOST,
    ) -> None:
        self.users, self.lmtp_port, self.tls_context = users, lmtp_port, tls_context
        self.domain, self.require_starttls, self.host = domain.lower(), require_starttls, host
        self.port, self.smtps_port = free_ports(2, host)
        self.outgoing_dir = Path(tempfile.mkdtemp(prefix="smtp-outgoing-", dir="/tmp"))
        self.accepted: list[tuple[str, list[str], bytes]] = []
        self.refuse: Refusal = None
        self.refuse_at_stage: Literal["MAIL", "DATA"] = "MAIL"
        self.before_reply: Callable[[], None] | None = None
        # Stamped on top of every mail it delivers, as a receiving server adds its verdict.
        self.authentication_results: str | None = None
        self._controllers: list[Controller] = []
        self._lock = threading.Lock()
        self._count = 0

    # --- lifecycle --------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return bool(self._controllers)

    def start(self) -> None:
        if self._controllers:
            return
        common: dict[str, Any] = dict(
            hostname=self.host,
            authenticator=self._authenticate,
            auth_required=True,
            ident="careerlog-test-smtp",
        )
        starttls = Controller(
            _Handler(self),
            port=self.port,
            tls_context=self.tls_context,
            require_starttls=self.require_starttls,
            **common,
        )
        # aiosmtpd only counts STARTTLS as "TLS" for auth_require_tls; SMTPS is TLS already.
        smtps = Controller(
            _Handler(self),
            port=self.smtps_port,
            ssl_context=self.tls_context,
            auth_require_tls=False,
            **common,
        )
        for controller in (starttls, smtps):
            controller.start()
            self._controllers.append(controller)

    def stop(self) -> None:
        while self._controllers:
            self._controllers.pop().stop()

    def restart(self) -> None:
        self.stop()
        self.start()

    def clear(self) -> None:
        """Forget accepted messages and delete the outgoing files (between tests)."""
        with self._lock:
            self.accepted.clear()
            for path in self.outgoing_dir.glob("*.eml"):
                path.unlink()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.outgoing_dir, ignore_errors=True)

    # --- behaviour --------------------------------------------------------------------

    def users_lower(self) -> set[str]:
        return {u.lower() for u in self.users}

    def is_local(self, address: str) -> bool:
        return address.rpartition("@")[2].lower() == self.domain

    def refusal_at(self, stage: str) -> str | None:
        if self.refuse is None or stage != self.refuse_at_stage:
            return None
        return _REFUSALS[self.refuse]

    def outgoing(self) -> list[Path]:
        """The .eml files for recipients outside the domain, in the order they were sent."""
        return sorted(self.outgoing_dir.glob("*.eml"))

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            login = data.login.decode("utf-8", "replace")
            password = data.password.decode("utf-8", "replace")
            if self.users.get(login) == password:
                return AuthResult(success=True, auth_data=data)
        # handled=False with no message: aiosmtpd answers "535 5.7.8" (never leave it silent)
        return AuthResult(success=False, handled=False)

    def dispatch(self, mail_from: str, rcpt_tos: list[str], raw: bytes) -> str:
        """Deliver one accepted message; runs in a worker thread."""
        if self.authentication_results is not None:
            raw = f"Authentication-Results: {self.authentication_results}\r\n".encode() + raw
        for rcpt in rcpt_tos:
            if self.is_local(rcpt):
                try:
                    with smtplib.LMTP(self.host, self.lmtp_port, timeout=30) as lmtp:
                        lmtp.sendmail(mail_from, [rcpt], raw)
                except smtplib.SMTPResponseException as exc:
                    return f"{exc.smtp_code} LMTP delivery to {rcpt} failed: {exc.smtp_error!r}"
                except smtplib.SMTPRecipientsRefused as exc:
                    code, msg = exc.recipients[rcpt]
                    return f"{code} LMTP refused {rcpt}: {msg!r}"
                except OSError as exc:
                    return f"451 4.4.1 LMTP unavailable: {exc}"
            else:
                with self._lock:
                    self._count += 1
                    name = f"{self._count:04d}-{rcpt.replace('/', '_')}.eml"
                (self.outgoing_dir / name).write_bytes(raw)
        with self._lock:
            self.accepted.append((mail_from, rcpt_tos, raw))
        if self.before_reply is not None:
            self.before_reply()
        return "250 OK"
