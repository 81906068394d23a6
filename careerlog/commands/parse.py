"""``careerlog parse``: show how careerlog reads one reply, without storing anything."""

from __future__ import annotations

import json
import logging
import sqlite3
import textwrap
from dataclasses import dataclass, replace
from datetime import tzinfo
from email.parser import BytesHeaderParser
from email.policy import default
from pathlib import Path
from typing import Any

import click
from sqlite_utils import Database
from tabulate import tabulate

from careerlog import clock
from careerlog.commands.context import AppContext
from careerlog.config import load_config
from careerlog.config.schema import option_of
from careerlog.errors import UserError
from careerlog.mail.identity import referenced_ids
from careerlog.parsers import ParseContext, ParsedReply, parse_message, prompt_text_from_message
from careerlog.parsers.dates import period_last_day
from careerlog.parsers.goal_entries import goal_change
from careerlog.parsers.model import PROMPT_KINDS, ParsedEntry, PromptKind
from careerlog.store.calendar_events import attendee_names
from careerlog.store.goals import open_goal_titles
from careerlog.store.people import known_names
from careerlog.store.prompts import referenced_prompt

log = logging.getLogger(__name__)

_WIDTH = 44


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"{what} {path!r} does not exist") from exc
    except IsADirectoryError as exc:
        raise UserError(f"{what} {path!r} is a directory; give an .eml file") from exc
    except OSError as exc:
        raise UserError(f"cannot read {what} {path!r}: {exc.strerror or exc}") from exc


def _wrap(text: str | None, width: int = _WIDTH) -> str:
    return "\n".join(textwrap.wrap(" ".join((text or "").split()), width)) if text else ""


def _goal_cell(entry: ParsedEntry) -> str:
    """The goal, and what a goal answer would do to it ("→ update (state), mark done")."""
    change = goal_change(entry)
    said = _wrap(f"→ {change.words()}", 24) if change else ""
    return "\n".join(part for part in (_wrap(entry.goal, 24), said) if part)


def _contract(reply: ParsedReply) -> dict[str, Any]:
    """The parse contract, each entry with what it would do to a goal (``goal_action``)."""
    data = reply.to_contract()
    for entry, shown in zip(reply.entries, data["entries"], strict=True):
        change = goal_change(entry)
        shown["goal_action"] = change.to_json() if change else None
    return data


def _report(reply: ParsedReply) -> str:
    status = "auto-reply (ignored)" if reply.auto_reply else "skipped" if reply.skipped else ""
    lines = [f"prompt: {reply.prompt_kind}" + (f"   status: {status}" if status else "")]
    for att in reply.attachments:
        lines.append(f"attachment: {att.filename or '(no name)'} {att.content_type} {att.size} B")
    lines += ["", "new text:", textwrap.indent(reply.new_text or "(empty)", "  "), ""]
    if not reply.entries:
        lines.append("no entries")
        return "\n".join(lines)
    rows = [
        [
            i,
            e.kind + (f"\n({e.skill_kind})" if e.skill_kind else ""),
            _wrap(e.text),
            "\n".join(m.text for m in e.metrics),
            e.scope or "",
            "\n".join(e.people),
            _goal_cell(e),
            e.occurred_on.isoformat() if e.occurred_on else "",
            _wrap(e.question, 24),
        ]
        for i, e in enumerate(reply.entries, 1)
    ]
    headers = ["#", "kind", "text", "metrics", "scope", "people", "goal", "date", "answers to"]
    lines.append(tabulate(rows, headers=headers, tablefmt="simple_grid"))
    return "\n".join(lines)


@dataclass
class StoreContext:
    people: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    prompt_kind: PromptKind | None = None
    prompt_text: str | None = None
    tz: tzinfo | None = None
    period: str | None = None  # the answered prompt's period key, for entries' default date
    own_team: str | None = None
    teams: tuple[str, ...] = ()
    capture_prefix: str = option_of("mail", "capture_subject_prefix").default


