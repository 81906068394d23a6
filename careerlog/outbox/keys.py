"""Keys for mail sent on request (``careerlog send``), which never use up a scheduled one.

The scheduled prompt or digest of a period owns the plain key (``2026-Q4``); the
``UNIQUE(kind, period)`` index is what lets the service send it exactly once. A mail the
user asks for takes a ``<period>+<n>`` key instead, so a quarterly prompt sent by hand in
November leaves the real Q4 review (and its digest) to the first Monday of January.
"""

from __future__ import annotations

from sqlite_utils import Database

from careerlog.outbox.recording import forced_key


def sent_for(db: Database, kind: str, key: str) -> bool:
    """Whether a mail of ``kind`` for this period went out already, scheduled or by hand."""
    rows = db.query(
        "select 1 from prompts where kind = ? and (period = ? or period like ? || '+%') limit 1",
        [kind, key, key],
    )
    return bool(list(rows))


def manual_key(db: Database, kind: str, key: str, *, force: bool) -> str | None:
    """The key for sending ``kind`` for period ``key`` by hand; None if sent and not forced."""
    if sent_for(db, kind, key) and not force:
        return None
    return forced_key(db, kind, key)
