"""The questions interactive ``careerlog init`` asks, in plain words, checked as typed.

A real mail server needs a host, a port that matches its security and sometimes
a private CA; a password is either a command that prints it or a value kept in
the (0600) config file. Each answer is checked when it is typed, so a mistake is
asked again instead of written into the file.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import click

from careerlog.config.checks import CHECKS
from careerlog.config.schema import DEFAULT_PORTS, option_of

_SERVER_QUESTION = {
    "mail.imap": "IMAP server where replies arrive, host or host:port (blank: a local Maildir)",
    "mail.smtp": "SMTP server to send through, host or host:port (blank: deliver to the Maildir)",
}
_HOST = re.compile(r"^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$")
_URL = re.compile(r"^(https?|webcals?)://[^\s/]+", re.IGNORECASE)


def _checked(check: str) -> Any:
    def proc(value: str) -> str:
        problem = CHECKS[check](value)
        if problem:
            raise click.UsageError(problem)
        return value

    return proc


def host_and_port(value: str) -> tuple[str, int | None]:
    """``mail.example.com`` or ``mail.example.com:993``; a URL scheme is not a host."""
    value = value.strip()
    if not value:
        return "", None
    if "://" in value:
        raise click.UsageError(
            "give the host name only, e.g. mail.example.com or mail.example.com:993"
        )
    host, port = value, None
    if value.count(":") == 1:
        host, _, digits = value.partition(":")
        if not digits.isdigit() or not 0 < int(digits) < 65536:
            raise click.UsageError(f"{digits!r} is not a port; give a number from 1 to 65535")
        port = int(digits)
    if not _HOST.match(host):
        raise click.UsageError(f"{host!r} is not a host name; e.g. mail.example.com")
    return host, port


def _url(value: str) -> str:
    if not _URL.match(value.strip()):
        raise click.UsageError("give the calendar's address, starting with https:// or webcal://")
    return value.strip()


def _existing_file(value: str) -> str:
    if value and not Path(value).expanduser().is_file():
        raise click.UsageError(f"there is no file {value!r}; give the path of the PEM file")
    return value


def ask_user(values: dict[str, Any], detected_timezone: str) -> None:
    if "name" not in values:
        values["name"] = click.prompt("Your name")
    if "email" not in values:
        values["email"] = click.prompt("Your e-mail address", value_proc=_checked("email"))
    if "timezone" not in values:
        values["timezone"] = click.prompt(
            "Your time zone", default=detected_timezone, value_proc=_checked("timezone")
        )


def ask_secret(values: dict[str, Any]) -> None:
    """A command that prints the password (preferred), or the password kept in the file."""
    if any(k in values for k in ("password", "password_command", "oauth2_token_command")):
        return
    while True:
        how = click.prompt(
            "How should careerlog get the password? 'command': a command that prints it "
            "(e.g. pass show mail); 'file': keep it in the config file (readable only by you)",
            type=click.Choice(["command", "file"]),
            default="command",
        )
        if how == "file":
            values["password"] = click.prompt("Password", hide_input=True)
            return
        command = click.prompt("Command that prints your password")
        if _runnable(command):
            values["password_command"] = command
            return
        # never echo the answer: it may be the password itself, typed at the wrong question
        click.echo(
            "That is not a program on this machine, so it was not kept (if you typed the "
            "password itself, answer 'file' to keep it in the config file instead)."
        )


def _runnable(command: str) -> bool:
    """Does ``command``'s first word name a program careerlog could run?"""
    try:
        argv = shlex.split(command)
    except ValueError:
        return False
    return bool(argv) and shutil.which(argv[0]) is not None


def ask_server(section: str, values: dict[str, Any], user_email: str | None) -> None:
    """Host (and port), security, port, CA file, login and password; blank host skips."""
    if "host" not in values:
        host, port = click.prompt(
            _SERVER_QUESTION[section], default="", show_default=False, value_proc=host_and_port
        )
        if not host:
            return
        values["host"] = host
        if port is not None:
            values["port"] = port
    ports = DEFAULT_PORTS[section]
    if "security" not in values:
        security = option_of(section, "security")
        guessed = next((s for s, p in ports.items() if p == values.get("port")), security.default)
        values["security"] = click.prompt(
            "Connection security: tls (encrypted from the start), starttls (upgraded after "
            "connecting) or none (only for a server on this machine)",
            type=click.Choice(security.choices),
            default=guessed,
        )
    if "port" not in values:
        values["port"] = click.prompt(
            "Port", default=ports[values["security"]], type=click.IntRange(1, 65535)
        )
    if "ca_file" not in values and values["security"] != "none":
        ca_file = click.prompt(
            "If the server's certificate is self-signed or from a private CA, the path of "
            "that CA's PEM file (blank: a public certificate)",
            default="",
            show_default=False,
            value_proc=_existing_file,
        )
        if ca_file:
            values["ca_file"] = ca_file
    if "username" not in values:
        username = click.prompt("Login name", default=user_email or "")
        if username and username != user_email:
            values["username"] = username
    ask_secret(values)


def ask_calendar(values: dict[str, Any]) -> None:
    """One calendar source; a blank kind skips it."""
    if "kind" not in values:
        kind = click.prompt(
            "A calendar to read: caldav, ics-url (a published .ics address), ics-file or "
            "vdir (blank: none)",
            type=click.Choice(["caldav", "ics-url", "ics-file", "vdir", ""]),
            default="",
            show_default=False,
            show_choices=False,
        )
        if not kind:
            return
        values["kind"] = kind
    if values["kind"] in ("caldav", "ics-url"):
        if "url" not in values:
            values["url"] = click.prompt("Its address (URL)", value_proc=_url)
        if "username" not in values:
            username = click.prompt("Login name (blank: none)", default="", show_default=False)
            if username:
                values["username"] = username
                ask_secret(values)
    elif "path" not in values:
        values["path"] = click.prompt("Its path", value_proc=_checked("path"))
