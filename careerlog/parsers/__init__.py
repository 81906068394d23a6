"""Reply parsing: MIME → the user's new text → structured entries.

from careerlog.parsers import parse_message, ParseContext
reply = parse_message(raw_bytes, ParseContext(prompt_kind="weekly"))
reply.to_contract()  # the ``careerlog parse --json`` object
"""

from careerlog.parsers.api import (
    infer_prompt_kind,
    is_skip,
    parse_message,
    prompt_text_from_message,
)
from careerlog.parsers.model import (
    Attachment,
    Metric,
    ParseContext,
    ParsedEntry,
    ParsedReply,
)

__all__ = [
    "Attachment",
    "Metric",
    "ParseContext",
    "ParsedEntry",
    "ParsedReply",
    "infer_prompt_kind",
    "is_skip",
    "parse_message",
    "prompt_text_from_message",
]
