"""Create cadence prompts exactly once per period, and queue them in the outbox.

A prompt row and its outbox row are written in one transaction; the
``UNIQUE(kind, period)`` index on ``prompts`` is the exactly-once guarantee, even when
the daemon and a ``run --once`` race. Rules, in order:

* only the current window counts (see :mod:`careerlog.prompts.periods`): after downtime
  a prompt still inside its window is caught up once, a passed one is not;
* at most one cadence prompt per local day: when two are due the same day the bigger
  cadence goes (also when it is only scheduled later that day) and the smaller one
  waits for the next pass on a later day, if its window still lasts;
* a forced ``send`` (``force=True``) of a period that was already prompted gets the
  period key ``<period>+<n>`` (``2026-W45+2``), keeping the ``[2026-W45]`` subject tag.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config
from careerlog.mail import identity
from careerlog.outbox import deliver_due
from careerlog.prompts import joggers
from careerlog.prompts.compose import compose_mail
from careerlog.prompts.periods import CADENCES, PRIORITY, Period, local_midnight, reviewed_period
from careerlog.prompts.record import forced_key, prompt_exists, record_and_queue
from careerlog.prompts.render import render
from careerlog.prompts.schedule import last_fire_in_window, next_fire_today, trigger_for
from careerlog.store.db import iso

log = logging.getLogger(__name__)

REPLIED = ("stored", "parsed", "skipped")
_LISTS = {
    "weekly": ("meetings", "logged", "gaps"),
    "monthly": ("skills", "frequent", "fading"),
    "quarterly": ("candidates", "stale", "goals"),
}


def subject_for(kind: str, period: Period) -> str:
    tag = f"[{period.key}]"
    if kind == "weekly":
        return f"What did you do this week that had impact? {tag}"
    if kind == "monthly":
        return f"What did you learn this month? Who did you work with? {tag}"
    return f"Goals and gaps review — {period.label} {tag}"


def _footer(kind: str, period: Period) -> str:
    if kind == "weekly":
        return f"{period.key} ({period.label})"
    return f"{kind} {period.key}"


def _prompted_today(db: Database, now: datetime, config: Config) -> bool:
    tz = config.user.tz
    day_start = local_midnight(now.astimezone(tz).date(), tz)
    day_end = local_midnight(now.astimezone(tz).date() + timedelta(days=1), tz)
    marks = ",".join("?" * len(CADENCES))
    rows = db.query(
        f"select 1 from prompts where kind in ({marks}) and created_at >= ? and created_at < ?",
        [*CADENCES, iso(day_start), iso(day_end)],
    )
    return bool(list(rows))


def two_silent_weeks(db: Database) -> bool:
    """No reply to either of the last two weekly prompts (a "skip" counts as a reply)."""
    marks = ",".join("?" * len(REPLIED))
    rows = list(
        db.query(
            f"""select p.id,
                 (select count(*) from inbound_messages m
                    where m.prompt_id = p.id and m.status in ({marks}))
                 + (select count(*) from entries e where e.prompt_id = p.id) as replies
               from prompts p where p.kind = 'weekly' order by p.created_at desc, p.id desc
               limit 2""",
            list(REPLIED),
        )
    )
    return len(rows) == 2 and all(row["replies"] == 0 for row in rows)


def _context(
    config: Config, db: Database, kind: str, period: Period, now: datetime
) -> dict[str, Any]:
    tz = config.user.tz
    own = set(config.user.addresses)
    gather = {"weekly": joggers.weekly, "monthly": joggers.monthly, "quarterly": joggers.quarterly}
    context = gather[kind](db, period, now, tz, own)
    context.update(
        first_name=(config.user.name.split() or ["there"])[0],
        period_key=period.key,
        period_label=period.label,
        footer=_footer(kind, period),
        subject=subject_for(kind, period),
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


def send_due_prompts(config: Config, db: Database, now: datetime | None = None) -> list[int]:
    """Create and queue the cadence prompt due now, if any; does not deliver."""
    now = now or clock.now()
    tz = config.user.tz
    if _prompted_today(db, now, config):
        return []
    triggers = {kind: trigger_for(config.cadence, kind, tz) for kind in PRIORITY}
    for rank, kind in enumerate(PRIORITY):
        due = last_fire_in_window(kind, triggers[kind], now, tz)
        if due is None or prompt_exists(db, kind, due.period.key):
            continue
        if bigger := _bigger_later_today(db, triggers, PRIORITY[:rank], now, config):
            log.info("%s prompt waits: the %s prompt goes out later today", kind, bigger)
            return []
        prompt_id = create_prompt(config, db, kind, due.period, now)
        return [prompt_id] if prompt_id is not None else []
    return []


def _bigger_later_today(
    db: Database, triggers: dict[str, Any], bigger: tuple[str, ...], now: datetime, config: Config
) -> str | None:
    tz = config.user.tz
    for kind in bigger:
        fire = next_fire_today(triggers[kind], now, tz)
        if fire is not None and not prompt_exists(db, kind, reviewed_period(kind, fire, tz).key):
            return kind
    return None


def send_prompt(
    config: Config,
    db: Database,
    kind: str,
    now: datetime | None = None,
    force: bool = False,
    *,
    deliver: bool = True,
) -> int | None:
    """Send the ``kind`` prompt for the current period now (None if it was sent already).

    The period is the one a prompt firing now would ask about. Without ``force`` the
    exactly-once rule holds; with it a new row ``<period>+<n>`` is made. The outbox is
    delivered right away unless ``deliver=False``.
    """
    if kind not in CADENCES:
        raise ValueError(f"unknown prompt kind {kind!r}")
    now = now or clock.now()
    period = reviewed_period(kind, now, config.user.tz)
    key = period.key
    if prompt_exists(db, kind, key):
        if not force:
            return None
        key = forced_key(db, kind, key)
    prompt_id = create_prompt(config, db, kind, period, now, key)
    if deliver and prompt_id is not None:
        deliver_due(config, db, now)
    return prompt_id
