"""`careerlog doctor` against real Dovecot, SMTP and Radicale: each failure its own line."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from tests.clirun import careerlog
from tests.configfile import Tables, config_tables, imap_changes, merged, smtp_changes, write_toml
from tests.servers import MailEnv
from tests.servers.radicale import Radicale
from tests.servers.tlsca import TlsCa


def write_config(home: Path, env: MailEnv, changes: Tables | None = None) -> Path:
    """IMAP from and SMTP to the test servers as ``env``'s user, then ``changes``."""
    imap = imap_changes(env.address, env.password, port=env.imaps_port, ca_file=env.ca_file)
    tables = merged(merged(imap, smtp_changes(env)), {"user": {"timezone": None}})
    return write_toml(home / "config.toml", config_tables(home, merged(tables, changes or {})))


def caldav_source(radicale: Radicale, **keys: object) -> Tables:
    return {
        "kind": "caldav",
        "url": radicale.url,
        "username": radicale.username,
        "password": radicale.password,
        **keys,
    }


def calendar(source: Tables) -> Tables:
    return {"calendar": {"sources": [source]}}


def doctor_lines(config: Path) -> tuple[int, list[str]]:
    run = careerlog("--config", str(config), "doctor")
    assert "Traceback" not in run.text
    return run.code, run.out.splitlines()


def line_for(lines: list[str], prefix: str) -> str:
    (line,) = [item for item in lines if prefix in item]
    return line


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_all_pass(home: Path, mail_env: MailEnv, radicale: Radicale) -> None:
    radicale.make_calendar("Doctor Work")
    code, lines = doctor_lines(write_config(home, mail_env, calendar(caldav_source(radicale))))
    assert code == 0, lines
    assert line_for(lines, "IMAP").startswith("ok") and "folder “INBOX” has" in line_for(
        lines, "IMAP"
    )
    assert "IDLE" in line_for(lines, "IMAP")
    assert line_for(lines, "SMTP").startswith("ok")
    assert line_for(lines, "calendar 1").startswith("ok") and "Work" in line_for(
        lines, "calendar 1"
    )
    assert line_for(lines, "store").startswith("ok")


def test_wrong_password_closed_port_missing_folder(home: Path, mail_env: MailEnv) -> None:
    closed = {"mail": {"imap": {"folder": "Careerlog"}, "smtp": {"port": free_port()}}}
    config = write_config(home, mail_env, closed)
    code, lines = doctor_lines(config)
    assert code == 1
    imap = line_for(lines, "IMAP")
    assert imap.startswith("FAIL") and "no folder “Careerlog”" in imap and "INBOX" in imap
    smtp = line_for(lines, "SMTP")
    assert smtp.startswith("FAIL") and "refused; is the server running" in smtp

    wrong = merged(closed, {"mail": {"imap": {"password": "wrong"}}})
    code, lines = doctor_lines(write_config(home, mail_env, wrong))
    imap = line_for(lines, "IMAP")
    assert imap.startswith("FAIL") and "login as" in imap and "was refused" in imap
    assert "wrong" not in imap


def test_untrusted_certificate(home: Path, mail_env: MailEnv, tls_ca: TlsCa) -> None:
    with tls_ca.untrusted_listener() as port:
        code, lines = doctor_lines(write_config(home, mail_env, {"mail": {"imap": {"port": port}}}))
    imap = line_for(lines, "IMAP")
    assert code == 1
    assert imap.startswith("FAIL") and "is not trusted" in imap and "ca_file" in imap


def test_certificate_needs_ca_file(home: Path, mail_env: MailEnv) -> None:
    config = write_config(home, mail_env, {"mail": {"imap": {"ca_file": None}}})
    _code, lines = doctor_lines(config)
    assert "is not trusted" in line_for(lines, "IMAP")


def test_caldav_wrong_password_and_missing_calendar(
    home: Path, mail_env: MailEnv, radicale: Radicale
) -> None:
    radicale.make_calendar("Doctor Team")
    source = caldav_source(radicale, calendars=["Personal"])
    code, lines = doctor_lines(write_config(home, mail_env, calendar(source)))
    cal = line_for(lines, "calendar 1")
    assert code == 1 and cal.startswith("FAIL") and "no calendar called 'Personal'" in cal
    source = caldav_source(radicale, password="nope")
    _code, lines = doctor_lines(write_config(home, mail_env, calendar(source)))
    assert "was refused" in line_for(lines, "calendar 1")


@pytest.mark.parametrize("kind", ["ics-file", "vdir"])
def test_local_calendar_sources(home: Path, mail_env: MailEnv, kind: str) -> None:
    folder = home / "cal"
    folder.mkdir()
    (folder / "a.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    path = folder / "a.ics" if kind == "ics-file" else folder
    source = {"kind": kind, "path": str(path)}
    code, lines = doctor_lines(write_config(home, mail_env, calendar(source)))
    assert code == 0 and "1 .ics file" in line_for(lines, "calendar 1")


def test_calendar_down_says_last_good_data_is_kept(
    home: Path, mail_env: MailEnv, radicale: Radicale
) -> None:
    radicale.make_calendar("Doctor Down")
    config = write_config(
        home, mail_env, calendar(caldav_source(radicale, calendars=["Doctor Down"]))
    )
    assert careerlog("--config", str(config), "run", "--once").code == 0
    radicale.stop()
    code, lines = doctor_lines(config)
    cal = line_for(lines, "calendar 1")
    assert code == 1 and cal.startswith("FAIL")
    assert "refused" in cal and "meanwhile careerlog uses what it synced at 20" in cal


def test_starttls_on_an_implicit_tls_port_is_named(home: Path, mail_env: MailEnv) -> None:
    mail = {
        "imap": {"security": "starttls"},  # on the IMAPS port
        "smtp": {"port": mail_env.smtps_port},
    }
    code, lines = doctor_lines(write_config(home, mail_env, {"mail": mail}))
    assert code == 1
    for name, section in (("IMAP", "mail.imap"), ("SMTP", "mail.smtp")):
        line = line_for(lines, name)
        assert line.startswith("FAIL") and "expects TLS from the start" in line, line
        assert f'[{section}] security = "starttls"; set security = "tls"' in line


def test_tls_on_a_starttls_port_says_which_setting(home: Path, mail_env: MailEnv) -> None:
    imap = {"port": mail_env.imap_port}
    code, lines = doctor_lines(write_config(home, mail_env, {"mail": {"imap": imap}}))
    imap = line_for(lines, "IMAP")
    assert code == 1 and imap.startswith("FAIL")
    assert "answered in plain text, not TLS: it is a STARTTLS port" in imap
    assert 'set security = "starttls"' in imap
