"""Only the owner writes, against a sender who tries: every forged shape, on the real servers.

Forged mails are submitted through the test submission server under *another*
account, or handed to Dovecot's LMTP as an MX would that checks nothing, all with
the owner's address in From. Each must end up quarantined with its reason: no
entry, nothing queued back. The owner's genuine replies, sent from a mail client
through the same server, still land.
"""

from __future__ import annotations

import json
import secrets
import smtplib
from dataclasses import replace
from datetime import date, datetime
from email import message_from_bytes
from email.policy import compat32
from typing import Any

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.intake.capture_address import secret_capture_address
from careerlog.intake.classify import MAX_ANSWERS
from careerlog.intake.inbox import check_inbox
from careerlog.intake.record import store_raw
from careerlog.periods import Period
from careerlog.prompts.due import create_prompt
from careerlog.store.outbox import list_outbox
from tests.clirun import careerlog
from tests.mailtest import MakeConfig, sample, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot
from tests.servers.smtp import SmtpServer

GMAIL = "01-weekly-gmail-web.eml"  # a real Gmail reply, From the owner's alias
NOW = datetime.fromisoformat("2026-11-13T16:00:00-08:00")
TRUSTED = "mx.example.test"


def weekly_prompt(config: Config, db: Database) -> dict[str, Any]:
    """The prompt careerlog really sends, with its secret token in the Message-ID."""
    prompt_id = create_prompt(
        config, db, "weekly", Period("weekly", date(2026, 11, 9), date(2026, 11, 16)), NOW
    )
    assert prompt_id is not None
    return dict(db.table("prompts").get(prompt_id))


def mail(owner: str, headers: dict[str, str], drop: tuple[str, ...] = ()) -> bytes:
    """The Gmail sample reply, From the owner, with headers replaced or dropped."""
    message = message_from_bytes(sample(GMAIL), policy=compat32)
    for name in ("From", "Message-ID", *drop):
        del message[name]
    message["From"] = f"Ada Lovelace <{owner}>"
    message["Message-ID"] = f"<{secrets.token_hex(8)}@example.com>"
    for name, value in headers.items():
        del message[name.replace("_", "-")]
        message[name.replace("_", "-")] = value
    return message.as_bytes()


def unanswering(owner: str, **headers: str) -> bytes:
    """A mail that references no careerlog Message-ID at all."""
    return mail(owner, headers, ("In-Reply-To", "References"))


def answering(owner: str, message_id: str, **headers: str) -> bytes:
    return mail(owner, {"In_Reply_To": message_id, "References": message_id, **headers})


def with_results(raw: bytes, *results: str) -> bytes:
    """Authentication-Results on top, where the receiving server puts its own."""
    return "".join(f"Authentication-Results: {r}\r\n" for r in results).encode() + raw


@pytest.fixture
def stranger(dovecot: Dovecot, mail_env: MailEnv) -> MailEnv:
    """Another account on the same submission server, e.g. a colleague's."""
    user = dovecot.add_user(f"mallory-{secrets.token_hex(3)}@example.test", secrets.token_hex(8))
    return replace(mail_env, username=user.username, password=user.password)


def submit_as(env: MailEnv, raw: bytes, to: str) -> None:
    smtp_send(env, raw, to=to)


def through_mx(dovecot: Dovecot, raw: bytes, to: str) -> None:
    """Delivered by an MX that authenticates nothing: straight into LMTP."""
    with smtplib.LMTP(dovecot.host, dovecot.lmtp_port, timeout=10) as lmtp:
        lmtp.sendmail("mallory@evil.test", [to], raw)


def count(db: Database, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0])


def quarantined(db: Database) -> dict[str, str]:
    """Quarantine reason per Message-ID."""
    rows = db.query(
        "select m.message_id, q.reason from quarantine q join inbound_messages m "
        "on m.id = q.inbound_id"
    )
    return {r["message_id"]: r["reason"] for r in rows}


def message_id_of(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=compat32)["Message-ID"])


def assert_no_mail_back(db: Database, owner: str) -> None:
    """Everything careerlog queued, and so everything it sent or will send, is to the owner.

    The outbox is the only way out (a mail is stored before it is sent), so its rows,
    pending and sent alike, are all careerlog ever mails.
    """
    queued = list_outbox(db)
    assert all(json.loads(row["recipients"]) == [owner] for row in queued), queued


def assert_nothing_written(db: Database, owner: str) -> None:
    assert count(db, "select count(*) from entries") == 0
    assert count(db, "select count(*) from outbox where kind = 'confirmation'") == 0
    assert_no_mail_back(db, owner)


