"""What commands and prompts print reads as words: shortened at a word end, right plurals.

Through the CLI with a Maildir home: the weekly prompt's joggers, ``people show`` and
``doctor``'s calendar line.
"""

from __future__ import annotations

import mailbox
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.clirun import careerlog
from tests.configfile import config_path
from tests.mailtest import MakeConfig

ASKED = (
    "She wants three bullets + risks for the steering committee on Thursday, with the "
    "quarterly numbers and the hiring plan attached"
)
GAP = (
    "no multi-team project in the packet yet and nobody above my skip-level has seen any "
    "December review"
)
WALKED = "Walked Rahul through the ledger runbook and the whole December on-call rotation"


def run(config: Path, *args: str) -> str:
    result = careerlog("--config", str(config), *args)
    assert result.code == 0, result.text
    return result.out


@pytest.fixture
def config(make_offline_config: MakeConfig, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CAREERLOG_NOW", "2026-12-01T18:00:00+00:00")  # a Tuesday
    return config_path(make_offline_config())


def weekly_prompt(home: Path) -> str:
    (raw,) = [m.as_bytes() for m in mailbox.Maildir(home / "Sent", create=False)]
    part = message_from_bytes(raw, policy=policy.default).get_body(("plain",))
    assert part is not None
    return " ".join(str(part.get_content()).split())


def test_prompt_joggers_end_at_a_word(config: Path, home: Path) -> None:
    run(config, "log", ASKED, "--kind", "relationship", "--date", "2026-11-27")
    run(config, "goals", "add", "Reach Staff Engineer", "--gap", GAP)
    run(config, "send", "weekly")
    prompt = weekly_prompt(home)
    assert "· She wants three bullets + risks for the steering committee on Thursday… " in prompt
    assert "gap is no multi-team project in the packet yet and nobody above my skip-level has " \
        "seen any… Start a line" in prompt  # fmt: skip


def test_people_show_ends_at_a_word(config: Path) -> None:
    run(config, "log", WALKED, "--person", "Rahul Mehta")
    shown = run(config, "people", "show", "Rahul Mehta")
    assert "Walked Rahul through the ledger runbook and the whole December…" in shown


@pytest.mark.parametrize(("files", "said"), [(1, "1 .ics file"), (2, "2 .ics files")])
def test_doctor_counts_calendar_files_in_words(
    make_offline_config: MakeConfig, home: Path, files: int, said: str
) -> None:
    folder = home / "cal"
    folder.mkdir()
    for n in range(files):
        (folder / f"{n}.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    source = {"kind": "vdir", "path": str(folder)}
    config = config_path(make_offline_config({"calendar": {"sources": [source]}}))
    doctor = careerlog("--config", str(config), "doctor")
    (line,) = [ln for ln in doctor.out.splitlines() if "calendar 1" in ln]
    assert f"{said}," in line or line.endswith(said), line
    assert "(s)" not in line
