"""How the user can run careerlog again, for the next step a command prints.

After README command 1, careerlog lives in ``.venv/bin`` and is not on PATH: a
hint that says plain ``careerlog`` would fail with "command not found".
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def command_name() -> str:
    """``careerlog`` when that name on PATH is this program, else the way to reach this one."""
    program = Path(sys.argv[0])
    if program.name != "careerlog":
        return f"{sys.executable} -m careerlog"
    on_path = shutil.which("careerlog")
    if on_path and Path(on_path).resolve() == program.resolve():
        return "careerlog"
    return str(program.resolve())
