"""Decide from headers alone what an inbound mail is, before any body is fetched.

own        careerlog's own mail (prompts to yourself land in your inbox): ignored
reply      answers a prompt or brief
correction answers a confirmation: undo / reword / re-kind entries
capture    a fresh mail carrying the capture signal you chose (address or subject prefix)
unrelated  everything else: never downloaded, never stored

A reply or correction proves itself by referencing the secret token careerlog put
in the mail it answers (In-Reply-To/References, or the Reply-To plus-address). A
mail that only *claims* to answer one (a ``Re: ... [2026-W47]`` subject, a
careerlog Message-ID with a token careerlog never issued) or to be a capture
(``log:``, the capture address without its secret) counts only when a trusted
server authenticated the sender. Otherwise it gets a ``problem`` and the intake
quarantines it; ``careerlog quarantine accept`` still logs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import Message
from email.utils import getaddresses
from typing import Any, Literal

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.intake.capture_address import secret_capture_address
from careerlog.intake.owner import authentication_problem
from careerlog.mail.identity import (
    DOMAIN,
    REPLY_PREFIX,
    REPLY_TAG,
    SUBJECT_TAG,
    header_text,
    is_own,
    referenced_ids,
)
from careerlog.store.inbound import count_answers
from careerlog.store.prompts import cadence_prompt_for, prompt_by_token, referenced_prompt

Kind = Literal["own", "reply", "correction", "capture", "unrelated"]
_REPLY_ADDRESS = re.compile(r"\+(?:[^@]*-)?" + REPLY_TAG + r"([a-z0-9]+)@", re.I)
# One token answers at most this many mails: a conversation, even a long thread
# that keeps it in References, stays far below; a leaked token cannot fill the log.
MAX_ANSWERS = 50

# Headers fetched for every message; enough to classify without the body.
HEADER_FIELDS = (
    "From",
    "Sender",
    "Reply-To",
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
    "Authentication-Results",
)


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    prompt: dict[str, Any] | None = None
    # Why a mail that looks wanted has not proven it is; the intake quarantines it.
    problem: str | None = None

    @property
    def wanted(self) -> bool:
        return self.kind in ("reply", "correction", "capture")


def _prompt_by_reply_address(db: Database, recipients: set[str]) -> dict[str, Any] | None:
    for address in sorted(recipients):
        match = _REPLY_ADDRESS.search(address)
        if match and (prompt := prompt_by_token(db, match.group(1))):
            return prompt
    return None


def _prompt_by_subject(db: Database, subject: str) -> dict[str, Any] | None:
    if not REPLY_PREFIX.match(subject):
        return None
    tag = SUBJECT_TAG.search(subject)
    if not tag:
        return None
    return cadence_prompt_for(db, tag.group(1))


def _recipients(headers: Message) -> set[str]:
    values = [header_text(headers, name) for name in ("To", "Cc", "Delivered-To", "X-Original-To")]
    return {addr.lower() for _name, addr in getaddresses(values) if addr}


def _answer(db: Database, prompt: dict[str, Any], problem: str | None = None) -> Verdict:
    kind: Kind = "correction" if prompt["kind"] == "confirmation" else "reply"
    if problem is None:
        used = count_answers(db, prompt["id"])
        if used >= MAX_ANSWERS:
            # the Message-ID holds the token, a secret: the reason names the row instead
            problem = (
                f"the token of careerlog's {prompt['kind']} mail (prompt #{prompt['id']}) has "
                f"answered {used} mails already, more than a reply would ({MAX_ANSWERS})"
            )
    return Verdict(kind, prompt, problem)


def _claimed_answer(
    headers: Message, config: Config, db: Database, ids: list[str]
) -> Verdict | None:
    """A mail that says it answers careerlog but holds no token careerlog issued."""
    prompt = _prompt_by_subject(db, header_text(headers, "Subject"))
    forged_ids = [i for i in ids if i.lower().endswith("@" + DOMAIN + ">")]
    if prompt is None and not forged_ids:
        return None
    unproven = authentication_problem(headers, config)
    if unproven is None:  # a trusted server vouches for the sender
        return _answer(db, prompt) if prompt is not None else Verdict("reply")
    if forged_ids:
        problem = f"references {forged_ids[0]}, whose token careerlog never issued; {unproven}"
    else:
        problem = f"answers a prompt only by the [period] tag in its subject; {unproven}"
    return Verdict("reply", None, problem) if prompt is None else _answer(db, prompt, problem)


def _capture(headers: Message, config: Config, db: Database, recipients: set[str]) -> Verdict:
    if secret_capture_address(config, db).lower() in recipients:
        return Verdict("capture")
    if headers.get("In-Reply-To"):
        return Verdict("unrelated")
    mail = config.mail
    to_chosen = bool(mail.capture_address) and str(mail.capture_address).lower() in recipients
    prefix = (mail.capture_subject_prefix or "").strip().lower()
    subject = header_text(headers, "Subject").strip().lower()
    if not to_chosen and not (prefix and subject.startswith(prefix)):
        return Verdict("unrelated")
    unproven = authentication_problem(headers, config)
    if unproven is None:
        return Verdict("capture")
    return Verdict(
        "capture",
        problem="a capture counts only when sent to your secret capture address "
        f"('careerlog doctor' shows it) or authenticated; {unproven}",
    )


def classify(headers: Message, config: Config, db: Database) -> Verdict:
    if is_own(headers):
        return Verdict("own")
    ids = referenced_ids(headers)
    recipients = _recipients(headers)
    prompt = referenced_prompt(db, ids) or _prompt_by_reply_address(db, recipients)
    if prompt is not None:
        return _answer(db, prompt)
    claimed = _claimed_answer(headers, config, db, ids)
    if claimed is not None:
        return claimed
    return _capture(headers, config, db, recipients)
