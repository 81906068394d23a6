"""`careerlog parse` reads a capture as intake does: its subject is what the user did."""

from __future__ import annotations

import json
from pathlib import Path

from tests.clirun import careerlog

CAPTURE = (
    "From: Ada <ada@example.com>\r\nTo: ada+log@example.com\r\n"
    "Subject: log: cut the nightly backup window from 4h to 55 min\r\n"
    "Message-ID: <c1@example.com>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
)


def _entries(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "capture.eml"
    path.write_text(CAPTURE.format(body=body))
    run = careerlog("--config", str(tmp_path / "none.toml"), "parse", "--json", str(path))
    assert run.code == 0, run.text
    return [e["text"] for e in json.loads(run.out)["entries"]]


def test_the_subject_is_the_entry_and_the_body_goes_on(tmp_path: Path) -> None:
    assert _entries(tmp_path, "Used parallel dumps and a faster disk.\r\n") == [
        "cut the nightly backup window from 4h to 55 min — Used parallel dumps and a faster disk."
    ]


def test_a_subject_only_capture_is_an_entry(tmp_path: Path) -> None:
    assert _entries(tmp_path, "") == ["cut the nightly backup window from 4h to 55 min"]
