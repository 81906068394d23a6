"""Session-wide REAL servers on 127.0.0.1 (no mocks): Dovecot, an SMTP relay, Radicale.

Fixtures: tls_ca, dovecot, smtp_server, radicale (session-scoped, started lazily on first
use, stopped at the end); mail_user (a fresh user with an empty INBOX per test); mail_env.
Tests that use any of them get the `servers` marker automatically (`-m "not servers"`).
"""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.store import open_store
from tests.configfile import Tables, config_tables, imap_changes, merged, write_config
from tests.mailtest import SAMPLE_ALIAS, MakeConfig
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser, dovecot_missing
from tests.servers.radicale import Radicale
from tests.servers.smtp import SmtpServer
from tests.servers.tlsca import TlsCa

SERVER_FIXTURES = frozenset(
    {"tls_ca", "dovecot", "smtp_server", "radicale", "mail_user", "mail_env"}
)
DOMAIN = "example.test"
_user_numbers = itertools.count(1)


# CI runs the same property-test examples every time, so a submission is judged
# on its change; local runs keep drawing new ones and find new bugs.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_configure(config: pytest.Config) -> None:
    # Our SMTPS listener requires AUTH without STARTTLS because it is implicit TLS already.
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SERVER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)


@pytest.fixture(scope="session")
def tls_ca() -> Iterator[TlsCa]:
    directory = Path(tempfile.mkdtemp(prefix="tls-", dir="/tmp"))
    try:
        yield TlsCa.create(directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def dovecot(tls_ca: TlsCa) -> Iterator[Dovecot]:
    if missing := dovecot_missing():
        pytest.fail(missing, pytrace=False)  # never skip silently: CI must install it
    server = Dovecot(tls_ca)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def smtp_server(dovecot: Dovecot, tls_ca: TlsCa) -> Iterator[SmtpServer]:
    server = SmtpServer(dovecot.users, dovecot.lmtp_port, tls_ca.server_context(), DOMAIN)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def radicale(tls_ca: TlsCa) -> Iterator[Radicale]:
    server = Radicale()
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


@pytest.fixture(autouse=True)
def _restore_servers(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test: servers it used run again, SMTP refuses nothing and has no history."""
    yield
    names = request.fixturenames
    if "smtp_server" in names:
        smtp: SmtpServer = request.getfixturevalue("smtp_server")
        smtp.refuse, smtp.refuse_at_stage = None, "MAIL"
        smtp.authentication_results = None
        smtp.clear()
        if smtp.require_starttls:
            smtp.require_starttls = False
            smtp.stop()
        smtp.start()
    if "dovecot" in names:
        request.getfixturevalue("dovecot").start()
    if "radicale" in names:
        request.getfixturevalue("radicale").start()


@pytest.fixture
def mail_user(dovecot: Dovecot) -> MailUser:
    """A brand-new user (u<n>@example.test, random password) with an empty INBOX."""
    name = f"u{next(_user_numbers)}@{DOMAIN}"
    return dovecot.add_user(name, secrets.token_urlsafe(12))


@pytest.fixture
def mail_env(dovecot: Dovecot, smtp_server: SmtpServer, mail_user: MailUser) -> MailEnv:
    return MailEnv.of(dovecot, smtp_server, mail_user)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home: XDG folders in tmp_path, no careerlog variables from the caller."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for name in list(os.environ):
        if name.startswith("CAREERLOG_"):
            monkeypatch.delenv(name)
    return tmp_path


@pytest.fixture
def make_config(home: Path, mail_env: MailEnv) -> MakeConfig:
    """``make_config(changes)``: home/config.toml reading the test Dovecot over IMAPS.

    The owner is ``mail_env``'s user, with the sample replies' From as an alias; the
    outbox is a Maildir. ``changes`` as in tests.configfile.
    """

    def make(changes: Tables | None = None) -> Config:
        imap = imap_changes(
            mail_env.address,
            mail_env.password,
            port=mail_env.imaps_port,
            ca_file=mail_env.ca_file,
            host=mail_env.imap_host,
            aliases=(SAMPLE_ALIAS,),
        )
        tables = config_tables(home, merged(imap, changes or {}))
        return write_config(home / "config.toml", tables)

    return make


@pytest.fixture
def make_offline_config(home: Path) -> MakeConfig:
    """``make_offline_config(changes)``: home/config.toml, for no server in particular.

    A Maildir inbox and outbox in home; changes as in tests.configfile (e.g.
    ``smtp_changes(mail_env)`` to send through the test relay).
    """

    def make(changes: Tables | None = None) -> Config:
        return write_config(home / "config.toml", config_tables(home, changes))

    return make


@pytest.fixture
def offline(tmp_path: Path, db: Database) -> tuple[Config, Database]:
    """A config with a Maildir inbox and outbox (no servers), and its open store."""
    tables = config_tables(tmp_path, {"user": {"timezone": "Europe/London"}})
    return write_config(tmp_path / "config.toml", tables), db


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """The store at tmp_path/careerlog.db (every config builder puts it there), open."""
    store = open_store(tmp_path / "careerlog.db")
    yield store
    store.close()
