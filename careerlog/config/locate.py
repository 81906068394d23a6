"""Line numbers of TOML tables and keys, so errors can point at them.

``tomllib`` gives values but not positions; a single pass over the text finds
``[table]`` / ``[[array]]`` headers and ``key =`` lines well enough for error
messages (multi-line strings and inline tables simply get no line).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=""")

Place = tuple[str, int | None, str]  # (section, array index, key or "")


def locate(text: str) -> dict[Place, int]:
    """Map (section, index, key) to a 1-based line; key "" is the header line."""
    places: dict[Place, int] = {}
    section = ""
    index: int | None = None
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            section = header.group(2).replace(" ", "").replace('"', "")
            if header.group(1) == "[[":
                index = counts.get(section, 0)
                counts[section] = index + 1
            else:
                index = None
            places.setdefault((section, index, ""), number)
            continue
        key = _KEY.match(line)
        if key:
            name = next(g for g in key.groups() if g)
            full_section, _, leaf = f"{section}.{name}".strip(".").rpartition(".")
            places.setdefault((full_section, index, leaf), number)
    return places
