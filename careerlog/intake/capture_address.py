"""The secret capture address: a fresh mail to ``you+log-<token>@...`` is logged.

A ``log:`` subject or a chosen capture address is a signal anyone can write into
a mail with your From. The token, made once per database (migration m008) and
shown only to you (``init``, ``doctor``), is one they can't: a capture sent there
needs no other proof. It hangs off ``[mail] capture_address`` when you chose one
(``you+log@`` becomes ``you+log-<token>@``), else off your own address.
"""

from __future__ import annotations

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.mail.identity import CAPTURE_TAG, plus_address
from careerlog.store.mailboxes import capture_token


def secret_capture_address(config: Config, db: Database) -> str:
    base = config.mail.capture_address or config.user.email
    return plus_address(base, CAPTURE_TAG + capture_token(db))
