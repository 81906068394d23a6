"""The digest as a mail (exactly once per quarter) or as one HTML file with its charts.

The mail is multipart/alternative: a text part from its own template, and a
multipart/related HTML part with the two charts as inline PNGs. It goes out
right after the scheduled quarterly prompt it accompanies (``send_due_digest``), so
the two arrive together and never twice; one sent by hand never takes its place.
"""

from __future__ import annotations

import base64
import logging
import sqlite3
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from sqlite_utils import Database

from careerlog import clock
from careerlog.config.model import Config
from careerlog.files import write_atomically
from careerlog.insights.charts import Chart
from careerlog.insights.digest import LIST_LIMIT, Digest, build_digest
from careerlog.insights.window import quarter_for
from careerlog.mail import identity
from careerlog.mail.compose import compose_mail
from careerlog.outbox.keys import forced_key, manual_key
from careerlog.outbox.queued import Queued
from careerlog.outbox.recording import record_and_queue
from careerlog.periods import period_from_key
from careerlog.store.prompts import last_scheduled_quarter, prompt_exists
from careerlog.templating import render, render_mail_html

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 90_000  # Gmail clips HTML mail at ~102 KB; the images are separate parts


def render_parts(digest: Digest, sources: dict[str, str], *, mail: bool = True) -> tuple[str, str]:
    """(text, html); for mail, lists are shortened until the HTML fits in ``MAX_HTML_BYTES``.

    ``mail`` inlines the stylesheet (mail clients drop ``<style>``); the file version keeps
    it, with its dark-mode rules, and is not clipped by anyone, so it is never shortened.
    """
    limit = LIST_LIMIT
    while True:
        context = digest.context(sources, limit)
        html = render_mail_html("digest.html", context) if mail else render("digest.html", context)
        if not mail or len(html.encode("utf-8")) <= MAX_HTML_BYTES or limit == 1:
            break
        limit = max(1, limit // 2)
        log.info("digest HTML over %d bytes; showing %d items per list", MAX_HTML_BYTES, limit)
    return render("digest.txt", context), html


def users_digest(
    config: Config, db: Database, *, quarter: str | None = None, now: datetime | None = None
) -> Digest:
    """The digest as the user's config has it: their time zone, name, addresses and
    ``[calendar] max_meeting_size``; the mail, ``careerlog digest`` and the demo all read it so."""
    return build_digest(
        db,
        tz=config.user.tz,
        name=config.user.name,
        addresses=config.user.addresses,
        max_meeting_size=config.calendar.max_meeting_size,
        quarter=quarter,
        now=now,
    )


def write_digest(digest: Digest, output: Path) -> Path:
    """``output``: one self-contained HTML file, the charts inside it as ``data:`` URIs.

    One file survives being forwarded, attached or moved; PNGs beside it did not.
    """
    output = output.expanduser()
    output.parent.mkdir(parents=True, exist_ok=True)
    sources = {
        chart.name: "data:image/png;base64," + base64.b64encode(chart.png).decode("ascii")
        for chart in digest.charts
    }
    _text, html = render_parts(digest, sources, mail=False)
    write_atomically(output, html.encode("utf-8"))
    return output


def content_id(chart: Chart, token: str) -> str:
    return f"<chart-{chart.name}.{token}@{identity.DOMAIN}>"


def compose_digest(
    config: Config, digest: Digest, *, period_key: str, token: str, now: datetime
) -> tuple[EmailMessage, str]:
    """(mail, its text): multipart/alternative of text, and multipart/related (HTML + PNGs)."""
    cids = {chart.name: content_id(chart, token) for chart in digest.charts}
    sources = {name: "cid:" + cid[1:-1] for name, cid in cids.items()}
    text, html = render_parts(digest, sources, mail=True)
    message = compose_mail(
        config,
        kind="digest",
        period=period_key,
        subject=digest.subject,
        text=text,
        html=html,
        token=token,
        date=now,
    )
    html_part = next(p for p in message.walk() if p.get_content_type() == "text/html")
    assert isinstance(html_part, EmailMessage)
    for chart in digest.charts:
        html_part.add_related(
            chart.png,
            maintype="image",
            subtype="png",
            cid=cids[chart.name],
            disposition="inline",
            filename=chart.filename,
        )
    return message, text


def send_digest(
    config: Config,
    db: Database,
    now: datetime | None = None,
    quarter: str | None = None,
    force: bool = False,
    *,
    manual: bool = False,
) -> int | None:
    """Compose the digest mail, record it in ``prompts`` and queue it; returns the prompt id.

    Exactly once per quarter: ``None`` when the digest for that quarter was sent already
    (the ``UNIQUE(kind, period)`` index decides, also under a race). ``force`` sends it
    again under the key ``2026-Q3+2``, as forced prompts do. ``manual`` (``careerlog send
    digest``) always takes such a key: a digest asked for by hand, complete or "so far",
    never counts as the quarter's digest. Delivery is the outbox's job.
    """
    now = now or clock.now()
    tz = config.user.tz
    period = quarter_for(now, tz, quarter)
    key: str | None = period.key
    if manual:
        key = manual_key(db, "digest", period.key, force=force)
    elif prompt_exists(db, "digest", period.key):
        key = forced_key(db, "digest", period.key) if force else None
    if key is None:
        log.info("the digest for %s was sent already", period.key)
        return None
    digest = users_digest(config, db, quarter=period.key, now=now)
    token = identity.new_token()
    message, text = compose_digest(config, digest, period_key=key, token=token, now=now)
    try:
        with db.atomic():
            prompt_id = record_and_queue(
                db,
                message,
                kind="digest",
                period=key,
                token=token,
                subject=digest.subject,
                body_text=text,
                now=now,
            )
    except sqlite3.IntegrityError:
        log.info("the digest for %s exists already; not sending it again", key)
        return None
    log.info("digest for %s queued (prompt #%s)", key, prompt_id)
    return prompt_id


def send_due_digest(config: Config, db: Database, now: datetime | None = None) -> Queued:
    """Queue the digest that goes with the last scheduled quarterly prompt, if not yet sent.

    Prompts sent by hand (``<period>+<n>``) do not count. The digest covers a quarter
    that has ended: the one the prompt reviewed, or the one before it when a custom
    cadence asks about a quarter still running.
    """
    now = now or clock.now()
    reviewed = last_scheduled_quarter(db)
    if reviewed is None:
        return Queued()
    period = period_from_key("quarterly", reviewed)
    if period.ends_at(config.user.tz) > now:
        period = period.previous()
    prompt_id = send_digest(config, db, now, quarter=period.key)
    return Queued.read(db, [] if prompt_id is None else [prompt_id])
