"""Briefs before each 1:1: when they go out, what they show, and what a reply records.

``send_due_briefs`` is the daemon's entry point; ``careerlog brief`` previews or sends
the next one; ``record_brief_reply`` is called by the intake for replies to a brief.
"""

from careerlog.briefs.due import (
    BriefSettings,
    next_one_on_one,
    render_brief,
    send_brief,
    send_due_briefs,
)
from careerlog.briefs.reply_notes import record_brief_reply
from careerlog.briefs.timing import LeadTime, brief_due_at

__all__ = [
    "BriefSettings",
    "LeadTime",
    "brief_due_at",
    "next_one_on_one",
    "record_brief_reply",
    "render_brief",
    "send_brief",
    "send_due_briefs",
]
