"""New people whose given names only Faker's lists hold, and things those lists must not name.

Writers name colleagues "Florencia", "Freja" or "Garrett" with nothing else to mark them;
the hand-chosen list lacked such names, and given_names_world.py adds the first names Faker
keeps for many locales. A name there that is also a word, a tool or a place would turn a
product into a person, so the generator leaves those out: each rule has a row below that
would name someone without it, beside the products that never depended on the list.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.people import PeopleFinder

NEW_PEOPLE: list[tuple[str, list[str]]] = [
    ("Florencia Paz me está mentoreando.", ["Florencia Paz"]),
    ("Catalina Rojas revisó el runbook.", ["Catalina Rojas"]),
    ("Milagros Quispe aprobó el cambio.", ["Milagros Quispe"]),
    ("Rocío Navarro me ayudó con la migración.", ["Rocío Navarro"]),
    ("Constanza Vidal wrote the RFC.", ["Constanza Vidal"]),
    ("Guadalupe Torres owns the queue now.", ["Guadalupe Torres"]),
    ("Anahí Ramos took notes for the retro.", ["Anahí Ramos"]),
    ("Freja Mortensen took over the alerts.", ["Freja Mortensen"]),
    ("Garrett Lowe ran the game day.", ["Garrett Lowe"]),
    ("Lan Nguyen shipped the fix.", ["Lan Nguyen"]),
]

# Products, tools, teams, events and places whose first word is a name in Faker's lists.
NO_ONE: list[tuple[str, list[str]]] = [
    # an English word, in lower case in the system dictionary
    ("Delta Lake tables are compacted nightly.", []),
    ("Aurora Postgres failover took 30s.", []),
    ("Atlas Search indexes were rebuilt.", []),
    # a word in a language whose Faker locales do not give it as a name (Portuguese "nova",
    # Italian "apollo")
    ("Nova Scheduler was retired.", []),
    ("Apollo Federation rolled out to every team.", []),
    # a tool, a product or a place more often than a person: checked by hand
    ("Moved the ad-hoc queries to Athena Queries.", []),
    ("Piloted Watson Assistant for the help desk.", []),
    ("Shipped the Alexa Skills integration.", []),
    ("The Memphis Warehouse printers failed twice.", []),
    ("Dev Portal adoption doubled this quarter.", []),
    ("Easter Freeze went smoothly.", []),
    ("Columbia Sportswear renewed the contract.", []),
    # one or two letters
    ("The El Salvador office opened in May.", []),
    # a thing careerlog's own lists hold, a name no list holds, or a product's word at the
    # end: no one, as before
    ("Cassandra Reaper repairs run nightly.", []),
    ("Okta Workflows provisions the new hires.", []),
    ("Moved the alerts to Grafana Cloud.", []),
    ("Tech Talks are on Fridays.", []),
    ("Finished the Frontend Masters course.", []),
    ("Migrated the workers to Temporal Cloud.", []),
    ("Data Platform owns the lake.", []),
    ("Jira Service desk tickets dropped.", []),
    ("Kafka Streams replaced the consumer.", []),
    ("Spark Streaming jobs moved to Flink.", []),
    ("Iris Dashboard shows the error budget.", []),
    ("Hermes Engine cut the app start time.", []),
    ("Mercury Release went out on Monday.", []),
]


@pytest.mark.parametrize(("text", "want"), NEW_PEOPLE, ids=[r[0][:50] for r in NEW_PEOPLE])
def test_people_named_by_a_world_given_name(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


@pytest.mark.parametrize(("text", "want"), NO_ONE, ids=[r[0][:50] for r in NO_ONE])
def test_things_that_open_with_a_name_name_no_one(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want
