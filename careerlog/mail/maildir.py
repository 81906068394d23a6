"""Open a Maildir careerlog reads or delivers to, creating it the way a user expects.

``mailbox.Maildir(create=True)`` makes only the last folder: on a fresh install the
default ``~/.local/share/careerlog/Maildir`` failed with a traceback because the
data folder did not exist yet. Inside careerlog's own data folder the parents
are made (private); elsewhere a missing parent is more likely a typo in the
config, so it is named instead of created.

The folders are made here with ``exist_ok``, not by ``Maildir(create=True)``,
which checks and then creates: the inbox thread and the outbox opening the same
Maildir at once (inbox and outbox may be one folder) lost that race with
"File exists".
"""

from __future__ import annotations

import mailbox
from pathlib import Path

from careerlog.config.paths import make_private_dir
from careerlog.errors import UserError


def open_maildir(path: Path, data_dir: Path) -> mailbox.Maildir:
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        refuse_missing_parent(path, data_dir)
        make_private_dir(path.parent)
    for folder in (path, path / "tmp", path / "new", path / "cur"):
        folder.mkdir(mode=0o700, exist_ok=True)
    return mailbox.Maildir(path, factory=None, create=False)


def refuse_missing_parent(path: Path, data_dir: Path) -> None:
    """Name a Maildir that cannot be made because its parent folder (outside careerlog's
    data folder) is missing: the same line for the inbox, ``send`` and ``doctor``."""
    path = Path(path).expanduser()
    if path.parent.is_dir():
        return
    if not path.absolute().is_relative_to(Path(data_dir).expanduser().absolute()):
        raise UserError(
            f"the Maildir {path} cannot be created: the folder {path.parent} does not "
            "exist; create it, or fix [mail] maildir_inbox / maildir_outbox"
        )
