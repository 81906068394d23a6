"""Errors a user can act on, kept apart from bugs.

A ``UserError`` reaches the CLI's single error boundary and is printed as one
clear message (exit code 2). Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad config, missing file, unreachable server.

    ``problems`` lists every independent problem found, so that a config with
    three mistakes is reported once, not fixed one run at a time.
    """

    exit_code = 2

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message] + [f"  - {p}" for p in self.problems]
        return "\n".join(lines)
