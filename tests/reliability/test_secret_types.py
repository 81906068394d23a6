"""A secret of the wrong TOML type is named, never printed: CLI, doctor, and the service's
log when a SIGHUP reload meets it.

Every secret key (password, password_command, oauth2_token_command, a calendar URL) in
every table that has one gets values of every wrong type, each distinctive enough that
a grep can't miss it. A password pasted where the command belongs is not printed either.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.clirun import careerlog
from tests.configfile import config_path
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import MakeConfig

# Literal TOML, not tests.configfile: each case is a secret written as the wrong TOML type
# (a number, a date, an inline table...), exactly as a user might type it.
MAILDIR_CONFIG = """
[user]
name = "Ada Lovelace"
email = "ada@example.com"

[store]
path = "{home}/careerlog.db"

[mail]
inbox = "maildir"
outbox = "maildir"
maildir_inbox = "{home}/Maildir"
"""
TABLES = {
    "mail.imap": '[mail.imap]\nhost = "imap.example.com"\n',
    "mail.smtp": '[mail.smtp]\nhost = "smtp.example.com"\n',
    "calendar.sources": '[[calendar.sources]]\nkind = "ics-url"\n',
}
KEYS = {
    "mail.imap": ("password", "password_command", "oauth2_token_command"),
    "mail.smtp": ("password", "password_command", "oauth2_token_command"),
    "calendar.sources": ("password", "password_command", "oauth2_token_command", "url"),
}
# TOML value -> what would show if it were printed
WRONG = {
    "87654321": "87654321",
    "8765.4321": "8765.4321",
    "1979-05-27T07:32:00Z": "1979",
    '{ inner = "Qx7-inline-secret" }': "Qx7-inline-secret",
    "true": "True",
}
WRONG_FOR_STRINGS = {'["Qx7-listed-secret"]': "Qx7-listed-secret"}
# A command is a list, so a list holding something other than strings is the wrong type
WRONG_FOR_COMMANDS = {
    "[12345678]": "12345678",
    '[{ inner = "Qx7-inline-secret" }]': "Qx7-inline-secret",
}
TYPE_WORDS = {
    "password": "must be a string in quotes",
    "url": "must be a string in quotes",
    "password_command": "must be a command as a list",
    "oauth2_token_command": "must be a command as a list",
}


def cases() -> list[tuple[str, str, str, str]]:
    found = []
    for table, keys in KEYS.items():
        for key in keys:
            wrong = dict(WRONG)
            if key in ("password", "url"):
                wrong.update(WRONG_FOR_STRINGS)
            else:
                wrong.update(WRONG_FOR_COMMANDS)
            found += [(table, key, value, shown) for value, shown in wrong.items()]
    return found


def config_text(home: Path, table: str, key: str, value: str) -> str:
    needs_url = key != "url" and table == "calendar.sources"
    other = '\nurl = "https://cal.example.com/a.ics"' if needs_url else ""
    return MAILDIR_CONFIG.format(home=home) + TABLES[table] + f"{key} = {value}{other}\n"


@pytest.mark.parametrize(("table", "key", "value", "shown"), cases())
def test_wrong_type_names_key_and_type_never_the_value(
    home: Path, table: str, key: str, value: str, shown: str
) -> None:
    path = home / "config.toml"
    path.write_text(config_text(home, table, key, value))
    for command in ("doctor", "list"):
        run = careerlog("--config", str(path), command)
        assert run.code == 2, run.text
        assert f"{key}: {TYPE_WORDS[key]}" in run.err
        assert shown not in run.text, f"{key} = {value} printed by {command}"
        assert "Traceback" not in run.text


def test_service_reload_log_never_holds_the_value(home: Path) -> None:
    path = home / "config.toml"
    good = MAILDIR_CONFIG.format(home=home)
    path.write_text(good)
    daemon = Daemon(path, home)
    try:
        daemon.ready(20)
        for refusals, (table, key, value, _shown) in enumerate(cases(), start=1):
            path.write_text(config_text(home, table, key, value))
            daemon.signal(signal.SIGHUP)
            wait_for(
                lambda n=refusals: daemon.log().count("reload refused") >= n,
                10,
                f"reload refused for {key} = {value}",
            )
        assert daemon.process.poll() is None
    finally:
        daemon.stop()
        path.write_text(good)
    log = daemon.log()
    for _table, key, _value, shown in cases():
        if shown != "True":  # a boolean shows up in plenty of other lines
            assert shown not in log, f"{key}: {shown} in the service log"
    assert "Traceback" not in log


@pytest.mark.parametrize("key", ["password_command", "oauth2_token_command"])
def test_a_password_pasted_as_the_command_is_not_printed(make_config: MakeConfig, key: str) -> None:
    """The command is run only at login, so the real IMAP server must be reached first."""
    pasted = "Qx7-pasted-as-command"
    config = make_config({"mail": {"imap": {key: pasted}}})
    run = careerlog("--config", str(config_path(config)), "-vv", "doctor")
    assert run.code != 0
    noun = "password" if key == "password_command" else "token"
    assert f"the {noun} command configured in [mail.imap] {key} was not found" in run.text
    assert f"running the {noun} command" in run.text  # the debug log is in the output
    assert pasted not in run.text
