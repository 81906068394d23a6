"""One calendar pass: fetch every source, expand what it holds, store events and
interactions. Safe to run again at any time: nothing is duplicated, and a source
that is down keeps its last good data."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from sqlite_utils import Database

from careerlog import clock
from careerlog.calendar.expand import (
    DEFAULT_LIMITS,
    Expansion,
    Limits,
    calendar_window,
    expand_objects,
)
from careerlog.calendar.freshness import fingerprint, remember, stored_counts, unchanged
from careerlog.calendar.meetings import store_occurrences
from careerlog.calendar.oneonone import DEFAULT_TITLE_PATTERNS
from careerlog.calendar.sync import SourceResult, fetch_source
from careerlog.config.model import Config
from careerlog.store.calendar_sources import mark_failed, objects
from careerlog.wording import counted

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    """What a pass did, for the CLI, health checks and the bench."""

    sources: list[SourceResult] = field(default_factory=list)
    events: int = 0
    interactions: int = 0
    warnings: list[str] = field(default_factory=list)
    fetch_seconds: float = 0.0
    expand_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(source.ok for source in self.sources)

    @property
    def requests(self) -> int:
        return sum(source.requests for source in self.sources)

    @property
    def errors(self) -> list[str]:
        return [source.error for source in self.sources if source.error]

    def summary(self) -> str:
        """One line for ``run --once``; never the sources' URLs (an ICS URL may hold a token)."""
        return (
            f"{counted(len(self.sources), 'source')} ({len(self.errors)} failed), "
            f"{counted(self.events, 'event')}, {counted(self.interactions, 'interaction')}, "
            f"{counted(self.requests, 'request')}"
        )


def sync_calendars(
    config: Config,
    db: Database,
    now: datetime | None = None,
    *,
    limits: Limits = DEFAULT_LIMITS,
) -> SyncReport:
    """Fetch → expand → store for every configured source.

    The window, the 1:1 title patterns (built-in ones plus the config's) and the
    meeting-size limit come from ``[calendar]``.
    """
    settings = config.calendar
    title_patterns = (*DEFAULT_TITLE_PATTERNS, *settings.one_on_one_titles)
    max_meeting_size = settings.max_meeting_size
    now = now or clock.now()
    window = calendar_window(now, settings)
    report = SyncReport()
    tz = config.user.tz
    names = tuple(n for n in (config.user.name,) if n)
    settings_used = (tz.key, tuple(title_patterns), max_meeting_size, config.user.addresses, names)
    for source in config.calendars:
        started = time.monotonic()
        result = fetch_source(db, source, now, config.secret_timeout)
        report.sources.append(result)
        report.fetch_seconds += time.monotonic() - started
        started = time.monotonic()
        for key in result.keys:
            sign = partial(fingerprint, db, key, now=now, window=window, limits=limits)
            fresh = not (result.fetched or result.deleted)
            if fresh and unchanged(db, key, sign(settings=settings_used)):
                events, interactions = stored_counts(db, key, window[0])
                report.events += events
                report.interactions += interactions
                continue
            expansion = expand_objects(
                objects(db, key),
                tz=tz,
                start=window[0],
                end=window[1],
                limits=limits,
                label=result.label,
            )
            report.warnings.extend(expansion.warnings)
            stats = store_occurrences(
                db,
                key,
                expansion.occurrences,
                addresses=config.user.addresses,
                user_names=names,
                window=window,
                now=now,
                patterns=title_patterns,
                max_meeting_size=max_meeting_size,
            )
            report.events += stats.events
            report.interactions += stats.interactions
            if expansion.read_nothing:  # expanded again next time, so it stays reported
                _read_nothing(db, result, key, expansion, now)
                remember(db, key, None)
            else:
                remember(db, key, sign(settings=settings_used))
        report.expand_seconds += time.monotonic() - started
    log.info("calendar: %s", report.summary())
    return report


def _read_nothing(
    db: Database, result: SourceResult, key: str, expansion: Expansion, now: datetime
) -> None:
    """A non-empty file or feed of which no event could be read fails the source:
    ``run --once``, ``status`` and ``doctor`` must not call it a success.

    The message starts with the source's label, so the first warning's own copy of
    it is left out."""
    first = (
        expansion.warnings[0].removeprefix(result.label).lstrip(" :") if expansion.warnings else ""
    )
    why = f" ({first})" if first else ""
    message = f"{result.label}: no event could be read from it{why}"
    log.warning("calendar source unreadable: %s", message)
    result.ok = False
    result.error = "; ".join(filter(None, (result.error, message)))
    mark_failed(db, key, message, now)
