"""What one pass queued (prompts, briefs, a digest), said in words for ``run --once``.

The pass functions return prompt ids, which tests and callers count and unpack; the
list keeps that and adds the ``summary()`` the command prints, so nobody sees
``prompts: [52]`` or ``digest: 9``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from careerlog.store.prompts import subjects
from careerlog.wording import counted


class Queued(list[int]):
    """Prompt ids queued by one pass, with the subjects of their mails."""

    def __init__(self, ids: Iterable[int] = (), subjects: Iterable[str] = ()) -> None:
        super().__init__(ids)
        self.subjects = list(subjects)

    @classmethod
    def read(cls, db: Database, ids: Iterable[int]) -> Queued:
        """The ids with their subjects from the ``prompts`` table."""
        ids = list(ids)
        return cls(ids, subjects(db, ids))

    def summary(self) -> str:
        if not self:
            return "nothing due"
        titles = "; ".join(f"“{s}”" for s in self.subjects)
        return f"queued {counted(len(self), 'mail')}: {titles}"
