"""Calendar sync bench: 2,000 events (150 recurring series) on a real Radicale.

Measures a full sync + expansion into a fresh store, and an incremental sync with
nothing changed (HTTP requests counted and timed on the wire; the target is one per
calendar, and ≤ 0.1 s of careerlog's own time, ``own_s``, beside the request).
Every pass's ``ok`` and errors are checked: a full sync that timed out would otherwise
only show as odd medians. Prints JSON, and exits 1 when a pass failed.
Run: .venv/bin/python -m bench.calendar_sync [--events N] [--series N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import niquests

from bench.machine import machine
from careerlog.calendar import SyncReport, sync_calendars
from careerlog.config import parse_config
from careerlog.store import open_store
from careerlog.store.people import add_person
from tests.configfile import config_tables, toml_text
from tests.servers.radicale import Radicale

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
PEOPLE = [f"person{i}@example.test" for i in range(40)]


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def event(uid: str, start: datetime, summary: str, rule: str | None, rng: random.Random) -> str:
    others = rng.sample(PEOPLE, rng.choice([1, 1, 2, 3, 5]))
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//careerlog bench//EN", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"DTSTART:{stamp(start)}",
        f"DTEND:{stamp(start + timedelta(minutes=30))}", f"SUMMARY:{summary}",
        "ORGANIZER:mailto:pat@example.test",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:pat@example.test",
        *(f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{o}" for o in others),
    ]  # fmt: skip
    if rule:
        lines.append(f"RRULE:{rule}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def generate(events: int, series: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(events):
        if i < series:
            start = NOW - timedelta(days=rng.randint(30, 400), hours=rng.randint(0, 8))
            rule = rng.choice(["FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=DAILY;COUNT=60",
                               "FREQ=MONTHLY;BYDAY=1TU", "FREQ=WEEKLY;BYDAY=MO,TH"])  # fmt: skip
            out.append(
                event(f"series-{i}@bench", start.replace(minute=0), f"Series {i}", rule, rng)
            )
        else:
            start = NOW + timedelta(days=rng.uniform(-200, 35))
            out.append(event(f"single-{i}@bench", start.replace(second=0, microsecond=0),
                             f"Meeting {i}", None, rng))  # fmt: skip
    return out


class WireCounter:
    """Counts HTTP requests and the seconds spent in them (careerlog's own time is the rest)."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._original = niquests.Session.request
        counter = self

        def counting(session: Any, *args: Any, **kwargs: Any) -> Any:
            counter.count += 1
            started = time.monotonic()
            try:
                return counter._original(session, *args, **kwargs)
            finally:
                counter.seconds += time.monotonic() - started

        niquests.Session.request = counting  # type: ignore[method-assign,assignment]


def failed(report: SyncReport, run: int, sync: str) -> list[dict[str, Any]]:
    """The pass as a failure to report, or nothing when every source succeeded."""
    return [] if report.ok else [{"run": run, "sync": sync, "errors": report.errors}]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--series", type=int, default=150)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["CAREERLOG_NOW"] = NOW.isoformat()
    work = Path(tempfile.mkdtemp(prefix="careerlog-bench-"))
    radicale = Radicale()
    radicale.start()
    try:
        started = time.monotonic()
        radicale.make_calendar("bench")
        bodies = generate(args.events, args.series)

        # Writing items straight into Radicale's storage folder is what a PUT does, minus
        # ~40 ms per request; Radicale indexes them on the first request that reads them.
        folder = radicale.dir / "collections" / "collection-root" / radicale.username / "bench"
        assert folder.is_dir(), folder
        for i, body in enumerate(bodies):
            (folder / f"item-{i}.ics").write_text(body, newline="")
        upload_s = time.monotonic() - started
        source = {
            "kind": "caldav",
            "url": radicale.url,
            "username": radicale.username,
            "password": radicale.password,
            "calendars": ["bench"],
        }
        wire = WireCounter()
        full: list[dict[str, float]] = []
        incremental: list[dict[str, float]] = []
        failures: list[dict[str, Any]] = []
        for run in range(args.runs):
            store = work / f"run{run}.db"
            changes = {
                "user": {
                    "name": "Pat Doe",
                    "email": "pat@example.test",
                    "timezone": "Europe/Berlin",
                },
                "store": {"path": str(store)},
                "calendar": {"sources": [source]},
            }
            config = parse_config(toml_text(config_tables(work, changes)))
            db = open_store(store)
            for i, address in enumerate(PEOPLE[:20]):
                add_person(db, f"Person {i}", emails=[address], relation="peer")
            wire.count = 0
            t0 = time.monotonic()
            report = sync_calendars(config, db)
            full.append({
                "seconds": time.monotonic() - t0, "fetch_s": report.fetch_seconds,
                "expand_store_s": report.expand_seconds, "requests": wire.count,
                "events": report.events, "interactions": report.interactions,
            })  # fmt: skip
            failures += failed(report, run, "full")
            for again_no in range(3):
                wire.count, wire.seconds = 0, 0.0
                t0 = time.monotonic()
                again = sync_calendars(config, db)
                took = time.monotonic() - t0
                incremental.append({
                    "seconds": took, "fetch_s": again.fetch_seconds,
                    "expand_store_s": again.expand_seconds, "requests": wire.count,
                    "request_s": wire.seconds, "own_s": took - wire.seconds,
                })  # fmt: skip
                failures += failed(again, run, f"incremental {again_no + 1}")
            db.close()

        def medians(rows: list[dict[str, float]]) -> dict[str, float]:
            return {k: round(statistics.median(r[k] for r in rows), 4) for k in rows[0]}

        print(
            json.dumps(
                {
                    "bench": "calendar",
                    "machine": machine(),
                    "ok": not failures,
                    "failed_syncs": failures,
                    "calendar": {
                        "events": args.events,
                        "recurring_series": args.series,
                        "calendars": 1,
                        "setup_seconds": round(upload_s, 2),
                    },
                    "full_sync": {"runs": len(full), **medians(full)},
                    "incremental_unchanged": {
                        "runs": len(incremental),
                        **medians(incremental),
                        "max_requests": max(r["requests"] for r in incremental),
                    },
                },
                indent=2,
            )
        )
    finally:
        radicale.cleanup()
    if failures:
        sys.exit(f"{len(failures)} sync(s) failed; the figures above are not valid")


if __name__ == "__main__":
    main()
