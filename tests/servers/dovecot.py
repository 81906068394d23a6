"""A real Dovecot (IMAP, IMAPS, LMTP) on 127.0.0.1, all state in one short temp folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from .ports import HOST, die_with_parent, free_ports, wait_for_port
from .tlsca import TlsCa

DOVECOT = "/usr/sbin/dovecot"
LDA = "/usr/lib/dovecot/dovecot-lda"
APT_HINT = "apt-get install -y dovecot-imapd dovecot-lmtpd"
MAIL_UID = MAIL_GID = 5000

_CONF = """\
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
listen = {host}
protocols = imap lmtp
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
# One passwd-file per user: Dovecot re-reads a changed passwd-file at most once a second,
# so a user appended to a shared file can fail to log in for up to 1 s. A new file is
# read on first lookup, so a fresh user can log in at once.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {d}/passwd.d/%u
}}
userdb {{
  driver = passwd-file
  args = {d}/passwd.d/%u
}}
mail_location = maildir:~/Maildir
mail_max_userip_connections = 100
first_valid_uid = {uid}
lda_mailbox_autocreate = yes
service imap-login {{
  inet_listener imap {{
    port = {imap}
  }}
  inet_listener imaps {{
    port = {imaps}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {host}
    port = {lmtp}
  }}
}}
"""


@dataclass(frozen=True)
class MailUser:
    username: str  # a full address, e.g. ada@example.test
    password: str

    @property
    def address(self) -> str:
        return self.username


def dovecot_missing() -> str | None:
    """None if Dovecot is installed, else a message naming the packages to install."""
    if os.path.exists(DOVECOT) and os.path.exists("/usr/lib/dovecot/imap"):
        return None
    return f"Dovecot is not installed; the server tests need it: {APT_HINT}"


def _is_dovecot(pid: int) -> bool:
    try:
        return b"dovecot" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _process_alive(pid: int) -> bool:
    """True while /proc/PID exists and is not a zombie (kill -0 lies about zombies)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _signal_group(group: int, signum: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):  # every process of the group is gone
        os.killpg(group, signum)


def _group_alive(group: int) -> bool:
    """Is any process (not a zombie) of this process group still running?"""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if fields[2] == str(group) and fields[0] not in ("Z", "X"):
            return True
    return False


class Dovecot:
    def __init__(self, tls: TlsCa, host: str = HOST) -> None:
        self.tls, self.host = tls, host
        self.dir = Path(tempfile.mkdtemp(prefix="dc", dir="/tmp"))
        self.dir.chmod(0o755)
        self.conf = self.dir / "dovecot.conf"
        self.imap_port, self.imaps_port, self.lmtp_port = free_ports(3, host)
        self.users: dict[str, str] = {}  # username -> password, shared with SmtpServer
        self._proc: subprocess.Popen[bytes] | None = None
        (self.dir / "passwd.d").mkdir(mode=0o755)
        (self.dir / "home").mkdir(mode=0o755)
        self.conf.write_text(
            _CONF.format(
                d=self.dir,
                host=host,
                cert=tls.cert_file,
                key=tls.key_file,
                uid=MAIL_UID,
                imap=self.imap_port,
                imaps=self.imaps_port,
                lmtp=self.lmtp_port,
            )
        )

    @property
    def ca_file(self) -> str:
        return self.tls.ca_file

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        if missing := dovecot_missing():
            raise RuntimeError(missing)
        if self.running:
            return
        out = open(self.dir / "stdout.log", "ab")  # noqa: SIM115 - the child keeps it open
        with out:
            # -F: stay in the foreground as our child, so we can reap it (no zombies).
            # In a process group of its own, so that stop() reaches every process of this
            # instance: the master exits first and its imap and login processes outlive it
            # by seconds, keeping client connections open (a "stopped" server whose IDLE
            # clients heard nothing for 9 s made the outage test flaky).
            self._proc = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.conf)],
                stdin=subprocess.DEVNULL,
                preexec_fn=die_with_parent,
                start_new_session=True,
                stdout=out,
                stderr=out,
            )
        try:
            for port in (self.imap_port, self.imaps_port, self.lmtp_port):
                wait_for_port(port, self.host, timeout)
        except TimeoutError as exc:
            self.stop()
            raise RuntimeError(f"Dovecot did not start: {exc}\n{self.log_text()}") from exc

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM to every process of this instance at once, as a host shutting the server
        down does; return when all are gone (clients have had their BYE and a closed
        connection), SIGKILLing any still there after ``timeout``."""
        pid_file = self.dir / "run" / "master.pid"
        pid = int(pid_file.read_text().strip()) if pid_file.exists() else None
        if pid is None and self._proc is not None:
            pid = self._proc.pid
        group = self._proc.pid if self._proc is not None else None
        if group is not None:
            _signal_group(group, signal.SIGTERM)
        elif pid is not None and _process_alive(pid) and _is_dovecot(pid):
            os.kill(pid, signal.SIGTERM)
        if self._proc is not None:
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout)
            self._proc = None
        deadline = time.monotonic() + timeout
        while pid is not None and _process_alive(pid) and time.monotonic() < deadline:
            time.sleep(0.02)
        while group is not None and _group_alive(group):
            if time.monotonic() > deadline:
                _signal_group(group, signal.SIGKILL)
                deadline = time.monotonic() + timeout
            time.sleep(0.02)

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def log_text(self) -> str:
        parts = [p.read_text(errors="replace") for p in self.dir.glob("*.log")]
        return "\n".join(parts)

    # --- users and mail -------------------------------------------------------------

    def add_user(self, name: str, password: str) -> MailUser:
        """Add a mail user (its own passwd-file, usable at once); name is a full address."""
        if any(c in name + password for c in ":\n/%") or name.startswith("."):
            raise ValueError("':', '/', '%' and newlines are not allowed in users here")
        home = self.dir / "home" / name
        home.mkdir(mode=0o700)
        os.chown(home, MAIL_UID, MAIL_GID)
        line = f"{name}:{{PLAIN}}{password}:{MAIL_UID}:{MAIL_GID}::{home}::\n"
        passwd = self.dir / "passwd.d" / name
        tmp = passwd.with_name(f".{name}.tmp")
        tmp.write_text(line)
        tmp.chmod(0o644)
        tmp.rename(passwd)
        self.users[name] = password
        return MailUser(name, password)

    def connect(self, user: str, ssl: bool = True) -> IMAPClient:
        """An authenticated IMAPClient for `user` over implicit TLS (or plain when ssl=False)."""
        if ssl:
            client = IMAPClient(
                self.host, self.imaps_port, ssl=True, ssl_context=self.tls.client_context()
            )
        else:
            client = IMAPClient(self.host, self.imap_port, ssl=False)
        client.login(user, self.users[user])
        return client

    def deliver(self, user: str, raw: bytes, folder: str = "INBOX") -> None:
        """Deliver like an MTA would (dovecot-lda: Sieve-less delivery, folder autocreated)."""
        cmd = [LDA, "-c", str(self.conf), "-d", user, "-m", folder]
        proc = subprocess.run(cmd, input=raw, capture_output=True, timeout=30)
        if proc.returncode != 0:
            raise RuntimeError(f"dovecot-lda exit {proc.returncode}: {proc.stderr.decode()}")

    def create_folder(self, user: str, name: str) -> None:
        with self.connect(user) as client:
            client.create_folder(name)

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Raw messages in `folder`, oldest first, without setting \\Seen."""
        with self.connect(user) as client:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            data = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [data[uid][b"BODY[]"] for uid in sorted(data)]
