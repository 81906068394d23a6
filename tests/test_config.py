"""Config: found where documented, every mistake named with line and fix, secrets safe."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from careerlog.config import load_config, parse_config
from careerlog.config.schema import SECTIONS
from careerlog.config.secrets import resolve
from careerlog.errors import UserError
from tests.clirun import careerlog

# Literal TOML here, not tests.configfile: these tests are about a file's exact text
# (line numbers in messages, typo'd tables, syntax errors, which file is found).
MINIMAL = """
[user]
name = "Ada Lovelace"
email = "ada@example.com"
"""


def problems_of(text: str) -> str:
    with pytest.raises(UserError) as info:
        parse_config(text, Path("config.toml"))
    return str(info.value)


def test_minimal_config_gets_documented_defaults(home: Path) -> None:
    config = parse_config(MINIMAL)
    assert config.user.timezone == "UTC"
    assert config.store_path == home / "data" / "careerlog" / "careerlog.db"
    assert config.mail.inbox == "maildir" and config.mail.outbox == "maildir"
    assert config.cadence.monthly == "30 16 last fri * *"
    assert config.imap is None and config.calendars == ()


def test_server_ports_follow_security_and_username_defaults_to_email() -> None:
    config = parse_config(
        MINIMAL
        + '[mail.imap]\nhost = "imap.example.com"\nsecurity = "starttls"\n'
        + '[mail.smtp]\nhost = "smtp.example.com"\n'
    )
    assert config.imap is not None and config.smtp is not None
    assert (config.imap.port, config.smtp.port) == (143, 465)
    assert config.imap.credentials.username == "ada@example.com"
    assert config.mail.inbox == "imap" and config.mail.outbox == "smtp"


def test_unknown_key_names_line_and_closest_key() -> None:
    text = MINIMAL + '[mail.imap]\nhost = "imap.example.com"\nprot = 993\n'
    message = problems_of(text)
    assert "config.toml, line 7: [mail.imap] prot: unknown key; did you mean 'port'?" in message


def test_unknown_table_suggests_closest() -> None:
    assert "did you mean [cadence]?" in problems_of(MINIMAL + "[cadense]\nweekly = '0 9 * * mon'\n")


def test_every_problem_reported_at_once() -> None:
    text = """
