"""How the demo's user answers: the bundled replies, re-addressed to real prompts.

Each bundled reply was written by a real mail client to a prompt like the one
careerlog just sent; its headers are rewritten so it answers that prompt
(In-Reply-To, References, Subject, Date), exactly as the client would have.
Some prompts get no answer, so the demo also shows what silence does.
"""

from __future__ import annotations

import re
from collections import deque
from datetime import datetime, timedelta
from email import message_from_bytes
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import compat32, default
from email.utils import format_datetime, make_msgid
from importlib import resources

# The order Ada answers in, per prompt kind; None means she lets one pass.
ANSWERS: dict[str, list[str | None]] = {
    "weekly": [
        "08-weekly-gmail-web-fr.eml",
        "06-weekly-protonmail.eml",
        "07-weekly-fastmail-inline.eml",
        "03-weekly-outlook-desktop.eml",
        "02-weekly-gmail-android-pt.eml",
        "01-weekly-gmail-web.eml",
        "04-weekly-apple-mail-macos-de.eml",
        "05-weekly-apple-mail-ios.eml",
        "09-weekly-gmail-ios-skip.eml",
        "10-weekly-outlook-autoreply.eml",
        None,
        None,
        "11-weekly-mutt-latin1.eml",
        # Written on New Year's Day about the days before, with how each thing felt:
        # the Q4 digest has enough feelings to say what energised and what drained.
        "27-weekly-mutt-feelings.eml",
    ],
    "monthly": [
        "12-monthly-outlook-android.eml",
        "14-monthly-thunderbird-inline.eml",
        "15-monthly-fastmail-bottom.eml",
    ],
    # Ada starts with no goals: her first review creates them, the next one updates
    # two, drops one and marks one done.
    "quarterly": [
        "25-quarterly-gmail-web-first-goals.eml",
        "26-quarterly-outlook-desktop-review.eml",
    ],
    "brief:Grace Hopper": [
        "22-brief-apple-mail-ios.eml",
        "23-brief-protonmail-inline.eml",
        "21-brief-gmail-web.eml",
        "24-brief-gmail-android-nl.eml",
    ],
}

DELAY = timedelta(minutes=25)


class Answerer:
    def __init__(self) -> None:
        self.queues = {kind: deque(names) for kind, names in ANSWERS.items()}
        self.folder = resources.files("careerlog.demo").joinpath("replies")

    def answer(
        self, key: str, message_id: str, subject: str, sent: datetime, prompt_text: str
    ) -> tuple[str, bytes] | None:
        """The reply to one prompt (file name and bytes), or None for silence."""
        queue = self.queues.get(key)
        name = queue.popleft() if queue else None
        if name is None:
            return None
        raw = _requote(self.folder.joinpath(name).read_bytes(), prompt_text)
        message = message_from_bytes(raw, policy=compat32)
        automatic = message.get("Auto-Submitted", "no").strip().lower() != "no"
        replacements = {
            "In-Reply-To": message_id,
            "References": message_id,
            "Subject": Header(("Automatic reply: " if automatic else "Re: ") + subject).encode(),
            "Date": format_datetime(sent + DELAY),
            "Message-ID": make_msgid(domain="mail.example.com"),
        }
        for header, value in replacements.items():
            del message[header]
            message[header] = value
        return name, message.as_bytes()


# An Outlook-style header block ("From:/Sent:/To:/Subject:", in any language) that
# introduces an original quoted without ">" markers.
_HEADER_BLOCK = re.compile(
    r"^(From|Von|De|Van|Da):[^\n]*\n(?:[^\n]*\n){1,4}?(Subject|Betreff|Objet|Onderwerp|Oggetto|Asunto|Assunto):[^\n]*\n",
    re.MULTILINE,
)


def _requote(raw: bytes, prompt_text: str) -> bytes:
    """Make an unmarked quote (Outlook) quote the prompt careerlog really sent.

    Replies quoted with ">" are left alone. The bundled Outlook replies quote an
    older prompt without markers; since careerlog compares the quote with the
    prompt it sent, the demo user's client must quote that prompt, as a real
    client would.
    """
    message = BytesParser(policy=default).parsebytes(raw)
    part = message.get_body(preferencelist=("plain",))
    if part is None or not isinstance(part, EmailMessage):
        return raw
    text = str(part.get_content()).replace("\r\n", "\n")
    block = _HEADER_BLOCK.search(text)
    if block is None:
        return raw
    part.set_content(
        text[: block.end()] + "\n" + prompt_text, charset="utf-8", cte="quoted-printable"
    )
    return message.as_bytes()
