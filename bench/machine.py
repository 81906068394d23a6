"""The machine a benchmark ran on, under the same names in every script's JSON."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any


def cpu_model() -> str:
    """/proc/cpuinfo's "model name", else what platform.processor() says."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def machine(**extra: Any) -> dict[str, Any]:
    """Platform, Python, CPUs and load average (1, 5, 15 min), then a script's own fields."""
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu_model(),
        "load_average": [round(load, 2) for load in os.getloadavg()],
        **extra,
    }
