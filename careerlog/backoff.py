"""Exponential backoff with equal jitter, for reconnects and retries.

Half the delay is fixed and half random ("equal jitter"), so a server that comes
back is not hit by every waiting client, or every queued mail, in the same second.
"""

from __future__ import annotations

import random


def backoff_delay(
    attempt: int, initial: float, maximum: float, rng: random.Random | None = None
) -> float:
    """Seconds to wait before retry number ``attempt`` (1-based): random in [d/2, d]."""
    delay = min(maximum, initial * (2 ** max(0, attempt - 1)))
    return delay / 2 + (rng or random).uniform(0, delay / 2)
