"""Read the config file into a typed :class:`Config`, or fail with every problem."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from careerlog.config import paths
from careerlog.config.model import (
    BriefsConfig,
    CalendarConfig,
    CalendarSource,
    Config,
    Credentials,
    MailConfig,
    OutboxConfig,
    ServerConfig,
    UserConfig,
)
from careerlog.config.schema import SECTIONS, env_override_name
from careerlog.config.validate import Validator, is_loopback
from careerlog.errors import UserError

DEFAULT_PORTS = {
    "mail.imap": {"tls": 993, "starttls": 143, "none": 143},
    "mail.smtp": {"tls": 465, "starttls": 587, "none": 25},
}


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Find, read and validate the config file."""
    path = paths.resolve_config_path(explicit)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(
            f"no config file at {path}; create one with 'careerlog init' "
            f"or point --config / ${paths.CONFIG_ENV} at yours"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read config file {path}: {exc}") from None
    return parse_config(text, path)


def parse_config(text: str, path: Path | None = None) -> Config:
    filename = str(path) if path else "<config>"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(
            f"{filename} is not valid TOML: {exc}; fix the syntax at that place"
        ) from None
    validator = Validator(text, filename)
    values = validator.document(data)
    if "user" not in values:
        validator.problems.append(f"{filename}: [user] is missing; add it with name and email")
    if "user" not in values:
        raise UserError(f"the config file {filename} has problems:", validator.problems)
    config = _build(values, path, validator)
    if validator.problems:
        raise UserError(f"the config file {filename} has problems:", validator.problems)
    return config


def _credentials(
    section: str, values: dict[str, Any], index: int | None, default_user: str
) -> Credentials:
    def command(key: str) -> tuple[str, ...] | None:
        return tuple(values[key]) if values.get(key) else None

    return Credentials(
        section=section if index is None else f"{section} #{index + 1}",
        username=values.get("username") or default_user,
        password=values.get("password"),
        password_command=command("password_command"),
        oauth2_token_command=command("oauth2_token_command"),
        env_var=env_override_name(section, "password", index),
    )


def _server(
    name: str, values: dict[str, Any], user: UserConfig, validator: Validator
) -> ServerConfig:
    security = values["security"]
    host = values["host"]
    if security == "none" and not is_loopback(host):
        validator.problem(
            (name, None, "security"),
            f'"none" sends your password in clear to {host}; use "tls" or "starttls" '
            '("none" is only allowed for 127.0.0.1/localhost)',
        )
    return ServerConfig(
        section=name,
        host=host,
        port=values["port"] or DEFAULT_PORTS[name][security],
        security=security,
        credentials=_credentials(name, values, None, user.email),
        ca_file=values["ca_file"],
        timeout=float(values["timeout"]),
        folder=values.get("folder") or "INBOX",
    )


def _calendar(
    index: int, values: dict[str, Any], user: UserConfig, validator: Validator
) -> CalendarSource:
    kind = values["kind"]
    needs = "url" if kind in ("caldav", "ics-url") else "path"
    if not values.get(needs):
        validator.problem(
            ("calendar.sources", index, "kind"), f"a {kind} source needs {needs} = ..."
        )
    return CalendarSource(
        index=index,
        kind=kind,
        url=values["url"],
        path=str(Path(values["path"]).expanduser()) if values["path"] else None,
        credentials=_credentials("calendar.sources", values, index, user.email),
        ca_file=values["ca_file"],
        calendars=tuple(values["calendars"]),
        timeout=float(values["timeout"]),
    )


def _build(values: dict[str, Any], path: Path | None, validator: Validator) -> Config:
    u = values["user"]
    user = UserConfig(u["name"], u["email"], tuple(u["aliases"]), u["timezone"], u["team"])
    data_dir = paths.data_dir()
    store = values.get("store", {}).get("path")
    store_path = Path(store).expanduser() if store else data_dir / "careerlog.db"
    imap = (
        _server("mail.imap", values["mail.imap"], user, validator)
        if "mail.imap" in values
        else None
    )
    smtp = (
        _server("mail.smtp", values["mail.smtp"], user, validator)
        if "mail.smtp" in values
        else None
    )
    mail_values = _table_or_defaults(values, "mail")
    inbox = mail_values["maildir_inbox"]
    maildir_inbox = Path(inbox).expanduser() if inbox else data_dir / "Maildir"
    outbox = mail_values["maildir_outbox"]
    mail = MailConfig(
        inbox=_auto(mail_values["inbox"], "imap" if imap else "maildir"),
        outbox=_auto(mail_values["outbox"], "smtp" if smtp else "maildir"),
        maildir_inbox=maildir_inbox,
        maildir_outbox=Path(outbox).expanduser() if outbox else maildir_inbox,
        sendmail_command=tuple(mail_values["sendmail_command"]),
        capture_address=mail_values["capture_address"],
        capture_subject_prefix=mail_values["capture_subject_prefix"],
        confirmations=mail_values["confirmations"],
        plus_addressing=mail_values["plus_addressing"],
        trusted_authserv_ids=tuple(i.lower() for i in mail_values["trusted_authserv_ids"]),
        require_authentication=mail_values["require_authentication"],
        processed_folder=mail_values["processed_folder"],
        processed_keyword=mail_values["processed_keyword"],
        poll_interval=float(mail_values["poll_interval"]),
    )
    outbox_values = _table_or_defaults(values, "outbox")
    limits = _table_or_defaults(values, "limits")
    if mail.inbox == "imap" and imap is None:
        validator.problem(("mail", None, "inbox"), '"imap" needs a [mail.imap] table with host')
    if mail.outbox == "smtp" and smtp is None:
        validator.problem(("mail", None, "outbox"), '"smtp" needs a [mail.smtp] table with host')
    if mail.require_authentication and not mail.trusted_authserv_ids:
        validator.problem(
            ("mail", None, "require_authentication"),
            "needs trusted_authserv_ids, the id your receiving server writes in "
            "Authentication-Results ('careerlog doctor' lists the ids in recent mail)",
        )
    calendars = tuple(
        _calendar(i, v, user, validator) for i, v in enumerate(values.get("calendar.sources", []))
    )
    return Config(
        path=path,
        user=user,
        data_dir=data_dir,
        store_path=store_path,
        mail=mail,
        imap=imap,
        smtp=smtp,
        calendars=calendars,
        cadence=_table_or_defaults(values, "cadence"),
        briefs=BriefsConfig(**_table_or_defaults(values, "briefs")),
        calendar=_calendar_settings(_table_or_defaults(values, "calendar")),
        outbox=OutboxConfig(
            retry_initial=float(outbox_values["retry_initial"]),
            retry_max=float(outbox_values["retry_max"]),
            give_up_after_hours=float(outbox_values["give_up_after"]),
        ),
        secret_timeout=float(_table_or_defaults(values, "secrets")["command_timeout"]),
        teams=tuple(_table_or_defaults(values, "parsing")["teams"]),
        max_message_bytes=int(limits["max_message_bytes"]),
        max_quarantine_bytes=int(limits["max_quarantine_bytes"]),
        backups=int(_table_or_defaults(values, "store")["backups"]),
        log_level=_table_or_defaults(values, "logging")["level"],
    )


def _calendar_settings(values: dict[str, Any]) -> CalendarConfig:
    return CalendarConfig(**{**values, "one_on_one_titles": tuple(values["one_on_one_titles"])})


def _auto(choice: str, automatic: str) -> str:
    return automatic if choice == "auto" else choice


def _table_or_defaults(values: dict[str, Any], name: str) -> dict[str, Any]:
    """The validated table, or the schema's defaults when the file leaves it out."""
    if name in values:
        return dict(values[name])
    return Validator("", "").table(SECTIONS[name], {}, None)
