"""A folder that silently drops careerlog's keyword (pymap does; so does a Maildir
whose 26 keyword slots are used up) is noticed at SELECT, and the processed folder,
or else careerlog's own record of handled UIDs, stands in for the keyword.

Dovecot keeps keywords, so the test gives it pymap's behaviour: PERMANENTFLAGS
without ``\\*`` and a STORE of the keyword that changes nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from imapclient import IMAPClient
from sqlite_utils import Database

from careerlog.intake.imap_marking import keeps_keyword
from careerlog.intake.inbox import check_inbox
from tests.mailtest import MakeConfig, record_prompt, sample, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


@pytest.fixture
def drops_keywords(monkeypatch: pytest.MonkeyPatch) -> None:
    select = IMAPClient.select_folder

    def select_without_star(self: IMAPClient, folder: str, readonly: bool = False) -> Any:
        selected = select(self, folder, readonly)
        selected[b"PERMANENTFLAGS"] = (b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Seen")
        return selected

    monkeypatch.setattr(IMAPClient, "select_folder", select_without_star)
    monkeypatch.setattr(IMAPClient, "add_flags", lambda self, *args, **kwargs: {})


@pytest.fixture
def no_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server without MOVE (RFC 6851): careerlog flags instead of moving."""
    has = IMAPClient.has_capability
    monkeypatch.setattr(
        IMAPClient, "has_capability", lambda self, name: name != "MOVE" and has(self, name)
    )


def test_permanent_flags_decide() -> None:
    assert keeps_keyword({}, "$CareerlogDone")  # RFC 3501: no list, every flag kept
    assert keeps_keyword({b"PERMANENTFLAGS": (b"\\Seen", b"\\*")}, "$CareerlogDone")
    assert keeps_keyword({b"PERMANENTFLAGS": (b"$careerlogdone",)}, "$CareerlogDone")
    assert not keeps_keyword({b"PERMANENTFLAGS": (b"\\Seen",)}, "$CareerlogDone")


def test_handled_mail_is_not_read_again_when_the_keyword_is_dropped(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    drops_keywords: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
    first = check_inbox(config, db)
    assert first.outcomes["parsed"] == 1
    assert "does not keep the keyword $CareerlogDone" in caplog.text
    # a crash after marking, before the position was saved: the next pass starts over
    db.execute("update mailbox_state set last_uid = 0")
    again = check_inbox(config, db)
    assert again.examined == 0  # without the record: read again, and only the store's dedupe
    (row,) = db.query("select count(*) as n from inbound_messages")
    assert row["n"] == 1


def test_a_processed_folder_stands_in_for_a_dropped_keyword(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    drops_keywords: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = make_config({"mail": {"processed_folder": "Careerlog/Done"}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
    assert check_inbox(config, db).outcomes["parsed"] == 1
    assert dovecot.messages(mail_env.username) == []  # moved out of the inbox
    assert len(dovecot.messages(mail_env.username, "Careerlog.Done")) == 1
    assert "does not keep the keyword" not in caplog.text  # the move is enough
    db.execute("update mailbox_state set last_uid = 0")  # a crash before the position
    assert check_inbox(config, db).examined == 0


def test_without_move_the_record_stands_in_even_with_a_processed_folder(
    make_config: MakeConfig,
    db: Database,
    mail_env: MailEnv,
    dovecot: Dovecot,
    drops_keywords: None,
    no_move: None,
) -> None:
    config = make_config({"mail": {"processed_folder": "Careerlog/Done"}})
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
    assert check_inbox(config, db).outcomes["parsed"] == 1
    assert len(dovecot.messages(mail_env.username)) == 1  # not moved, and its flag dropped
    db.execute("update mailbox_state set last_uid = 0")
    assert check_inbox(config, db).examined == 0


@pytest.mark.parametrize(
    ("server", "processed_folder", "marking"),
    [
        (
            "drops keywords",
            None,
            "the folder does not keep the keyword $CareerlogDone, so careerlog keeps its "
            "own record of handled mail (set [mail] processed_folder to move it instead)",
        ),
        ("drops keywords", "Careerlog/Done", "handled mail is moved to 'Careerlog/Done'"),
        (
            "drops keywords, no MOVE",
            "Careerlog/Done",
            "the server cannot MOVE mail to 'Careerlog/Done' and the folder does not keep "
            "the keyword $CareerlogDone, so careerlog keeps its own record of handled mail",
        ),
        (
            "no MOVE",
            "Careerlog/Done",
            "the server cannot MOVE mail to 'Careerlog/Done', so handled mail is flagged "
            "$CareerlogDone",
        ),
        ("keeps keywords", None, "handled mail is flagged $CareerlogDone"),
    ],
)
def test_doctor_says_how_handled_mail_is_marked(
    make_config: MakeConfig,
    request: pytest.FixtureRequest,
    server: str,
    processed_folder: str | None,
    marking: str,
) -> None:
    from tests.clirun import careerlog

    if "drops keywords" in server:
        request.getfixturevalue("drops_keywords")
    if "no MOVE" in server:
        request.getfixturevalue("no_move")
    changes = {"mail": {"processed_folder": processed_folder}} if processed_folder else {}
    doctor = careerlog("--config", str(make_config(changes).path), "doctor")
    (imap,) = [line for line in doctor.out.splitlines() if "  IMAP " in line]
    assert imap.startswith("ok ") and imap.endswith(f"; {marking}"), imap
