"""Captures: the subject is what the user did; a capture is never dropped in silence."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.capture_address import secret_capture_address
from careerlog.intake.maildir_inbox import check_maildir
from careerlog.store.mailboxes import capture_token
from tests.mailtest import MakeConfig, maildir


def capture(
    config: Config, db: Database, subject: str, body: str, n: int, to: str | None = None
) -> None:
    """A fresh mail from the owner, to the secret capture address unless ``to`` says."""
    to = to or secret_capture_address(config, db)
    raw = (
        f"From: Ada Lovelace <ada@example.com>\nTo: {to}\nSubject: {subject}\n"
        f"Message-ID: <capture-{n}@example.com>\nDate: Tue, 01 Dec 2026 10:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()
    maildir(config.mail.maildir_inbox).add(raw)


def entries(db: Database) -> list[tuple[str, str]]:
    return [(r["kind"], r["text"]) for r in db.query("select kind, text from entries order by id")]


def confirmation_text(db: Database) -> str:
    (row,) = db.query("select raw from outbox where kind = 'confirmation'")
    body = message_from_bytes(row["raw"], policy=default).get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def test_subject_is_the_entry_and_the_body_adds_to_it(offline: tuple[Config, Database]) -> None:
    config, db = offline
    capture(
        config,
        db,
        "log: cut the nightly backup window from 4h to 55 min",
        "Used parallel dumps.\n",
        1,
    )
    check_maildir(config, db)
    ((kind, text),) = entries(db)
    assert kind == "evidence"
    assert text == "cut the nightly backup window from 4h to 55 min — Used parallel dumps."


def test_subject_only_capture_is_logged(offline: tuple[Config, Database]) -> None:
    config, db = offline
    capture(config, db, "log: mentored Tomás through his first incident review", "", 2)
    check_maildir(config, db)
    # the kind is the parser's to choose (mentoring reads as a relationship)
    assert [t for _k, t in entries(db)] == ["mentored Tomás through his first incident review"]


def test_capture_address_without_prefix_uses_the_whole_subject(
    offline: tuple[Config, Database],
) -> None:
    config, db = offline
    capture(config, db, "Shipped the idempotency keys to all three services", "", 3)
    check_maildir(config, db)
    assert [t for _k, t in entries(db)] == ["Shipped the idempotency keys to all three services"]


def test_empty_capture_is_kept_and_the_confirmation_says_so(
    offline: tuple[Config, Database],
) -> None:
    config, db = offline
    capture(config, db, "log:", "\n", 4)
    report = check_maildir(config, db)
    assert report.examined == 1
    assert [k for k, _t in entries(db)] == ["unsorted"]
    (status,) = db.execute("select status from inbound_messages").fetchone()
    assert status == "unsorted"
    assert "[unsorted]" in confirmation_text(db)


def test_a_chosen_capture_address_logs_only_in_its_secret_form(
    make_offline_config: MakeConfig, db: Database
) -> None:
    """Anyone can write to ``[mail] capture_address``; only its ``+log-<token>`` form proves you.

    The chosen address is at another provider than the owner's own, so an address built
    from ``[user] email`` instead would not be the one this mail goes to.
    """
    chosen = "ada+log@fastmail.example"
    config = make_offline_config({"mail": {"capture_address": chosen}})
    secret = secret_capture_address(config, db)
    assert secret == f"ada+log-{capture_token(db)}@fastmail.example"
    capture(config, db, "log: rotated the signing keys", "", 5, to=chosen)
    capture(config, db, "Rotated the signing keys", "", 6, to=chosen)
    capture(config, db, "log: wrote the key rotation runbook", "", 7, to=secret)
    report = check_maildir(config, db)
    assert report.outcomes["quarantined"] == 2
    assert [t for _k, t in entries(db)] == ["wrote the key rotation runbook"]
    held = db.query(
        "select m.message_id, q.reason from quarantine q "
        "join inbound_messages m on m.id = q.inbound_id order by m.message_id"
    )
    reasons = {r["message_id"]: r["reason"] for r in held}
    assert set(reasons) == {"<capture-5@example.com>", "<capture-6@example.com>"}
    assert all("a capture counts only when sent to your secret" in r for r in reasons.values())
    assert all(capture_token(db) not in r for r in reasons.values())  # shown to you only
