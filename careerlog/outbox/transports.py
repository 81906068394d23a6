"""The three ways a queued mail leaves: SMTP, a sendmail-style command, a local Maildir.

Each transport raises :class:`DeliveryError` and says whether the failure is
*permanent* (the server refused this message with a 5xx reply; retrying the same
bytes will not help) or *temporary* (server down, 4xx, network, a login or command
problem the user can fix while the mail waits), and whether it is *uncertain*: the
connection broke or timed out after the mail was handed over, so the server may have
accepted it and the outbox must check before sending it again.
"""

from __future__ import annotations

import contextlib
import logging
import mailbox
import smtplib
import subprocess
from pathlib import Path
from typing import Protocol

from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.mail.maildir import open_maildir
from careerlog.mail.smtp import SmtpError, connect_smtp

log = logging.getLogger(__name__)

#: sysexits(3) codes a sendmail-style command uses for "this message can never go"
_PERMANENT_EXIT = {
    65: "data format error",
    67: "unknown user",
    68: "unknown host",
    77: "no permission",
}
_COMMAND_TIMEOUT_S = 120.0


class DeliveryError(Exception):
    def __init__(self, message: str, *, permanent: bool = False, uncertain: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.uncertain = uncertain


class Transport(Protocol):
    name: str

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> None: ...

    def close(self) -> None: ...


def lf_bytes(raw: bytes) -> bytes:
    """Local delivery and sendmail expect Unix line endings; the queue keeps CRLF for SMTP."""
    return raw.replace(b"\r\n", b"\n")


class SmtpTransport:
    """One SMTP session for a whole delivery pass, opened on the first mail."""

    name = "smtp"

    def __init__(self, config: Config) -> None:
        if config.smtp is None:
            raise DeliveryError('[mail] outbox = "smtp" needs a [mail.smtp] table with host')
        self.server = config.smtp
        self.secret_timeout = config.secret_timeout
        self._smtp: smtplib.SMTP | None = None

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        if self._smtp is None:
            try:
                self._smtp = connect_smtp(self.server, self.secret_timeout)
            except SmtpError as exc:
                raise DeliveryError(str(exc)) from None
        try:
            refused = self._smtp.sendmail(sender, recipients, raw)
        except smtplib.SMTPRecipientsRefused as exc:
            self._drop()
            codes = [code for code, _ in exc.recipients.values()]
            text = "; ".join(
                f"{r}: {c} {m.decode(errors='replace')}" for r, (c, m) in exc.recipients.items()
            )
            raise DeliveryError(
                f"SMTP refused every recipient ({text})", permanent=all(c >= 500 for c in codes)
            ) from None
        except smtplib.SMTPResponseException as exc:
            self._drop()
            reply = (
                exc.smtp_error.decode(errors="replace")
                if isinstance(exc.smtp_error, bytes)
                else str(exc.smtp_error)
            )
            raise DeliveryError(
                f"SMTP server {self.server.host} answered {exc.smtp_code} {reply}",
                permanent=500 <= exc.smtp_code < 600,
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            # No reply at all: the connection broke somewhere between MAIL FROM and the
            # 250 after the data, and smtplib cannot say where.
            self._drop()
            raise DeliveryError(f"SMTP server {self.server.host}: {exc}", uncertain=True) from None
        if refused:
            log.warning("SMTP accepted the mail but refused some recipients: %s", sorted(refused))

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            with contextlib.suppress(OSError):
                smtp.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


class SendmailTransport:
    """Runs the configured command (no shell) with the message on stdin."""

    name = "sendmail"

    def __init__(self, config: Config) -> None:
        self.command = list(config.mail.sendmail_command)
        if not self.command:
            raise DeliveryError('[mail] sendmail_command is empty; set it, e.g. ["msmtp", "-t"]')

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        program = self.command[0]
        try:
            done = subprocess.run(
                self.command,
                input=lf_bytes(raw),
                capture_output=True,
                timeout=_COMMAND_TIMEOUT_S,
                check=False,
            )
        except FileNotFoundError:
            raise DeliveryError(
                f"the sendmail command {program!r} was not found; check [mail] sendmail_command"
            ) from None
        except subprocess.TimeoutExpired:
            raise DeliveryError(
                f"{program} did not finish within {_COMMAND_TIMEOUT_S:.0f} s", uncertain=True
            ) from None
        except OSError as exc:
            raise DeliveryError(f"cannot run {program}: {exc.strerror}") from None
        if done.returncode != 0:
            err = " ".join(done.stderr.decode(errors="replace").split())[:300]
            reason = _PERMANENT_EXIT.get(done.returncode, "")
            what = f"{done.returncode} ({reason})" if reason else str(done.returncode)
            raise DeliveryError(
                f"{program} exited with {what}: {err or 'no message'}",
                permanent=bool(reason),
            )

    def close(self) -> None:
        return None


class MaildirTransport:
    """Drops the mail into a local Maildir (``new/``), the way a local MDA would."""

    name = "maildir"

    def __init__(self, config: Config) -> None:
        self.path = Path(config.mail.maildir_outbox)
        self.data_dir = config.data_dir

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        try:
            open_maildir(self.path, self.data_dir).add(lf_bytes(raw))
        except (OSError, mailbox.Error, UserError) as exc:
            raise DeliveryError(f"cannot deliver into the Maildir {self.path}: {exc}") from None

    def close(self) -> None:
        return None


def transport_for(config: Config) -> Transport:
    choice = config.mail.outbox
    if choice == "smtp":
        return SmtpTransport(config)
    if choice == "sendmail":
        return SendmailTransport(config)
    return MaildirTransport(config)
