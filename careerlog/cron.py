"""Crontab lines with APScheduler's day extensions ('last fri', '1st mon').

A plain five-field crontab cannot say "last Friday of the month", which the
monthly prompt needs, so the day field may hold two words; everything else is
APScheduler 3's ``CronTrigger``.
"""

from __future__ import annotations

import re
from datetime import tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # APScheduler is imported when a trigger is built, not by every command
    from apscheduler.triggers.cron import CronTrigger

_ORDINAL = re.compile(r"^(last|1st|2nd|3rd|4th|5th)$", re.IGNORECASE)
FIELDS = ("minute", "hour", "day", "month", "day_of_week")


class CronError(ValueError):
    """A crontab line that cannot be understood."""


def split_fields(expr: str) -> list[str]:
    """Split into the five crontab fields, joining 'last fri' into one day field."""
    words = expr.split()
    fields: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if len(fields) == 2 and _ORDINAL.match(word) and i + 1 < len(words):
            following = words[i + 1]
            if following.isalpha() and len(following) == 3:
                word = f"{word} {following}"
                i += 1
        fields.append(word)
        i += 1
    if len(fields) != len(FIELDS):
        raise CronError(
            f"{expr!r} has {len(fields)} fields; "
            "a crontab line has 5: minute hour day month weekday"
        )
    return fields


def parse_crontab(expr: str, timezone: tzinfo) -> CronTrigger:
    """Build a trigger from a crontab line, raising :class:`CronError` with a plain reason."""
    from apscheduler.triggers.cron import CronTrigger

    fields = split_fields(expr)
    try:
        return CronTrigger(timezone=timezone, **dict(zip(FIELDS, fields, strict=True)))
    except ValueError as exc:
        raise CronError(f"{expr!r}: {exc}") from exc
