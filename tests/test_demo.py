"""`careerlog demo`: the README's first command, a quarter in seconds, no servers."""

from __future__ import annotations

import mailbox
from pathlib import Path

from sqlite_utils import Database

from tests.clirun import careerlog


def test_demo_runs_a_quarter_through_the_real_pipeline(home: Path) -> None:
    target = home / "demo"
    run = careerlog("demo", "--dir", str(target))
    assert run.code == 0, run.text
    assert "Traceback" not in run.text
    assert "weekly    2026-W40" in run.out and "replied with 08-weekly-gmail-web-fr.eml" in run.out
    assert "(no reply)" in run.out
    db = Database(target / "careerlog.db")
    prompts = dict(db.execute("select kind, count(*) from prompts group by kind").fetchall())
    assert prompts["weekly"] == 14 and prompts["monthly"] == 3 and prompts["quarterly"] == 2
    periods = [r[0] for r in db.execute("select period from prompts where kind = 'quarterly'")]
    assert periods == ["2026-Q3", "2026-Q4"]
    kinds = dict(db.execute("select kind, count(*) from entries group by kind").fetchall())
    assert {"evidence", "skill", "relationship", "goal"} <= set(kinds)
    assert "unsorted" not in kinds
    statuses = dict(
        db.execute("select status, count(*) from inbound_messages group by 1").fetchall()
    )
    assert statuses.get("skipped") == 1 and statuses.get("auto-reply") == 1
    maildir = mailbox.Maildir(target / "Maildir", create=False)
    subjects = [str(m["Subject"]) for m in maildir]
    assert any("[2026-W45]" in s for s in subjects)
    nudged = db.execute("select body_text from prompts where period = '2026-W52'").fetchone()[0]
    assert "two weeks" in nudged.lower() or "silent" in nudged.lower() or "quiet" in nudged.lower()
    assert f"--config {target / 'config.toml'}" in run.out
    digests = [r[0] for r in db.execute("select period from prompts where kind = 'digest'")]
    assert digests == ["2026-Q3", "2026-Q4"]  # each right after its quarterly prompt
    html = (target / "digest.html").read_text()
    assert "Q4 2026" in html and html.count('src="data:image/png;base64,') == 3
    # Ada said how things felt, and named her goals' why: the digest shows both (issue 18).
    assert "What energised, what drained" in html
    assert "Work with Priya Raman energised you; work with Omar Haddad drained you." in html
    assert "Why it matters:" in html
    advocates = db.execute("select name from people where advocate").fetchall()
    assert advocates == [("Sam Whitfield",)]  # so the job-search packet has one to show
    assert not list(target.glob("*.png"))  # one self-contained file
    assert f"Digest:        {target / 'digest.html'}" in run.out


def test_demo_twice_in_the_same_folder_starts_afresh(home: Path) -> None:
    target = home / "demo"
    assert careerlog("demo", "--dir", str(target)).code == 0
    assert careerlog("demo", "--dir", str(target)).code == 0
    db = Database(target / "careerlog.db")
    assert db.execute("select count(*) from prompts where kind = 'weekly'").fetchone()[0] == 14
