"""ICS over HTTP on loopback: ETag / If-Modified-Since, webcal://, failures keep data."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlite_utils import Database

from careerlog.calendar import sync_calendars
from careerlog.config.model import Config
from tests.calendar.calendar_helpers import fixture_text
from tests.configfile import Tables


class Feed:
    """A tiny published calendar: counts requests, answers 304 when it can, or fails."""

    def __init__(self, body: str, etag: bool = True) -> None:
        self.body, self.etag, self.fail = body.encode(), etag, 0
        self.requests: list[dict[str, str]] = []
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                feed.requests.append(dict(self.headers))
                if feed.fail:
                    self.send_error(feed.fail)
                    return
                tag = '"' + hashlib.sha1(feed.body).hexdigest() + '"'
                modified = "Wed, 18 Mar 2026 10:00:00 GMT"
                fresh = (
                    self.headers.get("If-None-Match") == tag
                    if feed.etag
                    else self.headers.get("If-Modified-Since") == modified
                )
                if fresh:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/calendar")
                if feed.etag:
                    self.send_header("ETag", tag)
                else:
                    self.send_header("Last-Modified", modified)
                self.send_header("Content-Length", str(len(feed.body)))
                self.end_headers()
                self.wfile.write(feed.body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}/private-s3cr3t-token/basic.ics"


@pytest.fixture
def feed() -> Iterator[Feed]:
    server = Feed(fixture_text("weekly-one-on-one.ics"))
    yield server
    server.server.shutdown()
    server.server.server_close()


def source(url: str) -> Tables:
    return {"kind": "ics-url", "url": url}


def test_etag_makes_an_unchanged_feed_one_cheap_request(
    feed: Feed, make_calendar_config: Callable[..., Config], db: Database
) -> None:
    config = make_calendar_config(source(feed.url()))
    first = sync_calendars(config, db)
    assert first.ok and first.events == 12 and first.sources[0].fetched == 1
    second = sync_calendars(config, db)
    assert len(feed.requests) == 2
    assert feed.requests[1]["If-None-Match"].startswith('"')
    assert second.sources[0].fetched == 0 and second.events == 12

    feed.body = fixture_text("declined-invite.ics").encode()
    third = sync_calendars(config, db)
    assert third.sources[0].fetched == 1 and third.events == 1
    assert [r["summary"] for r in db.query("select summary from calendar_events")] == [
        "Quarterly planning"
    ]


def test_last_modified_when_there_is_no_etag(
    make_calendar_config: Callable[..., Config], db: Database
) -> None:
    server = Feed(fixture_text("all-day.ics"), etag=False)
    try:
        config = make_calendar_config(source(server.url()))
        sync_calendars(config, db)
        report = sync_calendars(config, db)
        assert server.requests[1]["If-Modified-Since"] == "Wed, 18 Mar 2026 10:00:00 GMT"
        assert report.sources[0].fetched == 0 and report.events == 1
    finally:
        server.server.shutdown()
        server.server.server_close()


def test_failures_keep_the_last_good_copy_and_say_why(
    feed: Feed,
    make_calendar_config: Callable[..., Config],
    db: Database,
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = make_calendar_config(source(feed.url()))
    assert sync_calendars(config, db).events == 12
    feed.fail = 500
    with caplog.at_level(logging.WARNING):
        report = sync_calendars(config, db)
    assert not report.ok and report.events == 12
    assert "500" in report.errors[0]
    row = next(db.query("select * from calendar_sync"))
    assert "answered 500" in row["last_error"] and row["last_error_at"]
    assert "keeping the last good copy (1 objects" in caplog.text
    assert "s3cr3t" not in caplog.text and "s3cr3t" not in row["last_error"]

    feed.fail = 0  # back up: the error clears and the feed is fetched again
    assert sync_calendars(config, db).ok
    assert next(db.query("select last_error from calendar_sync"))["last_error"] is None

    feed.server.shutdown()
    feed.server.server_close()  # now the port is closed
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        report = sync_calendars(config, db)
    assert "refused" in report.errors[0] and report.events == 12
    assert "refused" in caplog.text


def test_webcal_scheme_is_accepted(make_calendar_config: Callable[..., Config]) -> None:
    from careerlog.calendar.connect import http_url

    config = make_calendar_config(source("webcal://calendar.example.test/feed.ics"))
    assert http_url(config.calendars[0].url or "") == "https://calendar.example.test/feed.ics"
