"""How the user can run careerlog again, for the next step a command prints.

After README command 1, careerlog lives in ``.venv/bin`` and is not on PATH: a
hint that says plain ``careerlog`` would fail with "command not found".
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path


def command_name() -> str:
    """``careerlog`` when that name on PATH is this program, else the way to reach this one.

    Quoted for a POSIX shell, so a path with a space still runs as printed.
    """
    program = Path(sys.argv[0])
    if program.name != "careerlog":
        return f"{shlex.quote(sys.executable)} -m careerlog"
    on_path = shutil.which("careerlog")
    if on_path and Path(on_path).resolve() == program.resolve():
        return "careerlog"
    return shlex.quote(str(program.resolve()))
