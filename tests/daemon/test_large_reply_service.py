"""A large reply through the running service (issue 14): stored exactly as an in-process
parse reads it, confirmed, and the service keeps reading mail after giving the memory back.

The service gives memory back after a pass that fetched ``GIVE_BACK_FROM_BYTES`` or more
(careerlog.intake.heap): it forgets its connection's prepared statements and trims the C
heap. Its memory itself is measured in bench/service_memory.py, not here.
"""

from __future__ import annotations

import json
import mailbox
import random
import re
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest

from careerlog.intake.heap import GIVE_BACK_FROM_BYTES
from careerlog.intake.process import parse_context, read_headers
from careerlog.intake.record import entries_from_reply
from careerlog.parsers import parse_message
from careerlog.store import open_store
from tests.configfile import config_path, config_tables, write_config
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import REPLIES, maildir, record_prompt

WEEKLY_ID = "<prompt-weekly-2026-w48.k3j9xabc@careerlog.invalid>"
ANSWER = (
    "Shipped the ledger migration with Priya Raman: cut p99 latency by 340ms.\n"
    "Felt proud of this one.\n"
    "Reviewed the on-call runbook with Linus Chen and removed 12 stale alerts.\n"
)
WORDS = ("the", "deploy", "review", "shipped", "team", "latency", "plan", "migration", "faster")


#: a service that looks at its Maildir often and keeps no daily snapshot
SERVICE = {"store": {"backups": 0}, "mail": {"poll_interval": 0.2}}


def reply(message_id: str, size: int, answer: str = ANSWER) -> bytes:
    """A reply to the weekly prompt: ``answer``, then prose up to ``size`` bytes."""
    rng = random.Random(14)
    lines = [answer]
    total = len(answer)
    while total < size:
        line = " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."
        lines.append(line)
        total += len(line) + 1
    head = (
        "From: Ada Lovelace <ada@example.com>\nTo: ada@example.com\n"
        f"Subject: Re: What did you ship this week?\nMessage-ID: {message_id}\n"
        f"In-Reply-To: {WEEKLY_ID}\nReferences: {WEEKLY_ID}\n"
        "Date: Mon, 30 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return (head + "\n".join(lines) + "\n").encode()


def stored_entries(store: Path, message_id: str) -> list[dict[str, Any]]:
    db = open_store(store)
    try:
        rows = db.query(
            """select e.id, e.kind, e.text, e.scope, e.occurred_on, e.feeling, e.metrics,
                 e.skill_kind, e.question
               from entries e join inbound_messages m on m.id = e.inbound_id
               where m.message_id = ? order by e.id""",
            [message_id],
        )
        return [
            {
                **{k: v for k, v in row.items() if k not in ("id", "metrics")},
                "metrics": json.loads(row["metrics"] or "[]"),
                "people": sorted(
                    p["name"]
                    for p in db.query(
                        "select p.name from entry_people ep join people p on p.id = ep.person_id "
                        "where ep.entry_id = ?",
                        [row["id"]],
                    )
                ),
            }
            for row in rows
        ]
    finally:
        db.close()


def stored_raw(store: Path, message_id: str) -> bytes:
    db = open_store(store)
    try:
        query = "select raw from inbound_messages where message_id = ?"
        return bytes(db.execute(query, [message_id]).fetchone()[0])
    finally:
        db.close()


def confirmation(outbox: Path, message_id: str) -> Message | None:
    try:
        box = mailbox.Maildir(outbox, create=False)
        return next((m for m in box if m["In-Reply-To"] == message_id), None)
    except (FileNotFoundError, mailbox.NoSuchMailboxError):  # not created yet
        return None


def test_large_reply_is_stored_as_parsed_in_process_and_the_service_goes_on(
    tmp_path: Path,
) -> None:
    store = tmp_path / "careerlog.db"
    config = write_config(tmp_path / "config.toml", config_tables(tmp_path, SERVICE))
    large_id, small_id = "<large.1@example.com>", "<small.1@example.com>"
    large = reply(large_id, 3 * GIVE_BACK_FROM_BYTES)
    db = open_store(store)
    prompt_id = record_prompt(db, "weekly", "2026-W48", WEEKLY_ID)
    prompt = db.table("prompts").get(prompt_id)
    parsed = parse_message(large, parse_context(config, db, prompt))
    db.close()
    expected = [
        {
            "kind": e.kind,
            "text": e.text,
            "scope": e.scope,
            "occurred_on": e.occurred_on.isoformat() if e.occurred_on else None,
            "feeling": e.feeling,
            "metrics": e.metrics,
            "skill_kind": e.skill_kind,
            "question": e.question,
            "people": sorted(e.people),
        }
        for e in entries_from_reply(parsed, inbound_id=None, prompt_id=prompt_id)
    ]
    assert len(expected) >= 2 and any(e["people"] for e in expected)
    inbox = maildir(tmp_path / "Maildir")

    daemon = Daemon(config_path(config), tmp_path, verbosity="-vv")  # -vv: the give-back is logged
    try:
        daemon.ready()
        inbox.add(large)
        wait_for(lambda: stored_entries(store, large_id), 60, "the large reply's entries")
        assert stored_entries(store, large_id) == expected
        assert stored_raw(store, large_id) == large
        wait_for(lambda: confirmation(tmp_path / "Sent", large_id), 60, "its confirmation")
        sent = confirmation(tmp_path / "Sent", large_id)
        assert sent is not None
        body = next(p for p in sent.walk() if p.get_content_type() == "text/plain")
        listed = body.get_payload(decode=True).decode()
        first, last = expected[0], expected[-1]
        assert f"1. [{first['kind']}] {first['text']}" in listed
        assert f"{len(expected)}. [{last['kind']}] {last['text']}" in listed

        # After the give-back (statements forgotten, heap trimmed) the same connection
        # still stores the next reply, and its confirmation still goes out.
        daemon.logged("memory given back after an inbox pass")
        inbox.add(reply(small_id, 0, "Paired with Linus Chen on the flaky deploy test.\n"))
        wait_for(lambda: stored_entries(store, small_id), 60, "the next reply's entries")
        wait_for(lambda: confirmation(tmp_path / "Sent", small_id), 60, "the next confirmation")
        assert daemon.process.poll() is None
    finally:
        daemon.stop()
    assert "Traceback" not in daemon.log()


@pytest.mark.parametrize("name", sorted(p.name for p in REPLIES.glob("*.eml")))
def test_headers_read_from_the_header_section_alone_are_the_whole_messages(name: str) -> None:
    raw = (REPLIES / name).read_bytes()
    whole = BytesHeaderParser(policy=default_policy).parsebytes(raw)
    for message in (raw, re.sub(rb"\r?\n", b"\r\n", raw), re.sub(rb"\r?\n", b"\n", raw)):
        headers = read_headers(message)
        assert [(k, str(v)) for k, v in headers.items()] == [(k, str(v)) for k, v in whole.items()]
        assert not headers.get_payload()
