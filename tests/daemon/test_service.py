"""The daemon as systemd runs it: notify protocol, signals, reconnects, logs, units."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.commands.install_service import unit_text
from careerlog.config import parse_config
from tests.daemon.daemonrun import Daemon, wait_for
from tests.mailtest import MakeConfig, record_prompt, rewrite, sample, smtp_send
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot

ROOT = Path(__file__).resolve().parents[2]
WEEKLY_ID = "<prompt-weekly-2026w45.k3j9x@careerlog.invalid>"


def entries(db: Database) -> int:
    return int(db.execute("select count(*) from entries").fetchone()[0])


@pytest.fixture
def daemon_config(make_config: MakeConfig, db: Database) -> Path:
    config = make_config()
    record_prompt(db, "weekly", "2026-W45", WEEKLY_ID)
    assert config.path is not None
    return config.path


def test_notify_ready_status_watchdog_and_clean_stop(daemon_config: Path, home: Path) -> None:
    daemon = Daemon(daemon_config, home, {"WATCHDOG_USEC": "1000000"})
    try:
        daemon.ready(15)
        assert any(m.startswith("STATUS=") or "\nSTATUS=" in m for m in daemon.notifications())
        pings = lambda: sum(m == "WATCHDOG=1" for m in daemon.notifications())  # noqa: E731
        wait_for(lambda: pings() >= 3, 5, "three watchdog pings")
        daemon.signal(signal.SIGTERM)
        assert daemon.process.wait(timeout=10) == 0  # stops promptly, or this times out
        assert daemon.notified("STOPPING=1")
    finally:
        daemon.stop()


def test_sighup_broken_config_keeps_running_then_good_config_reloads(
    daemon_config: Path, home: Path, db: Database, mail_env: MailEnv
) -> None:
    daemon = Daemon(daemon_config, home)
    good = daemon_config.read_text()
    try:
        daemon.ready(15)
        daemon_config.write_text(good + "\n[mail.imap]\nhost = 'duplicate table'\n")
        daemon.signal(signal.SIGHUP)
        wait_for(lambda: "reload refused" in daemon.log(), 10, "reload refused log line")
        assert daemon.process.poll() is None
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        wait_for(lambda: entries(db) == 2, 10, "reply stored on the old config")
        daemon_config.write_text(
            good.replace('timezone = "America/Los_Angeles"', 'timezone = "UTC"')
        )
        daemon.signal(signal.SIGHUP)
        wait_for(lambda: "configuration reloaded" in daemon.log(), 10, "reload")
        smtp_send(mail_env, rewrite(sample("01-weekly-gmail-web.eml"), Message_ID="<again@x>"))
        wait_for(lambda: entries(db) == 4, 10, "reply stored after reload")
        assert daemon.stop() == 0
    finally:
        daemon.stop()
        daemon_config.write_text(good)
    assert "Traceback" not in daemon.log()


def test_dovecot_restart_reconnects_and_catches_up(
    daemon_config: Path, home: Path, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    daemon = Daemon(daemon_config, home)
    try:
        daemon.logged("IMAP logged in", 15)
        dovecot.stop()  # every Dovecot process ends: the session with it
        wait_for(lambda: "IMAP session ended" in daemon.log(), 30, "disconnect noticed")
        dovecot.start()
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        wait_for(lambda: entries(db) == 2, 30, "reply stored after reconnect")
        assert daemon.log().count("IMAP logged in") >= 2
        assert daemon.stop() == 0
    finally:
        daemon.stop()


def test_journald_log_format(daemon_config: Path, home: Path) -> None:
    daemon = Daemon(daemon_config, home, {"JOURNAL_STREAM": "8:12345"})
    try:
        daemon.ready(15)
        assert daemon.stop() == 0
    finally:
        daemon.stop()
    lines = [line for line in daemon.log().splitlines() if line]
    assert lines and all(line[:3] in ("<6>", "<7>", "<4>", "<3>") for line in lines)
    assert any(line.startswith("<6>careerlog.daemon.service: careerlog running") for line in lines)


def test_status_shows_last_runs(daemon_config: Path, home: Path, db: Database) -> None:
    from tests.clirun import careerlog

    assert careerlog("--config", str(daemon_config), "run", "--once").code == 0
    shown = careerlog("--config", str(daemon_config), "status")
    assert shown.code == 0
    inbox_line = next(line for line in shown.out.splitlines() if line.startswith("inbox"))
    assert "never" not in inbox_line and "20" in inbox_line


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
def test_units_verify(tmp_path: Path) -> None:
    executable = shutil.which("careerlog") or str(Path(__file__).parents[2] / ".venv/bin/careerlog")
    user_unit = tmp_path / "careerlog.service"
    user_unit.write_text(unit_text(executable, [tmp_path / "data", tmp_path / "Maildir"]))
    template = (ROOT / "systemd" / "careerlog@.service").read_text()
    system_unit = tmp_path / "careerlog@.service"
    system_unit.write_text(template.replace("/usr/local/bin/careerlog", executable))
    for unit in (user_unit, system_unit):
        done = subprocess.run(
            ["systemd-analyze", "verify", str(unit)], capture_output=True, text=True
        )
        assert done.returncode == 0 and done.stderr == "", done.stderr
    assert "Type=notify" in user_unit.read_text() and "WatchdogSec=" in user_unit.read_text()


def test_install_service_writes_user_unit(home: Path, daemon_config: Path) -> None:
    from tests.clirun import careerlog

    run = careerlog("--config", str(daemon_config), "install-service")
    assert run.code == 0, run.text
    unit = (home / "config" / "systemd" / "user" / "careerlog.service").read_text()
    assert f"--config {daemon_config} run" in unit
    line = next(line for line in unit.splitlines() if line.startswith("ReadWritePaths="))
    writable = [Path(p.lstrip("-")) for p in line.split("=", 1)[1].split()]
    config = parse_config(daemon_config.read_text(), daemon_config)
    written = [config.data_dir, config.store_path.parent, config.mail.maildir_outbox]
    for folder in written:  # every folder the service writes is under a writable path
        assert any(folder.is_relative_to(w) for w in writable), (folder, writable)
    assert "systemctl --user enable --now careerlog" in run.out
    assert "loginctl enable-linger" in run.out
    again = careerlog("--config", str(daemon_config), "install-service")
    assert again.code == 2 and "--force" in again.err


def test_install_service_names_the_config_by_its_absolute_path(
    home: Path, daemon_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """systemd reads a relative --config against the home folder: the unit must not carry one."""
    from tests.clirun import careerlog

    monkeypatch.chdir(daemon_config.parent)
    run = careerlog("--config", daemon_config.name, "install-service")
    assert run.code == 0, run.text
    unit = (home / "config" / "systemd" / "user" / "careerlog.service").read_text()
    (start,) = [line for line in unit.splitlines() if line.startswith("ExecStart=")]
    assert start.endswith(f"--config {daemon_config.resolve()} run")


def _imap_processes(dovecot: Dovecot) -> list[int]:
    """PIDs of the imap processes of this test's Dovecot (children of its master)."""
    master = int((dovecot.dir / "run" / "master.pid").read_text())
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == master and cmdline.startswith(b"dovecot/imap\0"):
            found.append(int(entry.name))
    return found


def test_connection_dropped_without_bye_is_noticed(
    daemon_config: Path, home: Path, db: Database, mail_env: MailEnv, dovecot: Dovecot
) -> None:
    daemon = Daemon(daemon_config, home)
    try:
        daemon.logged("IMAP logged in", 15)
        time.sleep(1)  # in IDLE now
        processes = _imap_processes(dovecot)
        assert processes
        for pid in processes:
            os.kill(pid, signal.SIGKILL)  # the socket closes with no BYE
        wait_for(lambda: "closed the connection" in daemon.log(), 10, "EOF noticed")
        smtp_send(mail_env, sample("01-weekly-gmail-web.eml"))
        wait_for(lambda: entries(db) == 2, 20, "reply stored after reconnect")
        assert daemon.stop() == 0
    finally:
        daemon.stop()
