"""1:1 detection by attendees and by title; configurable patterns."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from careerlog.calendar.expand import Attendee, Occurrence
from careerlog.calendar.oneonone import DEFAULT_TITLE_PATTERNS, one_on_one_counterpart

ME = ("pat@example.test",)
START = datetime(2026, 3, 24, 9, tzinfo=UTC)


def meeting(summary: str, *emails: str, room: bool = False) -> Occurrence:
    people = [Attendee(e, e.split("@")[0].title(), "ACCEPTED") for e in emails]
    if room:
        people.append(Attendee("room@example.test", "Room", "ACCEPTED", cutype="ROOM"))
    return Occurrence("u", "", START, START, False, summary, "CONFIRMED", None, tuple(people),
                      len(people))  # fmt: skip


def test_two_people_is_a_one_on_one_whatever_the_title() -> None:
    other = one_on_one_counterpart(meeting("Roadmap", "pat@example.test", "alex@example.test"), ME)
    assert other and other.email == "alex@example.test"


def test_rooms_do_not_count_as_people() -> None:
    occ = meeting("Roadmap", "pat@example.test", "alex@example.test", room=True)
    assert one_on_one_counterpart(occ, ME)


def test_three_people_is_not_unless_titled_and_even_then_not() -> None:
    occ = meeting("1:1", "pat@example.test", "alex@example.test", "sam@example.test")
    assert one_on_one_counterpart(occ, ME) is None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("1:1 Alex", "Alex"),
        ("Alex 1-1", "Alex"),
        ("1on1 with Alex Rivera", "Alex Rivera"),
        ("One-on-one: Sam", "Sam"),
        ("Alex / Pat", "Alex"),
        ("Pat <> Sam", "Sam"),
        ("Pat Doe / Jordan Lee", "Jordan Lee"),
    ],
)
def test_titles_name_the_other_person(title: str, name: str) -> None:
    other = one_on_one_counterpart(meeting(title), ME, user_names=("Pat Doe",))
    assert other is not None and other.from_title and other.name == name


@pytest.mark.parametrize("title", ["Standup", "Eng / product sync", "Review 11:15", "Q1-2026"])
def test_ordinary_titles_are_not_one_on_ones(title: str) -> None:
    assert one_on_one_counterpart(meeting(title), ME, user_names=("Pat Doe",)) is None


def test_patterns_are_configurable() -> None:
    occ = meeting("Tête-à-tête Alex")
    assert one_on_one_counterpart(occ, ME) is None
    patterns = (*DEFAULT_TITLE_PATTERNS, r"t[êe]te-[àa]-t[êe]te")
    other = one_on_one_counterpart(occ, ME, patterns=patterns)
    assert other is not None and other.name == "Alex"
