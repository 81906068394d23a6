"""A confirmation's answer fixes an entry's scope ("2 org") and people ("2 @Priya Raman")."""

from __future__ import annotations

from sqlite_utils import Database

from careerlog.intake.inbox import check_inbox
from tests.intake.test_corrections import WEEKLY_ID, answer, confirmation
from tests.mailtest import MakeConfig, record_prompt, sample, smtp_send
from tests.servers import MailEnv


def test_scope_and_person_corrections(
    make_config: MakeConfig, db: Database, mail_env: MailEnv
) -> None:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
    check_inbox(config, db)
    message_id, text = confirmation(db)

    fix = "2 org\n2 @Priya Raman\n1 sideways\n5 team"
    smtp_send(mail_env, answer(mail_env, message_id, text, fix, 1))
    check_inbox(config, db)
    assert db.execute("select scope from entries where id = 2").fetchone()[0] == "org"
    people = db.execute(
        "select p.name from entry_people ep join people p on p.id = ep.person_id"
        " where ep.entry_id = 2 order by p.name"
    ).fetchall()
    assert [row[0] for row in people] == ["Linus Chen", "Priya Raman"]
    edits = list(db.query("select entry_id, field, new from entry_edits order by id"))
    assert [(e["entry_id"], e["field"], e["new"]) for e in edits] == [
        (2, "scope", "org"),
        (2, "people", "Priya Raman"),
    ]
    reply_text = confirmation(db, 1)[1]
    assert "entry 2: scope is now “org”" in reply_text
    assert "entry 2: now linked to Priya Raman" in reply_text
    assert "1 sideways" in reply_text and "5 team (there is no entry 5)" in reply_text
