"""Counts in words people read: "1 entry", "3 entries", never "1 entries"."""

from __future__ import annotations


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``count`` with the noun in the right number (``plural`` defaults to singular + s)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"
