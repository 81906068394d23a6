"""Digest and review bench: ten years of a career log (5,000 entries, 200 people, 30 goals).

Measures, on a temp store, the quarterly digest mail (read the quarter, rank, both
matplotlib charts, render text + HTML, inline the CSS, build the MIME message) and
``export review`` for one year (read, rank, render Markdown and HTML). Targets: under 2 s
each. Prints JSON (machine, medians). Run: .venv/bin/python -m bench.digest [--runs N]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bench.machine import machine
from careerlog.store import open_store
from tests.configfile import config_tables, write_config

NOW = datetime(2026, 10, 5, 16, tzinfo=UTC)  # early Q4: the digest reviews 2026-Q3
FIRST = date(2016, 10, 1)
SCOPES = ("team", "team", "team", "multi-team", "multi-team", "org", "external", None)
RELATIONS = ("manager", "skip-level", "above-skip", "peer", "peer", "peer", "report", "external")
SKILL_KINDS = ("new-domain", "practice", "gap", "feedback")
VERBS = ("Cut", "Led", "Shipped", "Reduced", "Designed", "Unblocked", "Migrated", "Wrote")
THINGS = (
    "checkout latency",
    "the build pipeline",
    "on-call load",
    "the storage tier",
    "the API review",
    "onboarding docs",
    "the incident process",
    "search ranking",
)


def _at(day: date, rng: random.Random) -> str:
    return datetime(day.year, day.month, day.day, rng.randint(14, 23), tzinfo=UTC).isoformat()


def seed(db: Database, *, entries: int, people: int, goals: int, seed_value: int = 7) -> None:
    """Evidence (70%), skills (20%), relationship and goal notes over ten years, linked."""
    rng = random.Random(seed_value)
    days = (NOW.date() - FIRST).days
    db.table("people").insert_all(
        {
            "id": i + 1,
            "name": f"Person {i + 1:03d}",
            "emails": json.dumps([f"p{i + 1}@example.test"]),
            "relation": rng.choice(RELATIONS),
            "advocate": int(rng.random() < 0.1),
            "created_at": _at(FIRST + timedelta(days=rng.randrange(days)), rng),
        }
        for i in range(people)
    )
    goal_rows, updates = [], []
    for g in range(goals):
        created = FIRST + timedelta(days=rng.randrange(days - 60))
        scope_word = rng.choice(("cross-team", "org-wide", "external", "deep"))
        goal_rows.append(
            {
                "id": g + 1,
                "title": f"Goal {g + 1}: {scope_word} work",
                "gap": f"gap {g + 1}",
                "current_state": "started",
                "status": "open" if g < 12 else rng.choice(("done", "dropped")),
                "created_at": _at(created, rng),
                "updated_at": _at(created, rng),
            }
        )
        for _ in range(10):  # ten history rows per goal, some change the gap, some act
            at = created + timedelta(days=rng.randrange(max((NOW.date() - created).days, 1)))
            updates.append(
                {
                    "goal_id": g + 1,
                    "at": _at(at, rng),
                    "gap": rng.choice((None, f"gap {g + 1}b")),
                    "actions": rng.choice((None, None, "an action")),
                    "source": "email",
                }
            )
    db.table("goals").insert_all(goal_rows)
    db.table("goal_updates").insert_all(updates)
    rows, links, goal_links = [], [], []
    for i in range(entries):
        day = FIRST + timedelta(days=rng.randrange(days))
        roll = rng.random()
        kind = "evidence" if roll < 0.7 else "skill" if roll < 0.9 else "relationship"
        metrics = (
            [{"text": f"{rng.randint(2, 400)} ms", "value": rng.randint(2, 400), "unit": "ms"}]
            if kind == "evidence" and rng.random() < 0.4
            else []
        )
        rows.append(
            {
                "id": i + 1,
                "kind": kind,
                "skill_kind": rng.choice(SKILL_KINDS) if kind == "skill" else None,
                "text": f"{rng.choice(VERBS)} {rng.choice(THINGS)} (entry {i + 1})",
                "metrics": json.dumps(metrics),
                "scope": rng.choice(SCOPES) if kind == "evidence" else None,
                "occurred_on": day.isoformat() if rng.random() < 0.8 else None,
                "created_at": _at(day, rng),
                "updated_at": _at(day, rng),
                "source": "email",
            }
        )
        for person in rng.sample(range(1, people + 1), rng.choice((0, 0, 1, 2))):
            links.append({"entry_id": i + 1, "person_id": person})
        if kind == "evidence" and rng.random() < 0.4:
            goal_links.append({"entry_id": i + 1, "goal_id": rng.randint(1, goals)})
    db.table("entries").insert_all(rows, batch_size=1000)
    db.table("entry_people").insert_all(links)
    db.table("entry_goals").insert_all(goal_links)
    interactions = [
        {"person_id": rng.randint(1, people), "kind": "meeting",
         "at": _at(FIRST + timedelta(days=rng.randrange(days)), rng)}
        for _ in range(20_000)
    ]  # fmt: skip
    db.table("interactions").insert_all(interactions, batch_size=5000)


def timed(fn: Any, runs: int) -> tuple[float, list[float], Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--goals", type=int, default=30)
    args = parser.parse_args()

    started = time.perf_counter()
    import_start = time.perf_counter()
    from careerlog.exports import render_document
    from careerlog.insights.digest import build_digest
    from careerlog.insights.digest_output import compose_digest
    from careerlog.insights.review import build_review
    from careerlog.insights.window import Window

    import_s = time.perf_counter() - import_start

    with tempfile.TemporaryDirectory(prefix="careerlog-bench-") as tmp:
        folder = Path(tmp)
        user = {"name": "Pat Bench", "email": "pat@example.test"}
        config = write_config(folder / "config.toml", config_tables(folder, {"user": user}))
        db = open_store(folder / "careerlog.db")
        seed_start = time.perf_counter()
        seed(db, entries=args.entries, people=args.people, goals=args.goals)
        seed_s = time.perf_counter() - seed_start
        tz = config.user.tz

        first_start = time.perf_counter()  # the very first digest: fonts and caches are cold
        build_digest(
            db, tz=tz, name="Pat Bench", now=NOW, max_meeting_size=config.calendar.max_meeting_size
        )
        first_s = time.perf_counter() - first_start

        def digest_mail() -> dict[str, Any]:
            digest = build_digest(
                db,
                tz=tz,
                name="Pat Bench",
                now=NOW,
                max_meeting_size=config.calendar.max_meeting_size,
            )
            message, text = compose_digest(
                config, digest, period_key=digest.period.key, token="benchbench", now=NOW
            )
            html = next(p for p in message.walk() if p.get_content_type() == "text/html")
            return {
                "quarter": digest.period.key,
                "evidence": digest.numbers[0]["value"],
                "html_bytes": len(str(html.get_content()).encode()),
                "mail_bytes": len(message.as_bytes()),
                "text_bytes": len(text.encode()),
            }

        window = Window(date(2025, 10, 1), date(2026, 10, 1), tz)

        def review_year() -> dict[str, Any]:
            data = build_review(db, window, NOW)
            md = render_document("review", data, "md")
            html = render_document("review", data, "html")
            return {
                "evidence": data["evidence_total"],
                "md_bytes": len(md),
                "html_bytes": len(html),
            }

        digest_median, digest_runs, digest_info = timed(digest_mail, args.runs)
        read_median, _runs, _info = timed(
            lambda: build_digest(
                db,
                tz=tz,
                name="Pat Bench",
                now=NOW,
                charts=False,
                max_meeting_size=config.calendar.max_meeting_size,
            ),
            args.runs,
        )
        review_median, review_runs, review_info = timed(review_year, args.runs)
        db.close()

    result = {
        "bench": "digest",
        "machine": machine(),
        "data": {
            "entries": args.entries,
            "people": args.people,
            "goals": args.goals,
            "interactions": 20_000,
            "years": 10,
            "seed_s": round(seed_s, 3),
        },
        "runs": args.runs,
        "import_s": round(import_s, 3),
        "first_digest_s": round(first_s, 3),
        "digest_mail": {
            "median_s": round(digest_median, 3),
            "max_s": round(max(digest_runs), 3),
            "target_s": 2.0,
            "of_which_reading_and_ranking_s": round(read_median, 3),
            **digest_info,
        },
        "review_one_year": {
            "median_s": round(review_median, 3),
            "max_s": round(max(review_runs), 3),
            "target_s": 2.0,
            **review_info,
        },
        "total_s": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
