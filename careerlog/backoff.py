"""Exponential backoff with full jitter, for reconnects and retries."""

from __future__ import annotations

import random


def backoff_delay(attempt: int, initial: float, maximum: float) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): random in [0.5·d, d]."""
    delay = min(maximum, initial * (2 ** max(0, attempt - 1)))
    return delay * (0.5 + random.random() / 2)
