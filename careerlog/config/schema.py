"""The one declarative description of every configuration option.

Validation, ``careerlog init``, the generated docs (``docs/config.md``,
``config/example.toml``) and the typed model all read this table, so an option
documented here is an option that is checked, and vice versa. Its type, default,
help and range are written here only: validation fills in the default, and the
model's dataclasses (:mod:`careerlog.config.model`) are filled from the validated
table by field name, with no defaults of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SECRET_KEYS = ("password", "password_command", "oauth2_token_command")


@dataclass(frozen=True)
class Option:
    """One key: its TOML type, default, help text and optional checks.

    ``kind`` is one of ``str``, ``int``, ``float``, ``bool``, ``list``
    (a list of strings) or ``command`` (an argv list or a string).
    ``check`` names a validator in :mod:`careerlog.config.checks`; ``low`` and
    ``high`` bound a number (inclusive), checked and shown in the docs.
    """

    key: str
    kind: str
    default: Any
    help: str
    choices: tuple[str, ...] = ()
    required: bool = False
    check: str | None = None
    example: Any = None
    low: float | None = None
    high: float | None = None

    def bounds(self) -> str:
        """The range in words, e.g. "at least 1" or "from 0 to 23"; empty when unbounded."""
        if self.low is not None and self.high is not None:
            return f"from {_number(self.low)} to {_number(self.high)}"
        if self.low is not None:
            return f"at least {_number(self.low)}"
        if self.high is not None:
            return f"at most {_number(self.high)}"
        return ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class Section:
    """A TOML table (``[user]``) or array of tables (``[[calendar.sources]]``)."""

    name: str
    help: str
    options: tuple[Option, ...]
    array: bool = False

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


#: The port a server table without ``port`` gets, by its ``security``; the port's help
#: text is written from it.
DEFAULT_PORTS = {
    "mail.imap": {"tls": 993, "starttls": 143, "none": 143},
    "mail.smtp": {"tls": 465, "starttls": 587, "none": 25},
}


def _server_options(section: str, folder: bool) -> tuple[Option, ...]:
    ports = ", ".join(f"{port} ({security})" for security, port in DEFAULT_PORTS[section].items())
    options = [
        Option("host", "str", None, "Server host name.", required=True, example="mail.example.com"),
        Option("port", "int", None, f"Default by security: {ports}.", low=1, high=65535),
        Option(
            "security",
            "str",
            "tls",
            "Connection security: implicit TLS, STARTTLS, or none (only for a server on "
            "this machine's loopback address).",
            choices=("tls", "starttls", "none"),
        ),
        Option("username", "str", None, "Login name; defaults to [user] email."),
        Option(
            "password",
            "str",
            None,
            "Password in clear. Prefer password_command, or the environment variable "
            "named in the docs, so the file holds no secret.",
        ),
        Option(
            "password_command",
            "command",
            None,
            "Command that prints the password, as a list or a string; run without a "
            "shell, its output never logged.",
            example=["pass", "show", "mail/careerlog"],
        ),
        Option(
            "oauth2_token_command",
            "command",
            None,
            "Command that prints an OAuth2 access token, for XOAUTH2 (Microsoft 365, Gmail).",
        ),
        Option(
            "ca_file", "str", None, "PEM file of a private CA or self-signed server.", check="file"
        ),
        Option(
            "timeout",
            "float",
            60.0,
            "Seconds to wait on the network before giving up.",
            low=1,
            high=3600,
        ),
    ]
    if folder:
        options.append(Option("folder", "str", "INBOX", "Folder careerlog watches for replies."))
    return tuple(options)


SCHEMA: tuple[Section, ...] = (
    Section(
        "user",
        "Who careerlog works for.",
        (
            Option(
                "name",
                "str",
                None,
                "Your name, used in mails.",
                required=True,
                example="Ada Lovelace",
            ),
            Option(
                "email",
                "str",
                None,
                "Your address: prompts go here and only mail from it is read.",
                required=True,
                check="email",
                example="ada@example.com",
            ),
            Option("aliases", "list", [], "Other addresses you send from.", check="emails"),
            Option(
                "team",
                "str",
                None,
                "Your team's name, so an entry naming it stays within your team.",
                example="Payments",
            ),
            Option(
                "timezone",
                "str",
                "UTC",
                "IANA time zone for schedules.",
                check="timezone",
                example="Europe/London",
            ),
        ),
    ),
    Section(
        "store",
        "Where the data lives.",
        (
            Option(
                "path",
                "str",
                None,
                "SQLite database file; defaults to careerlog.db in the data folder "
                "($XDG_DATA_HOME/careerlog).",
            ),
            Option(
                "backups",
                "int",
                7,
                "Daily snapshots the service keeps in the backups folder beside the database "
                "(0 turns them off).",
                low=0,
                high=3650,
            ),
        ),
    ),
    Section(
        "mail",
        "How mail comes in and goes out.",
        (
            Option(
                "inbox",
                "str",
                "auto",
                "Where replies are read: imap, a local maildir, or auto (imap when "
                "[mail.imap] is set, else maildir).",
                choices=("auto", "imap", "maildir"),
            ),
            Option(
                "outbox",
                "str",
                "auto",
                "How mail is sent: smtp, a sendmail-style command, a local maildir, or "
                "auto (smtp when [mail.smtp] is set, else maildir).",
                choices=("auto", "smtp", "sendmail", "maildir"),
            ),
            Option(
                "maildir_inbox",
                "str",
                None,
                "Maildir read for replies; default: Maildir in the data folder.",
            ),
            Option(
                "maildir_outbox",
                "str",
                None,
                "Maildir outgoing mail is delivered to; default: the inbox maildir.",
            ),
            Option(
                "capture_address",
                "str",
                None,
                "An address of yours for direct captures, e.g. a plus-address like "
                "you+log@example.com. careerlog adds a secret to it (you+log-<token>@...; "
                "init and doctor show it): only a fresh mail to that secret address, or one "
                "a trusted server authenticated, is logged; others wait in quarantine.",
                check="email",
            ),
            Option(
                "capture_subject_prefix",
                "str",
                "log:",
                "A fresh mail from you whose subject starts with this is a capture; it is "
                "logged when it goes to your secret capture address or a trusted server "
                "authenticated it, else it waits in quarantine.",
            ),
            Option(
                "plus_addressing",
                "bool",
                False,
                "Your provider delivers you+anything@ to you. careerlog then puts each "
                "mail's secret token in its Reply-To (you+re-<token>@...) too, so a reply "
                "proves itself even from a client that drops In-Reply-To.",
            ),
            Option(
                "confirmations",
                "bool",
                True,
                "Answer each reply with what was logged and how to correct it.",
            ),
            Option(
                "trusted_authserv_ids",
                "list",
                [],
                "Authentication-Results ids (RFC 8601) of the servers that receive your "
                "mail, e.g. mx.google.com; 'careerlog doctor' lists the ids in recent mail. "
                "Only the topmost header with one of these ids is read; a mail it shows "
                "as dkim or spf pass aligned with your From domain counts as from you.",
                example=["mx.example.com"],
            ),
            Option(
                "require_authentication",
                "bool",
                False,
                "Accept nothing that trusted_authserv_ids' server did not authenticate "
                "as you (dkim or spf pass aligned with your From domain).",
            ),
            Option(
                "processed_folder",
                "str",
                None,
                "Move handled replies to this IMAP folder; unset: flag them with "
                "processed_keyword instead. Nothing is ever deleted.",
            ),
            Option(
                "processed_keyword",
                "str",
                "$CareerlogDone",
                "IMAP keyword set on handled messages when processed_folder is unset.",
            ),
            Option(
                "poll_interval",
                "float",
                60.0,
                "Seconds between checks for servers without IDLE, and for a Maildir inbox.",
                low=0.1,
                high=86400,
            ),
            Option(
                "sendmail_command",
                "command",
                ["msmtp", "-t"],
                "Command that reads a message on stdin and sends it.",
            ),
        ),
    ),
    Section(
        "mail.imap",
        "IMAP server holding your replies.",
        _server_options("mail.imap", folder=True),
    ),
    Section(
        "mail.smtp",
        "SMTP server careerlog sends through.",
        _server_options("mail.smtp", folder=False),
    ),
    Section(
        "calendar",
        "How meetings are read from your calendars.",
        (
            Option(
                "one_on_one_titles",
                "list",
                [],
                "Extra regular expressions that make a meeting title a 1:1, besides the "
                'built-in "1:1", "1-1", "1on1", "one-on-one", "A / B" and "A <> B".',
                check="regexes",
                example=[r"\bcheck-?in\b"],
            ),
            Option(
                "days_back",
                "int",
                180,
                "How far back meetings are read, in days.",
                low=0,
                high=3650,
            ),
            Option(
                "days_ahead",
                "int",
                30,
                "How far ahead meetings are read, in days.",
                low=0,
                high=3650,
            ),
            Option(
                "max_meeting_size",
                "int",
                50,
                "Meetings with more people than this (all-hands) don't count as contact.",
                low=2,
                high=10000,
            ),
        ),
    ),
    Section(
        "calendar.sources",
        "A calendar careerlog reads; repeat the table for several.",
        (
            Option(
                "kind",
                "str",
                None,
                "Source type.",
                choices=("caldav", "ics-url", "ics-file", "vdir"),
                required=True,
            ),
            Option("url", "str", None, "URL for caldav or ics-url (webcal:// accepted)."),
            Option("path", "str", None, "Path for ics-file or vdir.", check="path"),
            Option("username", "str", None, "Login name for caldav or ics-url."),
            Option("password", "str", None, "Password in clear; prefer password_command."),
            Option("password_command", "command", None, "Command that prints the password."),
            Option(
                "oauth2_token_command",
                "command",
                None,
                "Command that prints an OAuth2 bearer token.",
            ),
            Option("ca_file", "str", None, "PEM file of a private CA.", check="file"),
            Option("calendars", "list", [], "Calendar names to read (caldav); empty means all."),
            Option("timeout", "float", 30.0, "Seconds to wait on the network.", low=1, high=3600),
        ),
        array=True,
    ),
    Section(
        "cadence",
        "When prompts are sent, as crontab lines in your time zone "
        "(minute hour day month weekday; day may be 'last fri' or '1st mon').",
        (
            Option("weekly", "str", "0 16 * * fri", "Weekly impact prompt.", check="cron"),
            Option(
                "monthly",
                "str",
                "30 16 last fri * *",
                "Monthly skills and relationships prompt.",
                check="cron",
            ),
            Option(
                "quarterly",
                "str",
                "0 10 1st mon jan,apr,jul,oct *",
                "Quarterly goals and gaps prompt.",
                check="cron",
            ),
        ),
    ),
    Section(
        "briefs",
        "The brief mailed before each 1:1 on your calendar.",
        (
            Option("enabled", "bool", True, "Send briefs at all."),
            Option(
                "morning_before_hour",
                "int",
                12,
                "A 1:1 starting before this hour is briefed the evening before.",
                low=0,
                high=23,
            ),
            Option(
                "evening_hour", "int", 17, "The hour of the evening-before brief.", low=0, high=23
            ),
            Option(
                "same_day_lead_hours",
                "float",
                2.0,
                "Hours ahead a later 1:1 is briefed, the same day.",
                low=0,
                high=24,
            ),
            Option(
                "max_evidence",
                "int",
                2,
                "Evidence entries a brief suggests raising.",
                low=0,
                high=50,
            ),
        ),
    ),
    Section(
        "outbox",
        "How outgoing mail is retried.",
        (
            Option(
                "retry_initial", "float", 60.0, "Seconds before the first retry.", low=1, high=86400
            ),
            Option(
                "retry_max",
                "float",
                3600.0,
                "Longest wait between retries, in seconds.",
                low=1,
                high=604800,
            ),
            Option(
                "give_up_after",
                "float",
                72.0,
                "Hours after which an undeliverable mail is marked dead "
                "('careerlog outbox list' shows it).",
                low=0,
                high=8760,
            ),
        ),
    ),
    Section(
        "parsing",
        "What careerlog knows when it reads your replies.",
        (
            Option(
                "teams",
                "list",
                [],
                "Other teams in your organisation: an entry naming one reached beyond your team "
                "(multi-team).",
                example=["Risk", "Ledger"],
            ),
        ),
    ),
    Section(
        "limits",
        "Bounds that keep one hostile or broken message from costing much.",
        (
            Option(
                "max_message_bytes",
                "int",
                25_000_000,
                "Larger inbound messages are not downloaded; they are recorded (headers "
                "only) as unsorted so you can look at them in your mail client.",
                low=1000,
                high=1_000_000_000,
            ),
            Option(
                "max_quarantine_bytes",
                "int",
                1_000_000,
                "Quarantined messages larger than this keep only their headers in the "
                "database; the whole message stays on the mail server.",
                low=0,
                high=1_000_000_000,
            ),
        ),
    ),
    Section(
        "secrets",
        "How secrets are fetched.",
        (
            Option(
                "command_timeout",
                "float",
                30.0,
                "Seconds a password or token command may run.",
                low=1,
                high=3600,
            ),
        ),
    ),
    Section(
        "logging",
        "What careerlog logs.",
        (
            Option(
                "level", "str", "info", "Log level.", choices=("debug", "info", "warning", "error")
            ),
        ),
    ),
)

SECTIONS = {s.name: s for s in SCHEMA}


def option_of(section: str, key: str) -> Option:
    """``[section] key``'s option, for code that offers its default or choices (``init``)."""
    option = SECTIONS[section].option(key)
    if option is None:
        raise KeyError(f"[{section}] has no option {key!r}")
    return option


def env_override_name(section: str, key: str, index: int | None = None) -> str:
    """Name of the environment variable that overrides a secret, e.g.
    ``CAREERLOG_MAIL_IMAP_PASSWORD`` or ``CAREERLOG_CALENDAR_SOURCES_0_PASSWORD``."""
    parts = [section.replace(".", "_")]
    if index is not None:
        parts.append(str(index))
    parts.append(key)
    return "CAREERLOG_" + "_".join(parts).upper()
