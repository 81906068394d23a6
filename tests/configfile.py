"""The one builder of careerlog config files, for tests and benches alike.

A config is built as TOML tables (nested dicts), starting from one that works: the
owner, a store and Maildir folders in one folder. A test then says only what differs,
as changes merged into it: a value replaced, a key or table added (also an unknown
one), a key or a whole table dropped with ``None``. A deliberately bad value is just a
value of the wrong type or out of range (``{"user": {"name": 42}}``).

What it does not write is a file whose exact text is the point (a syntax error, a
typo'd table on a given line, a value typed as a user would type it): tests about such
bytes keep them as literal text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from careerlog.config import Config, parse_config
from tests.mailtest import SAMPLE_ALIAS
from tests.servers import MailEnv
from tests.servers.dovecot import Dovecot, MailUser

Tables = dict[str, Any]

OWNER_NAME = "Ada Lovelace"
OWNER_EMAIL = "ada@example.com"
OWNER_TIMEZONE = "America/Los_Angeles"
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def config_tables(folder: Path, changes: Tables | None = None) -> Tables:
    """A working config: the owner, store and Maildir inbox/outbox in ``folder``, changed."""
    base: Tables = {
        "user": {"name": OWNER_NAME, "email": OWNER_EMAIL, "timezone": OWNER_TIMEZONE},
        "store": {"path": str(folder / "careerlog.db")},
        "mail": {
            "inbox": "maildir",
            "outbox": "maildir",
            "maildir_inbox": str(folder / "Maildir"),
            "maildir_outbox": str(folder / "Sent"),
        },
    }
    return merged(base, changes or {})


def imap_changes(
    address: str,
    password: str,
    *,
    port: int,
    ca_file: str,
    host: str = "127.0.0.1",
    aliases: tuple[str, ...] = (),
) -> Tables:
    """Read a test Dovecot over IMAPS as ``address``, which is the owner's address."""
    return {
        "user": {"email": address, "aliases": list(aliases)},
        "mail": {
            "inbox": "imap",
            "imap": {
                "host": host,
                "port": port,
                "security": "tls",
                "password": password,
                "ca_file": ca_file,
            },
        },
    }


def dovecot_user_config(home: Path, user: MailUser, dovecot: Dovecot) -> Config:
    """home/config.toml reading ``user``'s mailbox in ``dovecot`` over IMAPS, with the
    sample replies' From as an alias (a benchmark's own user, beside others)."""
    login = imap_changes(
        user.address,
        user.password,
        port=dovecot.imaps_port,
        ca_file=dovecot.ca_file,
        aliases=(SAMPLE_ALIAS,),
    )
    return write_config(home / "config.toml", config_tables(home, login))


def smtp_changes(env: MailEnv, *, username: bool = False) -> Tables:
    """Send through the test SMTP relay with STARTTLS as ``env``'s user.

    ``username``: write it out, though careerlog defaults it to the owner's address.
    """
    smtp: Tables = {
        "host": env.smtp_host,
        "port": env.smtp_port,
        "security": "starttls",
        "password": env.password,
        "ca_file": env.ca_file,
    }
    if username:
        smtp["username"] = env.username
    return {"user": {"email": env.address}, "mail": {"outbox": "smtp", "smtp": smtp}}


def merged(base: Tables, changes: Tables) -> Tables:
    """``base`` with ``changes``: tables merge key by key, ``None`` drops a key or table."""
    result = dict(base)
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


def toml_text(tables: Tables) -> str:
    """The tables as a TOML file, keys in the order given."""
    lines: list[str] = []
    _table(lines, (), tables)
    return "\n".join(lines).strip() + "\n"


def write_toml(path: Path, tables: Tables) -> Path:
    """Write the file only: for configs careerlog is meant to refuse, or to read itself."""
    path.write_text(toml_text(tables))
    return path


def write_config(path: Path, tables: Tables) -> Config:
    """Write the file at ``path`` and read it back as careerlog does."""
    return parse_config(write_toml(path, tables).read_text(), path)


def config_path(config: Config) -> Path:
    """Where a config from write_config lives."""
    assert config.path is not None
    return config.path


def _is_table_array(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _table(lines: list[str], path: tuple[str, ...], table: Tables, array: bool = False) -> None:
    scalars = {k: v for k, v in table.items() if not isinstance(v, dict)}
    scalars = {k: v for k, v in scalars.items() if not _is_table_array(v)}
    name = ".".join(_key(p) for p in path)
    if array:
        lines += ["", f"[[{name}]]"]
    elif path and (scalars or not table):
        lines += ["", f"[{name}]"]
    lines += [f"{_key(k)} = {_value(v)}" for k, v in scalars.items()]
    for key, value in table.items():
        if isinstance(value, dict):
            _table(lines, (*path, key), value)
        elif _is_table_array(value):
            for item in value:
                _table(lines, (*path, key), item, array=True)


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else json.dumps(key, ensure_ascii=False)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        return json.dumps(str(value), ensure_ascii=False)  # a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")
