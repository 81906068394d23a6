"""Create 1:1 briefs exactly once per occurrence, and queue them in the outbox.

Mirrors :mod:`careerlog.prompts.due`: the ``prompts`` row (kind ``brief``, period =
the occurrence key from :func:`~careerlog.calendar.oneonone.upcoming_one_on_ones`,
``person_id`` set), the ``surfaced`` rows of every entry it shows and the outbox row
are written in one transaction. ``UNIQUE(kind, period)`` makes a second brief for the
same occurrence fail, whichever process (daemon, ``run --once``, ``brief --send``) tries
it, before or after a restart. The key is the event UID plus the occurrence's original
start, so a moved meeting keeps its key: it gets its one brief at the new time (if the
brief had not gone out yet), never a second one. A forced send (``brief --send
--force``) uses the key ``<key>+<n>``, like a forced cadence prompt.

A 1:1 with someone not in the relationship map adds them (name and address from the
invite, ``how_met`` "1:1 on your calendar") when the brief is created: a recurring
1:1 is a working relationship, and notes from the reply need a person to belong to.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog import clock
from careerlog.briefs.content import FALLBACK_DAYS, BriefContent, gather
from careerlog.briefs.timing import LeadTime, is_due
from careerlog.calendar.oneonone import UpcomingOneOnOne, upcoming_one_on_ones
from careerlog.config.model import Config
from careerlog.mail import identity
from careerlog.mail.compose import compose_mail
from careerlog.mail.parts import render
from careerlog.outbox.keys import forced_key
from careerlog.outbox.queued import Queued
from careerlog.outbox.recording import record_and_queue
from careerlog.store import people as people_store
from careerlog.store.briefs import mark_surfaced
from careerlog.store.db import iso
from careerlog.store.prompts import ids_for_period, prompt_by_key

log = logging.getLogger(__name__)

KIND = "brief"
FOOTER = "1:1 brief"
LOOKAHEAD_DAYS = 14  # how far ``careerlog brief`` looks for the next 1:1


@dataclass(frozen=True)
class BriefSettings:
    """The ``[briefs]`` options, and how far back a brief looks for evidence when no
    earlier 1:1 is on record (not an option)."""

    enabled: bool
    lead: LeadTime
    max_evidence: int
    fallback_days: int = FALLBACK_DAYS

    @classmethod
    def from_config(cls, config: Config) -> BriefSettings:
        briefs = config.briefs
        return cls(briefs.enabled, LeadTime.from_config(briefs), briefs.max_evidence)


@dataclass
class RenderedBrief:
    occurrence: UpcomingOneOnOne
    person: dict[str, Any]
    subject: str
    text: str
    html: str
    content: BriefContent


def brief_exists(db: Database, key: str) -> dict[str, Any] | None:
    return prompt_by_key(db, KIND, key)


def resolve_person(db: Database, occurrence: UpcomingOneOnOne, *, create: bool) -> dict[str, Any]:
    """The people row of the counterpart; added to the map when ``create`` (else a stand-in)."""
    if occurrence.person_id is not None:
        return people_store.get_person(db, occurrence.person_id)
    found = None
    if occurrence.email:
        found = people_store.find_person(db, occurrence.email)
    if found is None and occurrence.person_name:
        found = people_store.find_person(db, occurrence.person_name, fuzzy=False)
    if found is not None:
        return dict(found)
    name = occurrence.person_name or occurrence.email
    if not create:
        return {"id": 0, "name": name, "relation": None}
    person_id = people_store.add_person(
        db,
        name,
        emails=[occurrence.email] if occurrence.email else [],
        how_met="1:1 on your calendar",
    )
    log.info("added %s to your relationship map (a 1:1 on your calendar)", name)
    return people_store.get_person(db, person_id)


def subject_for(context: dict[str, Any]) -> str:
    when = context["when_word"]
    at = f" at {context['when_text'].rsplit(', ', 1)[-1]}" if when == "today" else ""
    return f"Your 1:1 with {context['person_name']} is {when}{at}"


def render_brief(
    config: Config,
    db: Database,
    occurrence: UpcomingOneOnOne,
    now: datetime,
    *,
    settings: BriefSettings | None = None,
    create_person: bool = False,
) -> RenderedBrief:
    """The brief as it would go out now (reads only, unless ``create_person``)."""
    settings = settings or BriefSettings.from_config(config)
    person = resolve_person(db, occurrence, create=create_person)
    earlier = tuple(ids_for_period(db, KIND, occurrence.key))
    content = gather(
        db,
        occurrence,
        person,
        now,
        config.user.tz,
        max_evidence=settings.max_evidence,
        fallback_days=settings.fallback_days,
        resurface=earlier,
    )
    context = dict(content.context)
    context.update(
        first_name=(config.user.name.split() or ["there"])[0],
        subject=subject_for(context),
        footer=FOOTER,
        skip_hint="",
    )
    text, html = render(KIND, context, ("follow_ups",))
    return RenderedBrief(occurrence, person, context["subject"], text, html, content)


def _message_slug(occurrence: UpcomingOneOnOne, person: dict[str, Any], config: Config) -> str:
    """``2026-11-12-grace-hopper``: the readable middle of the brief's Message-ID."""
    day = occurrence.start.astimezone(config.user.tz).date().isoformat()
    ascii_name = unicodedata.normalize("NFKD", str(person["name"])).encode("ascii", "ignore")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.decode().lower()).strip("-") or "someone"
    return f"{day}-{slug}"


