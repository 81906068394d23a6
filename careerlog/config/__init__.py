"""Configuration: schema, loading and validation, secrets."""

from careerlog.config.load import load_config, parse_config
from careerlog.config.model import (
    CalendarSource,
    Config,
    Credentials,
    MailConfig,
    OutboxConfig,
    ServerConfig,
    UserConfig,
)

__all__ = [
    "CalendarSource",
    "Config",
    "Credentials",
    "MailConfig",
    "OutboxConfig",
    "ServerConfig",
    "UserConfig",
    "load_config",
    "parse_config",
]
