"""When a brief goes out, and how it names the meeting's day.

The lead-time rule (all in the user's time zone; the hours are ``[briefs]`` options,
the figures below their defaults):

* a **morning** 1:1 (starting before ``morning_before_hour``, 12:00) gets its brief at
  ``evening_hour`` (17:00) on the calendar day before: two hours before a 9:00 meeting
  is 7:00, before most people read mail, and the sample brief replies answer
  "Your 1:1 … is tomorrow (Thursday, November 12, 10:30)" sent at 17:00;
* any **later** 1:1 gets it ``same_day_lead_hours`` (2) hours before it starts, so a
  15:00 meeting is prepared with that morning's entries instead of a day-old brief.

A brief whose time has passed is still sent as long as the meeting has not started
(the daemon was down, or the 1:1 was booked or moved after its brief time); once the
meeting has started it is never sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from careerlog.config.model import BriefsConfig

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class LeadTime:
    """The lead-time settings of ``[briefs]``."""

    evening_hour: int
    same_day_lead_hours: float
    morning_before_hour: int

    @classmethod
    def from_config(cls, briefs: BriefsConfig) -> LeadTime:
        return cls(briefs.evening_hour, briefs.same_day_lead_hours, briefs.morning_before_hour)

    def longest(self) -> timedelta:
        """The most a brief can go out ahead of its meeting, so a look that far ahead
        finds every brief due now: from the evening hour to a meeting just before
        ``morning_before_hour`` the next day, or the same-day lead, and an hour more
        for a daylight-saving change in between."""
        evening = timedelta(hours=24 - self.evening_hour + self.morning_before_hour)
        return max(evening, timedelta(hours=self.same_day_lead_hours)) + timedelta(hours=1)


def brief_due_at(start: datetime, tz: tzinfo, lead: LeadTime) -> datetime:
    """The instant the brief for a 1:1 starting at ``start`` is due."""
    local = start.astimezone(tz)
    if local.hour < lead.morning_before_hour:
        day_before = local.date() - timedelta(days=1)
        return datetime.combine(day_before, time(lead.evening_hour), tzinfo=tz)
    return start - timedelta(hours=lead.same_day_lead_hours)


def is_due(start: datetime, now: datetime, tz: tzinfo, lead: LeadTime) -> bool:
    """Due and still useful: the brief time has come and the meeting has not started."""
    return brief_due_at(start, tz, lead) <= now < start


def day_label(moment: datetime, tz: tzinfo) -> str:
    """'Thursday, November 12' in the user's zone."""
    local = moment.astimezone(tz)
    return f"{_DAYS[local.weekday()]}, {_MONTHS[local.month - 1]} {local.day}"


def when_text(start: datetime, tz: tzinfo) -> str:
    """'Thursday, November 12, 10:30', as the sample briefs say it."""
    return f"{day_label(start, tz)}, {start.astimezone(tz):%H:%M}"


def relative_day(start: datetime, now: datetime, tz: tzinfo) -> str:
    """'today', 'tomorrow', 'on Thursday' (within a week) or 'on November 19'."""
    days = (start.astimezone(tz).date() - now.astimezone(tz).date()).days
    if days <= 0:
        return "today"
    if days == 1:
        return "tomorrow"
    local = start.astimezone(tz)
    if days < 7:
        return f"on {_DAYS[local.weekday()]}"
    return f"on {_MONTHS[local.month - 1]} {local.day}"
