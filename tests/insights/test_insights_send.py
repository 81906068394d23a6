"""send_digest: one mail per quarter, text + HTML with the charts as CID parts, queued."""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.insights.digest_output import MAX_HTML_BYTES, send_digest
from careerlog.mail import identity
from tests.insights.insights_seed import NOW, Seeded

PNG = b"\x89PNG\r\n\x1a\n"


def _queued(db: Database, prompt_id: int) -> EmailMessage:
    row = next(iter(db.query("select * from outbox where prompt_id = ?", [prompt_id])))
    assert row["kind"] == "digest" and row["status"] == "pending"
    message = message_from_bytes(row["raw"], policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_digest_mail_is_multipart_related_with_cid_charts(
    config: Config, db: Database, seeded: Seeded
) -> None:
    prompt_id = send_digest(config, db, now=NOW)
    assert prompt_id is not None
    prompt = next(iter(db.query("select * from prompts where id = ?", [prompt_id])))
    assert (prompt["kind"], prompt["period"]) == ("digest", "2026-Q3")
    message = _queued(db, prompt_id)
    assert identity.is_own(message)
    assert message["X-Careerlog"] == "digest 2026-Q3"
    assert message["Message-ID"] == prompt["message_id"]
    assert "Q3 2026" in message["Subject"]
    assert message.get_content_type() == "multipart/alternative"
    text_part, related = message.get_payload()  # type: ignore[misc]
    assert text_part.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html_part, *images = related.get_payload()
    assert html_part.get_content_type() == "text/html"
    html = html_part.get_content()
    assert len(html.encode()) < MAX_HTML_BYTES
    assert [i.get_content_type() for i in images] == ["image/png", "image/png"]
    referenced = re.findall(r'src="cid:([^"]+)"', html)
    assert sorted(referenced) == sorted(i["Content-ID"].strip("<>") for i in images)
    for image in images:
        assert image.get_content().startswith(PNG)
        assert image.get_content_disposition() == "inline"
    assert len(re.findall(r'<img [^>]*alt="Bar chart of', html)) == 2
    text = text_part.get_content()
    assert "I cut checkout P99 latency by 340 ms across three teams." in text
    assert "Evidence per month (healthy: 2–4):" in text
    assert prompt["body_text"].replace("\n", "\r\n") == text


def test_exactly_once_per_quarter_unless_forced(
    config: Config, db: Database, seeded: Seeded
) -> None:
    first = send_digest(config, db, now=NOW)
    assert first is not None
    assert send_digest(config, db, now=NOW) is None
    assert send_digest(config, db, now=NOW, quarter="2026-Q3") is None
    forced = send_digest(config, db, now=NOW, force=True)
    again = send_digest(config, db, now=NOW, force=True)
    periods = [r["period"] for r in db.query("select period from prompts order by id")]
    assert periods == ["2026-Q3", "2026-Q3+2", "2026-Q3+3"]
    assert forced is not None and again is not None
    assert db.table("outbox").count == 3
    # another quarter is its own digest
    assert send_digest(config, db, now=NOW, quarter="2026-Q2") is not None
