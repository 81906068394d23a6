"""The one fuzzy lookup: the record whose name or title is spelt closest to a query.

rapidfuzz is imported on first use, so commands that never look anything up by a
loose spelling (``list``, ``--version``) don't load it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def closest(query: str, choices: Mapping[K, str], *, cutoff: float, by_words: bool) -> K | None:
    """The key of the best match scoring at least ``cutoff`` (0-100), or None.

    ``by_words`` compares sets of words (goal titles said in another order, or in
    part); otherwise whole names are compared, forgiving typos and missing parts.
    """
    from rapidfuzz import fuzz, process, utils

    match = process.extractOne(
        query,
        choices,
        scorer=fuzz.token_set_ratio if by_words else fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=cutoff,
    )
    return match[2] if match else None
