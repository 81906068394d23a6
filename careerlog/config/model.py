"""The typed configuration the rest of careerlog reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class UserConfig:
    name: str
    email: str
    aliases: tuple[str, ...] = ()
    timezone: str = "UTC"
    team: str | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def addresses(self) -> tuple[str, ...]:
        """Every address that counts as the user, lower-cased."""
        return tuple(a.lower() for a in (self.email, *self.aliases))


@dataclass(frozen=True)
class Credentials:
    """Where a secret comes from; resolved only when a connection needs it."""

    section: str
    username: str | None = None
    password: str | None = None
    password_command: tuple[str, ...] | None = None
    oauth2_token_command: tuple[str, ...] | None = None
    env_var: str = ""


@dataclass(frozen=True)
class ServerConfig:
    section: str
    host: str
    port: int
    security: str
    credentials: Credentials
    ca_file: str | None = None
    timeout: float = 60.0
    folder: str = "INBOX"


@dataclass(frozen=True)
class CalendarSource:
    index: int
    kind: str
    url: str | None
    path: str | None
    credentials: Credentials
    ca_file: str | None = None
    calendars: tuple[str, ...] = ()
    timeout: float = 30.0

    @property
    def label(self) -> str:
        return f"calendar {self.index + 1} ({self.kind} {self.url or self.path})"


@dataclass(frozen=True)
class MailConfig:
    inbox: str
    outbox: str
    maildir_inbox: Path
    maildir_outbox: Path
    sendmail_command: tuple[str, ...]
    capture_address: str | None = None
    capture_subject_prefix: str = "log:"
    confirmations: bool = True
    plus_addressing: bool = False
    trusted_authserv_ids: tuple[str, ...] = ()
    require_authentication: bool = False
    processed_folder: str | None = None
    processed_keyword: str = "$CareerlogDone"
    poll_interval: float = 60.0


@dataclass(frozen=True)
class CalendarConfig:
    one_on_one_titles: tuple[str, ...] = ()
    days_back: int = 180
    days_ahead: int = 30
    max_meeting_size: int = 50


@dataclass(frozen=True)
class BriefsConfig:
    enabled: bool = True
    morning_before_hour: int = 12
    evening_hour: int = 17
    same_day_lead_hours: float = 2.0
    max_evidence: int = 2


@dataclass(frozen=True)
class OutboxConfig:
    retry_initial: float = 60.0
    retry_max: float = 3600.0
    give_up_after_hours: float = 72.0


@dataclass(frozen=True)
class Config:
    path: Path | None
    user: UserConfig
    data_dir: Path
    store_path: Path
    mail: MailConfig
    imap: ServerConfig | None = None
    smtp: ServerConfig | None = None
    calendars: tuple[CalendarSource, ...] = ()
    calendar: CalendarConfig = field(default_factory=CalendarConfig)
    cadence: dict[str, str] = field(default_factory=dict)
    outbox: OutboxConfig = field(default_factory=OutboxConfig)
    briefs: BriefsConfig = field(default_factory=BriefsConfig)
    secret_timeout: float = 30.0
    teams: tuple[str, ...] = ()
    max_message_bytes: int = 25_000_000
    max_quarantine_bytes: int = 1_000_000
    backups: int = 7
    log_level: str = "info"
