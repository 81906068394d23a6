"""``careerlog backup`` and ``careerlog restore``."""

from __future__ import annotations

from pathlib import Path

import click

from careerlog.commands.context import app
from careerlog.errors import UserError
from careerlog.store import open_store
from careerlog.store.backup import default_backup_path, make_backups_dir, restore, write_copy


def _target(store_path: Path, file: Path | None) -> Path:
    """FILE, a default name inside FILE when it is a folder, or the backups folder."""
    default = default_backup_path(store_path)
    if file is None:
        return default
    file = file.expanduser()
    target = file / default.name if file.is_dir() else file
    live = {Path(f"{store_path.resolve()}{suffix}") for suffix in ("", "-wal", "-shm")}
    if target.resolve() in live:
        raise UserError(f"{target} is the database itself; write the backup to another file")
    return target


@click.command()
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace FILE if it exists.")
def backup(file: Path | None, force: bool) -> None:
    """Copy the database to FILE, safely while the service runs.

    Without FILE the copy goes to the backups folder beside the database.
    """
    config = app().config
    target = _target(config.store_path, file)
    db = open_store(config.store_path, create=False)
    try:
        if file is None:
            make_backups_dir(config.store_path)
        write_copy(db.conn, target, replace=force)
    finally:
        db.close()
    click.echo(f"Wrote {target}")


@click.command("restore")
@click.argument("file", type=click.Path(path_type=Path))
def restore_cmd(file: Path) -> None:
    """Put the backup FILE in place of the database (stop the service first).

    The database it replaces is kept beside it as careerlog.db.before-restore-<time>.
    """
    config = app().config
    kept = restore(config.store_path, file.expanduser())
    click.echo(f"Restored {file} into {config.store_path}")
    if kept is not None:
        click.echo(f"The database it replaced is kept as {kept}")
