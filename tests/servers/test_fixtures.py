"""Sanity checks of the real-server fixtures: each fails if a fixture is broken."""

from __future__ import annotations

import email
import smtplib
import socket
import ssl
import time
from datetime import UTC, datetime
from email.message import EmailMessage

import caldav
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser
from tests.servers.radicale import Radicale
from tests.servers.smtp import SmtpServer
from tests.servers.tlsca import TlsCa

pytestmark = pytest.mark.servers


def _message(to: str, subject: str = "hello", sender: str = "bot@example.test") -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg.set_content("How did this week go?\n")
    return msg


def _send(env: MailEnv, msg: EmailMessage, tls: TlsCa) -> None:
    with smtplib.SMTP(env.smtp_host, env.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=tls.client_context())
        smtp.login(env.username, env.password)
        smtp.send_message(msg)


def test_imap_starttls_and_implicit_tls_verified(mail_env: MailEnv, tls_ca: TlsCa) -> None:
    ctx = tls_ca.client_context()
    with IMAPClient(mail_env.imap_host, mail_env.imap_port, ssl=False, timeout=10) as c:
        c.starttls(ctx)
        c.login(mail_env.username, mail_env.password)
        caps = c.capabilities()
        assert b"IDLE" in caps and b"MOVE" in caps
        assert c.select_folder("INBOX")[b"EXISTS"] == 0
    with IMAPClient(mail_env.imap_host, mail_env.imaps_port, ssl_context=ctx, timeout=10) as c:
        c.login(mail_env.username, mail_env.password)
        assert b"IDLE" in c.capabilities()


def test_smtp_to_imap_and_idle(mail_env: MailEnv, dovecot: Dovecot, tls_ca: TlsCa) -> None:
    with dovecot.connect(mail_env.username) as idler:
        idler.select_folder("INBOX")
        idler.idle()
        started = time.monotonic()
        _send(mail_env, _message(mail_env.username, "weekly prompt"), tls_ca)
        events: list = []
        while not events and time.monotonic() - started < 2.0:
            events = [e for e in idler.idle_check(timeout=0.5) if e[1:2] == (b"EXISTS",)]
        idler.idle_done()
    assert events, "IDLE saw no EXISTS within 2 s"
    [raw] = dovecot.messages(mail_env.username)
    assert email.message_from_bytes(raw)["Subject"] == "weekly prompt"


def test_smtps_delivers_to_other_local_user(
    mail_env: MailEnv, dovecot: Dovecot, tls_ca: TlsCa
) -> None:
    other = dovecot.add_user("other-" + mail_env.username, "pw-other")
    with smtplib.SMTP_SSL(
        mail_env.smtp_host, mail_env.smtps_port, context=tls_ca.client_context(), timeout=10
    ) as smtp:
        smtp.login(mail_env.username, mail_env.password)
        smtp.send_message(_message(other.username, "over smtps"))
    assert len(dovecot.messages(other.username)) == 1
    assert dovecot.messages(mail_env.username) == []


def test_wrong_password_refused(mail_env: MailEnv, tls_ca: TlsCa) -> None:
    ctx = tls_ca.client_context()
    with (
        IMAPClient(mail_env.imap_host, mail_env.imaps_port, ssl_context=ctx) as c,
        pytest.raises(LoginError),
    ):
        c.login(mail_env.username, "wrong")
    with smtplib.SMTP(mail_env.smtp_host, mail_env.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=tls_ca.client_context())
        with pytest.raises(smtplib.SMTPAuthenticationError) as err:
            smtp.login(mail_env.username, "wrong")
    assert err.value.smtp_code == 535


def test_outside_domain_goes_to_outgoing(
    mail_env: MailEnv, smtp_server: SmtpServer, tls_ca: TlsCa
) -> None:
    before = len(smtp_server.outgoing())
    _send(mail_env, _message("boss@elsewhere.example", "digest"), tls_ca)
    files = smtp_server.outgoing()[before:]
    assert [f.name.split("-", 1)[1] for f in files] == ["boss@elsewhere.example.eml"]
    assert email.message_from_bytes(files[0].read_bytes())["Subject"] == "digest"
    assert smtp_server.accepted[-1][1] == ["boss@elsewhere.example"]


