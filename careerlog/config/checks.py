"""Value checks named by the schema's ``check`` field.

Each returns ``None`` when the value is fine, else a sentence that says what
is wrong and how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from careerlog.cron import CronError, split_fields

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _email(value: Any) -> str | None:
    if _EMAIL.match(value):
        return None
    return f"{value!r} is not an e-mail address; write it as name@example.com"


def _emails(value: Any) -> str | None:
    for item in value:
        problem = _email(item)
        if problem:
            return problem
    return None


def _timezone(value: Any) -> str | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"{value!r} is not an IANA time zone; use a name such as 'Europe/Paris' or 'UTC'"
    return None


def _cron(value: Any) -> str | None:
    from careerlog.cron import parse_crontab

    try:
        split_fields(value)
        parse_crontab(value, UTC)  # any zone does to check the syntax
    except CronError as exc:
        return f"{exc}; e.g. '0 16 * * fri' (Fridays 16:00) or '30 16 last fri * *'"
    return None


def _file(value: Any) -> str | None:
    path = Path(value).expanduser()
    if not path.is_file():
        return f"file {str(path)!r} does not exist; give the path of an existing file"
    return None


def _path(value: Any) -> str | None:
    path = Path(value).expanduser()
    if not path.exists():
        return f"{str(path)!r} does not exist; give an existing file or folder"
    return None


def _regexes(value: Any) -> str | None:
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            return f"{pattern!r} is not a regular expression ({exc}); fix or remove it"
    return None


CHECKS: dict[str, Callable[[Any], str | None]] = {
    "regexes": _regexes,
    "email": _email,
    "emails": _emails,
    "timezone": _timezone,
    "cron": _cron,
    "file": _file,
    "path": _path,
}
