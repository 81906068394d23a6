"""The ``prompts`` table: one row per mail careerlog sends, and every query on it.

A row is a cadence prompt, a brief, a digest or a confirmation; its ``(kind, period)``
is unique, which is what makes each go out exactly once, also when two processes race.
A mail sent again (forced, or asked for by hand) takes the key ``<period>+<n>``.
Every statement that reads or writes the table lives here (its schema is in
:mod:`careerlog.store.migrations`), so that rule and the columns have one owner;
``tests/test_layers.py`` fails on such SQL anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from careerlog.periods import CADENCES
from careerlog.store.db import insert_row, iso

#: the period of every mail of ``kind`` for key ``?``: the key itself or ``<key>+<n>``.
#: ``substr`` rather than ``like``: a brief's key is a calendar UID, which may hold ``_``.
_KEY_OR_RESEND = "(period = ? or substr(period, 1, length(?) + 1) = ? || '+')"


def _first(rows: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    return next(iter(rows), None)


def add_prompt(
    db: Database,
    *,
    kind: str,
    period: str,
    token: str,
    message_id: str,
    subject: str,
    body_text: str,
    created_at: str,
    person_id: int | None = None,
) -> int:
    """Insert a new row and return its id; ``sqlite3.IntegrityError`` if the key is taken."""
    return insert_row(
        db,
        "prompts",
        {
            "kind": kind,
            "period": period,
            "token": token,
            "message_id": message_id,
            "subject": subject,
            "body_text": body_text,
            "person_id": person_id,
            "created_at": created_at,
        },
    )


def restore_prompt(
    db: Database,
    *,
    kind: str,
    period: str,
    token: str,
    message_id: str,
    subject: str,
    body_text: str,
    sent_at: str,
) -> bool:
    """Put back the row of a mail that was sent (``reimport``); False if its key is taken."""
    db.table("prompts").insert(
        {
            "kind": kind,
            "period": period,
            "token": token,
            "message_id": message_id,
            "subject": subject,
            "body_text": body_text,
            "created_at": sent_at,
            "sent_at": sent_at,
        },
        ignore=True,
    )
    return bool(db.execute("select changes()").fetchone()[0])


def mark_sent(db: Database, prompt_id: int, at: datetime) -> None:
    """Record when the mail left; a later call keeps the first instant."""
    db.execute(
        "update prompts set sent_at = ? where id = ? and sent_at is null", [iso(at), prompt_id]
    )


def get_prompt(db: Database, prompt_id: int) -> dict[str, Any] | None:
    return _first(db.query("select * from prompts where id = ?", [prompt_id]))


def subjects(db: Database, prompt_ids: Iterable[int]) -> list[str]:
    """The subjects of the mails ``prompt_ids``, in that order (unknown ids left out)."""
    return [str(row["subject"]) for pid in prompt_ids if (row := get_prompt(db, pid)) is not None]


def prompt_by_key(db: Database, kind: str, period: str) -> dict[str, Any] | None:
    """The mail of ``kind`` with exactly this key (a resend has a key of its own)."""
    return _first(db.query("select * from prompts where kind = ? and period = ?", [kind, period]))


def prompt_exists(db: Database, kind: str, period: str) -> bool:
    return prompt_by_key(db, kind, period) is not None


def ids_for_period(db: Database, kind: str, key: str) -> list[int]:
    """Every mail of ``kind`` for the period ``key``: the scheduled one and each resend."""
    rows = db.query(
        f"select id from prompts where kind = ? and {_KEY_OR_RESEND} order by id",
        [kind, key, key, key],
    )
    return [int(row["id"]) for row in rows]


def prompt_by_message_id(db: Database, message_id: str) -> dict[str, Any] | None:
    return _first(db.query("select * from prompts where message_id = ?", [message_id]))


def referenced_prompt(db: Database, message_ids: Iterable[str]) -> dict[str, Any] | None:
    """The mail careerlog sent that comes first in ``message_ids`` (a reply's references)."""
    for message_id in message_ids:
        if prompt := prompt_by_message_id(db, message_id):
            return prompt
    return None


def prompt_by_token(db: Database, token: str) -> dict[str, Any] | None:
    return _first(db.query("select * from prompts where token = ?", [token]))


def cadence_prompt_for(db: Database, period: str) -> dict[str, Any] | None:
    """The latest weekly, monthly or quarterly prompt with the key ``period``."""
    marks = ",".join("?" * len(CADENCES))
    return _first(
        db.query(
            f"select * from prompts where period = ? and kind in ({marks}) "
            "order by id desc limit 1",
            [period, *CADENCES],
        )
    )


def latest_brief_to(
    db: Database, person_id: int, exclude: str | None = None
) -> dict[str, Any] | None:
    """The latest brief to ``person_id``, other than those for the occurrence ``exclude``."""
    return _first(
        db.query(
            "select * from prompts where kind = 'brief' and person_id = ? "
            f"and (? is null or not {_KEY_OR_RESEND}) "
            "order by created_at desc, id desc limit 1",
            [person_id, exclude, exclude, exclude, exclude],
        )
    )


def last_scheduled_quarter(db: Database) -> str | None:
    """The key of the last scheduled (not resent) quarterly prompt that went out."""
    row = _first(
        db.query(
            "select period from prompts where kind = 'quarterly' and sent_at is not null "
            "and period not like '%+%' order by sent_at desc limit 1"
        )
    )
    return str(row["period"]) if row else None


def recent_weekly_replies(db: Database, statuses: tuple[str, ...], limit: int) -> list[int]:
    """How many replies each of the last ``limit`` scheduled weekly prompts got, newest first.

    A reply is an inbound message with one of ``statuses``, or an entry made from it.
    """
    marks = ",".join("?" * len(statuses))
    rows = db.query(
        f"""select p.id,
             (select count(*) from inbound_messages m
                where m.prompt_id = p.id and m.status in ({marks}))
             + (select count(*) from entries e where e.prompt_id = p.id) as replies
           from prompts p where p.kind = 'weekly' and p.period not like '%+%'
           order by p.created_at desc, p.id desc
           limit ?""",
        [*statuses, limit],
    )
    return [int(row["replies"]) for row in rows]


def delivered_prompts(db: Database, kinds: tuple[str, ...]) -> list[dict[str, Any]]:
    """Mails of ``kinds`` that went out, oldest first, with the name of a brief's person."""
    marks = ",".join("?" * len(kinds))
    return list(
        db.query(
            f"""select p.id, p.kind, p.period, p.message_id, p.subject, p.sent_at, p.body_text,
                 pe.name as person
               from prompts p left join people pe on pe.id = p.person_id
               where p.sent_at is not null and p.kind in ({marks})
               order by p.id""",
            list(kinds),
        )
    )


def count_by_kind(db: Database) -> dict[str, int]:
    return {
        str(row["kind"]): int(row["n"])
        for row in db.query("select kind, count(*) as n from prompts group by kind")
    }
