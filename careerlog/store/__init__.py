"""The SQLite store: schema, migrations and one module per kind of record."""

from careerlog.store.db import open_store

__all__ = ["open_store"]
