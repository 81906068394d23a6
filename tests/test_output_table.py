"""The CLI's tables line up for people: numbers right, text left, wide characters counted twice."""

from __future__ import annotations

import pytest

from careerlog.commands.output import display_width, table


def test_columns_line_up_with_wide_characters_and_numbers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    table([(7, "田中 美咲", None), (12, "Ada", 2.5)], ["id", "name", "score"])
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "id  name       score",
        "--  ---------  -----",
        " 7  田中 美咲",
        "12  Ada          2.5",
    ]
    assert display_width("田中 美咲") == 9


def test_a_line_break_in_a_cell_stays_on_its_row(capsys: pytest.CaptureFixture[str]) -> None:
    table([(1, "first line\nsecond line")], ["id", "text"])
    assert capsys.readouterr().out.splitlines()[2] == " 1  first line second line"


def test_no_rows_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    table([], ["id"])
    assert capsys.readouterr().out == "(nothing)\n"
