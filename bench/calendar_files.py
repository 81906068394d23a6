"""Every real-world calendar file icalendar and recurring-ical-events test against, read
through an ics-file source, each occurrence compared with recurring-ical-events.

For each .ics file under the installed packages' ``icalendar/tests/calendars`` and
``recurring_ical_events/test/calendars``: careerlog syncs it (``sync_calendars`` into a
fresh store, clock pinned, default window), and recurring-ical-events expands the same
file over the same window. The reference runs in this process, so icalendar's
process-wide time-zone cache is emptied before each file: otherwise a TZID one file
leaves undefined is read with another file's definition (careerlog keeps no such cache).
A file is *read* when careerlog stored it without warnings, *warned* when careerlog
warned (a broken or hostile series skipped, an unknown time zone), *mismatched* when the
sorted start instants differ, and *crashed* when careerlog raised. Only the files the
reference can read are compared, and only those with an occurrence in the window
compare any instant (``compared_with_occurrences``: what "0 mismatched" rests on).
Prints JSON.
Run: .venv/bin/python -m bench.calendar_files [--list]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import UTC, date, datetime
from datetime import time as day_time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from icalendar.timezone import tzp

from bench.machine import machine
from careerlog.calendar import sync_calendars
from careerlog.calendar.expand import calendar_window
from careerlog.config import parse_config
from careerlog.store import open_store
from tests.configfile import config_tables, toml_text

NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
TZ = "Europe/Berlin"


def corpus() -> list[Path]:
    roots = [
        Path(icalendar.__file__).parent / "tests" / "calendars",
        Path(recurring_ical_events.__file__).parent / "test" / "calendars",
    ]
    return sorted(p for root in roots for p in root.glob("*.ics"))


def instant(value: date | datetime, tz: ZoneInfo) -> str:
    """As careerlog stores it: dates at local midnight, floating times in the user's zone."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, day_time(0), tz)
    elif value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC).isoformat()


def reference(path: Path, window: tuple[datetime, datetime]) -> list[str] | str:
    """recurring-ical-events' start instants, or why it could not read the file."""
    tzp.use(tzp.name)  # the same provider with an empty cache: this file alone decides
    try:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        found = recurring_ical_events.of(calendar).between(*window)
        return sorted(
            instant(event.decoded("DTSTART"), ZoneInfo(TZ))
            for event in found
            if event.name == "VEVENT"
        )
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"[:200]


def careerlog_starts(path: Path, work: Path) -> tuple[list[str], list[str], bool]:
    store = work / f"{path.parent.parent.name}-{path.stem}.db"
    changes = {
        "user": {"name": "Pat", "email": "pat@example.test", "timezone": TZ},
        "store": {"path": str(store)},
        "calendar": {"sources": [{"kind": "ics-file", "path": str(path)}]},
    }
    config = parse_config(toml_text(config_tables(work, changes)))
    db = open_store(store)
    try:
        report = sync_calendars(config, db, NOW)
        starts = sorted(row[0] for row in db.execute("select starts_at from calendar_events"))
    finally:
        db.close()
    return starts, report.warnings + report.errors, report.ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="name each file not simply read")
    args = parser.parse_args()
    os.environ["CAREERLOG_NOW"] = NOW.isoformat()
    window = calendar_window(
        NOW, parse_config('[user]\nname = "Pat"\nemail = "pat@example.test"\n').calendar
    )
    work = Path(tempfile.mkdtemp(prefix="careerlog-calfiles-"))
    counts = {"read": 0, "warned": 0, "mismatched": 0, "crashed": 0}
    detail: dict[str, list[dict[str, Any]]] = {k: [] for k in counts if k != "read"}
    occurrences = 0
    compared = {"files": 0, "with_occurrences": 0, "reference_occurrences": 0}
    reference_unreadable = 0
    began = time.perf_counter()
    files = corpus()
    for path in files:
        name = f"{path.parent.parent.name}/{path.name}"
        expected = reference(path, window)
        try:
            starts, warnings, ok = careerlog_starts(path, work)
        except Exception as exc:
            counts["crashed"] += 1
            detail["crashed"].append({"file": name, "error": f"{type(exc).__name__}: {exc}"})
            continue
        occurrences += len(starts)
        if isinstance(expected, list):
            compared["files"] += 1
            compared["with_occurrences"] += bool(expected)
            compared["reference_occurrences"] += len(expected)
        else:
            reference_unreadable += 1
        if isinstance(expected, list) and starts != expected:
            counts["mismatched"] += 1
            detail["mismatched"].append(
                {"file": name, "careerlog": len(starts), "reference": len(expected)}
            )
        elif warnings or not ok:
            counts["warned"] += 1
            first = warnings[0].split(f"{path.name}: ", 1)[-1] if warnings else ""
            detail["warned"].append({"file": name, "first": first[:160]})
        else:
            counts["read"] += 1
    out: dict[str, Any] = {
        "bench": "calendar_files",
        "machine": machine(),
        "window": [window[0].isoformat(), window[1].isoformat()],
        "files": len(files),
        **counts,
        "occurrences_stored": occurrences,
        "reference_unreadable": reference_unreadable,
        "compared": compared["files"],
        "compared_with_occurrences": compared["with_occurrences"],
        "reference_occurrences_compared": compared["reference_occurrences"],
        "seconds": round(time.perf_counter() - began, 1),
    }
    if args.list:
        out["detail"] = detail
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
