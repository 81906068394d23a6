"""Versioned schema changes. Append new migrations; never edit an applied one."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("careerlog")


@migrations()
def m001_core_tables(db: Database) -> None:
    """Entries, people, goals and their links: the four things the seeds track."""
    db.table("entries").create(
        {
            "id": int,
            "kind": str,  # evidence | skill | relationship | goal | unsorted
            "skill_kind": str,  # new-domain | practice | gap | feedback
            "text": str,
            "outcome": str,
            "metrics": str,  # JSON list of {text, value, unit}
            "scope": str,  # team | multi-team | org | external
            "occurred_on": str,
            "created_at": str,
            "updated_at": str,
            "source": str,  # email | cli | import | calendar
            "inbound_id": int,
            "prompt_id": int,
            "question": str,
            "deleted_at": str,
        },
        pk="id",
        not_null={"kind", "text", "created_at", "source"},
    )
    db.table("entries").create_index(["occurred_on"])
    db.table("entries").create_index(["kind"])
    db.table("entries").enable_fts(["text"], fts_version="FTS5", create_triggers=True)
    db.table("entry_edits").create(
        {
            "id": int,
            "entry_id": int,
            "at": str,
            "field": str,
            "old": str,
            "new": str,
            "source": str,
        },
        pk="id",
        foreign_keys=[("entry_id", "entries", "id")],
    )
    db.table("people").create(
        {
            "id": int,
            "name": str,
            "emails": str,  # JSON list, lower-cased
            "relation": str,  # manager | skip-level | above-skip | peer | report | external
            "how_met": str,
            "worked_on": str,
            "status": str,
            "advocate": int,
            "notes": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"name", "created_at"},
    )
    db.table("people").create_index(["name"], unique=True)
    db.table("goals").create(
        {
            "id": int,
            "title": str,
            "tag": str,
            "kind": str,  # level | capability | scope | work
            "current_state": str,
            "gap": str,
            "actions": str,
            "status": str,  # open | achieved | dropped
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"title", "status", "created_at"},
        defaults={"status": "open"},
    )
    db.table("goal_updates").create(
        {
            "id": int,
            "goal_id": int,
            "at": str,
            "current_state": str,
            "gap": str,
            "actions": str,
            "entry_id": int,
            "source": str,
        },
        pk="id",
        foreign_keys=[("goal_id", "goals", "id")],
    )
    db.table("entry_people").create(
        {"entry_id": int, "person_id": int},
        pk=("entry_id", "person_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("person_id", "people", "id")],
    )
    db.table("entry_goals").create(
        {"entry_id": int, "goal_id": int},
        pk=("entry_id", "goal_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("goal_id", "goals", "id")],
    )


@migrations()
def m002_mail_and_calendar(db: Database) -> None:
    """What came in, what went out, and what the calendar says."""
    db.table("prompts").create(
        {
            "id": int,
            "kind": str,  # weekly | monthly | quarterly | brief | digest | confirmation
            "period": str,  # 2026-W45, 2026-11, 2026-Q4, or an occurrence key for briefs
            "token": str,
            "message_id": str,
            "subject": str,
            "body_text": str,
            "person_id": int,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        not_null={"kind", "period", "token", "message_id", "created_at"},
    )
    db.table("prompts").create_index(["kind", "period"], unique=True)
    db.table("prompts").create_index(["token"], unique=True)
    db.table("prompts").create_index(["message_id"], unique=True)
    db.table("inbound_messages").create(
        {
            "id": int,
            "message_key": str,  # Message-ID + body hash: the dedupe key
            "message_id": str,
            "from_addr": str,
            "subject": str,
            "date": str,
            "received_at": str,
            "raw": bytes,
            "status": str,  # stored | parsed | skipped | auto-reply | quarantined | own
            "prompt_id": int,
            "account": str,
            "folder": str,
            "uidvalidity": int,
            "uid": int,
            "marked_at": str,
            "new_text": str,
            "error": str,
        },
        pk="id",
        not_null={"message_key", "raw", "status", "received_at"},
    )
    db.table("inbound_messages").create_index(["message_key"], unique=True)
    db.table("quarantine").create(
        {
            "id": int,
            "inbound_id": int,
            "reason": str,
            "created_at": str,
            "resolution": str,  # accepted | dropped
            "resolved_at": str,
        },
        pk="id",
        foreign_keys=[("inbound_id", "inbound_messages", "id")],
    )
    db.table("outbox").create(
        {
            "id": int,
            "message_id": str,
            "kind": str,
            "recipients": str,  # JSON list
            "raw": bytes,
            "status": str,  # pending | sent | dead
            "attempts": int,
            "next_attempt_at": str,
            "accepted_at": str,
            "last_error": str,
            "prompt_id": int,
            "created_at": str,
        },
        pk="id",
        not_null={"message_id", "raw", "status", "created_at"},
        defaults={"status": "pending", "attempts": 0},
    )
    db.table("outbox").create_index(["message_id"], unique=True)
    db.table("calendar_events").create(
        {
            "id": int,
            "source": str,
            "uid": str,
            "recurrence_id": str,
            "starts_at": str,
            "ends_at": str,
            "all_day": int,
            "summary": str,
            "organizer": str,
            "attendees": str,  # JSON list of {name, email, partstat}
            "status": str,
            "my_status": str,
            "one_on_one": int,
            "updated_at": str,
        },
        pk="id",
    )
    db.table("calendar_events").create_index(["source", "uid", "recurrence_id"], unique=True)
    db.table("calendar_events").create_index(["starts_at"])
    db.table("interactions").create(
        {"id": int, "person_id": int, "at": str, "kind": str, "event_id": int, "entry_id": int},
        pk="id",
        foreign_keys=[("person_id", "people", "id")],
    )
    db.table("interactions").create_index(["person_id", "at"])


@migrations()
def m003_sync_state(db: Database) -> None:
    """Where each source left off, so restarts resume instead of starting over."""
    db.table("mailbox_state").create(
        {"account": str, "folder": str, "uidvalidity": int, "last_uid": int, "updated_at": str},
        pk=("account", "folder"),
    )
    db.table("calendar_sync").create(
        {
            "source_key": str,  # kind + url/path + calendar, stable across restarts
            "sync_token": str,
            "ctag": str,
            "etag": str,
            "last_modified": str,
            "last_success_at": str,
            "last_error": str,
            "last_error_at": str,
        },
        pk="source_key",
    )
    db.table("calendar_objects").create(
        {"source_key": str, "href": str, "etag": str, "ics": str, "fetched_at": str},
        pk=("source_key", "href"),
    )
    db.table("health").create(
        {
            "component": str,  # inbox | calendar | outbox | scheduler
            "last_success_at": str,
            "last_error": str,
            "last_error_at": str,
        },
        pk="component",
    )


@migrations()
def m004_maildir_seen(db: Database) -> None:
    """Maildir files already looked at, so a poll reads only new ones."""
    db.table("maildir_seen").create({"folder": str, "key": str, "at": str}, pk=("folder", "key"))


@migrations()
def m005_briefs(db: Database) -> None:
    """What a brief showed to whom, and the notes you sent back about a relationship."""
    db.table("surfaced").create(
        {"entry_id": int, "person_id": int, "prompt_id": int, "at": str},
        pk=("entry_id", "person_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("person_id", "people", "id")],
    )
    db.table("relationship_notes").create(
        {"id": int, "person_id": int, "at": str, "text": str, "inbound_id": int, "prompt_id": int},
        pk="id",
        foreign_keys=[("person_id", "people", "id")],
    )
    db.table("relationship_notes").create_index(["person_id", "at"])


@migrations()
def m006_outbox_queued_at(db: Database) -> None:
    """Count the give-up time from the last (re)queue, not from creation."""
    db.table("outbox").add_column("queued_at", str)
    db.execute("update outbox set queued_at = created_at")
    db.table("outbox").create_index(["status", "next_attempt_at"])


@migrations()
def m007_inbound_identity(db: Database) -> None:
    """Dedupe inbound mail by identity, not bytes; note when only the headers were kept.

    Every stored message is rekeyed with today's rule (store.inbound_identity), so a
    message stored under the old Message-ID + body-hash key is still found when it
    comes back re-encoded. Messages the old key had stored twice keep their rows (and
    entries): the later copy gets its row id appended so the key stays unique.
    """
    from careerlog.store.inbound_identity import message_key  # store.db imports this module

    table = db.table("inbound_messages")
    table.add_column("size", int)
    table.add_column("headers_only", int)
    db.execute("update inbound_messages set size = length(raw), headers_only = 0")
    db.execute("update inbound_messages set headers_only = 1 where status = 'too-large'")
    taken: set[str] = set()
    for (inbound_id,) in db.execute("select id from inbound_messages order by id").fetchall():
        (raw,) = db.execute(
            "select raw from inbound_messages where id = ?", [inbound_id]
        ).fetchone()
        key = message_key(bytes(raw))
        if key in taken:
            key = f"{key}|#{inbound_id}"
        taken.add(key)
        db.execute("update inbound_messages set message_key = ? where id = ?", [key, inbound_id])


@migrations()
def m008_settings(db: Database) -> None:
    """Values careerlog makes once and keeps: the token of the secret capture address."""
    from careerlog.mail.identity import new_token

    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("settings").insert({"key": "capture_token", "value": new_token()})


@migrations()
def m009_goal_done_and_motivation(db: Database) -> None:
    """Goals close as ``done`` (the contract's word, was ``achieved``) or ``dropped``.

    A goal gains ``motivation`` (why it matters); each history row records the
    status it set and the motivation it gave, so closing a goal keeps its history.
    ``entries.parse_notes`` keeps what the confirmation must tell the user about an
    entry (a goal line that matched two goals, a date that could not be read).
    """
    db.execute("update goals set status = 'done' where status = 'achieved'")
    db.table("goals").add_column("motivation", str)
    db.table("goal_updates").add_column("motivation", str)
    db.table("goal_updates").add_column("status", str)
    db.table("entries").add_column("parse_notes", str)  # JSON list of sentences


@migrations()
def m010_calendar_expanded(db: Database) -> None:
    """What each calendar's stored events were expanded from (a fingerprint), so an
    unchanged sync skips expanding and rewriting them (careerlog.calendar.freshness)."""
    db.table("calendar_sync").add_column("expanded", str)


@migrations()
def m011_entry_feeling(db: Database) -> None:
    """How an entry felt ("proud", "drained"): one word, or null when the user said none."""
    db.table("entries").add_column("feeling", str)


@migrations()
def m012_skill_links_rejected(db: Database) -> None:
    """Skill ↔ evidence links are read from shared words and people; one the user said is
    wrong ("2 unlink" to a confirmation) is kept here and never shown again."""
    db.table("skill_links_rejected").create(
        {"skill_id": int, "evidence_id": int, "at": str}, pk=("skill_id", "evidence_id")
    )
