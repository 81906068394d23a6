"""The store: private, migrated, searchable, and never overwrites what it doesn't own."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from careerlog.errors import UserError
from careerlog.store import open_store
from careerlog.store.entries import NewEntry, add_entry, list_entries, search_entries
from careerlog.store.goals import add_goal, list_goals, update_goal
from careerlog.store.migrations import migrations
from careerlog.store.people import add_person, find_person


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_store_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "data" / "careerlog.db"
    db = open_store(path)
    add_entry(db, NewEntry("evidence", "something"))
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700
    for suffix in ("-wal", "-shm"):
        assert mode(Path(f"{path}{suffix}")) == 0o600
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_migrations_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    open_store(path).close()
    db = open_store(path)
    assert migrations.pending(db) == []
    names = [m.name for m in migrations.applied(db)]
    assert names == sorted(set(names)) and names[0] == "m001_core_tables"


@pytest.mark.parametrize(
    "content", [b"this is my diary, not a database\n" * 10, b"SQLite format 3\x00" + b"\xff" * 200]
)
def test_foreign_or_corrupt_file_is_refused_and_left_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "careerlog.db"
    path.write_bytes(content)
    with pytest.raises(UserError) as info:
        open_store(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_folder_as_store_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is a folder"):
        open_store(tmp_path)


def test_entry_links_people_and_goals_and_is_searchable(tmp_path: Path) -> None:
    db = open_store(tmp_path / "c.db")
    add_person(db, "Grace Hopper", emails=["Grace@Example.com"], relation="manager")
    add_goal(db, "Reach Staff Engineer by Q3 2027", tag="staff")
    entry_id = add_entry(
        db,
        NewEntry(
            "evidence",
            "Cut checkout P99 latency by 340ms across three teams",
            scope="multi-team",
            people=["grace hopper", "Linus Chen"],
            goal="#staff",
        ),
    )
    (row,) = list_entries(db)
    assert row["id"] == entry_id
    assert sorted(row["people"]) == ["Grace Hopper", "Linus Chen"]
    assert row["goal"] == "Reach Staff Engineer by Q3 2027"
    assert find_person(db, "grace@example.com")["name"] == "Grace Hopper"  # type: ignore[index]
    assert [r["id"] for r in search_entries(db, "latency")] == [entry_id]
    assert search_entries(db, "nonexistentword") == []
    with pytest.raises(UserError, match="cannot search"):
        search_entries(db, '"unbalanced')


def test_goal_updates_keep_history(tmp_path: Path) -> None:
    db = open_store(tmp_path / "c.db")
    goal_id = add_goal(db, "Get better at cross-team influence", gap="no cross-team work")
    update_goal(db, goal_id, current_state="led the retry-budget design")
    update_goal(db, goal_id, gap="still no org-wide decision")
    (goal,) = list_goals(db)
    assert goal["gap"] == "still no org-wide decision"
    assert goal["current_state"] == "led the retry-budget design"
    history = list(db.query("select gap, current_state from goal_updates order by id"))
    assert [h["gap"] for h in history] == ["no cross-team work", None, "still no org-wide decision"]


def test_bad_entry_values_rejected_nothing_written(tmp_path: Path) -> None:
    db = open_store(tmp_path / "c.db")
    with pytest.raises(UserError, match="kind 'brag' is unknown"):
        add_entry(db, NewEntry("brag", "x"))
    with pytest.raises(UserError, match="scope 'galaxy' is unknown"):
        add_entry(db, NewEntry("evidence", "x", scope="galaxy"))
    assert db.execute("select count(*) from entries").fetchone()[0] == 0


def test_readable_with_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    db = open_store(path)
    add_entry(db, NewEntry("skill", "Learned Rust", skill_kind="new-domain"))
    db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select kind, text from entries").fetchall() == [
            ("skill", "Learned Rust")
        ]
