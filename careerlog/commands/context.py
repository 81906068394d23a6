"""What every command may need, loaded only when it asks for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # loaded when a command asks, so `--version` and `--help` stay quick
    from sqlite_utils import Database

    from careerlog.config import Config


class AppContext:
    def __init__(self, config_path: str | None) -> None:
        self.config_path = config_path
        self._config: Config | None = None
        self._db: Database | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            from careerlog.config import load_config

            self._config = load_config(self.config_path)
        return self._config

    @property
    def db(self) -> Database:
        if self._db is None:
            from careerlog.store import open_store

            self._db = open_store(self.config.store_path)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def app(ctx: click.Context | None = None) -> AppContext:
    ctx = ctx or click.get_current_context()
    obj: Any = ctx.find_root().obj
    assert isinstance(obj, AppContext)
    return obj
