"""`careerlog digest -o FILE` is the mail's digest in one file: same charts, same words."""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path

from sqlite_utils import Database

from careerlog.config import Config
from careerlog.insights.digest import build_digest
from careerlog.insights.digest_output import compose_digest, write_digest
from tests.insights.insights_seed import NOW, Seeded


def _words(page: str) -> str:
    """What a reader sees: the page without its stylesheet, tags and spacing."""
    page = re.sub(r"<(style|head)\b.*?</\1>", " ", page, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_file_shows_what_the_mail_shows(
    db: Database, seeded: Seeded, config: Config, tmp_path: Path
) -> None:
    digest = build_digest(
        db, tz=config.user.tz, name="Ada", now=NOW,
        max_meeting_size=config.calendar.max_meeting_size, quarter="2026-Q3",
    )  # fmt: skip
    message, _text = compose_digest(config, digest, period_key="2026-Q3", token="k3j9xabc", now=NOW)
    mail_html = next(p for p in message.walk() if p.get_content_type() == "text/html")
    mail_images = sorted(
        p.get_payload(decode=True) for p in message.walk() if p.get_content_type() == "image/png"
    )
    page = write_digest(digest, tmp_path / "digest.html").read_text()
    file_images = sorted(
        base64.b64decode(data) for data in re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    )
    assert len(mail_images) == 2
    assert file_images == mail_images
    assert _words(page) == _words(mail_html.get_content())  # type: ignore[attr-defined]
