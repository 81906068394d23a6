"""Markup in entries, goals and names is text in the digest and every export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.insights.digest import build_digest
from careerlog.insights.digest_output import compose_digest, render_parts, write_digest
from tests.clirun import careerlog
from tests.insights.insights_seed import NOW, add_entry, add_goal, add_person, meet

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
HOSTILE = (SCRIPT, IMG, "<img src=x", "<script")


@pytest.fixture
def hostile(db: Database, monkeypatch: pytest.MonkeyPatch, config_path: Path) -> Database:
    monkeypatch.setenv("CAREERLOG_NOW", NOW.isoformat())
    goal = add_goal(db, f"Lead {SCRIPT} cross-team", "2025-01-01T00:00:00+00:00",
                    gap=f"gap {IMG}")  # fmt: skip
    person = add_person(db, f"Eve {IMG}", "peer", "2026-08-01T00:00:00+00:00", advocate=1)
    meet(db, person, "2026-08-02T17:00:00+00:00", "2026-08-03T17:00:00+00:00")
    add_entry(db, "evidence", f"Shipped {SCRIPT} and {IMG} for the launch", day="2026-08-20",
              scope="org", goal=goal, people=(person,),
              metrics=[{"text": f"{IMG} 40%", "value": 40, "unit": "%"}])  # fmt: skip
    add_entry(db, "skill", f"Learnt {SCRIPT}", day="2026-08-21", skill_kind="practice")
    return db


def _clean(html: str) -> None:
    for bad in HOSTILE:
        assert bad not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&lt;img src=x onerror=" in html


def test_digest_mail_and_file_escape_markup(
    hostile: Database, config: Config, tmp_path: Path
) -> None:
    digest = build_digest(
        hostile,
        tz=config.user.tz,
        name="Ada",
        now=NOW,
        max_meeting_size=config.calendar.max_meeting_size,
    )
    assert digest.top[0].entry["text"].startswith("Shipped <script>")
    message, text = compose_digest(config, digest, period_key="2026-Q3", token="abcdefgh", now=NOW)
    html = next(p for p in message.walk() if p.get_content_type() == "text/html")
    mail_html = html.get_content()  # type: ignore[attr-defined]
    _clean(mail_html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in mail_html
    assert "&lt;img src=x onerror=" in mail_html
    assert SCRIPT in text  # the text part is text: nothing to escape
    path = write_digest(digest, tmp_path / "digest.html")
    _clean(path.read_text())
    _text, unstyled = render_parts(digest, {"months": "m", "scopes": "s"}, mail=False)
    _clean(unstyled)


@pytest.mark.parametrize("what", ["review", "promo", "resume", "entries", "people", "goals"])
def test_html_exports_escape_markup(
    hostile: Database, config_path: Path, tmp_path: Path, what: str
) -> None:
    args = ["--since", "2026-01-01"] if what in ("review", "promo") else []
    if what == "promo":
        criteria = tmp_path / "c.toml"
        criteria.write_text('[[criteria]]\nname = "Launches <b>"\nkeywords = ["shipped"]\n')
        args += ["--criteria", str(criteria)]
    run = careerlog("--config", str(config_path), "export", what, "--format", "html", *args)
    assert run.code == 0, run.err
    _clean(run.out)


@pytest.mark.parametrize("what", ["review", "resume"])
def test_markdown_documents_escape_angle_brackets(
    hostile: Database, config_path: Path, what: str
) -> None:
    run = careerlog("--config", str(config_path), "export", what, "--since", "2026-01-01")
    assert run.code == 0, run.err
    assert not re.search(r"(?<!\\)<(script|img|/script)", run.out)
    assert "\\<script\\>alert(1)\\</script\\>" in run.out
