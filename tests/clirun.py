"""Run the real ``careerlog`` entry point in-process, error boundary included."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from click.testing import CliRunner

from careerlog.cli import main


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def careerlog(*args: str, input: str | None = None) -> Run:
    runner = CliRunner()
    with runner.isolation(input=input) as (out, err, _):
        code = 0
        try:
            main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        return Run(code, out.getvalue().decode(), err.getvalue().decode())
