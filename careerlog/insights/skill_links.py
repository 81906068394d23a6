"""Skills with the evidence they were used in, by shared words and people.

A skill entry ("Learned the ledger's double-entry model") and an evidence entry ("Fixed
the ledger's double-entry drift for Payments") belong together when they share at least
:data:`MIN_SHARED` distinctive words, or a person (who counts as two words: working with
someone on a skill and on an outcome is the link the seed describes). Words are compared
on a crude stem (the first six letters of words of four letters or more, common words left
out), so "mentoring" meets "mentored". Words of time and order ("first", "today", "since",
"still") are common words here: "my first on-call shift" and "the first cross-team
decision" share no skill. A link the user rejected ("2 unlink" to a
confirmation, kept in ``skill_links_rejected``) is never made again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from careerlog.insights.resume import resume_voice
from careerlog.store.entries import list_entries, people_named_in
from careerlog.store.skill_links import reject_link, rejected_links

MIN_SHARED = 2
PER_SKILL = 3
# A confirmation looks this far either side of a new entry for its counterparts.
NEAR = timedelta(days=365)
_OTHER = {"skill": "evidence", "evidence": "skill"}
_WORD = re.compile(r"[^\W\d_][\w'-]{3,}")
_STOP = frozenset(
    """about after again also because been before being between both could does doing
    down during each from further have having here into itself just more most much must
    once only other over same should some such than that their them then there these they
    this those through under until very were what when where which while will with within
    without would your week month team teams learned learnt learning practiced practised
    practice feedback started working worked work first second third time times today
    tonight yesterday tomorrow since still last next weeks months year years days finally
    already""".split()  # noqa: SIM905
)
_PERSON_WEIGHT = 2
Pairs = Collection[tuple[int, int]]  # (skill id, evidence id)


def _stems(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _STOP}


def shared(skill: dict[str, Any], evidence: dict[str, Any]) -> int:
    """How strongly an evidence entry shows a skill: shared stems, a person counting two."""
    words = len(_stems(skill["text"]) & _stems(evidence["text"]))
    people = len(set(skill.get("people") or ()) & set(evidence.get("people") or ()))
    return words + _PERSON_WEIGHT * people


def _pair(a: dict[str, Any], b: dict[str, Any]) -> tuple[int, int]:
    return (int(a["id"]), int(b["id"])) if a["kind"] == "skill" else (int(b["id"]), int(a["id"]))


def linked(
    entry: dict[str, Any], others: Sequence[dict[str, Any]], rejected: Pairs = ()
) -> list[dict[str, Any]]:
    """Up to PER_SKILL entries of the other kind linked to ``entry``, closest then newest."""
    scored = sorted(
        ((shared(entry, o), o) for o in others if _pair(entry, o) not in rejected),
        key=lambda pair: (-pair[0], -pair[1]["id"]),
    )
    return [o for score, o in scored if score >= MIN_SHARED][:PER_SKILL]


def used_in_texts(
    skill: dict[str, Any], evidence: Sequence[dict[str, Any]], rejected: Pairs = ()
) -> list[str]:
    """The evidence a skill was used in, in résumé voice (review and digest show these)."""
    return [resume_voice(e["text"]) for e in linked(skill, evidence, rejected)]


def skills_with_evidence(
    skills: Sequence[dict[str, Any]], evidence: Sequence[dict[str, Any]], rejected: Pairs = ()
) -> list[dict[str, Any]]:
    """Each skill entry, newest first, with the evidence it was used in."""
    out = []
    for skill in skills:
        used = linked(skill, evidence, rejected)
        out.append(
            {
                "text": " ".join(str(skill["text"]).split()),
                "day": skill["day"].isoformat() if skill.get("day") else None,
                "evidence": [
                    {"text": resume_voice(e["text"]), "day": e["day"].isoformat()} for e in used
                ],
            }
        )
    return out


def counterparts(db: Database, entry: dict[str, Any]) -> list[dict[str, Any]]:
    """For a stored skill, the evidence it was used in; for evidence, the skills it shows
    (a year either side). The confirmation lists them, so a link is seen and can be undone."""
    other = _OTHER.get(str(entry["kind"]))
    if other is None:
        return []
    me = {**entry, "people": people_named_in(db, int(entry["id"]))}
    day = date.fromisoformat(entry.get("occurred_on") or str(entry["created_at"])[:10])
    near = list_entries(db, kind=other, since=day - NEAR, until=day + NEAR)
    return linked(me, near, rejected_links(db))


def unlink(db: Database, entry: dict[str, Any], now: str) -> list[str]:
    """Reject every link the confirmation showed for ``entry``; the texts it was linked to."""
    gone = counterparts(db, entry)
    for other in gone:
        skill_id, evidence_id = _pair(entry, other)
        reject_link(db, skill_id, evidence_id, now)
    return [" ".join(str(o["text"]).split()) for o in gone]
