"""Whether a calendar's stored events still match what expanding it again would give.

An unchanged sync should cost the request and nothing else: re-expanding 2,000
events and rewriting every row takes seconds, every sync interval, for nothing.
Expansion depends only on the stored objects, the window, the settings and the
people map, and the interactions it derives change when a meeting starts (it
becomes a past meeting). All of that goes into one fingerprint, kept per object
key in ``calendar_sync.expanded``; when it matches, expansion is skipped. The
window is counted in days, so its moves are handled once a day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime

from sqlite_utils import Database

from careerlog.calendar.expand import Limits
from careerlog.store.calendar_events import count_starting
from careerlog.store.calendar_sources import expanded_from, object_versions, save_expanded
from careerlog.store.interactions import count_from_source
from careerlog.store.people import names_and_emails


def fingerprint(
    db: Database,
    key: str,
    *,
    now: datetime,
    window: tuple[datetime, datetime],
    settings: Sequence[object],
    limits: Limits,
) -> str:
    """What the events stored under ``key`` were expanded from, as one hash."""
    digest = hashlib.sha256()
    day = now.astimezone(UTC).date().isoformat()
    parts = (day, window[0].date(), window[1].date(), limits, *settings)
    digest.update(repr(parts).encode("utf-8"))
    for href, etag in object_versions(db, key):
        digest.update(f"\n{href}\t{etag}".encode())
    for person_id, name, emails in names_and_emails(db):
        digest.update(f"\n{person_id}\t{name}\t{emails}".encode())
    started = count_starting(db, key, window[0], now)
    digest.update(f"\nstarted {started}".encode())
    return digest.hexdigest()


def unchanged(db: Database, key: str, print_: str) -> bool:
    return expanded_from(db, key) == print_


def remember(db: Database, key: str, print_: str | None) -> None:
    """Record what ``key``'s events now reflect (None: expand again next time)."""
    save_expanded(db, key, print_)


def stored_counts(db: Database, key: str, window_start: datetime) -> tuple[int, int]:
    """(events, interactions) ``key`` holds inside the window, as a pass that stored them."""
    return (
        count_starting(db, key, window_start),
        count_from_source(db, key, window_start),
    )