def store_context(raw: bytes) -> StoreContext:
    """What your config and store know (people, open goals, the prompt answered, your
    time zone and teams), read-only.

    Without a config or a database this is empty: ``parse`` works anywhere and never
    writes, not even a migration.
    """
    root = click.get_current_context().find_root().obj
    try:
        config = load_config(root.config_path if isinstance(root, AppContext) else None)
    except UserError:
        return StoreContext()
    known = _from_store(config.store_path, raw, config.calendar.max_meeting_size)
    return replace(
        known,
        tz=config.user.tz,
        own_team=config.user.team,
        teams=config.teams,
        capture_prefix=(config.mail.capture_subject_prefix or "").strip(),
    )


def _from_store(path: Path, raw: bytes, max_meeting_size: int) -> StoreContext:
    if not path.is_file():
        return StoreContext()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            db = Database(conn, execute_plugins=False)
            # The people in the map, then those met in the calendar (as intake reads them).
            met = attendee_names(db, max_meeting_size=max_meeting_size)
            people = (*known_names(db), *met)
            goals = tuple(open_goal_titles(db))
            headers = BytesHeaderParser(policy=default).parsebytes(raw)
            prompt = referenced_prompt(db, referenced_ids(headers))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.debug("parse runs without the store's context: %s", exc)
        return StoreContext()
    if prompt is None:
        return StoreContext(people, goals)
    kind = next((k for k in PROMPT_KINDS if k == prompt["kind"]), None)
    return StoreContext(people, goals, kind, prompt["body_text"], period=prompt["period"])


def _subject(raw: bytes | None) -> str:
    """The prompt's subject: it carries the period tag ("[2026-W45]", "Q4 2026")."""
    return str(BytesHeaderParser(policy=default).parsebytes(raw)["Subject"] or "") if raw else ""


@click.command("parse")
@click.argument("file", metavar="FILE.eml")
@click.option(
    "--prompt",
    "prompt_kind",
    type=click.Choice(PROMPT_KINDS),
    default=None,
    help="Kind of prompt the reply answers (default: read from the reply's headers).",
)
@click.option(
    "--original",
    metavar="PROMPT.eml",
    default=None,
    help="The prompt mail the reply answers; finds quoted lines clients left unmarked.",
)
@click.option(
    "--person",
    "people",
    multiple=True,
    metavar="NAME",
    help="A person you know (full name); repeatable.",
)
@click.option(
    "--goal", "goals", multiple=True, metavar="TITLE", help="An open goal's title; repeatable."
)
@click.option("--json", "as_json", is_flag=True,
              help="Print the parse contract as JSON instead of a table.")  # fmt: skip
def parse(
    file: str,
    prompt_kind: str | None,
    original: str | None,
    people: tuple[str, ...],
    goals: tuple[str, ...],
    as_json: bool,
) -> None:
    """Parse one reply FILE.eml and show what careerlog would store (stores nothing),
    and what each goal line would do to its goal (create, update, close, or ask which)."""
    raw = _read(file, "reply")
    original_raw = _read(original, "prompt") if original else None
    prompt_text = prompt_text_from_message(original_raw) if original_raw else None
    kind = next((k for k in PROMPT_KINDS if k == prompt_kind), None)
    known = store_context(raw)
    ctx = ParseContext(
        prompt_kind=kind or known.prompt_kind,
        prompt_text=prompt_text or known.prompt_text,
        known_people=(*people, *known.people),
        open_goals=(*goals, *known.goals),
        now=clock.now(),
        tz=known.tz,
        period_end=period_last_day(known.period or _subject(original_raw), known.tz),
        own_team=known.own_team,
        teams=known.teams,
    )
    subject = _subject(raw)
    if (
        not ctx.prompt_kind
        and known.capture_prefix
        and subject.lower().startswith(known.capture_prefix.lower())
    ):
        # a capture, read as intake reads one: its subject is what the user did
        ctx = replace(ctx, capture_prefix=known.capture_prefix)
    reply = parse_message(raw, ctx)
    if as_json:
        click.echo(json.dumps(_contract(reply), ensure_ascii=False, indent=2))
    else:
        click.echo(_report(reply))
