"""``skill_links_rejected``: skill ↔ evidence links the user said are wrong ("2 unlink")."""

from __future__ import annotations

from sqlite_utils import Database


def rejected_links(db: Database) -> set[tuple[int, int]]:
    """The (skill id, evidence id) links the user said are wrong."""
    rows = db.query("select skill_id, evidence_id from skill_links_rejected")
    return {(int(r["skill_id"]), int(r["evidence_id"])) for r in rows}


def reject_link(db: Database, skill_id: int, evidence_id: int, at: str) -> None:
    """Never link this skill and this evidence again (once; a repeat is ignored)."""
    db.table("skill_links_rejected").insert(
        {"skill_id": skill_id, "evidence_id": evidence_id, "at": at}, ignore=True
    )
