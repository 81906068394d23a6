"""Goals and gaps, with the history of every update."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz, process, utils
from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.store.db import utcnow

STATUSES = ("open", "achieved", "dropped")
FUZZY_TITLE_SCORE = 80


def add_goal(
    db: Database,
    title: str,
    *,
    current_state: str | None = None,
    gap: str | None = None,
    actions: str | None = None,
    tag: str | None = None,
    source: str = "cli",
    entry_id: int | None = None,
) -> int:
    title = " ".join(title.split())
    if not title:
        raise UserError("a goal needs a title")
    existing = list(db.query("select id from goals where lower(title) = lower(?)", [title]))
    if existing:
        raise UserError(f"the goal {title!r} exists already; use 'careerlog goals update'")
    now = utcnow()
    with db.atomic():
        table = db.table("goals")
        table.insert(
            {
                "title": title,
                "tag": (tag or "").lstrip("#") or None,
                "current_state": current_state,
                "gap": gap,
                "actions": actions,
                "status": "open",
                "created_at": now,
                "updated_at": now,
            }
        )
        assert table.last_pk is not None
        goal_id = int(table.last_pk)
        _record(db, goal_id, current_state, gap, actions, source, entry_id)
    return goal_id


def _record(
    db: Database,
    goal_id: int,
    current_state: str | None,
    gap: str | None,
    actions: str | None,
    source: str,
    entry_id: int | None,
) -> None:
    db.table("goal_updates").insert(
        {
            "goal_id": goal_id,
            "at": utcnow(),
            "current_state": current_state,
            "gap": gap,
            "actions": actions,
            "entry_id": entry_id,
            "source": source,
        }
    )


def update_goal(
    db: Database,
    goal_id: int,
    *,
    current_state: str | None = None,
    gap: str | None = None,
    actions: str | None = None,
    status: str | None = None,
    source: str = "cli",
    entry_id: int | None = None,
) -> None:
    """Change what was given and add one history row; untouched fields keep their value."""
    if status and status not in STATUSES:
        raise UserError(f"status {status!r} is unknown; choose one of: {', '.join(STATUSES)}")
    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "current_state": current_state,
            "gap": gap,
            "actions": actions,
            "status": status,
        }.items()
        if v is not None
    }
    if not changes:
        raise UserError("nothing to update: give --state, --gap, --actions or --status")
    with db.atomic():
        db.table("goals").update(goal_id, {**changes, "updated_at": utcnow()})
        _record(db, goal_id, current_state, gap, actions, source, entry_id)


def find_goal(db: Database, ref: str, *, include_closed: bool = False) -> dict[str, Any] | None:
    """By id, #tag, exact title, then the closest title."""
    ref = " ".join(ref.split())
    where = "" if include_closed else "where status = 'open'"
    goals = {row["id"]: row for row in db.query(f"select * from goals {where}")}
    if ref.isdigit() and int(ref) in goals:
        return goals[int(ref)]
    for row in goals.values():
        if ref.lstrip("#").lower() in ((row["tag"] or "").lower(), row["title"].lower()):
            return row
    match = process.extractOne(
        ref,
        {gid: row["title"] for gid, row in goals.items()},
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        score_cutoff=FUZZY_TITLE_SCORE,
    )
    return goals[match[2]] if match else None


def require_goal(db: Database, ref: str) -> dict[str, Any]:
    found = find_goal(db, ref, include_closed=True)
    if not found:
        raise UserError(f"no goal matches {ref!r}; 'careerlog goals list' shows them")
    return found


def list_goals(db: Database, *, status: str | None = "open") -> list[dict[str, Any]]:
    where, params = ("where g.status = ?", [status]) if status else ("", [])
    return list(
        db.query(
            f"""
            select g.*, (select max(at) from goal_updates u where u.goal_id = g.id) as last_update,
              (select count(*) from entry_goals eg where eg.goal_id = g.id) as entries
            from goals g {where} order by g.id
            """,
            params,
        )
    )


def open_goal_titles(db: Database) -> list[str]:
    return [row["title"] for row in db.query("select title from goals where status = 'open'")]
