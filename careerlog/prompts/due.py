"""Create cadence prompts exactly once per period, and queue them in the outbox.

A prompt row and its outbox row are written in one transaction; the
``UNIQUE(kind, period)`` index on ``prompts`` is the exactly-once guarantee, even when
the daemon and a ``run --once`` race. Rules, in order:

* only the current window counts (see :mod:`careerlog.periods`): after downtime
  a prompt still inside its window is caught up once, a passed one is not;
* two prompts due on one local day go out together: a smaller cadence due earlier that
  day waits for the bigger one scheduled later the same day, and both are queued in one
  pass (never moved to another day, so never to a weekend the cadence did not name);
* a prompt sent by hand (``careerlog send``) takes the key ``<period>+<n>``
  (``2026-W45+2``, see :mod:`careerlog.outbox.keys`), keeping the ``[2026-W45]``
  subject tag, so it never uses up the scheduled prompt of its period.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import partial
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config
from careerlog.mail import identity
from careerlog.mail.compose import compose_mail
from careerlog.mail.parts import render
from careerlog.outbox import deliver_due
from careerlog.outbox.keys import forced_key, manual_key
from careerlog.outbox.queued import Queued
from careerlog.outbox.recording import record_and_queue
from careerlog.periods import CADENCES, PRIORITY, Period, reviewed_period
from careerlog.prompts import joggers
from careerlog.prompts.schedule import Due, last_fire_in_window, next_fire_today, trigger_for
from careerlog.store.prompts import prompt_exists, recent_weekly_replies

log = logging.getLogger(__name__)

REPLIED = ("stored", "parsed", "skipped")
_LISTS = {
    "weekly": ("meetings", "logged", "gaps"),
    "monthly": ("skills", "frequent", "fading"),
    "quarterly": ("candidates", "stale", "goals"),
}


def when_phrase(kind: str, period: Period, now: datetime, tz: tzinfo) -> str:
    """'this week' while the period runs; 'last week' or 'in November' once it has ended."""
    ended = period.ends_at(tz) <= now
    if kind == "weekly":
        return "last week" if ended else "this week"
    if kind == "monthly":
        return f"in {period.label.split()[0]}" if ended else "this month"
    return period.label


def subject_for(kind: str, period: Period, when: str) -> str:
    tag = f"[{period.key}]"
    if kind == "weekly":
        return f"What did you do {when} that had impact? {tag}"
    if kind == "monthly":
        return f"What did you learn {when}? Who did you work with? {tag}"
    return f"Goals and gaps review — {period.label} {tag}"


def _footer(kind: str, period: Period) -> str:
    if kind == "weekly":
        return f"{period.key} ({period.label})"
    return f"{kind} {period.key}"


def two_silent_weeks(db: Database) -> bool:
    """No reply to either of the last two scheduled weekly prompts ("skip" is a reply)."""
    replies = recent_weekly_replies(db, REPLIED, limit=2)
    return len(replies) == 2 and not any(replies)


def _context(
    config: Config, db: Database, kind: str, period: Period, now: datetime
) -> dict[str, Any]:
    tz = config.user.tz
    own = set(config.user.addresses)
    gather: dict[str, Callable[..., dict[str, Any]]] = {
        "weekly": joggers.weekly,
        "monthly": partial(joggers.monthly, max_meeting_size=config.calendar.max_meeting_size),
        "quarterly": joggers.quarterly,
    }
    context = gather[kind](db, period, now, tz, own)
    when = when_phrase(kind, period, now, tz)
    context.update(
        when=when,
        first_name=(config.user.name.split() or ["there"])[0],
        period_key=period.key,
        period_label=period.label,
        footer=_footer(kind, period),
        subject=subject_for(kind, period, when),
        skip_hint="" if kind == "weekly" else 'Reply "skip" if there\'s nothing to add.',
        nudge=kind == "weekly" and two_silent_weeks(db),
    )
    return context


def create_prompt(
    config: Config, db: Database, kind: str, period: Period, now: datetime, key: str | None = None
) -> int | None:
    """Render, store and queue one prompt; None if (kind, key) exists already."""
    key = key or period.key
    context = _context(config, db, kind, period, now)
    text, html = render(kind, context, _LISTS[kind])
    token = identity.new_token()
    message = compose_mail(
        config,
        kind=kind,
        period=key,
        subject=context["subject"],
        text=text,
        html=html,
        token=token,
        date=now,
    )
    try:
        with db.atomic():
            prompt_id = record_and_queue(
                db,
                message,
                kind=kind,
                period=key,
                token=token,
                subject=context["subject"],
                body_text=text,
                now=now,
            )
    except sqlite3.IntegrityError:
        log.info("%s prompt for %s exists already; not sending it again", kind, key)
        return None
    log.info("%s prompt for %s queued (prompt #%s)", kind, key, prompt_id)
    return prompt_id


def send_due_prompts(config: Config, db: Database, now: datetime | None = None) -> Queued:
    """Create and queue every cadence prompt due now, bigger cadence first; does not deliver."""
    now = now or clock.now()
    tz = config.user.tz
    triggers = {kind: trigger_for(config.cadence, kind, tz) for kind in PRIORITY}
    ready: list[Due] = []
    for kind in PRIORITY:
        due = last_fire_in_window(kind, triggers[kind], now, tz)
        if due is None or prompt_exists(db, kind, due.period.key):
            continue
        if bigger := _bigger_later_today(db, triggers, kind, {d.kind for d in ready}, now, tz):
            log.info("%s prompt waits to go out with the %s prompt later today", kind, bigger)
            continue
        ready.append(due)
    queued = [create_prompt(config, db, due.kind, due.period, now) for due in ready]
    return Queued.read(db, (prompt_id for prompt_id in queued if prompt_id is not None))


def _bigger_later_today(
    db: Database,
    triggers: dict[str, Any],
    kind: str,
    going: set[str],
    now: datetime,
    tz: tzinfo,
) -> str | None:
    """A bigger cadence than ``kind``, not going out now, whose prompt is due later today."""
    for bigger in PRIORITY[: PRIORITY.index(kind)]:
        if bigger in going:
            continue
        fire = next_fire_today(triggers[bigger], now, tz)
        if fire is not None and not prompt_exists(
            db, bigger, reviewed_period(bigger, fire, tz).key
        ):
            return bigger
    return None


def send_prompt(
    config: Config,
    db: Database,
    kind: str,
    now: datetime | None = None,
    force: bool = False,
    *,
    deliver: bool = True,
    manual: bool = False,
) -> int | None:
    """Send the ``kind`` prompt for the current period now (None if it was sent already).

    The period is the one a prompt firing now would ask about. Without ``force`` the
    exactly-once rule holds; with it a new row ``<period>+<n>`` is made. ``manual`` (what
    ``careerlog send`` asks for) always takes a ``+<n>`` key, so the scheduled prompt of
    the period still goes out. The outbox is delivered right away unless ``deliver=False``.
    """
    if kind not in CADENCES:
        raise ValueError(f"unknown prompt kind {kind!r}")
    now = now or clock.now()
    period = reviewed_period(kind, now, config.user.tz)
    key: str | None = period.key
    if manual:
        key = manual_key(db, kind, period.key, force=force)
    elif prompt_exists(db, kind, period.key):
        key = forced_key(db, kind, period.key) if force else None
    if key is None:
        return None
    prompt_id = create_prompt(config, db, kind, period, now, key)
    if deliver and prompt_id is not None:
        deliver_due(config, db, now)
    return prompt_id
