"""New people from every region, named by full name with nothing else to mark them.

Writers invent colleagues from South Asia, East and Southeast Asia, Africa, the Middle East,
Latin America, every part of Europe, the Caribbean and Oceania, and name them with no cue
("Kgothatso Molefe wrote the cutover plan"): only the given-name list says such a pair is a
person, and a person missed also costs the split of a paragraph into points. Each row of
the first table names someone whose given name the list lacked. The second table holds
products, tools and places whose first word is a name the list leaves out on purpose, or
whose name stands second: they name no one.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.people import PeopleFinder

NEW_PEOPLE_BY_REGION: list[tuple[str, list[str]]] = [
    # South Asia
    ("Devika Pillai reviewed the access policy.", ["Devika Pillai"]),
    ("Kunal Mehra took over the on-call rota.", ["Kunal Mehra"]),
    ("Rizwan Qureshi owns the payouts dashboard now.", ["Rizwan Qureshi"]),
    ("Kasun Perera shipped the consumer-group fix.", ["Kasun Perera"]),
    ("Sudipta Ghosh ran the game day.", ["Sudipta Ghosh"]),
    ("Navjot Sandhu signed off on the rollout.", ["Navjot Sandhu"]),
    # East Asia
    ("Zhiwei Huang ran the load test.", ["Zhiwei Huang"]),
    ("Takashi Mori gave the design a close read.", ["Takashi Mori"]),
    ("Seo-yeon Kim reviewed the threat model.", ["Seo-yeon Kim"]),
    ("Natsumi Ueda presented the latency numbers.", ["Natsumi Ueda"]),
    ("Cường Phạm drafted the runbook.", ["Cường Phạm"]),
    # Southeast Asia
    ("Nattapong Srisuk wrote the alerting rules.", ["Nattapong Srisuk"]),
    ("Budi Santoso took notes for the postmortem.", ["Budi Santoso"]),
    ("Maricel Reyes approved the change.", ["Maricel Reyes"]),
    # The Middle East
    ("Hisham Khoury signed off on the schema.", ["Hisham Khoury"]),
    ("Noam Friedman reviewed the Terraform plan.", ["Noam Friedman"]),
    ("Gökhan Demir owns the queue now.", ["Gökhan Demir"]),
    ("Nima Rahimi shadowed the incident review.", ["Nima Rahimi"]),
    # Africa
    ("Oluwatobi Adeyemi joined the on-call rotation.", ["Oluwatobi Adeyemi"]),
    ("Kgothatso Molefe wrote the cutover plan.", ["Kgothatso Molefe"]),
    ("Henok Tesfaye presented the fraud model.", ["Henok Tesfaye"]),
    ("Fatoumata Diallo ran the capacity review.", ["Fatoumata Diallo"]),
    ("Nyambura Mwangi took over the release train.", ["Nyambura Mwangi"]),
    # Latin America and Iberia
    ("Ezequiel Romero reviewed the API contract.", ["Ezequiel Romero"]),
    ("Heitor Carvalho fez o deploy do ledger.", ["Heitor Carvalho"]),
    ("Jimena Castro revisó el plan de migración.", ["Jimena Castro"]),
    ("Iñaki Etxeberria aprobó el cambio.", ["Iñaki Etxeberria"]),
    ("Paloma Ruiz reviewed the rollout plan.", ["Paloma Ruiz"]),
    # Southern Europe
    ("Giacomo Bianchi ha approvato la RFC.", ["Giacomo Bianchi"]),
    ("Thierry Lambert a relu le runbook.", ["Thierry Lambert"]),
    ("Eleni Papadopoulou reviewed the data contract.", ["Eleni Papadopoulou"]),
    # Eastern Europe
    ("Oleksandr Shevchenko took the pager this week.", ["Oleksandr Shevchenko"]),
    ("Zsófia Nagy reviewed the retention job.", ["Zsófia Nagy"]),
    ("Radu Popescu owns the billing alerts.", ["Radu Popescu"]),
    ("Gediminas Kazlauskas ran the chaos test.", ["Gediminas Kazlauskas"]),
    ("Jaroslav Novák wrote the RFC.", ["Jaroslav Novák"]),
    # Northern Europe
    ("Sjoerd Bakker nam de on-call overdracht over.", ["Sjoerd Bakker"]),
    ("Kjell Andersen reviewed the retention job.", ["Kjell Andersen"]),
    ("Teemu Virtanen ran the load test.", ["Teemu Virtanen"]),
    ("Reinhard Vogel hat den Plan freigegeben.", ["Reinhard Vogel"]),
    ("Siobhan Kelly took notes for the retro.", ["Siobhan Kelly"]),
    # The Caribbean
    ("Delroy Campbell approved the release.", ["Delroy Campbell"]),
    ("Tameka Williams ran the standup.", ["Tameka Williams"]),
    ("Yunior Batista wrote the migration script.", ["Yunior Batista"]),
    # Oceania
    ("Wiremu Ngata reviewed the cutover plan.", ["Wiremu Ngata"]),
    ("Sione Tupou ran the game day.", ["Sione Tupou"]),
    ("Aroha Parata took over the billing alerts.", ["Aroha Parata"]),
]

# Names the list leaves out because they name a product, a tool or a place, and places
# whose given name stands second ("São Paulo"): no one.
NOT_PEOPLE: list[tuple[str, list[str]]] = [
    ("Spoke at QCon São Paulo about the migration.", []),
    ("Rolled out Aurora Serverless for the ledger.", []),
    ("The Sri Lanka office joined the rollout.", []),
    ("The Viet Nam launch slipped a week.", []),
    ("Mapped the Basel Accords onto the risk model.", []),
    ("The Marina Bay offsite went well.", []),
    ("Mercedes Benz signed the renewal.", []),
    ("Moved the team to Dora Metrics dashboards.", []),
    ("Tested Sora Video for the launch teaser.", []),
    ("The Siri Shortcuts integration shipped.", []),
    ("Otto Payments went live in Germany.", []),
    ("Moved the docs to Tina Editor.", []),
    ("Opened the Hong Kong office in March.", []),
    ("Landed at Orly Airport late.", []),
    ("Played the Royal Albert Hall benefit.", []),
]


@pytest.mark.parametrize(
    ("text", "want"), NEW_PEOPLE_BY_REGION, ids=[r[0][:50] for r in NEW_PEOPLE_BY_REGION]
)
def test_new_people_from_every_region(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


@pytest.mark.parametrize(("text", "want"), NOT_PEOPLE, ids=[r[0][:50] for r in NOT_PEOPLE])
def test_products_and_places_name_no_one(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want
