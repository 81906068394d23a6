"""careerlog digest and careerlog export review|promo|resume, bad input included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from careerlog.commands.context import AppContext
from careerlog.commands.digest import digest
from careerlog.errors import UserError
from tests.clirun import careerlog
from tests.insights.insights_seed import NOW, Seeded

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "config" / "promo-criteria.example.toml"


@pytest.fixture(autouse=True)
def _now(config_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERLOG_NOW", NOW.isoformat())


def _export(config_path: Path, *args: str) -> tuple[int, str, str]:
    run = careerlog("--config", str(config_path), "export", *args)
    return run.code, run.out, run.err


def test_digest_command_writes_html_and_charts_and_opens_it(
    config_path: Path, seeded: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    out = tmp_path / "out" / "q3.html"
    out.parent.mkdir()
    result = CliRunner().invoke(
        digest, ["--quarter", "2026-Q3", "--output", str(out), "--open"],
        obj=AppContext(str(config_path)),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.parent.iterdir()] == ["q3.html"]  # one file to forward
    html = out.read_text()
    assert html.count('src="data:image/png;base64,') == 2
    assert "<style>" in html  # the file keeps its stylesheet (and dark-mode rules)
    assert opened == [out.resolve().as_uri()]


def test_digest_command_defaults_to_the_reviewed_quarter(
    config_path: Path, seeded: Seeded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(digest, [], obj=AppContext(str(config_path)))
    assert result.exit_code == 0, result.output
    assert "Q3 2026 in review" in (tmp_path / "digest.html").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--quarter", "2026-Q7"], "is not like 2026-Q3"),
        (["--output", "/nonexistent/dir/d.html"], "does not exist"),
    ],
)
def test_digest_command_bad_input_writes_nothing(
    config_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str],
    message: str,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    before = set(tmp_path.iterdir())
    result = CliRunner().invoke(digest, args, obj=AppContext(str(config_path)))
    assert isinstance(result.exception, UserError) and message in str(result.exception)
    assert set(tmp_path.iterdir()) == before


def test_export_review_md_html_json(config_path: Path, seeded: Seeded) -> None:
    code, md, _ = _export(config_path, "review", "--since", "2026-07-01", "--until", "2026-09-30")
    assert code == 0
    assert md.startswith("# Performance review: 1 Jul – 30 Sep 2026")
    strongest = md.split("## Strongest evidence")[1].split("## Skills developed")[0]
    assert [
        line.split(". ", 1)[1]
        for line in strongest.splitlines()
        if line[:2] in {"1.", "2.", "3.", "4.", "5."}
    ] == [
        "I cut checkout P99 latency by 340 ms across three teams.",
        "Saved $12k/month on storage by tiering cold data",
        "We basically reduced build time from 45 min to 6 min",
    ]  # three always; the fourth (17.3) is under the bar of 50
    assert "### Deliberate practice" in md and "Practised system design interviews" in md
    assert "## Looking ahead" in md and "two quarters or more" in md
    code, data, _ = _export(config_path, "review", "--since", "2026-01-01", "--until",
                            "2026-09-30", "--format", "json")  # fmt: skip
    review = json.loads(data)
    assert len(review["strongest"]) == 5  # the fourth and fifth reach the bar over 9 months
    assert review["since"] == "2026-01-01" and review["until"] == "2026-09-30"
    code, html, _ = _export(config_path, "review", "--format", "html")
    assert code == 0 and html.startswith("<!DOCTYPE html>")
    assert "6 Oct 2025 – 5 Oct 2026" in html  # default: twelve months up to today (local)


def test_export_promo_with_the_example_criteria(config_path: Path, seeded: Seeded) -> None:
    code, md, err = _export(config_path, "promo", "--criteria", str(EXAMPLE), "--since",
                            "2026-01-01", "--until", "2026-09-30")  # fmt: skip
    assert code == 0, err
    sections = {s.split("\n", 1)[0]: s for s in md.split("\n## ")[1:]}
    leadership = sections["Technical leadership"]
    assert "Led the storage migration across four teams" in leadership
    assert "Mentored" not in leadership  # team scope never counts for a multi-team criterion
    impact = sections["Impact on business outcomes"]
    assert impact.index("I cut checkout P99") < impact.index("Saved $12k/month")  # strongest first
    growing = sections["Growing others"]  # no keywords: word overlap (hire, onboarding)
    assert "Paired with the new hire on onboarding docs" in growing
    assert "No evidence yet" in sections["External influence"]
    assert sections["Criteria with no evidence"].split("\n", 1)[1].strip() == "- External influence"
    assert "- Morgan Lee (manager)" in sections["Who should advocate"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no criteria file at"),
        ("[[criteria]\nname = 'x'", "is not valid TOML"),
        ("title = 'x'", "no criteria"),
        ("[[criteria]]\ndescription = 'no name'", 'criteria #1 needs name = "..."'),
        ("[[criteria]]\nname = 'A'\nkeywords = 'lead'", "keywords must be a list"),
        ("[[criteria]]\nname = 'A'\nkeywords = ['x']\nscope = 'galaxy'", "scope must be one of"),
        ("[[criteria]]\nname = 'A'\nkeywrds = ['x']", "unknown key(s) keywrds"),
    ],
)
def test_export_promo_bad_criteria_is_one_clear_error(
    config_path: Path, seeded: Seeded, tmp_path: Path, content: str | None, message: str
) -> None:
    criteria = tmp_path / "criteria.toml"
    if content is not None:
        criteria.write_text(content)
    out = tmp_path / "promo.md"
    code, out_text, err = _export(config_path, "promo", "--criteria", str(criteria), "-o", str(out))
    assert code == 2 and message in err and "Traceback" not in err
    assert not out.exists() and out_text == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["review", "--format", "csv"], "format 'csv' is unknown for review"),
        (["entries", "--format", "pdf"], "format 'pdf' is unknown for entries"),
        (["budget"], "cannot export 'budget'"),
        (
            ["review", "--since", "2026-09-01", "--until", "2026-08-01"],
            "--since 2026-09-01 is after --until 2026-08-01",
        ),
        (["review", "--since", "2027-01-01"], "is after 2026-10-05 (today)"),
        (["promo"], "export promo needs --criteria"),
        (["review", "--criteria", "x.toml"], "--criteria is only for"),
    ],
)
def test_export_bad_input_exit_2_nothing_written(
    config_path: Path, seeded: Seeded, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "out.txt"
    code, text, err = _export(config_path, *args, "-o", str(out))
    assert code == 2 and message in err, err
    assert err.count("\n") == 1 and not out.exists() and text == ""


def test_export_resume_bullets_in_resume_voice(config_path: Path, seeded: Seeded) -> None:
    code, md, _ = _export(config_path, "resume", "--limit", "3")
    assert code == 0
    bullets = [line[2:] for line in md.splitlines() if line.startswith("- ")]
    assert bullets[:3] == [
        "Org-wide launch on Oct 1, +12% conversion",
        "Org-wide incident process, MTTR 4h → 1h",
        "Cut checkout P99 latency by 340 ms across three teams",
    ]
    assert "*10 Feb – 5 Oct 2026: 3 of 11 evidence entries, strongest first.*" in md  # all time


def test_records_exports_still_work_and_gain_html(
    config_path: Path, seeded: Seeded, tmp_path: Path
) -> None:
    code, data, _ = _export(config_path, "entries", "--format", "json")
    assert code == 0 and len(json.loads(data)) == 13  # the deleted one is not exported
    code, data, _ = _export(config_path, "goals", "--format", "csv")
    assert next(iter(csv.DictReader(io.StringIO(data))))["title"].startswith("Staff")
    out = tmp_path / "people.html"
    code, _, err = _export(config_path, "people", "--format", "html", "-o", str(out))
    assert code == 0 and "Wrote 6 people" in err
    assert "<h3>Morgan Lee</h3>" in out.read_text()
