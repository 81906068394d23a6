"""When the quarterly digest goes out: right after the quarterly prompt it accompanies.

The quarterly prompt asks you to review a quarter; the digest of that same
quarter follows it once, so the two arrive together and never twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from careerlog.config.model import Config
from careerlog.insights.digest import send_digest


def send_due_digest(config: Config, db: Database, now: datetime | None = None) -> int | None:
    """Queue the digest for the quarter the last sent quarterly prompt reviewed, if not yet sent."""
    rows = list(
        db.query(
            "select period from prompts where kind = 'quarterly' and sent_at is not null "
            "order by sent_at desc limit 1"
        )
    )
    if not rows:
        return None
    quarter = str(rows[0]["period"]).split("+", 1)[0]
    return send_digest(config, db, now, quarter=quarter)
