"""Keys for mail sent again or on request, which never use up a scheduled one.

The scheduled prompt or digest of a period owns the plain key (``2026-Q4``); the
``UNIQUE(kind, period)`` index is what lets the service send it exactly once. A mail
the user asks for (``careerlog send``), or forces out again, takes a ``<period>+<n>``
key instead, so a quarterly prompt sent by hand in November leaves the real Q4 review
(and its digest) to the first Monday of January, and the first one stays on record.
"""

from __future__ import annotations

from sqlite_utils import Database

from careerlog.store.prompts import ids_for_period, prompt_exists


def forced_key(db: Database, kind: str, period: str) -> str:
    """The first free ``<period>+<n>`` key for sending a mail of ``kind`` again."""
    n = 2
    while prompt_exists(db, kind, f"{period}+{n}"):
        n += 1
    return f"{period}+{n}"


def manual_key(db: Database, kind: str, key: str, *, force: bool) -> str | None:
    """The key for sending ``kind`` for period ``key`` by hand; None if sent and not forced.

    A mail of ``kind`` for this period that went out already, scheduled or by hand,
    counts as sent.
    """
    if ids_for_period(db, kind, key) and not force:
        return None
    return forced_key(db, kind, key)
