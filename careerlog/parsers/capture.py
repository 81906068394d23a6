"""A capture's subject is what the user did: "log: cut the backup window to 55 min".

People write the accomplishment in the subject of a capture and often nothing in
the body; a parser that read only the body skipped such mail without a word.
"""

from __future__ import annotations

from dataclasses import replace

from careerlog.parsers.quotes import Segment, Stripped


def capture_headline(subject: str, prefix: str) -> str:
    """The subject of a capture without its prefix: where people write what they did."""
    subject = " ".join(subject.split())
    if prefix and subject.lower().startswith(prefix.lower()):
        subject = subject[len(prefix) :].strip()
    return subject


def with_headline(stripped: Stripped, headline: str) -> Stripped:
    """The headline as the first line of what the user wrote; the body adds to it."""
    if not headline:
        return stripped
    if not stripped.segments:
        return Stripped([Segment([headline])], stripped.quoted)
    first, *rest = stripped.segments
    if first.lines and headline[-1] not in ".!?;:…—":
        # "… to 55 min — Used parallel dumps.": the body goes on in the same entry,
        # not glued on as "55 min Used parallel dumps."
        headline += " —"
    lines = [headline, *first.lines]
    return Stripped([replace(first, lines=lines), *rest], stripped.quoted)
