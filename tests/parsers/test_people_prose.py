"""People read right from single sentences of prose (issue 15, point 5).

Writers name new people from every culture, usually by full name and with no cue; names
that are also words, products, tools, events and teams must name no one; and someone who
writes in lower case writes the people they know in lower case too. Each table row is one
rule, written before the rule: it fails without it.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.people import PeopleFinder

KNOWN = (
    "Grace Hopper",
    "Linus Chen",
    "Priya Raman",
    "Mei Tanaka",
    "Omar Haddad",
    "Dorothy Vaughan",
    "Tomás Ortega",
    "William Gates",
)

# Someone new, by full name and with nothing else to mark them: the given name says it.
NEW_BY_GIVEN_NAME: list[tuple[str, list[str]]] = [
    ("Hannah's happy to lend us Jakob Fischer for the cache migration.", ["Jakob Fischer"]),
    ("Also started mentoring one of the new grads, Kwame Asante, every Friday.",
     ["Kwame Asante"]),
    ("Maarten Visser nam de on-call overdracht over.", ["Maarten Visser"]),
    ("Astrid Lindqvist reviewed the retention job.", ["Astrid Lindqvist"]),
    ("Guillaume Moreau a relu le runbook.", ["Guillaume Moreau"]),
    ("Thiago Souza está começando no projeto de Pix.", ["Thiago Souza"]),
    ("Ho scritto l'RFC e Lorenzo Galli l'ha approvato.", ["Lorenzo Galli"]),
    ("Karolina Nowak took over the billing alerts.", ["Karolina Nowak"]),
    ("Zeynep Yilmaz paired on the rate limiter.", ["Zeynep Yilmaz"]),
    ("Youssef Benali owns the payouts contract now.", ["Youssef Benali"]),
    ("Got the sign-off once Farhad Karimi read the plan.", ["Farhad Karimi"]),
    ("Siddharth Iyer from the platform org joined the review.", ["Siddharth Iyer"]),
    ("Xiaoming Zhao ran the load test with me.", ["Xiaoming Zhao"]),
    ("Haruto Sato gave the design a thorough read.", ["Haruto Sato"]),
    ("Jihoon Park shadowed the incident review.", ["Jihoon Park"]),
    ("Linh Tran reviewed the cutover plan.", ["Linh Tran"]),
    ("Chioma Eze presented the fraud model results.", ["Chioma Eze"]),
    ("Wanjiru Kamau took notes for the postmortem.", ["Wanjiru Kamau"]),
    # common names the generated list (Faker's locales) lacks, in the hand list
    ("Harshita Menon reviewed the retention job.", ["Harshita Menon"]),
    ("Rustam Nazarov took over the ledger export.", ["Rustam Nazarov"]),
    ("Keala Kahananui ran the load test.", ["Keala Kahananui"]),
    ("Kemi Adeyemi took notes for the postmortem.", ["Kemi Adeyemi"]),
]  # fmt: skip

# Given names that are also words, opening a sentence or in a title: no one. Inside a
# sentence, after a cue or saying something, they still name the person.
WORD_NAMES: list[tuple[str, list[str]]] = [
    ("Will Deploy the fix once CI is green.", []),
    ("May Release notes are out.", []),
    ("Mark Complete on every ticket in the epic.", []),
    ("Grant Access to the billing bucket for the new hires.", []),
    ("Rose Gold theme shipped to all merchants.", []),
    ("Summer Release planning started.", []),
    ("Bill Payments moved to the new queue.", []),
    ("We need to Grant Access to the bucket first.", []),
    ("Shipped the Summer Release to the beta merchants.", []),
    ("Fixed the Bill Payments retry storm.", []),
    ("Asked the team to Mark Complete only after QA.", []),
    ("The Grace Period banner went live.", []),
    ("Paired with Mark Chen on the cache warmup.", ["Mark Chen"]),
    ("Reviewed it with Frank Weber and Jack Ma.", ["Frank Weber", "Jack Ma"]),
    ("Mark Chen said the rollout plan was solid.", ["Mark Chen"]),
    ("Grace Wu's feedback on the doc was blunt.", ["Grace Wu"]),
]

# Products, tools, events and teams, even where a person would stand.
NOT_PEOPLE: list[tuple[str, list[str]]] = [
    ("Did the frontend perf course from Frontend Masters (6 hours).", []),
    ("Talked with LaunchDarkly support about the flag limits.", []),
    ("My LeadDev London proposal got accepted.", []),
    ("Spoke at Devoxx Belgium about the migration.", []),
    ("Got a talk slot from Devoxx Belgium.", []),
    ("Submitted to KubeCon Europe and QCon London.", []),
    ("Met with Data Platform about the schema.", []),
    ("Walked the VP Eng through the incident.", []),
    ("Worked with Backend Guild on the style guide.", []),
]

# "with" in the other languages marks a person as the English one does.
CUES: list[tuple[str, list[str]]] = [
    ("Quero marcar um café com o Zé Carvalho na semana que vem.", ["Zé Carvalho"]),
    ("Ho lavorato con Oreste Fumagalli sull'export.", ["Oreste Fumagalli"]),
    ("Mit Detlef Krause den Build-Cache ausgerollt.", ["Detlef Krause"]),
    ("Déjeuner avec Gaspard Lefebvre sur la migration.", ["Gaspard Lefebvre"]),
    ("Un café con Ulises Baptista sobre el limitador.", ["Ulises Baptista"]),
    ("Den Cache mit Jakob migriert.", ["Jakob"]),
]

# A known person's first name in lower case counts where the writer writes in lower case
# and the name opens a clause (or follows a cue); a name that is also a word must be
# followed by what the person did or said. The words themselves name no one.
LOWER_CASE: list[tuple[str, list[str]]] = [
    ("learned a ton about replication (2 failed rehearsals). grace offered to review my "
     "write-up for the eng blog.", ["Grace Hopper"]),
    ("tomás shadowed me on-call tue/wed and handled his first page solo", ["Tomás Ortega"]),
    ("mei: happy w/ the ledger handoff. wants a written runbook", ["Mei Tanaka"]),
    ("paired w/ tomás on the rollout", ["Tomás Ortega"]),
    ("shipped the limiter, priya gave me feedback on the doc", ["Priya Raman"]),
    ("need to ping priya about the staff packet", ["Priya Raman"]),
    ("sent the runbook to omar for review", ["Omar Haddad"]),
    ("paired with grace on the rollout", []),
    ("retune is done. grace came by the test cell and wants a demo", ["Grace Hopper"]),
    ("shipped it. grace will review the runbook", ["Grace Hopper"]),
    ("grace period for the old API ends friday.", []),
    ("the grace period ends friday.", []),
    ("will follow up on the cache next week", []),
    ("in mei hebben we de cache uitgerold.", []),
    ("mei hebben we de cache uitgerold.", []),
    # Written with capitals: the lower-case word is the word.
    ("Learned a lot this month. grace offered to review it.", []),
    ("Tomás shadowed me on-call.", ["Tomás Ortega"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), NEW_BY_GIVEN_NAME, ids=[r[0][:50] for r in NEW_BY_GIVEN_NAME]
)
def test_new_people_by_given_name(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


@pytest.mark.parametrize(("text", "want"), WORD_NAMES, ids=[r[0][:50] for r in WORD_NAMES])
def test_given_names_that_are_words(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


@pytest.mark.parametrize(("text", "want"), NOT_PEOPLE, ids=[r[0][:50] for r in NOT_PEOPLE])
def test_products_events_and_teams_name_no_one(text: str, want: list[str]) -> None:
    assert PeopleFinder(KNOWN).find(text) == want


@pytest.mark.parametrize(("text", "want"), CUES, ids=[r[0][:50] for r in CUES])
def test_with_in_other_languages(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


@pytest.mark.parametrize(("text", "want"), LOWER_CASE, ids=[r[0][:50] for r in LOWER_CASE])
def test_known_first_names_in_lower_case(text: str, want: list[str]) -> None:
    assert PeopleFinder(KNOWN).find(text) == want


# Fourth round: given names that are month abbreviations ("Jan", "Jun") name people before a
# surname; a capitalised German noun before a full name is no part of it; "from A to B"
# moves between tools; a few given names the list lacked.
ROUND_4: list[tuple[str, list[str]]] = [
    ("Mit Hannah und Jan Wolff aus der Hardware-Abteilung das Layout besprochen.",
     ["Hannah", "Jan Wolff"]),
    ("Did the livestream with Jun Park from DevRel, ~300 watched.", ["Jun Park"]),
    ("Sie stellt mich nächste Woche Lena Hoffmann aus dem Architekturboard vor.",
     ["Lena Hoffmann"]),
    ("Moved the regression pack from Selenium Grid to Playwright.", []),
    ("Got the intro from Grace Hopper.", ["Grace Hopper"]),
    ("Ioana Popescu reviewed the data contract.", ["Ioana Popescu"]),
    ("Also backed up Wen Li on her first on-call shift.", ["Wen Li"]),
    ("The freeze starts Jan 12, after the release.", []),
    ("Follow-up: intro to Amara Obi from Hardware Test.", ["Amara Obi"]),
    ("Linus + Maren Holt want a single ETA service.", ["Maren Holt"]),
    ("Ela vai me apresentar ao Joaquim Teles.", ["Joaquim Teles"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ROUND_4, ids=[r[0][:50] for r in ROUND_4])
def test_people_round_4(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


# Walking, teaching, showing, onboarding or meeting someone marks a person as "with" does (an
# unknown word after them names no one, as after "with").
TEACHING: list[tuple[str, list[str]]] = [
    ("Spent the afternoon walking Bea through the dbt setup.", ["Bea"]),
    ("Taught Ayo how to read the flame graphs.", ["Ayo"]),
    ("Showed Tunde the new alert routing.", ["Tunde"]),
    ("Onboarding Zofia this week, she starts on the ledger.", ["Zofia"]),
    ("Walk Yara through the runbook before her first shift.", ["Yara"]),
    ("Taught Kirra how to read the flame graphs.", []),
    ("Showed Grafana dashboards to the team.", []),
    # an apposition that says who someone is: only a person is a "who"
    ("Paloma Ruiz, who leads Tier 2 support, has become my go-to.", ["Paloma Ruiz"]),
    ("Grafana Cloud, which we pay for, now has 40 dashboards.", []),
    # meeting someone, in the other languages
    ("También conocí a Devika Pillai, la nueva responsable de Seguridad.", ["Devika Pillai"]),
    ("J'ai rencontré Anaïs Roux, qui gère la conformité.", ["Anaïs Roux"]),
    ("Conheci o Kauã Ribeiro no evento.", ["Kauã Ribeiro"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), TEACHING, ids=[r[0][:50] for r in TEACHING])
def test_teaching_someone_marks_a_person(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


# Letters with no accent to drop still compare as the Latin letter they stand for.
PLAIN_LETTERS: list[tuple[str, list[str]]] = [
    ("Paweł Nowak reviewed the schema change.", ["Paweł Nowak"]),
    ("Søren Nielsen joined the on-call rotation.", ["Søren Nielsen"]),
    ("Barış Yılmaz took over the ledger export.", ["Barış Yılmaz"]),
]


@pytest.mark.parametrize(("text", "want"), PLAIN_LETTERS, ids=[r[0][:30] for r in PLAIN_LETTERS])
def test_names_with_plain_letters(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want


# Hyphenated given names keep both halves ("Jean-Pierre", not "Jean"), and someone the lists
# don't know is a person when they do something to the user ("Kemi Adeyemi helped me"),
# or do it with them ("Kemi Adeyemi and I"); tools and teams doing things to the user are not.
NAMES_AND_DEEDS: list[tuple[str, list[str]]] = [
    ("Paired with Jean-Pierre Dubois on the ledger schema.", ["Jean-Pierre Dubois"]),
    ("Ana-Maria Popescu reviewed the data contract.", ["Ana-Maria Popescu"]),
    ("Walked Jean-Pierre through the runbook.", ["Jean-Pierre"]),
    ("Kemi Adeyemi helped me debug the flaky deploy.", ["Kemi Adeyemi"]),
    ("Chukwuebuka Nwosu walked me through the fraud rules.", ["Chukwuebuka Nwosu"]),
    ("Kemi Adeyemi and I rewrote the runbook.", ["Kemi Adeyemi"]),
    ("Kemi Adeyemi and Tomás both jumped in on the review.", ["Kemi Adeyemi"]),
    ("Checkout Web and Payments both moved to the new queue.", []),
    ("Walked Yusuf and Tomás through the sampling doc.", ["Yusuf"]),
    ("Reviewed Parquet and helped me nothing.", []),
    ("I still owe Tanvir Qadri a proper thank you for the rig.", ["Tanvir Qadri"]),
    ("Grafana Cloud showed me the slow queries.", []),
    ("Data Platform asked me for the schema.", []),
    ("Cross-Team Sync moved to Fridays.", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), NAMES_AND_DEEDS, ids=[r[0][:40] for r in NAMES_AND_DEEDS]
)
def test_hyphenated_names_and_people_doing_things(text: str, want: list[str]) -> None:
    assert PeopleFinder([]).find(text) == want
