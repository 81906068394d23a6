"""Writing files all or nothing, private to the user."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from careerlog.errors import UserError


def write_atomically(path: Path, data: bytes) -> None:
    """A temporary file in the same folder (mode 0600), then renamed over ``path``.

    A crash or a full disk leaves the old file as it was, never half a new one.
    """
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror}") from None
