"""``parse_message``: raw reply bytes → new text and entries."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, tzinfo

from careerlog.parsers.autoreply import is_auto_reply
from careerlog.parsers.bounds import MAX_TEXT_BYTES, bound_segments
from careerlog.parsers.capture import capture_headline, with_headline
from careerlog.parsers.extract import Extraction, build_entries
from careerlog.parsers.goals import goals_in_prompt, merge_goals
from careerlog.parsers.mime import DecodedMessage, decode_message
from careerlog.parsers.model import (
    PROMPT_KINDS,
    DateSource,
    ParseContext,
    ParsedReply,
    PromptKind,
)
from careerlog.parsers.people import PeopleFinder, capitalised_names
from careerlog.parsers.quotes import strip_quotes
from careerlog.parsers.signatures import sender_names

log = logging.getLogger(__name__)

_PROMPT_ID = re.compile(r"prompt-(weekly|monthly|quarterly|brief)[-.]", re.IGNORECASE)
_SUBJECT_KINDS: tuple[tuple[re.Pattern[str], PromptKind], ...] = (
    (re.compile(r"\[\d{4}-W\d{1,2}\]|\bthis week\b", re.I), "weekly"),
    (re.compile(r"\[\d{4}-\d{2}\]|\bthis month\b", re.I), "monthly"),
    (re.compile(r"goals and gaps|\[\d{4}-Q[1-4]\]|\bQ[1-4] \d{4}\b", re.I), "quarterly"),
    (re.compile(r"\b1:1\b|one[- ]on[- ]one|\bbrief\b", re.I), "brief"),
)
# The keyword, filler words, then at most a short reason after punctuation:
# "Skip this week", "Nothing this week, on holiday." — but not "Skip the flaky tests".
_SKIP = re.compile(
    r"^\W*(?:skip(?:ping)?|nothing|nada|rien|nichts|niets|niente|n/?a|none|pass|no updates?)"
    r"(?:\s+(?:this|for|the|that|week|month|quarter|time|today|now|please|thanks|one|again|"
    r"to|log|report|new|here|from|me))*\s*(?:[,;.!:()—–-][^\n]{0,40})?$",
    re.IGNORECASE,
)
# A brief's subject and first line: "Your 1:1 with Grace Hopper is tomorrow".
_ONE_ON_ONE = re.compile(r"\b1:1 with ([^\W\d_][\w'’. -]{0,78}?) is\b")


def infer_prompt_kind(msg: DecodedMessage) -> PromptKind:
    """The prompt a reply answers: from the Message-IDs it refers to, else its subject."""
    refs = f"{msg.header('In-Reply-To')} {msg.header('References')}"
    if m := _PROMPT_ID.search(refs):
        kind = m.group(1).lower()
        for known in PROMPT_KINDS:
            if known == kind:
                return known
    for pattern, subject_kind in _SUBJECT_KINDS:
        if pattern.search(msg.subject):
            return subject_kind
    return "weekly"


def is_skip(new_text: str) -> bool:
    """ "skip", "skip this week", "nothing this week", or nothing at all."""
    words = new_text.split(None, 9)  # nine words are enough to tell: never split it all
    return not words or (len(words) <= 8 and bool(_SKIP.match(" ".join(words))))


def prompt_text_from_message(raw: bytes) -> str:
    """The text/plain body of a prompt careerlog sent (HTML rendered if that is all there is)."""
    return decode_message(raw).text


def _brief_person(lines: list[str], subject: str) -> str | None:
    """The person a 1:1 brief was about, from the reply's subject or the quoted brief."""
    for text in (subject, *lines):
        if "1:1 with " in text and (m := _ONE_ON_ONE.search(text)):
            return m.group(1).strip()
    return None


def _prompt_people(about: str | None, lines: list[str]) -> list[str]:
    return ([about] if about else []) + capitalised_names("\n".join(lines))


def _local(moment: datetime | None, tz: tzinfo | None) -> datetime | None:
    """The message's date on the user's own calendar, when both are known."""
    if moment is None or tz is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(tz)


def _default_day(
    ctx: ParseContext, local: datetime | None
) -> tuple[date | None, DateSource | None]:
    """The date of an entry that names none: the last day of the period asked about, else
    the day the reply came. Never after the reply: an answer about a week still running
    happened by the day it was written."""
    arrived = local.date() if local else None
    if ctx.period_end:
        return (min(ctx.period_end, arrived) if arrived else ctx.period_end), "period"
    return arrived, ("arrival" if arrived else None)


def parse_message(raw: bytes, ctx: ParseContext | None = None) -> ParsedReply:
    """Parse one reply. Never raises on bad input: the worst case is an empty reply."""
    ctx = ctx or ParseContext()
    msg = decode_message(raw, text_limit=MAX_TEXT_BYTES)
    kind = ctx.prompt_kind or infer_prompt_kind(msg)
    stripped = strip_quotes(msg.text, ctx.prompt_text, sender_names(msg.from_name, msg.from_addr))
    if ctx.capture_prefix is not None:
        stripped = with_headline(stripped, capture_headline(msg.subject, ctx.capture_prefix))
    reply = ParsedReply(
        new_text=stripped.new_text,
        attachments=msg.attachments,
        message_date=msg.date or ctx.now,
        prompt_kind=kind,
        subject=msg.subject,
    )
    if is_auto_reply(msg.headers, msg.subject, msg.from_addr):
        reply.auto_reply = True
        return reply
    if is_skip(reply.new_text):
        reply.skipped = True
        return reply
    prompt_lines = (ctx.prompt_text or "").splitlines() + stripped.quoted
    local = _local(reply.message_date, ctx.tz)
    default_day, default_source = _default_day(ctx, local)
    brief_person = _brief_person(prompt_lines, msg.subject)
    people = PeopleFinder(
        [*ctx.known_people, *_prompt_people(brief_person, prompt_lines)],
        exclude=[msg.from_name] if msg.from_name else [],
    )
    about = brief_person if kind == "brief" else None
    extraction = Extraction(
        prompt_kind=kind,
        goals=merge_goals(ctx.open_goals, goals_in_prompt(prompt_lines)),
        people=people,
        about=people.canonical(about) if about else None,
        message_date=local,
        default_day=default_day,
        default_source=default_source,
        goal_tags=ctx.goal_tags,
        own_team=ctx.own_team,
        teams=ctx.teams,
    )
    segments, left_out = bound_segments(stripped.segments)
    left_out += msg.unread_chars
    reply.entries = build_entries(segments, extraction)
    if left_out and reply.entries:
        reply.entries[-1].left_out_chars = left_out
    log.debug("parsed %d entries from a %s reply", len(reply.entries), kind)
    return reply
