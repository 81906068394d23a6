"""Counts as replies write them in their seven languages, and figures that are no counts.

Issue 15, point 6: numbers with units, counts of people and things, ranges; never bare
identifiers. Each row below is one rule of ``careerlog.parsers.metrics`` and fails without
it: the reply shapes come from the labelled set's new replies (other words, same kind of
sentence), so the rule is the kind of sentence, not one reply's words.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.metrics import find_metrics

Want = list[tuple[str, float | None, str | None]]

COUNTS: list[tuple[str, Want]] = [
    # A plural with accents counts as much as one in ASCII (fr, pt, es).
    ("Le scan tourne maintenant sur 9 dépôts.", [("9 dépôts", 9, "dépôts")]),
    ("Já apliquei em 12 serviços do cluster.", [("12 serviços", 12, "serviços")]),
    ("Reescribí 14 páginas del manual.", [("14 páginas", 14, "páginas")]),
    # A German noun is capitalised, plural in -s, -e or -en, maybe after an adjective.
    ("Die Feature-Flags umgezogen, 140 Flags, ohne Release.", [("140 Flags", 140, "flags")]),
    ("Diese Woche habe ich 4 Alarme gelöscht.", [("4 Alarme", 4, "alarme")]),
    ("Wir haben 12 neue Dienste angebunden.", [("12 neue Dienste", 12, "dienste")]),
    # How often: "N times" in each language.
    ("I've been incident commander 4 times this quarter.", [("4 times", 4, "times")]),
    ("J'ai mené la rétro 3 fois ce mois-ci.", [("3 fois", 3, "fois")]),
    ("Ho guidato il rilascio 2 volte.", [("2 volte", 2, "volte")]),
    ("Dit kwartaal 5 keer incident commander geweest.", [("5 keer", 5, "keer")]),
    # A count of the same things as the clause before: it stands last in its clause.
    (
        "Quarantined 31 tests, fixed 12, deleted the rest.",
        [("31 tests", 31, "tests"), ("12", 12, "tests")],
    ),
    (
        "Closed 8 tickets and reviewed 5.",
        [("8 tickets", 8, "tickets"), ("5", 5, "tickets")],
    ),
    (
        "Cerré 8 incidencias y revisé 5.",
        [("8 incidencias", 8, "incidencias"), ("5", 5, "incidencias")],
    ),
    # ... but not after a preposition or a word that numbers something, nor a year.
    ("Closed 4 tickets, sprint 12.", [("4 tickets", 4, "tickets")]),
    ("Ran 2 workshops, until 11.", [("2 workshops", 2, "workshops")]),
    ("Shipped 3 features, released 2026.", [("3 features", 3, "features")]),
    ("Ran 21 repeats, load 1.0.", [("21 repeats", 21, "repeats")]),
    # The partitive pronoun stands for what the sentence named: "ran 3 of them" (it, fr, de).
    ("Code review: ne ho fatte 27, con commenti più brevi.", [("27", 27, None)]),
    ("Des revues de code : j'en ai relu 12.", [("12", 12, None)]),
    ("Viele Reviews, 5 davon mit Feedback.", [("5", 5, None)]),
    # Thousands, millions: "2.1M", "1,8 miljoen", "12 mil"; a count is whole, "1.500" too.
    ("Moved 2.1M stored cards with zero errors.", [("2.1M stored cards", 2_100_000, "cards")]),
    ("De migratie van 1,8 miljoen abonnementen.", [("1,8 miljoen", 1_800_000, None)]),
    ("Migramos 12 mil clientes.", [("12 mil clientes", 12_000, "clientes")]),
    # A rate of things in words.
    (
        "Il collo di bottiglia è a 1.500 richieste al secondo.",
        [("1.500 richieste al secondo", 1500, "richieste/s")],
    ),
    (
        "Der Dienst schafft 300 Anfragen pro Sekunde.",
        [("300 Anfragen pro Sekunde", 300, "anfragen/s")],
    ),
    # Italian "per" is also "for": "per tutti i team" is no rate.
    ("Build da 22 a 9 minuti per tutti i team.", [("22", 22, "min"), ("9 minuti", 9, "min")]),
    ("Ci vogliono 20 minuti per il deploy.", [("20 minuti", 20, "min")]),
    # Words that count people and teams the way replies write them.
    ("Sam ok'd 2 extra headcount for the program.", [("2 extra headcount", 2, "headcount")]),
    ("La revisione delle API con i 4 team di Risk.", [("4 team", 4, "team")]),
    ("Presented at the all-hands, 300 ppl.", [("300 ppl", 300, "ppl")]),
]

# A range keeps both ends: without "from" when the second end has the unit, and a range of
# bare numbers after (or, in German and Dutch, before) a word of change in each language.
RANGES: list[tuple[str, Want]] = [
    ("Builds take 3 to 5 min now.", [("3", 3, "min"), ("5 min", 5, "min")]),
    ("Der Monatsabschluss dauert 2 bis 3 Tage.", [("2", 2, "d"), ("3 Tage", 3, "d")]),
    ("Les alertes sont passées de 23 à 6.", [("23", 23, None), ("6", 6, None)]),
    ("Las alertas bajaron de 23 a 6.", [("23", 23, None), ("6", 6, None)]),
    ("Os alertas caíram de 23 para 6.", [("23", 23, None), ("6", 6, None)]),
    ("Gli alert sono scesi da 23 a 6.", [("23", 23, None), ("6", 6, None)]),
    ("Het aantal alerts is gedaald van 23 naar 6.", [("23", 23, None), ("6", 6, None)]),
    ("Die Alarme von 23 auf 6 gesenkt.", [("23", 23, None), ("6", 6, None)]),
    ("De alerts van 23 naar 6 teruggebracht.", [("23", 23, None), ("6", 6, None)]),
]

NOT_COUNTS = [
    # Bare numbers that change without a word of change: a time, a version, dates.
    "Das Standup von 10 auf 11 verschoben.",
    "La demo va del 3 al 5 de marzo.",
    "Upgraded Postgres 16 to 17.",
    # The whole a part is counted against, in each language, as "2 of 3 proposals".
    "Migrei 12 dos 20 serviços.",
    "J'ai migré 12 sur 20 dépôts.",
    # A figure glued to a letter names a quarter, a version, a product or a week.
    "Q3 plans are in the doc.",
    "Spun up EC2 instances for the k8s cluster.",
    "Migrated the p95 dashboards.",
    "Set up S3 buckets for the L4 engineers.",
    "The 1:1 notes are in the doc.",
    # A date or a clock time is no count of a capitalised noun or a plural.
    "Shipped on 6 Nov 2026.",
    "Le déploiement est prévu le 3 mars.",
    "Das Meeting ist um 10 Uhr.",
    "Released on 14 December.",
    # A capitalised word after a preposition is a name, not a noun the figure counts.
    "Set up a 1:1 with Omar.",
    "Moved the sync to 3 on Monday.",
    # A figure after a partitive verb that is no count: a date.
    "Ne ho parlato il 14 con Sam.",
]


@pytest.mark.parametrize(("text", "want"), COUNTS, ids=[c[0] for c in COUNTS])
def test_counts(text: str, want: Want) -> None:
    got = [(m.text, m.value, m.unit) for m in find_metrics(text)]
    assert got == [(t, float(v) if v is not None else None, u) for t, v, u in want]


@pytest.mark.parametrize(("text", "want"), RANGES, ids=[r[0] for r in RANGES])
def test_ranges(text: str, want: Want) -> None:
    got = [(m.text, m.value, m.unit) for m in find_metrics(text)]
    assert got == [(t, float(v) if v is not None else None, u) for t, v, u in want]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_figures_that_count_nothing(text: str) -> None:
    assert find_metrics(text) == []
