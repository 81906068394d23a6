"""Where careerlog keeps its files (XDG base directories)."""

from __future__ import annotations

import os
from pathlib import Path

CONFIG_ENV = "CAREERLOG_CONFIG"


def _xdg(var: str, fallback: str) -> Path:
    value = os.environ.get(var)
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def config_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "careerlog"


def data_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "careerlog"


def systemd_user_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "systemd" / "user"


def default_config_path() -> Path:
    return config_dir() / "config.toml"


def resolve_config_path(explicit: str | os.PathLike[str] | None) -> Path:
    """``--config`` wins, then ``$CAREERLOG_CONFIG``, then the XDG default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    return default_config_path()


def make_private_dir(path: Path) -> None:
    """Create a folder (and parents) readable by the owner only."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
