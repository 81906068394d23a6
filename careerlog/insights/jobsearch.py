"""The job-search packet: accomplishments, skills with their evidence, who can refer you.

Accomplishments are the résumé's bullets (strongest first, in résumé voice). Each skill
entry comes with the evidence it was used in (:mod:`careerlog.insights.skill_links`).
Referrers are the people marked advocate and the strong relationships: someone the log
names in at least :data:`STRONG_TIES` entries or meetings. Each comes with how you know
them, what you worked on together and when you last met; someone not met for
:data:`RECONNECT_AFTER` is marked "reconnect first", since a referral request is the
wrong first message after a long silence. With no advocate the packet says so and names
whom to ask, the people the log shows closest to your work.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog.insights.resume import bullets
from careerlog.insights.scoring import rank
from careerlog.insights.skill_links import skills_with_evidence
from careerlog.insights.window import Window, entries_in
from careerlog.store.entries import person_mentions
from careerlog.store.people import people_with_meetings
from careerlog.store.skill_links import rejected_links

STRONG_TIES = 3
RECONNECT_AFTER = timedelta(days=180)
ASK_FIRST = 3  # people suggested when nobody is marked advocate
WORKED_ON = 2  # entries quoted as "worked on together" when the map has no note


def _shared_entries(db: Database) -> dict[int, list[dict[str, Any]]]:
    """Person id → the entries naming them, newest first."""
    found: dict[int, list[dict[str, Any]]] = {}
    for row in person_mentions(db):
        found.setdefault(int(row["person_id"]), []).append(row)
    return found


def _last_contact(person: dict[str, Any], shared: list[dict[str, Any]]) -> date | None:
    days = [datetime.fromisoformat(person["last_met"]).date()] if person["last_met"] else []
    days += [date.fromisoformat(shared[0]["day"])] if shared else []
    return max(days) if days else None


def _referrer(person: dict[str, Any], shared: list[dict[str, Any]], today: date) -> dict[str, Any]:
    last = _last_contact(person, shared)
    worked = person["worked_on"] or "; ".join(
        " ".join(str(e["text"]).split()) for e in shared[:WORKED_ON]
    )
    return {
        "name": person["name"],
        "advocate": bool(person["advocate"]),
        "how_you_know": person["how_met"] or person["relation"] or "",
        "relation": person["relation"] or "",
        "worked_on": worked,
        "last_met": last.isoformat() if last else None,
        "reconnect_first": last is None or today - last > RECONNECT_AFTER,
        "ties": len(shared) + int(person["meetings"] or 0),
    }


def referrers(db: Database, today: date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(who can refer you: advocates first, then by ties; whom to ask when none is marked)."""
    shared = _shared_entries(db)
    people = [_referrer(p, shared.get(int(p["id"]), []), today) for p in people_with_meetings(db)]
    chosen = [p for p in people if p["advocate"] or p["ties"] >= STRONG_TIES]
    chosen.sort(key=lambda p: (not p["advocate"], -p["ties"], p["name"]))
    ask: list[dict[str, Any]] = []
    if not any(p["advocate"] for p in people):
        ask = sorted((p for p in people if p["ties"]), key=lambda p: (-p["ties"], p["name"]))
        ask = ask[:ASK_FIRST]
    return chosen, ask


def build_job_search(db: Database, window: Window, now: datetime) -> dict[str, Any]:
    """The packet for ``window``; people are everyone in the map, as of ``now``."""
    evidence = entries_in(db, window, "evidence")
    today = min(now.astimezone(window.tz).date(), window.last_day)
    chosen, ask = referrers(db, today)
    return {
        "title": "Job-search packet",
        "covered": window.label(),
        "accomplishments": bullets(rank(evidence, window), None),
        "skills": skills_with_evidence(
            entries_in(db, window, "skill"), evidence, rejected_links(db)
        ),
        "referrers": chosen,
        "no_advocates": not any(p["advocate"] for p in chosen),
        "ask": ask,
    }
