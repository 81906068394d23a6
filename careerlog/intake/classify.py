"""Decide from headers alone what an inbound mail is, before any body is fetched.

own        careerlog's own mail (prompts to yourself land in your inbox): ignored
reply      answers a prompt or brief (In-Reply-To/References, else the [period] tag)
correction answers a confirmation: undo / reword / re-kind entries
capture    a fresh mail carrying the capture signal you chose (address or subject prefix)
unrelated  everything else: never downloaded, never stored
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses
from typing import Any, Literal

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.mail.identity import SUBJECT_TAG, header_text, is_own, referenced_ids

Kind = Literal["own", "reply", "correction", "capture", "unrelated"]
# Reply prefixes of common clients and languages: Re, AW (de), SV (sv/da/no), RES (pt), R (it)…
_REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|sv|vs|antw|res|r|ref|tr|wg|fw|fwd)\s*(\[\d+\])?\s*:\s*)+", re.I
)

# Headers fetched for every message; enough to classify without the body.
HEADER_FIELDS = (
    "From",
    "To",
    "Cc",
    "Delivered-To",
    "X-Original-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "X-Careerlog",
    "Auto-Submitted",
)


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    prompt: dict[str, Any] | None = None

    @property
    def wanted(self) -> bool:
        return self.kind in ("reply", "correction", "capture")


def _prompt_by_message_id(db: Database, ids: list[str]) -> dict[str, Any] | None:
    for message_id in ids:
        rows = list(db.query("select * from prompts where message_id = ?", [message_id]))
        if rows:
            return rows[0]
    return None


def _prompt_by_subject(db: Database, subject: str) -> dict[str, Any] | None:
    if not _REPLY_PREFIX.match(subject):
        return None
    tag = SUBJECT_TAG.search(subject)
    if not tag:
        return None
    rows = list(
        db.query(
            "select * from prompts where period = ? and kind in ('weekly', 'monthly', 'quarterly') "
            "order by id desc limit 1",
            [tag.group(1)],
        )
    )
    return rows[0] if rows else None


def _recipients(headers: Message) -> set[str]:
    values = [header_text(headers, name) for name in ("To", "Cc", "Delivered-To", "X-Original-To")]
    return {addr.lower() for _name, addr in getaddresses(values) if addr}


def is_capture(headers: Message, config: Config) -> bool:
    if headers.get("In-Reply-To"):
        return False
    mail = config.mail
    if mail.capture_address and mail.capture_address.lower() in _recipients(headers):
        return True
    subject = header_text(headers, "Subject").strip().lower()
    prefix = (mail.capture_subject_prefix or "").strip().lower()
    return bool(prefix) and subject.startswith(prefix)


def classify(headers: Message, config: Config, db: Database) -> Verdict:
    if is_own(headers):
        return Verdict("own")
    prompt = _prompt_by_message_id(db, referenced_ids(headers))
    if prompt is None:
        prompt = _prompt_by_subject(db, header_text(headers, "Subject"))
    if prompt is not None:
        return Verdict("correction" if prompt["kind"] == "confirmation" else "reply", prompt)
    if is_capture(headers, config):
        return Verdict("capture")
    return Verdict("unrelated")
