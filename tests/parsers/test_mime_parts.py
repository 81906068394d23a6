"""MIME read on the raw bytes: the parts email's own parser finds, at a fraction of the memory.

``careerlog.parsers.mimeparts`` finds parts with ``bytes.find`` of the boundary instead of
``email.message_from_bytes``. These tests hold it to the stdlib's reading (the reference
below is how ``decode_message`` read mail before), on the fixtures and on the shapes where
a boundary scanner goes wrong, and check that a large message is neither copied nor
decoded past what the parser reads.
"""

from __future__ import annotations

import base64
import email
import email.message
import tracemalloc
from pathlib import Path

import pytest

from careerlog.parsers import ParseContext, parse_message
from careerlog.parsers.bounds import MAX_TEXT_BYTES
from careerlog.parsers.htmltext import html_to_text
from careerlog.parsers.mime import MAX_DEPTH, MAX_PARTS, _is_attachment, _part_text, decode_message
from tests.parsers.replycheck import FIXTURES, QUIRKS, REPLIES

HEAD = b"From: Ada <ada@example.com>\r\nSubject: Re: weekly [2026-W47]\r\n"


def stdlib_reading(raw: bytes) -> tuple[str, str, list[tuple[str | None, str, int]]]:
    """(text, source, attachments) as email.message_from_bytes gives them: the reference."""
    msg = email.message_from_bytes(raw)
    leaves: list[email.message.Message] = []
    stack = [(msg, 0)]
    seen = 0
    while stack and seen < MAX_PARTS:
        part, depth = stack.pop()
        seen += 1
        payload = part.get_payload() if part.get_content_maintype() == "multipart" else None
        if isinstance(payload, list):
            if depth < MAX_DEPTH:
                stack.extend(
                    (p, depth + 1)
                    for p in reversed(payload)
                    if isinstance(p, email.message.Message)
                )
            continue
        leaves.append(part)
    plain = html = None
    attachments = []
    for part in leaves:
        if _is_attachment(part, part.get_content_type()):
            data = part.get_payload(decode=True)
            size = len(data) if isinstance(data, bytes) else 0
            attachments.append((part.get_filename(), part.get_content_type(), size))
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            ctype = "text/plain"
        if ctype == "text/plain" and plain is None:
            plain = _part_text(part)
        elif ctype == "text/html" and html is None:
            html = _part_text(part)
        elif plain is None and part is msg:
            plain = _part_text(part)
    if plain is not None and plain.strip():
        return plain, "plain", attachments
    if html is not None:
        return html_to_text(html), "html", attachments
    return "", "none", attachments


def reading(raw: bytes) -> tuple[str, str, list[tuple[str | None, str, int]]]:
    msg = decode_message(raw)
    return msg.text, msg.source, [(a.filename, a.content_type, a.size) for a in msg.attachments]


def multipart(body: bytes, boundary: bytes = b"b", kind: bytes = b"mixed") -> bytes:
    ctype = b"Content-Type: multipart/" + kind + b'; boundary="' + boundary + b'"\r\n'
    return HEAD + b"MIME-Version: 1.0\r\n" + ctype + b"\r\n" + body


SHAPES = {
    "boundary-in-preamble": multipart(
        b"This is a MIME message; parts start at --b lines.\r\n--bogus\r\n  --b\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nShipped the fix.\r\n--b--\r\n"
    ),
    "boundary-inside-base64": multipart(
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64"
        b"\r\n\r\n"
        + base64.encodebytes("Shipped it.\r\n--b\r\n--b--\r\nStill mine. ✓\r\n".encode())
        + b"--b--\r\n"
    ),
    "longer-boundary-is-text": multipart(
        b"--b\r\nContent-Type: text/plain\r\n\r\nfirst line\r\n--bb\r\n--b-x\r\nlast\r\n--b--\r\n"
    ),
    "last-part-truncated": multipart(
        b"--b\r\nContent-Type: text/plain\r\n\r\nShipped the fix and then the mess"
    ),
    "truncated-in-base64": multipart(
        b"--b\r\nContent-Type: text/plain\r\n\r\nShipped it.\r\n--b\r\n"
        b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLj"
    ),
    "no-start-boundary": multipart(b"Shipped the fix, no parts at all.\r\n"),
    "closing-line-first": multipart(b"Shipped it.\r\n--b--\r\nafter the end\r\n"),
    "repeated-boundary-lines": multipart(
        b"--b\r\n--b\r\nContent-Type: text/plain\r\n\r\nShipped it.\r\n--b--\r\n"
    ),
    "nested-without-close": multipart(
        b'--b\r\nContent-Type: multipart/alternative; boundary="c"\r\n\r\n--c\r\n'
        b"Content-Type: text/plain\r\n\r\ninner text\r\n--b\r\nContent-Type: text/html\r\n\r\n"
        b"<p>html</p>\r\n--b--\r\n"
    ),
    "nested-same-boundary": multipart(
        b'--b\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nwhose part?\r\n--b--\r\n"
    ),
    "forwarded-message": multipart(
        b"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@y.z\r\nContent-Type: multipart/mixed;"
        b' boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nforwarded\r\n--b\r\n'
        b"Content-Type: text/plain\r\n\r\nmine\r\n--b--\r\n"
    ),
    "blanks-after-boundary": multipart(
        b"--b \t\r\nContent-Type: text/plain\r\n\r\nShipped it.\r\n--b--  \r\n"
    ),
    "boundary-folded-over-lines": HEAD
    + b'Content-Type: multipart/mixed; boundary="a\r\n b"\r\n\r\n--a\r\n b\r\nShipped it.\r\n',
    "body-without-headers": multipart(b"--b\r\nShipped it, no blank line.\r\n--b--\r\n"),
    "from-line-ends-headers": HEAD + b"From the desk of Ada\r\n\r\nShipped it.\r\n",
    "missing-boundary-parameter": HEAD + b"Content-Type: multipart/mixed\r\n\r\nShipped it.\r\n",
    "digest": multipart(b"--b\r\n\r\nFrom: x@y.z\r\n\r\nin a digest\r\n--b--\r\n", kind=b"digest"),
    "wrong-charset-8bit": multipart(
        b"--b\r\nContent-Type: text/plain; charset=no-such\r\n\r\nr\xc3\xa9sum\xe9 \xff\r\n--b--"
    ),
    "attachment-base64-garbage": multipart(
        b"--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: image/png\r\n"
        b'Content-Disposition: attachment; filename="x.png"\r\nContent-Transfer-Encoding: base64'
        b"\r\n\r\n!!not*base64==\r\n--b--\r\n"
    ),
}


