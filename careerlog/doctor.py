"""Checks behind ``careerlog doctor``: one line per thing, pass or why and how to fix."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from careerlog.calendar.connect import fetch_ics, local_ics_files, open_caldav, safe_label
from careerlog.calendar.sync import source_key
from careerlog.config.model import CalendarSource, Config, ImapConfig, ServerConfig
from careerlog.errors import UserError
from careerlog.intake.imap_marking import marking_line
from careerlog.intake.trust import (
    authentication_line,
    capture_line,
    recent_authentication_headers,
)
from careerlog.mail.imap import connect_imap
from careerlog.mail.maildir import refuse_missing_parent
from careerlog.mail.smtp import connect_smtp
from careerlog.net import expects_implicit_tls
from careerlog.store import open_store
from careerlog.store.backup import damaged, newest_backup, quick_check
from careerlog.store.calendar_sources import last_success
from careerlog.wording import counted


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _run(name: str, probe: Callable[[], str]) -> Check:
    try:
        return Check(name, True, probe())
    except UserError as exc:
        return Check(name, False, str(exc))


def _store(config: Config) -> str:
    db = open_store(config.store_path)
    try:
        db.check_writable()
        problems = quick_check(db)
    except sqlite3.OperationalError as exc:
        raise UserError(f"{config.store_path} is not writable: {exc}") from None
    finally:
        db.close()
    if problems:
        raise UserError(damaged(config.store_path, problems))
    return f"{config.store_path} writable, quick_check ok, {_newest_backup(config)}"


def _newest_backup(config: Config) -> str:
    newest = newest_backup(config.store_path)
    if newest is None:
        off = " (daily snapshots are off: [store] backups = 0)" if config.store.backups <= 0 else ""
        return f"no backup yet{off}"
    return f"newest backup {_age(newest[1])} ago"


def _age(seconds: float) -> str:
    if seconds < 60:
        return "under a minute"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} days"


def _security_matches(server: ServerConfig) -> None:
    """Name a STARTTLS (or plain) setting on an implicit-TLS port at once, not after a timeout."""
    if server.security != "tls" and expects_implicit_tls(server.host, server.port):
        raise UserError(
            f"{server.host}:{server.port} expects TLS from the start (implicit TLS), but "
            f'[{server.section}] security = "{server.security}"; set security = "tls" '
            "(or use the server's STARTTLS port)"
        )


def _imap(config: Config, server: ImapConfig, headers: list[bytes]) -> str:
    """Log in and look at the folder; keep its recent Authentication-Results in ``headers``."""
    _security_matches(server)
    client = connect_imap(server, config.secret_timeout)
    try:
        if not client.folder_exists(server.folder):
            names = [f[2] for f in client.list_folders()][:8]
            raise UserError(
                f"logged in, but there is no folder “{server.folder}”; "
                f"set [mail.imap] folder to one of: {', '.join(names)}"
            )
        count = client.folder_status(server.folder, ["MESSAGES"])[b"MESSAGES"]
        idle = "IDLE" if client.has_capability("IDLE") else "no IDLE (will poll)"
        marking = marking_line(config, client, server.folder)
        headers += recent_authentication_headers(client, server.folder)
    finally:
        client.logout()
    return (
        f"{server.security}, logged in, folder “{server.folder}” has "
        f"{counted(count, 'message')}, "
        f"{idle}; {marking}"
    )


def _smtp(config: Config, server: ServerConfig) -> str:
    _security_matches(server)
    smtp = connect_smtp(server, config.secret_timeout)
    smtp.quit()
    return f"{server.security}, logged in as {server.credentials.username}"


def _calendar(config: Config, source: CalendarSource) -> str:
    """Reach the source, then read what it holds.

    Only a source that cannot be reached gets "meanwhile careerlog uses what it synced":
    a failed fetch keeps the last good copy, but a copy that yields no event replaces
    what the source held at the next pass (with nothing), so no good copy is in use.
    """
    try:
        detail, bodies = _reach_calendar(config, source)
    except UserError as exc:
        last_good = _last_good_sync(config, source)
        if last_good is None:
            raise
        raise UserError(f"{exc}; meanwhile careerlog uses what it synced at {last_good}") from None
    _events_readable(bodies)
    return detail


def _last_good_sync(config: Config, source: CalendarSource) -> str | None:
    if not config.store_path.is_file():
        return None
    db = open_store(config.store_path)
    try:
        at = last_success(db, source_key(source))
    finally:
        db.close()
    if not at:
        return None
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is not None:
        moment = moment.astimezone(config.user.tz)  # the user's time, as the CLI prints
    return moment.strftime("%Y-%m-%d %H:%M")


def _reach_calendar(config: Config, source: CalendarSource) -> tuple[str, dict[str, bytes]]:
    """What reaching the source showed, and the bodies it gave by name (none for CalDAV)."""
    if source.kind == "caldav":
        calendars = open_caldav(source, config.secret_timeout)
        names = ", ".join(f"“{c.get_display_name() or c.url}”" for c in calendars)
        return f"logged in, calendars: {names or 'none'}", {}
    if source.kind == "ics-url":
        body = fetch_ics(source, config.secret_timeout)
        return f"fetched {len(body)} bytes of iCalendar", {"the feed": body}
    files = local_ics_files(source)
    return counted(len(files), ".ics file"), {path.name: path.read_bytes() for path in files}


def _events_readable(bodies: dict[str, bytes]) -> None:
    """A source whose non-empty files (or feed) yield no event at all is not a pass.

    The message leaves the source out: doctor's line already starts with its label.
    """
    from careerlog.calendar.read import unreadable  # icalendar only when a source is checked

    reasons = {name: unreadable(body) for name, body in bodies.items() if body.strip()}
    if reasons and all(reasons.values()):
        name, why = next(iter(reasons.items()))
        raise UserError(f"no event can be read from {name}: {why}")


def _maildir(config: Config) -> str:
    folder = config.mail.maildir_inbox
    refuse_missing_parent(folder, config.data_dir)  # a typo, which 'careerlog init' won't fix
    if not (folder / "new").is_dir():
        raise UserError(f"{folder} is not a Maildir (no new/ folder); run 'careerlog init'")
    return f"{folder} ({len(list((folder / 'new').iterdir()))} new)"


def _maildir_outbox(config: Config) -> str:
    folder = config.mail.maildir_outbox
    refuse_missing_parent(folder, config.data_dir)
    return str(folder) if (folder / "new").is_dir() else f"{folder} (made at the first mail)"


def run_checks(config: Config) -> Iterator[Check]:
    """Yield checks as they finish, so slow servers show progress."""
    yield _run("store", lambda: _store(config))
    if config.mail.inbox == "maildir":
        yield _run("maildir inbox", lambda: _maildir(config))
    if config.mail.outbox == "maildir" and (
        config.mail.inbox != "maildir" or config.mail.maildir_outbox != config.mail.maildir_inbox
    ):
        yield _run("maildir outbox", lambda: _maildir_outbox(config))
    headers: list[bytes] = []  # Authentication-Results the IMAP check saw on the server
    if config.imap is not None:
        imap = config.imap
        yield _run(f"IMAP {imap.host}:{imap.port}", lambda: _imap(config, imap, headers))
    if config.smtp is not None:
        smtp = config.smtp
        yield _run(f"SMTP {smtp.host}:{smtp.port}", lambda: _smtp(config, smtp))
    yield _run("capture address", lambda: capture_line(config))
    yield _run("mail authentication", lambda: authentication_line(config, headers))
    for source in config.calendars:
        # safe_label: an ICS URL's path is often its only secret (a private token)
        yield _run(safe_label(source), lambda s=source: _calendar(config, s))  # type: ignore[misc]
