"""Which cadence prompt is due now, from the crontab lines in ``[cadence]``.

The decision is recomputed from the clock and careerlog's own ``prompts`` table on
every call; no scheduler state is kept. That is what makes catch-up after downtime,
restarts and repeated ``run --once`` calls safe: the crontab says *when* a prompt
should have gone out in the current window, the ``UNIQUE(kind, period)`` index says
whether it did.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from apscheduler.triggers.cron import CronTrigger

from careerlog.config.model import CadenceConfig
from careerlog.cron import parse_crontab
from careerlog.periods import LEAD_IN, Period, local_midnight, reviewed_period, window_of

_MAX_STEPS = 20_000  # a crontab firing every minute still ends within a quarter


@dataclass(frozen=True)
class Due:
    kind: str
    fire_time: datetime
    period: Period


def trigger_for(cadence: CadenceConfig, kind: str, tz: tzinfo) -> CronTrigger:
    return parse_crontab(cadence.crontab(kind), tz)


def last_fire_in_window(kind: str, trigger: CronTrigger, now: datetime, tz: tzinfo) -> Due | None:
    """The latest scheduled instant in the current window that is not in the future.

    Only the current window counts: a prompt whose window passed while careerlog was
    down is not sent late. A prompt that reviews the previous period (it fires in the
    window's lead-in) may only be caught up during that lead-in: once the new period is
    well under way, the old one has passed.
    """
    window = window_of(kind, now, tz)
    start = window.starts_at(tz)
    fire = trigger.get_next_fire_time(None, start)
    last: datetime | None = None
    for _ in range(_MAX_STEPS):
        if fire is None or fire > now:
            break
        last = fire
        fire = trigger.get_next_fire_time(fire, fire)
    if last is None:
        return None
    period = reviewed_period(kind, last, tz)
    if period != window and now >= start + LEAD_IN[kind]:
        return None
    return Due(kind, last, period)


def next_fire_today(trigger: CronTrigger, now: datetime, tz: tzinfo) -> datetime | None:
    """A fire time later on the user's current day, if any."""
    local = now.astimezone(tz)
    tomorrow = local_midnight(local.date() + timedelta(days=1), tz)
    fire = trigger.get_next_fire_time(None, now)
    if fire is not None and fire < tomorrow:
        return fire
    return None