def test_require_starttls_and_unknown_local_user(
    mail_env: MailEnv, smtp_server: SmtpServer, tls_ca: TlsCa
) -> None:
    with pytest.raises(smtplib.SMTPRecipientsRefused) as err:
        _send(mail_env, _message("nobody@example.test"), tls_ca)
    assert err.value.recipients["nobody@example.test"][0] == 550
    smtp_server.require_starttls = True
    smtp_server.restart()  # applies require_starttls; the fixture resets it after the test
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as smtp:
        code, _ = smtp.mail("bot@example.test")
    assert code == 530


def test_refuse_and_restart_keep_port(
    mail_env: MailEnv, smtp_server: SmtpServer, tls_ca: TlsCa
) -> None:
    smtp_server.refuse = "temporary"
    with pytest.raises(smtplib.SMTPSenderRefused) as err:
        _send(mail_env, _message(mail_env.username), tls_ca)
    assert err.value.smtp_code == 451
    smtp_server.refuse, smtp_server.refuse_at_stage = "permanent", "DATA"
    with pytest.raises(smtplib.SMTPDataError) as data_err:
        _send(mail_env, _message(mail_env.username), tls_ca)
    assert data_err.value.smtp_code == 550
    smtp_server.refuse = None
    port = smtp_server.port
    smtp_server.stop()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((smtp_server.host, port), timeout=2)
    smtp_server.start()
    assert smtp_server.port == port
    _send(mail_env, _message(mail_env.username, "after restart"), tls_ca)


def test_dovecot_restart_and_login_again(dovecot: Dovecot, mail_user: MailUser) -> None:
    dovecot.deliver(mail_user.username, b"Subject: kept\r\n\r\nbody\r\n")
    dovecot.restart()
    with dovecot.connect(mail_user.username) as c:
        assert c.select_folder("INBOX")[b"EXISTS"] == 1
    assert "starting up" in dovecot.log_text()


def test_deliver_to_folder(dovecot: Dovecot, mail_user: MailUser) -> None:
    dovecot.create_folder(mail_user.username, "Archive")
    dovecot.deliver(mail_user.username, b"Subject: old\r\n\r\nbody\r\n", folder="Archive")
    assert dovecot.messages(mail_user.username) == []
    assert len(dovecot.messages(mail_user.username, "Archive")) == 1


EVENT = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//careerlog//tests//EN
BEGIN:VEVENT
UID:weekly-1-1@example.test
DTSTAMP:20260101T000000Z
DTSTART:20260105T100000Z
DTEND:20260105T103000Z
RRULE:FREQ=WEEKLY;COUNT=6
SUMMARY:1:1 with manager
END:VEVENT
END:VCALENDAR
"""


def test_radicale_weekly_event_roundtrip(radicale: Radicale) -> None:
    url = radicale.make_calendar("work")
    radicale.put_event("work", EVENT)

    with caldav.DAVClient(url=url, username=radicale.username, password=radicale.password) as c:
        cal = c.calendar(url=url)
        [event] = cal.events()
        assert "RRULE:FREQ=WEEKLY" in event.data
        found = cal.search(
            start=datetime(2026, 1, 1, tzinfo=UTC),
            end=datetime(2026, 1, 31, tzinfo=UTC),
            event=True,
            expand=True,
        )
    assert len(found) == 4  # Jan 5, 12, 19, 26


def test_untrusted_cert_rejected(tls_ca: TlsCa) -> None:
    ctx = tls_ca.client_context()
    with (
        tls_ca.untrusted_listener() as port,
        socket.create_connection(("127.0.0.1", port)) as sock,
        pytest.raises(ssl.SSLCertVerificationError),
    ):
        ctx.wrap_socket(sock, server_hostname="localhost")