def test_forged_from_is_quarantined_and_the_owner_still_lands(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    stranger: MailEnv,
) -> None:
    config = make_config()
    prompt = weekly_prompt(config, db)
    owner = mail_env.address
    tag_only = f"Re: {prompt['subject']}"
    assert "[2026-W46]" in tag_only
    guessed = prompt["message_id"].replace(prompt["token"], "a" * len(prompt["token"]))
    forged: dict[str, tuple[bytes, str]] = {
        "other account, subject tag": (unanswering(owner, Subject=tag_only), "[period] tag"),
        "Reply-To elsewhere": (
            unanswering(owner, Subject=tag_only, Reply_To="evil@x.invalid"),
            "Reply-To evil@x.invalid is not you",
        ),
        "Sender elsewhere": (
            unanswering(owner, Subject=tag_only, Sender="evil@x.invalid"),
            "Sender evil@x.invalid is not you",
        ),
        "address as display name": (
            unanswering(owner, Subject=tag_only, From=f"{owner} <evil@x.invalid>"),
            "From does not parse",
        ),
        "comment trick": (
            unanswering(owner, Subject=tag_only, From=f"{owner})<evil@x.invalid>"),
            "From does not parse",
        ),
        "trailing address": (
            unanswering(owner, Subject=tag_only, From=f"<{owner}> evil@x.invalid"),
            "From does not parse",
        ),
        "encoded-word only": (
            unanswering(owner, Subject=tag_only, From=f"=?utf-8?q?{owner.replace('@', '=40')}?="),
            "From does not parse",
        ),
        "two From headers": (
            unanswering(owner, Subject=tag_only).replace(
                b"From:", b"From: evil@x.invalid\r\nFrom:", 1
            ),
            "From appears 2 times",
        ),
        "guessed token": (answering(owner, guessed), "whose token careerlog never issued"),
        "log: capture": (
            unanswering(owner, Subject="log: shipped the billing queue"),
            "secret capture address",
        ),
    }
    for raw, _reason in forged.values():
        submit_as(stranger, raw, owner)
    mx_forged = unanswering(owner, Subject=tag_only)
    through_mx(dovecot, mx_forged, owner)
    forged["unauthenticated MX"] = (mx_forged, "[period] tag")

    report = check_inbox(config, db)
    assert report.outcomes["quarantined"] == len(forged)
    assert_nothing_written(db, owner)
    reasons = quarantined(db)
    for name, (raw, reason) in forged.items():
        assert reason in reasons[message_id_of(raw)], name

    # The owner, through the same server: a reply to the real prompt, and a capture
    # sent to the secret capture address, both land.
    smtp_send(mail_env, answering(owner, prompt["message_id"]))
    capture_to = secret_capture_address(config, db)
    capture = unanswering(owner, Subject="log: migrated billing", To=capture_to)
    smtp_send(mail_env, capture, to=capture_to)
    report = check_inbox(config, db)
    assert report.outcomes["parsed"] == 2
    assert count(db, "select count(*) from entries") == 4  # two items in each
    assert count(db, "select count(*) from outbox where kind = 'confirmation'") == 2


