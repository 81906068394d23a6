"""Goals and gaps, with the history of every update.

A goal is ``open`` until the user closes it as ``done`` or ``dropped``; closing is an
update like any other, so the history keeps how it got there. ``achieved`` (the word
before m009) is still accepted as ``done``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.store.db import insert_row, iso, utcnow
from careerlog.store.fuzzy import closest

#: ``goal_updates`` placed on the day their entry happened: a Q4 review answered on
#: 4 January is about Q4 (its entry's occurred_on is 31 December), so a digest or brief
#: reading goals "as of" a moment sees it there. Noon UTC of that day lies inside the
#: same local day almost everywhere. Updates from the CLI keep their own moment.
_DATED_UPDATES = """(
  select u.id, u.goal_id, u.current_state, u.gap, u.actions, u.motivation, u.status,
    u.entry_id, u.source, min(u.at, coalesce(e.occurred_on || 'T12:00:00+00:00', u.at)) as at
  from goal_updates u left join entries e on e.id = u.entry_id
)"""
#: the title of the goal entry ``e`` counts toward, as a subquery, for the reads of entries
#: in :mod:`careerlog.store.entries` and :mod:`careerlog.store.briefs`; the link's columns
#: stay in this module with the goals'.
GOAL_TITLE_OF_ENTRY = """(select g.title from entry_goals eg join goals g on g.id = eg.goal_id
     where eg.entry_id = e.id limit 1)"""
STATUSES = ("open", "done", "dropped")
STATUS_SYNONYMS = {"achieved": "done"}
FUZZY_TITLE_SCORE = 80


def normal_status(status: str) -> str:
    """A status as stored: ``achieved`` → ``done``; an unknown one is a UserError."""
    value = STATUS_SYNONYMS.get(status.strip().lower(), status.strip().lower())
    if value not in STATUSES:
        raise UserError(f"status {status!r} is unknown; choose one of: {', '.join(STATUSES)}")
    return value


def add_goal(
    db: Database,
    title: str,
    *,
    current_state: str | None = None,
    gap: str | None = None,
    actions: str | None = None,
    motivation: str | None = None,
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
        goal_id = insert_row(
            db,
            "goals",
            {
                "title": title,
                "tag": (tag or "").lstrip("#") or None,
                "current_state": current_state,
                "gap": gap,
                "actions": actions,
                "motivation": motivation,
                "status": "open",
                "created_at": now,
                "updated_at": now,
            },
        )
        _record(
            db,
            goal_id,
            {"current_state": current_state, "gap": gap, "actions": actions,
             "motivation": motivation, "status": "open"},
            source,
            entry_id,
        )  # fmt: skip
    return goal_id


def _record(
    db: Database, goal_id: int, changes: dict[str, Any], source: str, entry_id: int | None
) -> None:
    db.table("goal_updates").insert(
        {
            "goal_id": goal_id,
            "at": utcnow(),
            **{k: changes.get(k) for k in ("current_state", "gap", "actions", "motivation")},
            "status": changes.get("status"),
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
    motivation: str | None = None,
    status: str | None = None,
    source: str = "cli",
    entry_id: int | None = None,
) -> None:
    """Change what was given and add one history row; untouched fields keep their value."""
    changes: dict[str, Any] = {
        k: v
        for k, v in {
            "current_state": current_state,
            "gap": gap,
            "actions": actions,
            "motivation": motivation,
            "status": normal_status(status) if status else None,
        }.items()
        if v is not None
    }
    if not changes:
        raise UserError("nothing to update: give --state, --gap, --actions, --why or --status")
    with db.atomic():
        db.table("goals").update(goal_id, {**changes, "updated_at": utcnow()})
        _record(db, goal_id, changes, source, entry_id)


def link_entry(db: Database, entry_id: int, goal_id: int) -> None:
    """Count the entry toward the goal (once; a link that exists is kept)."""
    db.table("entry_goals").insert({"entry_id": entry_id, "goal_id": goal_id}, ignore=True)


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
    titles = {gid: str(row["title"]) for gid, row in goals.items()}
    found = closest(ref, titles, cutoff=FUZZY_TITLE_SCORE, by_words=True)
    return goals[found] if found is not None else None


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


def open_goal_tags(db: Database) -> dict[str, str]:
    """Tag → title of each open goal that has a tag (so "goal: staff" finds it)."""
    rows = db.query("select tag, title from goals where status = 'open' and tag is not null")
    return {row["tag"]: row["title"] for row in rows}


def goal_by_title(db: Database, title: str) -> dict[str, Any] | None:
    """The goal with exactly this title (any status, case and spacing aside)."""
    rows = db.query(
        "select * from goals where lower(title) = lower(?) order by status != 'open', id",
        [" ".join(title.split())],
    )
    return next(iter(rows), None)


def goal_history(db: Database, goal_id: int) -> list[dict[str, Any]]:
    """Every recorded update of one goal, oldest first."""
    rows = db.query(
        "select at, status, current_state, gap, actions, motivation, source, entry_id "
        "from goal_updates where goal_id = ? order by at, id",
        [goal_id],
    )
    return list(rows)


def open_goals_as_of(db: Database, as_of: datetime) -> list[dict[str, Any]]:
    """Open goals that existed at ``as_of`` (by their first dated update, else creation)."""
    return list(
        db.query(
            f"""select * from goals g where status = 'open' and coalesce(
                 (select min(u.at) from {_DATED_UPDATES} u where u.goal_id = g.id), created_at
               ) <= ? order by id""",
            [iso(as_of)],
        )
    )


def dated_updates_until(db: Database, as_of: datetime) -> list[dict[str, Any]]:
    """Every goal update dated at or before ``as_of``, by goal, oldest first."""
    return list(
        db.query(
            f"select * from {_DATED_UPDATES} where at <= ? order by goal_id, at, id", [iso(as_of)]
        )
    )


def closed_goals_with_moment(db: Database) -> list[dict[str, Any]]:
    """``title``, ``status`` and ``closed_at`` of each done or dropped goal, oldest first.

    The closing moment is the dated update that set the goal's status, else the goal's
    last update.
    """
    return list(
        db.query(
            f"""select g.title, g.status,
                 coalesce((select max(u.at) from {_DATED_UPDATES} u
                           where u.goal_id = g.id and u.status = g.status), g.updated_at)
                   as closed_at
               from goals g where g.status in ('done', 'dropped') order by closed_at, g.id"""
        )
    )


def count_open_goals_updated(db: Database, start: datetime, end: datetime) -> int:
    """Open goals with a dated update from ``start`` up to (not including) ``end``."""
    rows = db.query(
        f"select count(distinct u.goal_id) as n from {_DATED_UPDATES} u "
        "join goals g on g.id = u.goal_id where g.status = 'open' and u.at >= ? and u.at < ?",
        [iso(start), iso(end)],
    )
    return int(next(iter(rows))["n"])


def updates_by_entry(db: Database, entry_id: int) -> list[dict[str, Any]]:
    """The goal updates an entry made, oldest first, each with the goal's ``title`` and
    ``first_id`` (the id of that goal's first update: equal to ``id`` where it was created)."""
    return list(
        db.query(
            """select u.*, g.title,
                 (select min(id) from goal_updates f where f.goal_id = u.goal_id) as first_id
               from goal_updates u join goals g on g.id = u.goal_id
               where u.entry_id = ? order by u.id""",
            [entry_id],
        )
    )


def linked_goal_title(db: Database, entry_id: int) -> str | None:
    """The title of the goal an entry counts toward (None: it is linked to none)."""
    rows = db.query(
        "select g.title from entry_goals eg join goals g on g.id = eg.goal_id "
        "where eg.entry_id = ? limit 1",
        [entry_id],
    )
    row = next(iter(rows), None)
    return str(row["title"]) if row else None


def goal_ids_naming_person(db: Database, person_id: int) -> set[int]:
    """Goals that entries naming the person count toward."""
    rows = db.query(
        "select distinct eg.goal_id from entry_goals eg "
        "join entry_people ep on ep.entry_id = eg.entry_id where ep.person_id = ?",
        [person_id],
    )
    return {int(row["goal_id"]) for row in rows}
