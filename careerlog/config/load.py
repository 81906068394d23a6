"""Read the config file into a typed :class:`Config`, or fail with every problem."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from careerlog.config import paths
from careerlog.config.build import from_table
from careerlog.config.model import (
    BriefsConfig,
    CadenceConfig,
    CalendarConfig,
    CalendarSource,
    Config,
    Credentials,
    ImapConfig,
    LimitsConfig,
    LoggingConfig,
    MailConfig,
    OutboxConfig,
    ParsingConfig,
    SecretsConfig,
    ServerConfig,
    StoreConfig,
    UserConfig,
)
from careerlog.config.schema import DEFAULT_PORTS, SECTIONS, env_override_name
from careerlog.config.validate import Validator, is_loopback
from careerlog.errors import UserError

S = TypeVar("S", bound=ServerConfig)

#: The tables whose dataclass takes the validated values as they are.
_PLAIN = {
    "calendar": CalendarConfig,
    "cadence": CadenceConfig,
    "briefs": BriefsConfig,
    "outbox": OutboxConfig,
    "parsing": ParsingConfig,
    "limits": LimitsConfig,
    "secrets": SecretsConfig,
    "logging": LoggingConfig,
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
        raise _config_error(validator.problems)
    config = _build(values, path, validator)
    if validator.problems:
        raise _config_error(validator.problems)
    return config


def _config_error(problems: list[str]) -> UserError:
    """Each problem names the file and line itself, so the heading does not repeat it."""
    heading = (
        "the config file has a problem:" if len(problems) == 1 else "the config file has problems:"
    )
    return UserError(heading, problems)


def _credentials(
    section: str, values: dict[str, Any], index: int | None, default_user: str
) -> Credentials:
    return from_table(
        Credentials,
        SECTIONS[section],
        values,
        section=section if index is None else f"{section} #{index + 1}",
        username=values["username"] or default_user,
        env_var=env_override_name(section, "password", index),
    )


def _server(
    cls: type[S], name: str, values: dict[str, Any], user: UserConfig, validator: Validator
) -> S:
    security = values["security"]
    host = values["host"]
    if security == "none" and not is_loopback(host):
        validator.problem(
            (name, None, "security"),
            f'"none" sends your password in clear to {host}; use "tls" or "starttls" '
            '("none" is only allowed for 127.0.0.1/localhost)',
        )
    return from_table(
        cls,
        SECTIONS[name],
        values,
        section=name,
        port=values["port"] or DEFAULT_PORTS[name][security],
        credentials=_credentials(name, values, None, user.email),
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
    return from_table(
        CalendarSource,
        SECTIONS["calendar.sources"],
        values,
        index=index,
        path=str(Path(values["path"]).expanduser()) if values["path"] else None,
        credentials=_credentials("calendar.sources", values, index, user.email),
    )


def _build(values: dict[str, Any], path: Path | None, validator: Validator) -> Config:
    user = from_table(UserConfig, SECTIONS["user"], values["user"])
    data_dir = paths.data_dir()
    store_values = _table_or_defaults(values, "store")
    store_path = store_values["path"]
    store = from_table(
        StoreConfig,
        SECTIONS["store"],
        store_values,
        path=Path(store_path).expanduser() if store_path else data_dir / "careerlog.db",
    )
    imap = (
        _server(ImapConfig, "mail.imap", values["mail.imap"], user, validator)
        if "mail.imap" in values
        else None
    )
    smtp = (
        _server(ServerConfig, "mail.smtp", values["mail.smtp"], user, validator)
        if "mail.smtp" in values
        else None
    )
    mail = _mail(_table_or_defaults(values, "mail"), data_dir, imap, smtp)
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
    plain: dict[str, Any] = {
        name: from_table(cls, SECTIONS[name], _table_or_defaults(values, name))
        for name, cls in _PLAIN.items()
    }
    return Config(
        path=path,
        data_dir=data_dir,
        user=user,
        store=store,
        mail=mail,
        imap=imap,
        smtp=smtp,
        calendars=calendars,
        **plain,
    )


def _mail(
    values: dict[str, Any],
    data_dir: Path,
    imap: ServerConfig | None,
    smtp: ServerConfig | None,
) -> MailConfig:
    inbox = values["maildir_inbox"]
    maildir_inbox = Path(inbox).expanduser() if inbox else data_dir / "Maildir"
    outbox = values["maildir_outbox"]
    return from_table(
        MailConfig,
        SECTIONS["mail"],
        values,
        inbox=_auto(values["inbox"], "imap" if imap else "maildir"),
        outbox=_auto(values["outbox"], "smtp" if smtp else "maildir"),
        maildir_inbox=maildir_inbox,
        maildir_outbox=Path(outbox).expanduser() if outbox else maildir_inbox,
        trusted_authserv_ids=tuple(i.lower() for i in values["trusted_authserv_ids"]),
    )


def _auto(choice: str, automatic: str) -> str:
    return automatic if choice == "auto" else choice


def _table_or_defaults(values: dict[str, Any], name: str) -> dict[str, Any]:
    """The validated table, or the schema's defaults when the file leaves it out."""
    if name in values:
        return dict(values[name])
    return Validator("", "").table(SECTIONS[name], {}, None)
