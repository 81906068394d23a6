"""MIME → one text body, plus the headers and attachments the rest of the parser needs.

Mail from the wild lies about itself: charsets are missing, wrong or unknown, parts nest
absurdly deep, bodies carry NUL bytes. Nothing here raises on bad input; it degrades to the
best text it can find.
"""

from __future__ import annotations

import codecs
import email
import email.message
import email.utils
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header, decode_header, make_header

from careerlog.parsers.htmltext import html_to_text
from careerlog.parsers.mimeparts import Part, body, content_params, leaves, read_message
from careerlog.parsers.model import Attachment

log = logging.getLogger(__name__)

MAX_DEPTH = 32
MAX_PARTS = 500
# An attachment up to this size is decoded to tell its size; a larger one is counted in
# chunks of _CHUNK bytes instead, so a 20 MB attachment is never copied whole.
_DECODE_WHOLE = 1_000_000
_CHUNK = 1_000_000
_BASE64_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
# Labels that usually mean "I did not know": the bytes are often really UTF-8.
_WEAK_LABELS = {"ascii", "latin_1", "iso8859_1", "cp1252"}
# An atom of RFC 5322 as email's address parser reads one: no special, no blank.
_ATOM = r"[^\s()<>@,:;.\"\[\]\\]+"
_DOT_ATOMS = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
# "Ada Lovelace <ada@example.com>", "<ada@example.com>" or "ada@example.com": nearly every
# From header. For these, email.utils.parseaddr's answer is the name's words joined by one
# space and the address as written; its character-by-character parser costs more than the
# rest of the headers together.
_PLAIN_ADDRESS = re.compile(
    rf"[ \t]*(?:(?:(?P<name>{_ATOM}(?:[ \t]+{_ATOM})*)[ \t]*)?<(?P<routed>{_DOT_ATOMS})>"
    rf"|(?P<bare>{_DOT_ATOMS}))[ \t]*"
)


@dataclass
class DecodedMessage:
    """The parts of a raw message the reply parser reads."""

    headers: email.message.Message
    text: str = ""
    source: str = "none"  # "plain", "html" or "none"
    subject: str = ""
    date: datetime | None = None
    from_name: str = ""
    from_addr: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    # Characters of the text part past ``text_limit``, not decoded (about: for base64 and
    # quoted-printable, counted from the encoded bytes).
    unread_chars: int = 0

    def header(self, name: str) -> str:
        return decode_header_value(self.headers.get(name))


def decode_header_value(value: object) -> str:
    """Decode RFC 2047 encoded words; never raise."""
    if value is None:
        return ""
    if isinstance(value, Header):
        # Raw 8-bit header bytes (no RFC 2047): the parser wraps them as "unknown-8bit".
        parts = decode_header(value)
        return "".join(
            decode_bytes(text, None if charset in (None, "unknown-8bit") else charset)
            if isinstance(text, bytes)
            else text
            for text, charset in parts
        )
    raw = str(value)
    if "=?" not in raw:
        return raw  # no encoded word: what email would give back, without building a Header
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # malformed encoded words, unknown charsets
        return raw