[user]
name = 42
timezone = "Mars/Olympus"
[cadence]
weekly = "every friday"
"""
    message = problems_of(text)
    assert "line 3: [user] name: must be a string in quotes, not 42" in message
    assert "[user] email: is required" in message
    assert "line 4: [user] timezone: 'Mars/Olympus' is not an IANA time zone" in message
    assert "line 6: [cadence] weekly" in message and "crontab line has 5" in message


def test_bad_choice_suggests_a_valid_one() -> None:
    message = problems_of(MINIMAL + '[mail.imap]\nhost = "h.example.com"\nsecurity = "tsl"\n')
    assert "'tsl' is not allowed; did you mean 'tls'?" in message


def test_toml_syntax_error_names_the_line() -> None:
    message = problems_of('[user]\nname = "Ada\n')
    assert "not valid TOML" in message and "line 2" in message


def test_security_none_refused_for_remote_host_allowed_on_loopback() -> None:
    message = problems_of(MINIMAL + '[mail.smtp]\nhost = "smtp.example.com"\nsecurity = "none"\n')
    assert "[mail.smtp] security" in message and "only allowed for 127.0.0.1" in message
    config = parse_config(MINIMAL + '[mail.smtp]\nhost = "127.0.0.1"\nsecurity = "none"\n')
    assert config.smtp is not None and config.smtp.port == 25


def test_calendar_source_needs_url_or_path() -> None:
    message = problems_of(MINIMAL + '[[calendar.sources]]\nkind = "caldav"\n')
    assert "[[calendar.sources]] #1" in message and "needs url" in message


def test_config_path_precedence(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    xdg = home / "config" / "careerlog" / "config.toml"
    xdg.parent.mkdir(parents=True)
    xdg.write_text(MINIMAL.replace("Ada Lovelace", "From XDG"))
    env_file = home / "env.toml"
    env_file.write_text(MINIMAL.replace("Ada Lovelace", "From env"))
    flag_file = home / "flag.toml"
    flag_file.write_text(MINIMAL.replace("Ada Lovelace", "From flag"))
    assert load_config().user.name == "From XDG"
    monkeypatch.setenv("CAREERLOG_CONFIG", str(env_file))
    assert load_config().user.name == "From env"
    assert load_config(flag_file).user.name == "From flag"


def test_missing_config_is_a_clear_user_error(home: Path) -> None:
    run = careerlog("list")
    assert run.code == 2
    assert "no config file at" in run.err and "careerlog init" in run.err
    assert "Traceback" not in run.text


def test_broken_config_exit_2_without_traceback(home: Path) -> None:
    path = home / "c.toml"
    path.write_text("colour = 'blue'\n" + MINIMAL + "colour = 'red'\n")
    run = careerlog("--config", str(path), "list")
    assert run.code == 2
    assert "line 1: colour: keys belong in a table such as [user]" in run.err
    assert "line 6: [user] colour: unknown key; known keys: name, email" in run.err
    assert "Traceback" not in run.text


# --- secrets -----------------------------------------------------------------

SERVER = MINIMAL + '[mail.imap]\nhost = "imap.example.com"\n'
TIMEOUT = 10.0  # seconds a secret command may run here; the service gives [secrets] command_timeout


def imap_credentials(extra: str):  # type: ignore[no-untyped-def]
    config = parse_config(SERVER + extra)
    assert config.imap is not None
    return config.imap.credentials


def test_password_command_as_list_and_as_string(tmp_path: Path) -> None:
    script = tmp_path / "secret.sh"
    script.write_text("#!/bin/sh\necho 'hunter2 with spaces'\necho second-line\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    as_list = imap_credentials(f'password_command = ["{script}"]\n')
    assert resolve(as_list, TIMEOUT).value == "hunter2 with spaces"
    as_string = imap_credentials(f"password_command = \"{sys.executable} -c 'print(123)'\"\n")
    assert resolve(as_string, TIMEOUT).value == "123"


def test_password_command_runs_without_a_shell(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    creds = imap_credentials(f'password_command = "echo secret; touch {marker}"\n')
    assert resolve(creds, TIMEOUT).value == f"secret; touch {marker}"
    assert not marker.exists()


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ('["false"]', "failed with exit code 1"),
        ('["true"]', "printed nothing"),
        ('["/nonexistent/pass"]', "not found"),
    ],
)
def test_failing_password_command_is_a_clear_error(command: str, expected: str) -> None:
    with pytest.raises(UserError, match=expected):
        resolve(imap_credentials(f"password_command = {command}\n"), TIMEOUT)


def test_password_command_timeout() -> None:
    creds = imap_credentials('password_command = ["sleep", "5"]\n')
    with pytest.raises(UserError, match=r"did not finish within 0\.2 s"):
        resolve(creds, timeout=0.2)


def test_secret_output_never_in_error(tmp_path: Path) -> None:
    script = tmp_path / "leaky.sh"
    script.write_text("#!/bin/sh\necho TOPSECRET-42\nexit 3\n")
    script.chmod(0o700)
    with pytest.raises(UserError) as info:
        resolve(imap_credentials(f'password_command = ["{script}"]\n'), TIMEOUT)
    assert "TOPSECRET" not in str(info.value)


def test_environment_overrides_file(monkeypatch: pytest.MonkeyPatch) -> None:
    creds = imap_credentials('password = "from-file"\n')
    assert resolve(creds, TIMEOUT).value == "from-file"
    monkeypatch.setenv("CAREERLOG_MAIL_IMAP_PASSWORD", "from-env")
    secret = resolve(creds, TIMEOUT)
    assert secret.value == "from-env"
    assert "from-env" not in repr(secret)


def test_oauth2_token_command_selects_xoauth2() -> None:
    secret = resolve(imap_credentials('oauth2_token_command = ["echo", "tok-123"]\n'), TIMEOUT)
    assert (secret.mechanism, secret.value) == ("xoauth2", "tok-123")


def test_no_secret_at_all_says_how_to_give_one() -> None:
    with pytest.raises(UserError, match="CAREERLOG_MAIL_IMAP_PASSWORD"):
        resolve(imap_credentials(""), TIMEOUT)


@pytest.mark.parametrize(
    ("table", "line", "words"),
    [
        ("limits", "max_message_bytes = -1", "from 1000 to 1000000000"),
        ("mail", "poll_interval = 0", "from 0.1 to 86400"),
        ("briefs", "evening_hour = 99", "from 0 to 23"),
        ("outbox", "give_up_after = -1", "from 0 to 8760"),
        ("store", "backups = -2", "from 0 to 3650"),
        ("calendar", "days_back = 999999999", "from 0 to 3650"),
    ],
)
def test_numbers_out_of_range_are_refused(table: str, line: str, words: str) -> None:
    text = MINIMAL + f"\n[{table}]\n{line}\n"
    with pytest.raises(UserError) as info:
        parse_config(text, Path("config.toml"))
    key, value = (part.strip() for part in line.split("="))
    assert f"[{table}] {key}: {value} is out of range; give a number {words}" in str(info.value)


@pytest.mark.parametrize(
    ("header", "meant"),
    [
        ("[mail.imapp]", "[mail.imap]"),
        ("[mail.smpt]", "[mail.smtp]"),
        ("[calendar.sourcez]", "[[calendar.sources]]"),
        ("[[calendar.sourcez]]", "[[calendar.sources]]"),  # an array of tables, misspelt
        ("[[calendar_sources]]", "[[calendar.sources]]"),  # ... or at the top level
        ("[stor]", "[store]"),
    ],
)
def test_misspelt_table_gets_its_line_and_the_table_meant(header: str, meant: str) -> None:
    text = MINIMAL + f'\n{header}\nhost = "mail.example.com"\n'
    line = text.splitlines().index(header) + 1
    with pytest.raises(UserError) as info:
        parse_config(text, Path("config.toml"))
    assert f"line {line}: {header}: unknown table; did you mean {meant}?" in str(info.value)


def test_a_key_that_looks_like_a_table_inside_it_is_pointed_there() -> None:
    """`imapp = 3` under [mail] most likely meant the [mail.imap] table."""
    with pytest.raises(UserError) as info:
        parse_config(MINIMAL + "\n[mail]\nimapp = 3\n", Path("config.toml"))
    assert "[mail] imapp: unknown key; did you mean [mail.imap]?" in str(info.value)


def test_every_number_has_a_range() -> None:
    """No number is open-ended: `retry_initial = inf` or `days_back = 1e9` overflowed dates."""
    for section in SECTIONS.values():
        for option in section.options:
            if option.kind in ("int", "float"):
                assert option.low is not None and option.high is not None, option.key


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e12"])
def test_infinite_and_huge_numbers_are_refused(value: str) -> None:
    with pytest.raises(UserError) as info:
        parse_config(MINIMAL + f"\n[outbox]\nretry_initial = {value}\n", Path("config.toml"))
    assert "[outbox] retry_initial:" in str(info.value) and "out of range" in str(info.value)
