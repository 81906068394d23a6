"""Helpers of the brief tests.

Times are written with TZID=America/Los_Angeles (as calendar apps do), so a weekly
10:30 1:1 stays at 10:30 local across the DST change on Nov 1, 2026 (18:30Z after it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.policy import compat32
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from careerlog import clock
from tests.configfile import Tables, config_tables

LA = ZoneInfo("America/Los_Angeles")
USER_EMAIL = "ada@example.test"
GRACE = ("Grace Hopper", "grace@example.test")
LINUS = ("Linus Chen", "linus@example.test")


def brief_tables(folder: Path, ics: Path) -> Tables:
    """Ada's config in ``folder`` (outbox folder/Sent) with ``ics`` as her calendar."""
    calendar = {"sources": [{"kind": "ics-file", "path": str(ics)}]}
    return config_tables(folder, {"user": {"email": USER_EMAIL}, "calendar": calendar})


#: ``publish(db, now, *events)``: write the .ics file and sync (fixture in conftest.py)
Publish = Callable[..., None]


def la(text: str) -> datetime:
    """'2026-11-11 17:00' in Los Angeles."""
    return datetime.fromisoformat(text).replace(tzinfo=LA)


def pin(moment: datetime) -> datetime:
    """Pin careerlog's clock (entries' created_at) to ``moment``."""
    os.environ[clock.ENV_VAR] = moment.isoformat()
    return moment


def _local(name: str, moment: datetime) -> str:
    """``DTSTART;TZID=America/Los_Angeles:20261112T103000``: recurrences keep local time."""
    return f"{name};TZID=America/Los_Angeles:{moment.astimezone(LA):%Y%m%dT%H%M%S}"


@dataclass
class Event:
    uid: str
    start: datetime
    end: datetime
    summary: str
    other: tuple[str, str]
    rrule: str | None = None
    recurrence_id: datetime | None = None
    status: str | None = None
    exdates: list[datetime] = field(default_factory=list)

    def ics(self, user_email: str = USER_EMAIL) -> str:
        name, email = self.other
        lines = [
            "BEGIN:VEVENT",
            f"UID:{self.uid}",
            "DTSTAMP:20261001T000000Z",
            _local("DTSTART", self.start),
            _local("DTEND", self.end),
            f"SUMMARY:{self.summary}",
            f"ORGANIZER;CN=Ada Lovelace:mailto:{user_email}",
            f"ATTENDEE;CN=Ada Lovelace;PARTSTAT=ACCEPTED:mailto:{user_email}",
            f"ATTENDEE;CN={name};PARTSTAT=ACCEPTED:mailto:{email}",
        ]
        if self.rrule:
            lines.append(f"RRULE:{self.rrule}")
        if self.recurrence_id:
            lines.append(_local("RECURRENCE-ID", self.recurrence_id))
        if self.status:
            lines.append(f"STATUS:{self.status}")
        lines += [_local("EXDATE", moment) for moment in self.exdates]
        lines.append("END:VEVENT")
        return "\r\n".join(lines)


def calendar(events: Iterable[Event], user_email: str = USER_EMAIL) -> str:
    body = "\r\n".join(event.ics(user_email) for event in events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//careerlog brief tests//EN\r\n"
        f"{body}\r\nEND:VCALENDAR\r\n"
    )


def weekly_grace(**changes: object) -> Event:
    """A weekly 1:1 with Grace, Thursdays 10:30–11:00 in Los Angeles, from Oct 29."""
    event = Event(
        uid="grace-1on1@example.test",
        start=la("2026-10-29 10:30"),
        end=la("2026-10-29 11:00"),
        summary="Grace / Ada 1:1",
        other=GRACE,
        rrule="FREQ=WEEKLY;BYDAY=TH;COUNT=10",
    )
    for key, value in changes.items():
        setattr(event, key, value)
    return event


def outbox_text(db: Database, prompt_id: int) -> tuple[str, str, EmailMessage]:
    """(text part, html part, message) of the brief queued for ``prompt_id``."""
    (row,) = db.query("select raw from outbox where prompt_id = ?", [prompt_id])
    message = message_from_bytes(row["raw"], policy=policy.default)
    assert isinstance(message, EmailMessage)
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    crlf = "\r\n"
    return (
        str(text.get_content()).replace(crlf, "\n"),
        str(html.get_content()).replace(crlf, "\n"),
        message,
    )


def reply_to(
    brief: EmailMessage, new_text: str, *, sender: str = USER_EMAIL, when: datetime
) -> bytes:
    """A plain reply like a mail client writes it: new text on top, the brief quoted."""
    body = brief.get_body(("plain",))
    assert body is not None
    quoted = "\n".join(("> " + line).rstrip() for line in str(body.get_content()).splitlines())
    reply = EmailMessage(policy=policy.SMTP)
    reply["From"] = f"Ada Lovelace <{sender}>"
    reply["To"] = str(brief["From"])
    reply["Subject"] = f"Re: {brief['Subject']}"
    reply["Date"] = format_datetime(when)
    reply["Message-ID"] = make_msgid(domain="client.example.test")
    reply["In-Reply-To"] = str(brief["Message-ID"])
    reply["References"] = str(brief["Message-ID"])
    on = f"On {format_datetime(when)}, careerlog <{sender}> wrote:"
    reply.set_content(f"{new_text}\n\n{on}\n\n{quoted}\n")
    return reply.as_bytes()


REPLIES = Path(__file__).resolve().parents[2] / "careerlog" / "demo" / "replies"


def sample_reply_to(name: str, brief: EmailMessage, sender: str = USER_EMAIL) -> bytes:
    """A real sample brief reply (tests/fixtures/replies), re-addressed to ``brief``."""
    message = message_from_bytes((REPLIES / name).read_bytes(), policy=compat32)
    for header, value in (
        ("From", f"Ada Lovelace <{sender}>"),
        ("In-Reply-To", str(brief["Message-ID"])),
        ("References", str(brief["Message-ID"])),
    ):
        del message[header]
        message[header] = value
    return message.as_bytes()
