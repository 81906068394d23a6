"""The typed configuration the rest of careerlog reads.

One dataclass per schema section, one field per option, named as its TOML key.
None of them declares a default: :mod:`careerlog.config.load` fills every field
from the validated table, where the schema's default stands in for what the file
leaves out, so a default is written once, in :mod:`careerlog.config.schema`
(``tests/test_config_defaults.py`` fails when one is written here again).
Fields that are not options are values worked out from them (``credentials``,
``index``); a few options are stored resolved (``mail.inbox`` "auto" becomes
"imap" or "maildir", and paths have ``~`` expanded).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class UserConfig:
    name: str
    email: str
    aliases: tuple[str, ...]
    team: str | None
    timezone: str

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def addresses(self) -> tuple[str, ...]:
        """Every address that counts as the user, lower-cased."""
        return tuple(a.lower() for a in (self.email, *self.aliases))


@dataclass(frozen=True)
class StoreConfig:
    path: Path  # the database file; careerlog.db in the data folder when unset
    backups: int


@dataclass(frozen=True)
class Credentials:
    """Where a secret comes from; resolved only when a connection needs it."""

    section: str
    username: str | None
    password: str | None
    password_command: tuple[str, ...] | None
    oauth2_token_command: tuple[str, ...] | None
    env_var: str


@dataclass(frozen=True)
class ServerConfig:
    """``[mail.smtp]``, and what ``[mail.imap]`` shares with it."""

    section: str
    host: str
    port: int
    security: str
    credentials: Credentials
    ca_file: str | None
    timeout: float


@dataclass(frozen=True)
class ImapConfig(ServerConfig):
    folder: str


@dataclass(frozen=True)
class CalendarSource:
    index: int
    kind: str
    url: str | None
    path: str | None
    credentials: Credentials
    ca_file: str | None
    calendars: tuple[str, ...]
    timeout: float

    @property
    def label(self) -> str:
        return f"calendar {self.index + 1} ({self.kind} {self.url or self.path})"


@dataclass(frozen=True)
class MailConfig:
    inbox: str
    outbox: str
    maildir_inbox: Path
    maildir_outbox: Path
    capture_address: str | None
    capture_subject_prefix: str
    plus_addressing: bool
    confirmations: bool
    trusted_authserv_ids: tuple[str, ...]
    require_authentication: bool
    processed_folder: str | None
    processed_keyword: str
    poll_interval: float
    sendmail_command: tuple[str, ...]


@dataclass(frozen=True)
class CalendarConfig:
    one_on_one_titles: tuple[str, ...]
    days_back: int
    days_ahead: int
    max_meeting_size: int


@dataclass(frozen=True)
class CadenceConfig:
    weekly: str
    monthly: str
    quarterly: str

    def crontab(self, kind: str) -> str:
        """The crontab line of a cadence prompt: ``weekly``, ``monthly`` or ``quarterly``."""
        return {"weekly": self.weekly, "monthly": self.monthly, "quarterly": self.quarterly}[kind]


@dataclass(frozen=True)
class BriefsConfig:
    enabled: bool
    morning_before_hour: int
    evening_hour: int
    same_day_lead_hours: float
    max_evidence: int


@dataclass(frozen=True)
class OutboxConfig:
    retry_initial: float
    retry_max: float
    give_up_after: float  # hours


@dataclass(frozen=True)
class ParsingConfig:
    teams: tuple[str, ...]


@dataclass(frozen=True)
class LimitsConfig:
    max_message_bytes: int
    max_quarantine_bytes: int


@dataclass(frozen=True)
class SecretsConfig:
    command_timeout: float


@dataclass(frozen=True)
class LoggingConfig:
    level: str


@dataclass(frozen=True)
class Config:
    """The whole file: one field per table (``imap`` is ``[mail.imap]``, ``smtp`` is
    ``[mail.smtp]``, ``calendars`` the ``[[calendar.sources]]``)."""

    path: Path | None
    data_dir: Path
    user: UserConfig
    store: StoreConfig
    mail: MailConfig
    imap: ImapConfig | None
    smtp: ServerConfig | None
    calendar: CalendarConfig
    calendars: tuple[CalendarSource, ...]
    cadence: CadenceConfig
    briefs: BriefsConfig
    outbox: OutboxConfig
    parsing: ParsingConfig
    limits: LimitsConfig
    secrets: SecretsConfig
    logging: LoggingConfig

    # Shorthands for options much code reads. They hold nothing of their own.

    @property
    def store_path(self) -> Path:
        return self.store.path

    @property
    def secret_timeout(self) -> float:
        return self.secrets.command_timeout

    @property
    def teams(self) -> tuple[str, ...]:
        return self.parsing.teams

    @property
    def max_message_bytes(self) -> int:
        return self.limits.max_message_bytes

    @property
    def max_quarantine_bytes(self) -> int:
        return self.limits.max_quarantine_bytes
