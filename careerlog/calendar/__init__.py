"""Calendars: CalDAV, ICS over HTTP, local .ics files and vdir folders.

Entry points: ``sync_calendars`` (one full pass), ``upcoming_one_on_ones``
(what the brief sends), and the relationship views in ``touchpoints``.
Imports are lazy so ``careerlog doctor`` can load ``connect`` alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from careerlog.calendar.oneonone import upcoming_one_on_ones
    from careerlog.calendar.refresh import SyncReport, sync_calendars

__all__ = ["SyncReport", "sync_calendars", "upcoming_one_on_ones"]


def __getattr__(name: str) -> Any:
    if name in ("SyncReport", "sync_calendars"):
        from careerlog.calendar import refresh

        return getattr(refresh, name)
    if name == "upcoming_one_on_ones":
        from careerlog.calendar import oneonone

        return oneonone.upcoming_one_on_ones
    raise AttributeError(name)
