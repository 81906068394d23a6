"""End to end on the real servers: a 1:1 on Radicale, the brief over SMTP into Dovecot's
INBOX exactly once across restarts, and the reply, sent back over SMTP and read by the
IMAP intake, stored as relationship notes and feedback entries."""

from __future__ import annotations

import re
import smtplib
import ssl
import uuid
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from careerlog.briefs import send_due_briefs
from careerlog.calendar import sync_calendars
from careerlog.config import Config
from careerlog.intake.inbox import check_inbox
from careerlog.outbox import deliver_due
from careerlog.store import open_store
from careerlog.store.entries import NewEntry, add_entry
from careerlog.store.people import add_person
from tests.briefs.brief_helpers import GRACE, calendar, la, pin, reply_to, weekly_grace
from tests.configfile import config_tables, imap_changes, merged, smtp_changes, write_config
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot
from tests.servers.radicale import Radicale

# the demo's first reply: cut at its label, a talking point said only "Big one this week…"
BIG_ONE = (
    "Big one this week: shipped the connection-pool fix for checkout-api and cut P99 latency "
    "by 340ms (1.21s → 870ms) for every customer paying by card. Graph attached."
)


def real_config(tmp_path: Path, env: MailEnv, radicale: Radicale, calendar_name: str) -> Config:
    """IMAP from and SMTP to the test servers, Ada's calendar on Radicale."""
    caldav = {
        "kind": "caldav",
        "url": radicale.url,
        "username": radicale.username,
        "password": radicale.password,
        "calendars": [calendar_name],
    }
    imap = imap_changes(env.address, env.password, port=env.imaps_port, ca_file=env.ca_file)
    changes = merged(merged(imap, smtp_changes(env)), {"calendar": {"sources": [caldav]}})
    return write_config(tmp_path / "config.toml", config_tables(tmp_path, changes))


def submit(env: MailEnv, raw: bytes) -> None:
    """Send like a mail client: CRLF, STARTTLS, AUTH."""
    raw = re.sub(rb"\r?\n", b"\r\n", raw)
    context = ssl.create_default_context(cafile=env.ca_file)
    with smtplib.SMTP(env.smtp_host, env.smtp_port, timeout=10) as smtp:
        smtp.starttls(context=context)
        smtp.login(env.username, env.password)
        smtp.sendmail(env.address, [env.address], raw)


def inbox(dovecot: Dovecot, env: MailEnv) -> list[EmailMessage]:
    found = []
    for raw in dovecot.messages(env.username):
        message = message_from_bytes(raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        found.append(message)
    return found


def test_brief_over_real_servers_and_its_reply(
    tmp_path: Path, mail_env: MailEnv, dovecot: Dovecot, radicale: Radicale
) -> None:
    name = f"work-{uuid.uuid4().hex[:8]}"
    radicale.make_calendar(name)
    radicale.put_event(name, calendar([weekly_grace()], user_email=mail_env.address))
    config = real_config(tmp_path, mail_env, radicale, name)
    db = open_store(config.store_path)
    add_person(db, GRACE[0], emails=[GRACE[1]], relation="manager")
    pin(la("2026-11-09 10:00"))
    add_entry(db, NewEntry("evidence", "checkout P99 down 340ms <fast>", scope="org"))
    add_entry(db, NewEntry("evidence", BIG_ONE, scope="multi-team"))

    # the daemon's passes: calendar, due briefs, outbox; before 17:00 nothing goes out
    now = pin(la("2026-11-11 16:00"))
    assert sync_calendars(config, db, now).ok
    assert send_due_briefs(config, db, now) == []
    now = pin(la("2026-11-11 17:00"))
    assert sync_calendars(config, db, now).ok
    (prompt_id,) = send_due_briefs(config, db, now)
    assert deliver_due(config, db, now).sent == 1
    db.close()

    # restarts and later passes, up to the meeting: still one brief
    for moment in ("2026-11-11 17:05", "2026-11-11 23:00", "2026-11-12 10:00"):
        db = open_store(config.store_path)
        now = pin(la(moment))
        assert sync_calendars(config, db, now).ok
        assert send_due_briefs(config, db, now) == []
        assert deliver_due(config, db, now).sent == 0
        db.close()

    (brief,) = inbox(dovecot, mail_env)
    assert brief["Subject"] == "Your 1:1 with Grace Hopper is tomorrow"
    assert str(brief["Message-ID"]).startswith("<prompt-brief-2026-11-12-grace.")
    text_part, html_part = brief.get_body(("plain",)), brief.get_body(("html",))
    assert text_part is not None and html_part is not None
    text = str(text_part.get_content()).replace("\r\n", "\n")
    assert "Your 1:1 with Grace Hopper is tomorrow (Thursday, November 12, 10:30)." in text
    # the talking points: whole entries, one per bullet, in both parts
    points = text.split("Talking points:\n", 1)[1].split("\n\n", 1)[0]
    bullets = [" ".join(b.split()) for b in points.split("  - ")[1:]]
    assert bullets[:2] == [
        "Impact since your last 1:1 (Nov 9): checkout P99 down 340ms <fast>",
        f"Impact since your last 1:1 (Nov 9): {BIG_ONE}",
    ]
    html = " ".join(str(html_part.get_content()).split())
    items = re.findall(r"<li[^>]*>(.*?)</li>", html)
    assert items[:2] == [
        "Impact since your last 1:1 (Nov 9): checkout P99 down 340ms &lt;fast&gt;",
        f"Impact since your last 1:1 (Nov 9): {BIG_ONE}",  # not cut to "Big one this week…"
    ]

    db = open_store(config.store_path)
    # careerlog's own brief in the INBOX is never read as a reply
    pin(la("2026-11-11 17:10"))
    check_inbox(config, db)
    assert db.execute("select count(*) from relationship_notes").fetchone()[0] == 0

    when = pin(la("2026-11-12 11:48"))
    notes = (
        "Notes from today:\n\n"
        "feedback: Grace Hopper thinks the latency work is Staff-level evidence.\n"
        "feedback: design docs still too long; aim for 4 pages max.\n"
        "@Linus Chen - follow up on retry budget numbers for the Risk dashboards"
    )
    submit(mail_env, reply_to(brief, notes, sender=mail_env.address, when=when))
    report = check_inbox(config, db)
    assert report.outcomes["parsed"] == 1

    (note,) = db.query("select * from relationship_notes")
    assert note["person_id"] == 1 and note["prompt_id"] == prompt_id
    assert note["text"] == notes
    feedback = list(
        db.query(
            """select e.text, ep.person_id from entries e
               left join entry_people ep on ep.entry_id = e.id
               where e.kind = 'skill' and e.skill_kind = 'feedback' order by e.id"""
        )
    )
    assert [(f["text"][:20], f["person_id"]) for f in feedback] == [
        ("Grace Hopper thinks ", 1),
        ("design docs still to", 1),
    ]
    (inbound,) = db.query("select prompt_id, status from inbound_messages")
    assert dict(inbound) == {"prompt_id": prompt_id, "status": "parsed"}
    db.close()
