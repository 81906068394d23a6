"""``careerlog parse``: the --json contract, the table, context options, and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from careerlog.commands.parse import parse
from careerlog.errors import UserError
from tests.parsers.replycheck import QUIRKS, REPLIES, expected, norm_lines


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(parse, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_json_is_exactly_the_contract() -> None:
    code, out = _run(str(REPLIES / "01-weekly-gmail-web.eml"), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"new_text", "auto_reply", "entries"}
    exp = expected(REPLIES / "01-weekly-gmail-web.eml")
    assert norm_lines(data["new_text"]) == norm_lines(exp["new_text"])
    first = data["entries"][0]
    assert first["kind"] == "evidence" and first["scope"] == "external"
    assert {"text": "340ms", "value": 340.0, "unit": "ms"} in first["metrics"]


def test_prompt_kind_is_inferred_and_can_be_forced() -> None:
    eml = str(REPLIES / "15-monthly-fastmail-bottom.eml")
    kinds = {e["kind"] for e in json.loads(_run(eml, "--json")[1])["entries"]}
    assert kinds == {"skill", "relationship"}
    forced = [
        e["kind"] for e in json.loads(_run(eml, "--json", "--prompt", "weekly")[1])["entries"]
    ]
    # As a weekly reply, the on-call shift is evidence; "ramping up on ledger internals" is
    # learning whatever the prompt asked, and "People-wise:" still says who.
    assert forced[:2] == ["skill", "evidence"] and "relationship" in forced


def test_goal_and_person_options_give_context() -> None:
    eml = str(REPLIES / "06-weekly-protonmail.eml")
    without = json.loads(_run(eml, "--json")[1])["entries"][0]["goal"]
    _, out = _run(
        eml, "--json", "--goal", "Get better at cross-team influence", "--person", "Priya Raman"
    )
    assert without is None
    assert json.loads(out)["entries"][0]["goal"] == "Get better at cross-team influence"


def test_original_prompt_finds_unmarked_inline_answers() -> None:
    eml = str(QUIRKS / "outlook-inline-colour.eml")
    original = str(QUIRKS / "prompt-weekly-2026w48.eml")
    alone = json.loads(_run(eml, "--json")[1])
    helped = json.loads(_run(eml, "--json", "--original", original)[1])
    assert alone["new_text"] == "Answers in blue below."
    assert "Cost down $3k/month, p95 unchanged." in helped["new_text"]


def test_table_shows_new_text_and_entries() -> None:
    code, out = _run(str(REPLIES / "12-monthly-outlook-android.eml"))
    assert code == 0
    assert "prompt: monthly" in out and "new text:" in out
    assert "relationship" in out and "Omar Haddad" in out


def test_table_for_auto_reply_and_skip() -> None:
    assert "auto-reply" in _run(str(REPLIES / "10-weekly-outlook-autoreply.eml"))[1]
    out = _run(str(REPLIES / "09-weekly-gmail-ios-skip.eml"))[1]
    assert "skipped" in out and "no entries" in out


@pytest.mark.parametrize("make", ["missing", "directory"])
def test_unreadable_file_is_a_user_error(tmp_path: Path, make: str) -> None:
    target = tmp_path / "reply.eml"
    if make == "directory":
        target.mkdir()
    with pytest.raises(UserError):
        parse.main([str(target), "--json"], standalone_mode=False)


def test_missing_original_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="prompt"):
        parse.main(
            [str(REPLIES / "01-weekly-gmail-web.eml"), "--original", str(tmp_path / "no.eml")],
            standalone_mode=False,
        )
