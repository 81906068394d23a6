"""``careerlog install-service``: the systemd user unit, with this machine's paths."""

from __future__ import annotations

import shlex
import shutil
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import click

from careerlog.commands.context import app
from careerlog.config import Config, paths
from careerlog.errors import UserError


def unit_text(executable: str, writable: Sequence[Path]) -> str:
    """The packaged user unit with this machine's paths filled in.

    ``ProtectSystem=strict`` makes everything read-only but ``ReadWritePaths``; a
    leading ``-`` lets systemd start even when one of them does not exist yet.
    """
    unit = resources.files("careerlog").joinpath("systemd", "careerlog.service")
    text = unit.read_text(encoding="utf-8")
    text = text.replace("ExecStart=%h/.local/bin/careerlog run", f"ExecStart={executable} run")
    paths = " ".join(f"-{path}" for path in writable)
    return text.replace("ReadWritePaths=%h/.local/share/careerlog", f"ReadWritePaths={paths}")


def written_paths(config: Config) -> list[Path]:
    """Every folder the service writes: data, the store's folder (WAL, locks, journal,
    backups) and the Maildirs it reads and delivers to; nested ones are left out."""
    candidates = [config.data_dir, config.store_path.parent]
    if config.mail.inbox == "maildir":
        candidates.append(config.mail.maildir_inbox)
    if config.mail.outbox == "maildir":
        candidates.append(config.mail.maildir_outbox)
    folders = sorted({path.expanduser().absolute() for path in candidates})
    return [f for f in folders if not any(f != o and f.is_relative_to(o) for o in folders)]


@click.command("install-service")
@click.option("--force", is_flag=True, help="Replace an existing unit file.")
def install_service(force: bool) -> None:
    """Write the systemd user unit and print how to enable it."""
    on_path = shutil.which("careerlog")
    executable = shlex.quote(on_path) if on_path else f"{shlex.quote(sys.executable)} -m careerlog"
    config = app().config
    unit_dir = paths.systemd_user_dir()
    target = unit_dir / "careerlog.service"
    if target.exists() and not force:
        raise UserError(f"{target} exists; use --force to replace it")
    text = unit_text(executable, written_paths(config))
    if config.path and config.path != paths.default_config_path():
        # absolute: systemd would read a relative path against the home folder, not
        # the folder install-service was run in
        where = shlex.quote(str(config.path.resolve()))
        text = text.replace(
            f"ExecStart={executable} run", f"ExecStart={executable} --config {where} run"
        )
    unit_dir.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {target}")
    click.echo(
        "Enable it:  systemctl --user daemon-reload && systemctl --user enable --now careerlog"
    )
    click.echo('Keep it running when you are logged out:  loginctl enable-linger "$USER"')
    click.echo("Logs:       journalctl --user -u careerlog -f")