def _line_ends(raw: bytes, end: bytes) -> bytes:
    return raw.replace(b"\r\n", end)


def _fixtures() -> list[Path]:
    return sorted([*REPLIES.glob("*.eml"), *QUIRKS.glob("*.eml"), *FIXTURES.rglob("*.eml")])


@pytest.mark.parametrize("eml", _fixtures(), ids=lambda p: p.name)
def test_fixtures_read_as_email_reads_them(eml: Path) -> None:
    raw = eml.read_bytes()
    assert reading(raw) == stdlib_reading(raw)


@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r"], ids=["CRLF", "LF", "CR"])
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_awkward_shapes_read_as_email_reads_them(name: str, end: bytes) -> None:
    raw = _line_ends(SHAPES[name], end)
    assert reading(raw) == stdlib_reading(raw)


def test_a_boundary_in_the_preamble_or_in_base64_text_starts_no_part() -> None:
    assert decode_message(SHAPES["boundary-in-preamble"]).text == "Shipped the fix."
    text = decode_message(SHAPES["boundary-inside-base64"]).text
    assert text == "Shipped it.\n--b\n--b--\nStill mine. ✓\n"


def test_a_truncated_last_part_is_read_to_the_end() -> None:
    assert decode_message(SHAPES["last-part-truncated"]).text.endswith("and then the mess")
    msg = decode_message(SHAPES["truncated-in-base64"])
    assert msg.text.strip() == "Shipped it."
    assert [a.content_type for a in msg.attachments] == ["application/pdf"]


@pytest.mark.parametrize("end", [b"\n", b"\r"], ids=["LF", "CR"])
def test_line_ends_do_not_change_the_text(end: bytes) -> None:
    for raw in SHAPES.values():
        assert decode_message(_line_ends(raw, end)).text == decode_message(raw).text


def test_deep_nesting_neither_recurses_nor_raises() -> None:
    raw = b"Content-Type: text/plain\r\n\r\ndeep text\r\n"
    for level in range(5000):
        b = f"n{level}".encode()
        raw = multipart(b"--" + b + b"\r\n" + raw + b"\r\n--" + b + b"--\r\n", boundary=b)
    assert decode_message(raw).text == ""  # past MAX_DEPTH nothing is read


def test_a_large_text_is_decoded_only_as_far_as_entries_need() -> None:
    line = b"Paired with Grace Hopper on the p99 work, which cut latency by 40ms.\n"
    body = line * (3 * MAX_TEXT_BYTES // len(line))
    raw = HEAD + b"Content-Type: text/plain\r\n\r\n" + body
    msg = decode_message(raw, text_limit=MAX_TEXT_BYTES)
    assert len(msg.text) <= MAX_TEXT_BYTES and msg.text.endswith("40ms.\n")  # at a line end
    assert len(msg.text) + msg.unread_chars == len(body)
    assert decode_message(raw).text == body.decode()  # without a limit: all of it

    reply = parse_message(raw, ParseContext(prompt_kind="weekly"))
    assert reply.entries and reply.entries[0].people == ["Grace Hopper"]
    left_out = reply.entries[-1].left_out_chars
    assert left_out >= msg.unread_chars
    assert any(f"{left_out:,} characters were not logged" in n for n in reply.entries[-1].notes)


def test_a_large_message_costs_a_fraction_of_its_size() -> None:
    """A 20 MB reply is not copied: what is decoded and parsed is its first megabyte.

    (email.message_from_bytes alone allocates about 8× the message.)
    """
    text = b"Shipped the fix for the on-call team and wrote the runbook.\n" * 340_000
    attached = base64.encodebytes(bytes(range(256)) * 60_000)
    messages = {
        "text": HEAD + b"Content-Type: text/plain\r\n\r\n" + text,
        "attachment": multipart(
            b"--b\r\nContent-Type: text/plain\r\n\r\nShipped it, log attached.\r\n--b\r\n"
            b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
            b'Content-Disposition: attachment; filename="log.bin"\r\n\r\n' + attached + b"--b--"
        ),
    }
    for name, raw in messages.items():
        assert len(raw) > 15_000_000
        tracemalloc.start()
        try:
            reply = parse_message(raw, ParseContext(prompt_kind="weekly"))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert reply.entries, name
        assert peak < len(raw) / 2, (name, peak)
    sizes = [a.size for a in decode_message(messages["attachment"]).attachments]
    assert sizes == [256 * 60_000]  # counted without decoding it whole
