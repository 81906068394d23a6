"""The one clock careerlog reads.

``CAREERLOG_NOW`` (an ISO 8601 instant with offset) pins it, so the demo and
the tests can move time without touching the system clock.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from careerlog.errors import UserError

ENV_VAR = "CAREERLOG_NOW"


def now() -> datetime:
    """Return the current instant as an aware datetime (UTC unless pinned)."""
    pinned = os.environ.get(ENV_VAR)
    if not pinned:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(pinned)
    except ValueError as exc:
        raise UserError(
            f"{ENV_VAR}={pinned!r} is not an ISO 8601 instant; use e.g. 2026-11-20T16:00:00+00:00"
        ) from exc
    if value.tzinfo is None:
        raise UserError(f"{ENV_VAR}={pinned!r} needs a UTC offset, e.g. +00:00")
    return value
