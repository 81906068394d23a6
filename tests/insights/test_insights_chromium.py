"""The digest in a real browser (Debian's headless Chromium): charts decode, 375 px fits.

The page is loaded in a 375 px wide iframe of a small harness page (headless windows have
a minimum width above 375 px); the harness script reads the framed document after the
load event and writes its findings into the DOM, which ``--dump-dom`` prints.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlite_utils import Database

from careerlog.config import Config
from careerlog.insights.digest import build_digest
from careerlog.insights.digest_output import compose_digest, write_digest
from tests.insights.insights_seed import NOW, Seeded

CHROMIUM = "/usr/bin/chromium"
WIDTH = 375
HARNESS = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="page" src="%s" style="width:%dpx;height:4000px;border:0;display:block"></iframe>
<script>
window.addEventListener("load", function () {
  var doc = document.getElementById("page").contentDocument;
  var result = {
    images: Array.prototype.map.call(doc.images, function (img) {
      return {alt: img.alt, complete: img.complete, naturalWidth: img.naturalWidth,
              naturalHeight: img.naturalHeight, shown: img.getBoundingClientRect().width};
    }),
    innerWidth: doc.defaultView.innerWidth,
    scrollWidth: doc.documentElement.scrollWidth
  };
  var out = document.createElement("pre");
  out.id = "careerlog-result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script></body></html>"""


def _browse(page: Path, tmp_path: Path) -> dict[str, object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: apt-get install chromium (Debian) to run this test",
            pytrace=False,
        )
    harness = page.with_name("harness.html")
    harness.write_text(HARNESS % (page.name, WIDTH))
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={profile}", "--allow-file-access-from-files",
        "--window-size=800,1000", "--virtual-time-budget=10000", "--dump-dom",
        harness.as_uri(),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    shutil.rmtree(profile, ignore_errors=True)
    match = re.search(r'<pre id="careerlog-result">(.*?)</pre>', done.stdout, re.S)
    assert match, f"no result from Chromium (exit {done.returncode}): {done.stderr[-2000:]}"
    return dict(json.loads(match.group(1).replace("&amp;", "&").replace("&quot;", '"')))


def _check(result: dict[str, object]) -> None:
    assert result["innerWidth"] == WIDTH
    assert isinstance(result["scrollWidth"], int) and result["scrollWidth"] <= WIDTH, result
    images = result["images"]
    assert isinstance(images, list) and len(images) == 2
    for image in images:
        assert image["complete"] and image["naturalWidth"] > 0 and image["naturalHeight"] > 0
        assert 0 < image["shown"] <= WIDTH  # scaled down to fit, not cropped
        assert image["alt"].startswith("Bar chart of")


def test_digest_file_shows_charts_and_fits_375px(
    db: Database, seeded: Seeded, config: Config, tmp_path: Path
) -> None:
    digest = build_digest(
        db,
        tz=config.user.tz,
        name="Ada Lovelace",
        now=NOW,
        max_meeting_size=config.calendar.max_meeting_size,
    )
    page = write_digest(digest, tmp_path / "site" / "digest.html")
    _check(_browse(page, tmp_path))


def test_digest_mail_html_shows_its_cid_charts_and_fits_375px(
    db: Database, seeded: Seeded, config: Config, tmp_path: Path
) -> None:
    """The mail's own HTML part, with each cid: swapped for its MIME part as a data: URI."""
    digest = build_digest(
        db,
        tz=config.user.tz,
        name="Ada Lovelace",
        now=NOW,
        max_meeting_size=config.calendar.max_meeting_size,
    )
    message, _text = compose_digest(config, digest, period_key="2026-Q3", token="k3j9xabc", now=NOW)
    parts = list(message.walk())
    html = next(p for p in parts if p.get_content_type() == "text/html").get_content()  # type: ignore[attr-defined]
    for part in parts:
        if part.get_content_type() == "image/png":
            cid = str(part["Content-ID"]).strip("<>")
            data = base64.b64encode(part.get_payload(decode=True)).decode()  # type: ignore[arg-type]
            assert f"cid:{cid}" in html
            html = html.replace(f"cid:{cid}", f"data:image/png;base64,{data}")
    page = tmp_path / "mail" / "digest-mail.html"
    page.parent.mkdir()
    page.write_text(html)
    _check(_browse(page, tmp_path))