def _parse_address(value: str) -> tuple[str, str]:
    """(display name, address), as ``email.utils.parseaddr`` reads them."""
    if m := _PLAIN_ADDRESS.fullmatch(value):
        if m["bare"]:
            return "", m["bare"]
        return " ".join((m["name"] or "").split()), m["routed"]
    return email.utils.parseaddr(value)


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode a body, trusting the declared charset only as far as the bytes agree."""
    label: str | None = None
    if charset:
        try:
            label = codecs.lookup(charset.strip().strip('"').lower()).name.replace("-", "_")
        except (LookupError, ValueError):
            log.debug("unknown charset %r, guessing", charset)
    order: list[str] = []
    if label and label not in _WEAK_LABELS:
        order.append(label)
    order += ["utf_8", "cp1252"]
    for codec in order:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin_1")


def unflow(text: str, delsp: bool) -> str:
    """Join format=flowed lines (RFC 3676): a line ending in a space continues on the next."""
    out: list[str] = []
    buf: str | None = None
    buf_depth = 0

    def render(depth: int, content: str) -> str:
        return ("> " * depth + content) if depth else content

    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delsp:
            content = content[:-1]
        if buf is not None and depth != buf_depth:
            out.append(render(buf_depth, buf))
            buf = None
        if buf is None:
            buf, buf_depth = content, depth
        else:
            buf += content
        if not flowed:
            out.append(render(buf_depth, buf))
            buf = None
    if buf is not None:
        out.append(render(buf_depth, buf))
    return "\n".join(out)


def _part_text(part: email.message.Message, ctype: str | None = None) -> str:
    """The part's text, decoded. ``ctype``: its content type, if the caller has read it
    already (each get_content_type parses the header again)."""
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    params: dict[str, object] = {}
    try:  # read once: each get_param parses the header again
        for key, value in content_params(part):
            params.setdefault(key.lower(), value)
    except Exception:
        params.clear()
    charset = params.get("charset")
    text = decode_bytes(payload, charset if isinstance(charset, str) else None)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if (ctype or part.get_content_type()) == "text/plain":
        fmt = str(params.get("format") or "").lower()
        if fmt == "flowed":
            text = unflow(text, str(params.get("delsp") or "").lower() == "yes")
    return text


def _is_attachment(part: email.message.Message, ctype: str) -> bool:
    maintype = ctype.split("/")[0]
    if maintype == "multipart":
        return False  # a multipart whose boundary is missing: its body is all we have
    disposition = str(part.get("Content-Disposition", "")).split(";")[0].strip().lower()
    if disposition == "attachment":
        return True
    return maintype != "text" or _has_filename(part)


def _has_filename(part: email.message.Message) -> bool:
    """Does the part name a file? Only a "filename" or "name" parameter can: a header
    without those letters (most text parts) is spared email parsing its parameters."""
    headers = (part.get("Content-Disposition"), part.get("Content-Type"))
    if all(isinstance(h, str) and "name" not in h.lower() for h in headers if h is not None):
        return False
    try:
        return bool(part.get_filename())
    except Exception:
        return False


def _attachment(raw: bytes, part: Part, ctype: str) -> Attachment:
    try:
        filename = part.headers.get_filename()
    except Exception:
        filename = None
    name = decode_header_value(filename) if filename else None
    return Attachment(filename=name, content_type=ctype, size=_size(raw, part, ctype))


def _size(raw: bytes, part: Part, ctype: str) -> int:
    """The attachment's decoded size, as email tells it; past ``_DECODE_WHOLE``, counted
    without decoding (base64 exactly when well-formed, anything else by its length)."""
    if ctype.startswith("message/"):
        return 0  # a message inside a message: email reads it as parts, not bytes
    if part.end - part.start > _DECODE_WHOLE:
        cte = str(part.headers.get("Content-Transfer-Encoding", "")).strip().lower()
        return _base64_size(raw, part) if cte == "base64" else part.end - part.start
    try:
        payload = _with_payload(raw, part).get_payload(decode=True)
    except Exception:
        payload = None
    return len(payload) if isinstance(payload, bytes) else 0


def _base64_size(raw: bytes, part: Part) -> int:
    """What base64 decodes to, counted a chunk at a time: the letters, less the padding."""
    letters = padding = 0
    view = memoryview(raw)
    for start in range(part.start, part.end, _CHUNK):
        chunk = bytes(view[start : min(start + _CHUNK, part.end)])
        letters += len(chunk) - len(chunk.translate(None, _BASE64_LETTERS))
        padding += chunk.count(b"=")
    return (letters + padding) // 4 * 3 - padding


def _with_payload(raw: bytes, part: Part, limit: int | None = None) -> email.message.Message:
    """The part's headers with its body (up to ``limit``) as payload, as email would read it."""
    data, _ = body(raw, part, limit)
    part.headers.set_payload(data.decode("ascii", "surrogateescape"))
    return part.headers


def _text(raw: bytes, part: Part, limit: int | None) -> tuple[str, int]:
    """The part's text, and about how many characters of it were left unread."""
    data, unread = body(raw, part, limit)
    part.headers.set_payload(data.decode("ascii", "surrogateescape"))
    del data  # up to a megabyte, and the payload now holds it
    if unread and str(part.headers.get("Content-Transfer-Encoding", "")).lower() == "base64":
        unread = unread * 3 // 4  # four letters of base64 hold three bytes
    return _part_text(part.headers, part.ctype), unread


def parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except Exception:
        return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def decode_message(raw: bytes, text_limit: int | None = None) -> DecodedMessage:
    """Parse raw RFC 5322 bytes; the body is text/plain when present, else HTML as text.

    ``text_limit``: decode at most about this many bytes of the text part; the rest is
    counted in ``unread_chars`` and never copied (the raw message keeps it).
    """
    root = read_message(raw, MAX_PARTS)
    result = DecodedMessage(headers=root.headers)
    result.subject = " ".join(result.header("Subject").split())
    result.date = parse_date(result.header("Date"))
    name, addr = _parse_address(result.header("From"))
    result.from_name, result.from_addr = name.strip(), addr.strip().lower()

    plain: str | None = None
    # The first HTML part, decoded only if no plain text comes: most clients send both,
    # and the HTML alternative is then never read.
    html: Part | None = None
    plain_unread = 0
    for part in leaves(raw, root, MAX_DEPTH, MAX_PARTS):
        ctype = part.ctype
        if _is_attachment(part.headers, ctype):
            result.attachments.append(_attachment(raw, part, ctype))
            continue
        if ctype.startswith("multipart/"):
            ctype = "text/plain"
        if ctype == "text/plain" and plain is None:
            plain, plain_unread = _text(raw, part, text_limit)
        elif ctype == "text/html" and html is None:
            html = part
        elif plain is None and part is root:
            plain, plain_unread = _text(raw, part, text_limit)
    if plain is not None and plain.strip():
        result.text, result.source, result.unread_chars = plain, "plain", plain_unread
    elif html is not None:
        html_text, result.unread_chars = _text(raw, html, text_limit)
        result.text, result.source = html_to_text(html_text), "html"
    return result
