"""Where a raw message's header section ends, found without parsing its body.

Mail too large to keep is stored as its headers only, and the Maildir reader looks at
a message's first bytes before it reads the rest: both need the headers alone.
"""

from __future__ import annotations

_SEPARATORS = (b"\r\n\r\n", b"\n\n")


def header_block(head: bytes) -> bytes:
    """The header section of ``head`` (up to the first blank line), CRLF or LF."""
    ends = [i for sep in _SEPARATORS if (i := head.find(sep)) >= 0]
    return head[: min(ends)] if ends else head