def test_an_unproven_capture_of_the_owner_waits_in_quarantine_until_accepted(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    owner = mail_env.address
    smtp_send(mail_env, unanswering(owner, Subject="log: migrated billing"))
    assert check_inbox(config, db).outcomes["quarantined"] == 1
    assert_nothing_written(db, owner)
    (held,) = db.query("select id, reason from quarantine")
    assert secret_capture_address(config, db) not in held["reason"]  # shown to you only
    run = careerlog("--config", str(config.path), "quarantine", "accept", str(held["id"]))
    assert run.code == 0, run.text
    assert count(db, "select count(*) from entries") == 2


def test_forged_authentication_results_do_not_authenticate(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, stranger: MailEnv
) -> None:
    """The forger knows even the prompt's token; only the trusted server's verdict stands."""
    config = make_config(
        {"mail": {"require_authentication": True, "trusted_authserv_ids": [TRUSTED]}}
    )
    prompt = weekly_prompt(config, db)
    owner = mail_env.address
    domain = owner.rsplit("@", 1)[1]

    def forged(*results: str) -> bytes:
        return with_results(answering(owner, prompt["message_id"]), *results)

    shapes = {
        # the server adds none, so the sender's own header is the topmost one
        "own header, other id": (
            forged(f"mx; dkim=pass header.d={domain}"),
            f"no Authentication-Results from {TRUSTED}",
        ),
        "pass inside a reason": (
            forged(f'{TRUSTED}; dkim=fail reason="dkim=pass header.d={domain}"'),
            "no dkim or spf pass aligned",
        ),
        "pass inside a comment": (
            forged(f"{TRUSTED}; dkim=fail (dkim=pass header.d={domain}) header.d={domain}"),
            "no dkim or spf pass aligned",
        ),
        "envelope local part": (
            forged(f'{TRUSTED}; spf=pass smtp.mailfrom="header.d={domain}"@evil.test'),
            "no dkim or spf pass aligned",
        ),
        "signed by another domain": (
            forged(f"{TRUSTED}; dkim=pass header.d=evil.test; spf=pass smtp.mailfrom=evil.test"),
            "no dkim or spf pass aligned",
        ),
        "forged pass below the server's fail": (
            forged(f"{TRUSTED}; dkim=fail", f"{TRUSTED}; dkim=pass header.d={domain}"),
            "no dkim or spf pass aligned",
        ),
        # DMARC aligns on d=: an i= in the owner's domain under another d= proves nothing
        "signed by another domain, i= the owner's": (
            forged(f"{TRUSTED}; dkim=pass header.d=evil.test header.i=@{domain}"),
            "no dkim or spf pass aligned",
        ),
        # HELO names the sending host, which the forger chooses; only smtp.mailfrom aligns
        "spf pass for the HELO name only": (
            forged(f"{TRUSTED}; dkim=none; spf=pass smtp.helo={domain}"),
            "no dkim or spf pass aligned",
        ),
    }
    for raw, _reason in shapes.values():
        submit_as(stranger, raw, owner)
    report = check_inbox(config, db)
    assert report.outcomes["quarantined"] == len(shapes)
    assert_nothing_written(db, owner)
    reasons = quarantined(db)
    for name, (raw, reason) in shapes.items():
        assert reason in reasons[message_id_of(raw)], name

    # Proven by the trusted server: a reply, even one that has only the subject tag, and
    # a reply from a server that does not sign but passes SPF for the owner's domain.
    signed = f"{TRUSTED}; dkim=pass header.d={domain} (2048-bit key)"
    smtp_send(mail_env, with_results(answering(owner, prompt["message_id"]), signed))
    tag_only = with_results(unanswering(owner, Subject=f"Re: {prompt['subject']}"), signed)
    smtp_send(mail_env, tag_only)
    spf_only = f"{TRUSTED}; dkim=none; spf=pass smtp.mailfrom=bounce@{domain}"
    smtp_send(mail_env, with_results(answering(owner, prompt["message_id"]), spf_only))
    report = check_inbox(config, db)
    assert report.outcomes["parsed"] == 3
    statuses = db.query("select prompt_id from inbound_messages where status = 'parsed'")
    assert [r["prompt_id"] for r in statuses] == [prompt["id"]] * 3


def test_a_pass_forged_below_the_receiving_servers_header_is_not_read(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    stranger: MailEnv,
    smtp_server: SmtpServer,
) -> None:
    """Only the topmost header with a trusted authserv-id counts (owner.py's rule).

    Here the relay really is the receiving server: it stamps its own verdict on top of
    what it delivers. The forger writes the owner's From and, below that stamp, a header
    with the same authserv-id claiming a dkim pass for the owner's domain.
    """
    trusted = {"require_authentication": True, "trusted_authserv_ids": [TRUSTED]}
    config = make_config({"mail": trusted})
    prompt = weekly_prompt(config, db)
    owner = mail_env.address
    domain = owner.rsplit("@", 1)[1]
    smtp_server.authentication_results = f"{TRUSTED}; dkim=none; spf=none"
    forged = with_results(
        answering(owner, prompt["message_id"]), f"{TRUSTED}; dkim=pass header.d={domain}"
    )
    submit_as(stranger, forged, owner)
    assert check_inbox(config, db).outcomes == {"quarantined": 1}
    assert_nothing_written(db, owner)
    reason = quarantined(db)[message_id_of(forged)]
    assert f"{TRUSTED} shows no dkim or spf pass aligned with {domain}" in reason

    # The same relay's own pass is what lets the owner's reply in.
    smtp_server.authentication_results = f"{TRUSTED}; dkim=pass header.d={domain}"
    smtp_send(mail_env, answering(owner, prompt["message_id"]))
    assert check_inbox(config, db).outcomes == {"parsed": 1}


def test_forged_undo_leaves_the_entries_and_the_owners_undo_works(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, stranger: MailEnv
) -> None:
    config = make_config()
    prompt = weekly_prompt(config, db)
    owner = mail_env.address
    smtp_send(mail_env, answering(owner, prompt["message_id"]))
    check_inbox(config, db)
    live = "select count(*) from entries where deleted_at is null"
    assert count(db, live) == 2
    logged = "select id, kind, text from entries where deleted_at is null order by id"
    before = [dict(row) for row in db.query(logged)]
    (confirmation,) = db.query("select * from prompts where kind = 'confirmation'")
    token = confirmation["token"]
    guessed = confirmation["message_id"].replace(token, "b" * len(token))

    def correction(message_id: str, body: bytes) -> bytes:
        return answering(owner, message_id, Subject="Re: Logged 2 entries").replace(
            sample(GMAIL).split(b"\n\n", 1)[1], body
        )

    # every kind of correction at once: undo, new text, new kind
    forged = correction(guessed, b"undo\r\n1: pwned\r\n1 skill\r\n")
    submit_as(stranger, forged, owner)
    report = check_inbox(config, db)
    assert report.outcomes["quarantined"] == 1
    assert [dict(row) for row in db.query(logged)] == before
    assert count(db, "select count(*) from entry_edits") == 0
    assert (
        f"references {guessed}, whose token careerlog never issued"
        in (quarantined(db)[message_id_of(forged)])
    )
    assert count(db, "select count(*) from outbox where kind = 'confirmation'") == 1
    assert_no_mail_back(db, owner)

    smtp_send(mail_env, correction(confirmation["message_id"], b"undo\r\n"))
    report = check_inbox(config, db)
    assert report.outcomes["corrected"] == 1
    assert count(db, live) == 0


def test_a_token_answers_only_as_many_mails_as_a_reply_would(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    prompt = weekly_prompt(config, db)
    owner = mail_env.address
    for _ in range(MAX_ANSWERS):  # earlier answers to this prompt, already logged
        inbound_id, _new = store_raw(db, answering(owner, prompt["message_id"]))
        db.table("inbound_messages").update(
            inbound_id, {"status": "parsed", "prompt_id": prompt["id"]}
        )
    smtp_send(mail_env, answering(owner, prompt["message_id"]))
    report = check_inbox(config, db)
    assert report.outcomes["quarantined"] == 1
    (reason,) = quarantined(db).values()
    assert f"has answered {MAX_ANSWERS} mails already" in reason
    assert_nothing_written(db, owner)


def test_a_reply_to_the_plus_address_proves_itself_without_in_reply_to(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, stranger: MailEnv
) -> None:
    config = make_config({"mail": {"plus_addressing": True}})
    prompt = weekly_prompt(config, db)
    owner = mail_env.address
    (queued,) = db.query("select raw from outbox where prompt_id = ?", [prompt["id"]])
    reply_to = str(message_from_bytes(bytes(queued["raw"]), policy=compat32)["Reply-To"])
    assert reply_to == owner.replace("@", f"+re-{prompt['token']}@")
    # a client that drops In-Reply-To and References, answering the Reply-To address
    smtp_send(mail_env, unanswering(owner, To=reply_to), to=reply_to)
    # a stranger guessing the form of the address, with a made-up token
    made_up = owner.replace("@", f"+re-{'c' * len(prompt['token'])}@")
    submit_as(stranger, unanswering(owner, To=made_up, Subject="log: hello"), made_up)
    report = check_inbox(config, db)
    assert report.outcomes["parsed"] == 1 and report.outcomes["quarantined"] == 1
    (parsed,) = db.query("select prompt_id from inbound_messages where status = 'parsed'")
    assert parsed["prompt_id"] == prompt["id"]
    assert_no_mail_back(db, owner)


def test_doctor_shows_the_capture_address_and_the_ids_to_trust(
    make_config: MakeConfig, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    owner = mail_env.address
    signed = with_results(unanswering(owner), f"{TRUSTED}; dkim=pass header.d=example.test")
    through_mx(dovecot, signed, owner)
    config = make_config()
    run = careerlog("--config", str(config.path), "doctor")
    assert f"capture address: mail to {secret_capture_address(config, db)}" in run.out
    assert f"ids in recent mail: {TRUSTED} (1)" in run.out

    config = make_config({"mail": {"trusted_authserv_ids": ["mx.elsewhere.test"]}})
    run = careerlog("--config", str(config.path), "doctor")
    assert run.code != 0
    assert "no recent mail carries Authentication-Results from mx.elsewhere.test" in run.text
