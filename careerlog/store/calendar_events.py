"""The ``calendar_events`` table: every occurrence the calendar sync expanded, per source.

A row is one occurrence, keyed by ``(source, uid, recurrence_id)`` so that a sync
updates it in place and its id (which ``interactions`` and briefs point at) stays.
Each pass replaces what a source holds inside the sync window; older rows are kept
as history. ``status`` and ``my_status`` are stored upper-case (``CANCELLED``,
``DECLINED``); the reads below compare them upper-cased all the same.

Every statement on the table lives here (its schema is in
:mod:`careerlog.store.migrations`); ``tests/test_layers.py`` fails on such SQL
anywhere else. :mod:`careerlog.calendar.meetings` decides what is stored and
chooses the transaction (the ``interactions`` derived from the occurrences have
their own module, :mod:`careerlog.store.interactions`); the briefs, touchpoints
and joggers read through :func:`attended_between` and :func:`met_before`, and the
parser learns whom the user meets through :func:`attendee_names`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from careerlog.store.db import iso

#: an occurrence ``e`` the user may be at: neither cancelled nor declined
_ATTENDED = (
    "upper(coalesce(e.status, '')) != 'CANCELLED' "
    "and upper(coalesce(e.my_status, '')) != 'DECLINED'"
)
#: ids per delete statement, well below SQLite's limit on parameters
_DELETE_CHUNK = 500
#: attendee names the parser gets at most: each is a pattern tried on every item of a reply
ATTENDEE_NAMES = 500

_UPSERT = """
insert into calendar_events (source, uid, recurrence_id, starts_at, ends_at, all_day, summary,
  organizer, attendees, status, my_status, one_on_one, updated_at)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
on conflict (source, uid, recurrence_id) do update set
  starts_at = excluded.starts_at, ends_at = excluded.ends_at, all_day = excluded.all_day,
  summary = excluded.summary, organizer = excluded.organizer, attendees = excluded.attendees,
  status = excluded.status, my_status = excluded.my_status, one_on_one = excluded.one_on_one,
  updated_at = excluded.updated_at
returning id
"""


# --- written by the calendar sync -------------------------------------------------------


def ids_from(db: Database, source: str, start: datetime) -> dict[tuple[str, str], int]:
    """``(uid, recurrence_id)`` → id of ``source``'s occurrences starting at ``start`` or later."""
    rows = db.query(
        "select id, uid, recurrence_id from calendar_events where source = ? and starts_at >= ?",
        [source, iso(start)],
    )
    return {(row["uid"], row["recurrence_id"]): int(row["id"]) for row in rows}


def delete_events(db: Database, ids: Sequence[int]) -> None:
    for at in range(0, len(ids), _DELETE_CHUNK):
        chunk = list(ids[at : at + _DELETE_CHUNK])
        marks = ",".join("?" * len(chunk))
        db.execute(f"delete from calendar_events where id in ({marks})", chunk)


def save_event(
    db: Database,
    *,
    source: str,
    uid: str,
    recurrence_id: str,
    start: datetime,
    end: datetime,
    all_day: bool,
    summary: str,
    organizer: str | None,
    attendees: str,
    status: str,
    my_status: str,
    one_on_one: bool,
    at: datetime,
) -> int:
    """Insert or update one occurrence (``attendees`` is JSON) and return its id."""
    cursor = db.execute(
        _UPSERT,
        [
            source, uid, recurrence_id, iso(start), iso(end), int(all_day), summary, organizer,
            attendees, status, my_status, int(one_on_one), iso(at),
        ],
    )  # fmt: skip
    return int(cursor.fetchone()[0])


def count_starting(db: Database, source: str, start: datetime, end: datetime | None = None) -> int:
    """How many of ``source``'s occurrences start in ``[start, end)`` (no end: from ``start``)."""
    sql = "select count(*) from calendar_events where source = ? and starts_at >= ?"
    params = [source, iso(start)]
    if end is not None:
        sql, params = sql + " and starts_at < ?", [*params, iso(end)]
    return int(db.execute(sql, params).fetchone()[0])


# --- read by briefs, touchpoints and joggers --------------------------------------------


def attended_between(
    db: Database, start: datetime, end: datetime, *, one_on_one: bool = False
) -> list[dict[str, Any]]:
    """Occurrences starting in ``[start, end)``, neither cancelled nor declined, in order.

    ``one_on_one``: only those stored as a 1:1. Rows come whole, ``attendees`` as JSON.
    """
    only = "and e.one_on_one = 1" if one_on_one else ""
    return list(
        db.query(
            f"""select * from calendar_events e where e.starts_at >= ? and e.starts_at < ?
                and {_ATTENDED} {only} order by e.starts_at, e.id""",
            [iso(start), iso(end)],
        )
    )


def met_before(db: Database, email: str, before: datetime) -> bool:
    """Whether an occurrence before ``before``, neither cancelled nor declined, had
    ``email`` (lower-case) among its attendees."""
    rows = db.query(
        f"""select 1 from calendar_events e, json_each(coalesce(e.attendees, '[]')) a
            where e.starts_at < ? and {_ATTENDED}
              and lower(json_extract(a.value, '$.email')) = ?
            limit 1""",
        [iso(before), email],
    )
    return bool(list(rows))


def attendee_names(db: Database, *, max_meeting_size: int) -> list[str]:
    """Names of the people in the user's meetings, most recently met first.

    Only occurrences neither cancelled nor declined and of at most ``max_meeting_size``
    attendees count (an all-hands says nothing of whom the user works with); the user's
    own entry, nameless entries and names that are addresses are left out.
    """
    rows = db.query(
        f"""select trim(json_extract(a.value, '$.name')) as name, max(e.starts_at) as last
            from calendar_events e, json_each(coalesce(e.attendees, '[]')) a
            where {_ATTENDED}
              and json_array_length(coalesce(e.attendees, '[]')) <= ?
              and not coalesce(json_extract(a.value, '$.me'), 0)
              and trim(coalesce(json_extract(a.value, '$.name'), '')) != ''
              and instr(json_extract(a.value, '$.name'), '@') = 0
            group by name order by last desc, name limit ?""",
        [max_meeting_size, ATTENDEE_NAMES],
    )
    return [str(row["name"]) for row in rows]
