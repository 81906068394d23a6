"""The promotion case: each stated criterion with the evidence for it, and those with none.

Criteria come from a TOML file written from the company's own ladder (an example is in
``config/promo-criteria.example.toml``)::

    title = "Senior → Staff engineer"        # optional heading
    min_overlap = 2                          # optional, see below

    [[criteria]]
    name = "Technical leadership"            # required
    description = "Sets technical direction across several teams."   # optional
    keywords = ["architecture", "RFC", "design review"]               # optional
    scope = "multi-team"                     # optional: only this scope or broader counts

An evidence entry supports a criterion when its text (or a metric's text) contains one
of the ``keywords`` (case-insensitive, whole words; a keyword also matches longer words
it starts: "architect" matches "architecture"). A criterion without keywords is matched
by word overlap instead: the entry shares at least ``min_overlap`` content words with
the criterion's name and description (words of four letters or more, common words left
out, compared on a crude stem: one suffix such as "-ing", "-ed", "-s" off, then the
first six letters, so that "mentoring" meets "mentored"). With ``scope`` set, entries
of a narrower scope do not count.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from careerlog.errors import UserError
from careerlog.insights.scoring import SCOPE_RANK, rank
from careerlog.insights.signals import goal_statuses
from careerlog.insights.window import Window, entries_in
from careerlog.store.people import list_advocates

MAX_PER_CRITERION = 5
_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
_STOP = frozenset(
    """about above across after again against also among and any are around because been
    before being below between both but by can could did does doing down during each
    few for from further had has have having her here hers him his how into its itself
    just more most much must not off once only other our ours out over own same she
    should some such than that the their theirs them then there these they this those
    through too under until very was were what when where which while who whom why will
    with within without would you your yours work works worked working make makes made
    team teams""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Criterion:
    name: str
    description: str
    keywords: tuple[str, ...]
    scope: str | None

    def words(self) -> set[str]:
        return _stems(f"{self.name} {self.description}")


def _stem(word: str) -> str:
    """A crude stem: one common suffix off, then the first six letters."""
    for suffix in ("ing", "ed", "es", "s", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 4 and w not in _STOP}


def load_criteria(path: Path) -> tuple[str, int, list[Criterion]]:
    """(title, min_overlap, criteria) from ``path``; every problem is one :class:`UserError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserError(
            f"no criteria file at {path}; copy config/promo-criteria.example.toml and edit it"
        ) from None
    except OSError as exc:
        raise UserError(f"cannot read the criteria file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{path} is not valid TOML: {exc}") from None
    title = data.get("title", "Promotion case")
    overlap = data.get("min_overlap", 2)
    problems = []
    if not isinstance(title, str):
        problems.append("title must be a string")
    if not isinstance(overlap, int) or isinstance(overlap, bool) or overlap < 1:
        problems.append("min_overlap must be a whole number of 1 or more")
    items = data.get("criteria")
    if not isinstance(items, list) or not items:
        problems.append('no criteria: add [[criteria]] tables with at least name = "..."')
        items = []
    criteria = []
    for number, item in enumerate(items, 1):
        where = f"criteria #{number}"
        if not isinstance(item, dict):
            problems.append(f"{where} must be a table ([[criteria]])")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f'{where} needs name = "..."')
            continue
        where = f"criteria #{number} ({name})"
        unknown = set(item) - {"name", "description", "keywords", "scope"}
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        description = item.get("description", "")
        keywords = item.get("keywords", [])
        scope = item.get("scope")
        if not isinstance(description, str):
            problems.append(f"{where}: description must be a string")
            description = ""
        if not isinstance(keywords, list) or not all(
            isinstance(k, str) and k.strip() for k in keywords
        ):
            problems.append(f"{where}: keywords must be a list of non-empty strings")
            keywords = []
        if scope is not None and scope not in SCOPE_RANK:
            problems.append(f"{where}: scope must be one of {', '.join(SCOPE_RANK)}")
            scope = None
        criterion = Criterion(name.strip(), description.strip(), tuple(keywords), scope)
        if not criterion.keywords and not criterion.words():
            problems.append(f"{where}: give keywords or a description to match evidence by")
        criteria.append(criterion)
    if problems:
        raise UserError(f"the criteria file {path} cannot be used:", problems)
    assert isinstance(title, str) and isinstance(overlap, int)
    return title, overlap, criteria


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in keyword.split()]
    return re.compile(r"\b" + r"\s+".join(words), re.I)


def supports(criterion: Criterion, entry: dict[str, Any], min_overlap: int) -> bool:
    if (
        criterion.scope
        and SCOPE_RANK.get(entry.get("scope") or "", 0) < SCOPE_RANK[criterion.scope]
    ):
        return False
    metrics = " ".join(m.get("text", "") for m in entry.get("metrics") or [] if isinstance(m, dict))
    text = f"{entry['text']} {metrics}"
    if criterion.keywords:
        return any(_keyword_pattern(k).search(text) for k in criterion.keywords)
    return len(_stems(text) & criterion.words()) >= min_overlap


def build_promo(db: Database, window: Window, path: Path, now: datetime) -> dict[str, Any]:
    title, min_overlap, criteria = load_criteria(path)
    ranked = rank(entries_in(db, window, "evidence"), window)
    shown = []
    missing = []
    for criterion in criteria:
        matches = [s for s in ranked if supports(criterion, s.entry, min_overlap)]
        people = sorted({p for s in matches for p in s.entry.get("people") or []})
        view = {
            "name": criterion.name,
            "description": criterion.description,
            "scope": criterion.scope or "",
            "evidence": [
                {
                    "id": s.entry["id"],
                    "text": " ".join(str(s.entry["text"]).split()),
                    "day": s.entry["day"].isoformat(),
                    "scope": s.entry.get("scope") or "",
                    "why": s.why,
                    "score": s.score,
                }
                for s in matches[:MAX_PER_CRITERION]
            ],
            "more": max(len(matches) - MAX_PER_CRITERION, 0),
            "people": people,
        }
        shown.append(view)
        if not matches:
            missing.append(criterion.name)
    advocates = [
        {"name": row["name"], "relation": row["relation"] or ""} for row in list_advocates(db)
    ]
    as_of = min(now, window.ends_at)
    gaps = [
        {
            "title": s.goal["title"],
            "gap": s.goal.get("gap") or "",
            "callout": s.callout(as_of, window.tz) or "",
        }
        for s in goal_statuses(db, as_of)
        if s.goal.get("gap")
    ]
    return {
        "title": title,
        "since": window.start.isoformat(),
        "until": window.last_day.isoformat(),
        "covered": window.label(),
        "criteria": shown,
        "missing": missing,
        "advocates": advocates,
        "gaps": gaps,
    }
