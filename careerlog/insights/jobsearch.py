"""The job-search packet: accomplishments, skills with their evidence, who can refer you.

Accomplishments are the résumé's bullets (strongest first, in résumé voice). Each skill
entry comes with the evidence it was used in (:mod:`careerlog.insights.skill_links`).
Referrers are the people marked advocate and the strong relationships: someone the log
names in at least :data:`STRONG_TIES` entries or meetings. Each comes with how you know
them, what you worked on together (evidence and skills before notes; a goal update that
only names them is a plan, neither shared work nor a meeting) and when you last met, as
of the packet's end (now, or ``--until``): a meeting booked after it has not happened
yet. Someone not met for :data:`RECONNECT_AFTER` is marked "reconnect first", since a
referral request is the wrong first message after a long silence. With no advocate the
packet says so and names whom to ask, the people the log shows closest to your work.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlite_utils import Database

from careerlog.insights.resume import bullets
from careerlog.insights.scoring import rank
from careerlog.insights.skill_links import skills_with_evidence
from careerlog.insights.window import Window, entries_in
from careerlog.store.entries import person_mentions
from careerlog.store.interactions import last_met
from careerlog.store.people import people_with_meetings
from careerlog.store.skill_links import rejected_links

STRONG_TIES = 3
RECONNECT_AFTER = timedelta(days=180)
ASK_FIRST = 3  # people suggested when nobody is marked advocate
WORKED_ON = 2  # entries quoted as "worked on together" when the map has no note
# Work done together, quoted first; relationship notes come after. A goal update that
# names someone ("ask Mei Tanaka for feedback") is a plan: neither work together nor a
# meeting.
WORK_KINDS = ("evidence", "skill")
PLANS = ("goal",)


def _shared_entries(db: Database, last_day: date) -> dict[int, list[dict[str, Any]]]:
    """Person id → the entries naming them up to ``last_day``, newest first."""
    found: dict[int, list[dict[str, Any]]] = {}
    for row in person_mentions(db):
        if date.fromisoformat(row["day"]) <= last_day:
            found.setdefault(int(row["person_id"]), []).append(row)
    return found


def _worked_on(shared: list[dict[str, Any]]) -> str:
    quoted = sorted(
        (e for e in shared if e["kind"] not in PLANS),
        key=lambda e: e["kind"] not in WORK_KINDS,  # stable: newest first within each
    )
    return "; ".join(" ".join(str(e["text"]).split()) for e in quoted[:WORKED_ON])


def _last_contact(met: str | None, shared: list[dict[str, Any]], tz: tzinfo) -> date | None:
    days = [datetime.fromisoformat(met).astimezone(tz).date()] if met else []
    days += [date.fromisoformat(e["day"]) for e in shared if e["kind"] not in PLANS][:1]
    return max(days) if days else None


def _referrer(
    person: dict[str, Any],
    met: str | None,
    shared: list[dict[str, Any]],
    tz: tzinfo,
    today: date,
) -> dict[str, Any]:
    last = _last_contact(met, shared, tz)
    return {
        "name": person["name"],
        "advocate": bool(person["advocate"]),
        "how_you_know": person["how_met"] or person["relation"] or "",
        "relation": person["relation"] or "",
        "worked_on": person["worked_on"] or _worked_on(shared),
        "last_met": last.isoformat() if last else None,
        "reconnect_first": last is None or today - last > RECONNECT_AFTER,
        "ties": len(shared) + int(person["meetings"] or 0),
    }


def referrers(
    db: Database, window: Window, now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(who can refer you: advocates first, then by ties; whom to ask when none is marked),
    as of the packet's end: ``now`` or the window's last day, whichever comes first, so no
    meeting or entry after it shows as the last one."""
    end = min(now, window.ends_at)
    today = min(now.astimezone(window.tz).date(), window.last_day)
    shared = _shared_entries(db, today)
    met = last_met(db, until=end)
    people = [
        _referrer(p, met.get(int(p["id"])), shared.get(int(p["id"]), []), window.tz, today)
        for p in people_with_meetings(db)
    ]
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
    chosen, ask = referrers(db, window, now)
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
