"""Keep an IMAP IDLE session open and catch up whenever the server says so.

IDLE is renewed at most every ``IDLE_RENEW`` seconds (servers drop idle
sessions after 30 min; some silently). Any failure, including imapclient's
"unterminated line" on a split response, ends the session; the next one
starts after a backoff with jitter and begins with a full UID catch-up, so
nothing that arrived meanwhile is missed. The one exception is a store that
can no longer be used: that ends the watcher (and the service) for good.
"""

from __future__ import annotations

import imaplib
import logging
import sqlite3
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from imapclient.imapclient import _parse_untagged_response
from sqlite_utils import Database

from careerlog.backoff import backoff_delay
from careerlog.config.model import Config
from careerlog.errors import UserError
from careerlog.intake.imap_inbox import ImapInbox
from careerlog.intake.report import InboxReport
from careerlog.store.failures import FatalStoreError, store_failure

log = logging.getLogger(__name__)

IDLE_RENEW = 540.0
STOP_CHECK = 1.0
EOF_WAKEUPS = 5
RECONNECT_INITIAL = 2.0
RECONNECT_MAX = 300.0


def watch_imap(
    config: Config,
    db: Database,
    stop: threading.Event,
    on_pass: Callable[[InboxReport], None] = lambda report: None,
    on_error: Callable[[str], None] = lambda message: None,
) -> None:
    """Run until ``stop`` is set; ``on_pass`` after every catch-up, ``on_error`` on failures."""
    inbox = ImapInbox(config, db)
    failures = 0
    while not stop.is_set():
        try:
            _session(inbox, config, stop, on_pass)
            failures = 0
            continue
        except FatalStoreError:
            raise
        except (UserError, IMAPClientError, OSError, EOFError, ValueError) as exc:
            problem = f"IMAP session ended: {_said_plainly(exc)}"
        except sqlite3.DatabaseError as exc:  # e.g. locked by another writer beyond the timeout
            fatal = store_failure(db, exc)
            if fatal is not None:
                raise fatal from exc
            problem = f"inbox could not write to the database ({exc}); the mail stays unmarked"
        except Exception as exc:  # a bug must not end the watcher for good
            log.exception("the inbox failed unexpectedly")
            problem = f"inbox failed: {type(exc).__name__}: {exc}"
        failures += 1
        delay = backoff_delay(failures, RECONNECT_INITIAL, RECONNECT_MAX)
        message = f"{problem}; reconnecting in {delay:.0f} s"
        log.warning("%s", message)
        try:
            on_error(message)
        except sqlite3.OperationalError:
            log.warning("could not record the inbox error in the database")
        stop.wait(delay)


def _said_plainly(exc: BaseException) -> str:
    """The server cutting the connection, however the layers below word it ("EOF occurred
    in violation of protocol (_ssl.c:2427)", "command: UID => socket error: EOF"), is said
    the one way a user can act on."""
    cut = isinstance(exc, ssl.SSLEOFError | ConnectionResetError | BrokenPipeError | EOFError)
    if cut or (isinstance(exc, imaplib.IMAP4.abort) and str(exc).endswith("socket error: EOF")):
        return "the server closed the connection"
    return str(exc)


def _session(
    inbox: ImapInbox, config: Config, stop: threading.Event, on_pass: Callable[[InboxReport], None]
) -> None:
    client = inbox.open()
    try:
        _catch_up(inbox, client, on_pass)
        idle = client.has_capability("IDLE")
        if not idle:
            log.info("server has no IDLE; polling every %.0f s", config.mail.poll_interval)
        while not stop.is_set():
            if idle:
                _idle_once(client, stop)
            else:
                stop.wait(config.mail.poll_interval)
            if not stop.is_set():
                # Also after a renewal with no news: the catch-up is the keepalive, and it
                # bounds how long a message announced at an unlucky moment can wait.
                _catch_up(inbox, client, on_pass)
    finally:
        try:
            client.logout()
        except (OSError, EOFError, IMAPClientError):
            log.debug("IMAP logout failed; connection already gone")


def _catch_up(inbox: ImapInbox, client: IMAPClient, on_pass: Callable[[InboxReport], None]) -> None:
    """Check until a pass finds nothing new.

    Mail that arrives while a pass runs is announced (EXISTS) in the responses of
    that pass's own commands, and IDLE does not announce it again; so a pass that
    found something is followed by another.
    """
    while True:
        report = inbox.check(client)
        on_pass(report)
        if not report.examined and not _announced_during_pass(client):
            return


def _announced_during_pass(client: IMAPClient) -> bool:
    """Did the server report new mail (EXISTS) in the responses of the last pass?

    imapclient exposes no API for untagged responses outside IDLE; imaplib keeps
    them in ``untagged_responses``, which its SELECT flushes. The SELECT itself
    adds one EXISTS, so a second one is news. Without that attribute the answer
    is no, and the catch-up after the next IDLE renewal still finds the mail.
    """
    responses = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(responses, dict):
        return False
    return len(responses.get("EXISTS", [])) > 1


def _idle_once(client: IMAPClient, stop: threading.Event) -> None:
    """IDLE until the server reports a change, renewal is due, or we are stopped."""
    news = _start_idle(client)
    started = time.monotonic()
    empty_wakeups = 0
    try:
        while not news and not stop.is_set() and time.monotonic() - started < IDLE_RENEW:
            asked = time.monotonic()
            responses = _buffered_responses(client) or client.idle_check(timeout=STOP_CHECK)
            if any(r and r[0] == b"BYE" for r in responses):
                raise ConnectionError(f"the server closed the session: {responses}")
            news = any(r[1] in (b"EXISTS", b"RECENT") for r in responses if len(r) > 1)
            # idle_check swallows EOF: a closed socket is "readable" at once and yields
            # nothing. Waking early with nothing, again and again, means it is gone.
            early = not responses and time.monotonic() - asked < STOP_CHECK / 2
            empty_wakeups = empty_wakeups + 1 if early else 0
            if empty_wakeups >= EOF_WAKEUPS:
                raise ConnectionError("the server closed the connection")
    finally:
        try:
            client.idle_done()
        except (OSError, EOFError, IMAPClientError):
            log.debug("IDLE could not be ended cleanly; the connection is gone")


def _start_idle(client: IMAPClient) -> bool:
    """Send IDLE and read up to the server's "+": True if new mail was announced first.

    A server may announce mail (EXISTS) between our IDLE and its "+ idling";
    imapclient's ``idle()`` raises on such a line, and nothing announces that
    mail again, so it would wait for the next renewal.
    """
    imap = client._imap
    tag = imap._command("IDLE")
    client._idle_tag = tag
    news = False
    while (line := imap._get_response()) is not None:  # None: the continuation
        if imap.tagged_commands.get(tag):
            raise IMAPClientError(f"the server refused IDLE: {line!r}")
        news = news or b" EXISTS" in line or b" RECENT" in line
    return news


def _buffered_responses(client: IMAPClient) -> list[Any]:
    """A response already read off the socket (into imaplib's buffer or TLS's) that
    ``idle_check`` would not see: it waits for the socket to become readable, so a
    line that came in the same packet as "+ idling" or an earlier line would wait
    for the server's next keepalive (minutes) or the IDLE renewal."""
    sock = client.socket()
    sock.setblocking(False)
    try:
        waiting = client._imap.file.peek(1)
    except OSError:  # nothing buffered, nothing on the wire
        waiting = b""
    finally:
        sock.setblocking(True)
        client._set_read_timeout()
    if not waiting:
        return []
    return [_parse_untagged_response(client._imap._get_line())]
