"""Reply parsing: MIME → the user's new text → structured entries.

from careerlog.parsers import parse_message, ParseContext
reply = parse_message(raw_bytes, ParseContext(prompt_kind="weekly"))
reply.to_contract()  # the ``careerlog parse --json`` object

The names below are loaded on first use (PEP 562): the store imports
``careerlog.parsers.model`` for its data classes, and that must not pull the
whole parser into quick commands such as ``careerlog list``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "infer_prompt_kind": "api",
    "is_skip": "api",
    "parse_message": "api",
    "prompt_text_from_message": "api",
    "Attachment": "model",
    "Metric": "model",
    "ParseContext": "model",
    "ParsedEntry": "model",
    "ParsedReply": "model",
}

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


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