def create_brief(
    config: Config,
    db: Database,
    occurrence: UpcomingOneOnOne,
    now: datetime,
    *,
    key: str | None = None,
    settings: BriefSettings | None = None,
) -> int | None:
    """Render, record, mark surfaced and queue one brief; None if (brief, key) exists."""
    settings = settings or BriefSettings.from_config(config)
    key = key or occurrence.key
    if brief_exists(db, key):
        return None
    try:
        with db.atomic():
            brief = render_brief(config, db, occurrence, now, settings=settings, create_person=True)
            token = identity.new_token()
            message = compose_mail(
                config,
                kind=KIND,
                period=_message_slug(occurrence, brief.person, config),
                subject=brief.subject,
                text=brief.text,
                html=brief.html,
                token=token,
                date=now,
            )
            prompt_id = record_and_queue(
                db,
                message,
                kind=KIND,
                period=key,
                token=token,
                subject=brief.subject,
                body_text=brief.text,
                now=now,
                person_id=int(brief.person["id"]),
            )
            mark_surfaced(
                db,
                brief.content.entry_ids,
                person_id=int(brief.person["id"]),
                prompt_id=prompt_id,
                at=iso(now),
            )
    except sqlite3.IntegrityError:
        log.info("the brief for %s exists already; not sending it again", key)
        return None
    log.info(
        "brief for the 1:1 with %s at %s queued (prompt #%s, %d entries surfaced)",
        brief.person["name"],
        iso(occurrence.start),
        prompt_id,
        len(brief.content.entry_ids),
    )
    return prompt_id


def send_due_briefs(
    config: Config,
    db: Database,
    now: datetime | None = None,
    *,
    settings: BriefSettings | None = None,
) -> Queued:
    """Create and queue every brief due now (see :mod:`careerlog.briefs.timing`); no delivery.

    Returns the prompt ids queued. Safe to call as often as you like: an occurrence that
    has its brief is skipped, and a meeting that has started gets none.
    """
    settings = settings or BriefSettings.from_config(config)
    if not settings.enabled:
        return Queued()
    now = now or clock.now()
    tz = config.user.tz
    queued = []
    horizon = settings.lead.longest()
    for occurrence in upcoming_one_on_ones(db, now, horizon):
        if not is_due(occurrence.start, now, tz, settings.lead) or brief_exists(db, occurrence.key):
            continue
        prompt_id = create_brief(config, db, occurrence, now, settings=settings)
        if prompt_id is not None:
            queued.append(prompt_id)
    return Queued.read(db, queued)


def next_one_on_one(
    db: Database,
    now: datetime,
    person: str | None = None,
    *,
    days: int = LOOKAHEAD_DAYS,
) -> UpcomingOneOnOne | None:
    """The next 1:1 (with ``person``: a name, close spelling or address) in ``days`` days."""
    upcoming = upcoming_one_on_ones(db, now, timedelta(days=days))
    if person is None:
        return upcoming[0] if upcoming else None
    found = people_store.find_person(db, person)
    wanted = " ".join(person.split()).lower()
    for occurrence in upcoming:
        if found is not None and occurrence.person_id == int(found["id"]):
            return occurrence
        if wanted in (occurrence.person_name.lower(), occurrence.email.lower()):
            return occurrence
    return None


def send_brief(
    config: Config,
    db: Database,
    occurrence: UpcomingOneOnOne,
    now: datetime | None = None,
    *,
    force: bool = False,
    settings: BriefSettings | None = None,
) -> int | None:
    """Queue the brief for ``occurrence`` now, whatever its due time.

    None if it exists already, unless ``force``: then a new one goes out under the key
    ``<key>+<n>`` (entries it shows that were surfaced already are not shown again).
    """
    settings = settings or BriefSettings.from_config(config)
    now = now or clock.now()
    key = occurrence.key
    if brief_exists(db, key):
        if not force:
            return None
        key = forced_key(db, KIND, key)
    return create_brief(config, db, occurrence, now, key=key, settings=settings)
