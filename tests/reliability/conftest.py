"""Reliability suite: crashes, outages, hostile input, secrets, escaping.

tests/ has no packages: the daemon helpers live in tests/daemon, put it on the path.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_DAEMON_HELPERS = str(Path(__file__).resolve().parent.parent / "daemon")
if _DAEMON_HELPERS not in sys.path:
    sys.path.insert(0, _DAEMON_HELPERS)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "reliability: crash/outage/hostile-input tests (run by `make test`, ~2 min)"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.reliability)
