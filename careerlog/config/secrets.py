"""Fetch passwords and tokens when a connection needs them, never earlier.

Order: the environment override (``CAREERLOG_MAIL_IMAP_PASSWORD`` …), then
``oauth2_token_command``, then ``password_command``, then ``password``.
Commands run without a shell and with a timeout; their output is never logged
and never part of an error message.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass

from careerlog.config.model import Credentials
from careerlog.errors import UserError

log = logging.getLogger(__name__)

# What each command key prints, for errors that name the key and not the command
_NOUNS = {"password_command": "password", "oauth2_token_command": "token"}


@dataclass(frozen=True, repr=False)
class Secret:
    """A resolved secret. ``repr`` hides the value so it can't leak into logs."""

    mechanism: str  # "password" or "xoauth2"
    value: str
    source: str

    def __repr__(self) -> str:
        return f"Secret({self.mechanism} from {self.source})"


def run_secret_command(argv: tuple[str, ...], section: str, key: str, timeout: float) -> str:
    """Run the command in ``[section] key`` and return its first output line.

    Errors name the config key, never the command's words: a password pasted as
    ``password_command = "hunter2"`` is a command that is "not found".
    """
    command = f"the {_NOUNS[key]} command configured in [{section}] {key}"
    log.debug("running %s", command)
    try:
        done = subprocess.run(
            list(argv),
            capture_output=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise UserError(
            f"{command} was not found; check the program's path in your config"
        ) from None
    except PermissionError:
        raise UserError(f"{command} is not executable") from None
    except subprocess.TimeoutExpired:
        raise UserError(
            f"{command} did not finish within {timeout:g} s; "
            "raise [secrets] command_timeout or fix the command"
        ) from None
    if done.returncode != 0:
        raise UserError(
            f"{command} failed with exit code {done.returncode}; run it by hand to see why"
        )
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    value = lines[0].strip() if lines else ""
    if not value:
        raise UserError(f"{command} printed nothing; it must print the secret")
    return value


def resolve(credentials: Credentials, timeout: float) -> Secret:
    """Return the secret for a server or calendar, or explain how to provide one."""
    env = os.environ.get(credentials.env_var) if credentials.env_var else None
    if env:
        return Secret("password", env, f"${credentials.env_var}")
    if credentials.oauth2_token_command:
        token = run_secret_command(
            credentials.oauth2_token_command, credentials.section, "oauth2_token_command", timeout
        )
        return Secret("xoauth2", token, "oauth2_token_command")
    if credentials.password_command:
        password = run_secret_command(
            credentials.password_command, credentials.section, "password_command", timeout
        )
        return Secret("password", password, "password_command")
    if credentials.password:
        return Secret("password", credentials.password, "password")
    raise UserError(
        f"[{credentials.section}] has no password: set password_command (recommended), password, "
        f"oauth2_token_command, or the environment variable {credentials.env_var}"
    )
