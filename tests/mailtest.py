"""Mail test helpers: sample replies, header rewriting, SMTP submission, recorded prompts."""

from __future__ import annotations

import mailbox
import re
import smtplib
import ssl
from collections.abc import Callable
from email import message_from_bytes
from email.policy import compat32
from pathlib import Path

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.mail.maildir import open_maildir
from tests.servers import MailEnv

# The sample replies: one copy, the demo's (careerlog/demo/replies), shared with the tests.
REPLIES = Path(__file__).resolve().parent.parent / "careerlog" / "demo" / "replies"
SAMPLE_ALIAS = "ada@example.com"  # the From of every sample reply
MakeConfig = Callable[..., Config]  # the make_config fixtures: (changes as in tests.configfile)


def maildir(path: Path) -> mailbox.Maildir:
    """The Maildir at ``path``, made if missing, safe while a service makes it too.

    ``mailbox.Maildir(create=True)`` checks, then creates: beside a running service
    that opens the same folder it failed with "File exists".
    """
    return open_maildir(path, path.parent)


def sample(name: str) -> bytes:
    return (REPLIES / name).read_bytes()


def rewrite(raw: bytes, **headers: str) -> bytes:
    """Replace headers (From="...", In_Reply_To="...") keeping the body bytes as they are."""
    message = message_from_bytes(raw, policy=compat32)
    for name, value in headers.items():
        header = name.replace("_", "-")
        del message[header]
        message[header] = value
    return message.as_bytes()


def smtp_send(env: MailEnv, raw: bytes, to: str | None = None) -> None:
    """Submit like a mail client: CRLF line endings, STARTTLS, AUTH."""
    raw = re.sub(rb"\r?\n", b"\r\n", raw)
    context = ssl.create_default_context(cafile=env.ca_file)
    with smtplib.SMTP(env.smtp_host, env.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=context)
        smtp.login(env.username, env.password)
        smtp.sendmail(env.address, [to or env.address], raw)


def record_prompt(db: Database, kind: str, period: str, message_id: str, body: str = "") -> int:
    table = db.table("prompts")
    table.insert(
        {
            "kind": kind,
            "period": period,
            "token": message_id.split(".")[-1].split("@")[0],
            "message_id": message_id,
            "subject": f"prompt {period}",
            "body_text": body or None,
            "created_at": "2026-11-06T23:00:00+00:00",
            "sent_at": "2026-11-06T23:00:00+00:00",
        }
    )
    assert table.last_pk is not None
    return int(table.last_pk)
