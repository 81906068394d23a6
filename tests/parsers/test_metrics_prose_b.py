"""Counts as replies write them, second round (issue 15, point 6): each row is one rule of
``careerlog.parsers.metrics`` in the languages replies come in; the rows that find nothing
show where a rule must stop.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.metrics import find_metrics

Want = list[tuple[str, float | None, str | None]]

COUNTS: list[tuple[str, Want]] = [
    # "all 5 teams" states reach; "all" of anything else counts how many the work covered.
    ("Shipped the form for shoppers in all 14 markets.", [("14 markets", 14, "markets")]),
    ("Used by all 9 product teams.", [("9 product teams", 9, "teams")]),
    ("Das Formular läuft jetzt für alle 14 Märkte.", [("14 Märkte", 14, "märkte")]),
    ("Le formulaire tourne dans toutes les 14 régions.", [("14 régions", 14, "régions")]),
    ("El formulario ya funciona en todos los 14 mercados.", [("14 mercados", 14, "mercados")]),
    ("O formulário já roda em todos os 14 mercados.", [("14 mercados", 14, "mercados")]),
    ("Il modulo è attivo in tutti i 14 mercati.", [("14 mercati", 14, "mercati")]),
    ("Het formulier draait nu in alle 14 markten.", [("14 markten", 14, "markten")]),
    # Working days are days, as a course or an effort is counted.
    ("Formazione interna sulla sicurezza (OWASP, 2 giornate).", [("2 giornate", 2, "d")]),
    ("Formation interne de 3 journées.", [("3 journées", 3, "d")]),
    ("Curso interno de 2 jornadas.", [("2 jornadas", 2, "d")]),
    ("Die Schulung dauerte 3 Arbeitstage.", [("3 Arbeitstage", 3, "d")]),
    ("De training duurde 2 werkdagen.", [("2 werkdagen", 2, "d")]),
    ("The migration took 5 workdays.", [("5 workdays", 5, "d")]),
    # Plurals the Romance -s and the German capital miss: Dutch -en and -'s, Italian -i.
    ("Voor de 3 betaalteams (63 certificaten).", [("3 betaalteams", 3, "betaalteams"),
                                                  ("63 certificaten", 63, "certificaten")]),
    ("Secret scanning aangezet voor 9 repo's.", [("9 repo's", 9, "repo")]),
    ("Ik had deze week 3 gesprekken met Sanne.", [("3 gesprekken", 3, "gesprekken")]),
    ("Ho migrato 3 servizi e 4 nuovi colleghi.", [("3 servizi", 3, "servizi"),
                                                  ("4 nuovi colleghi", 4, "colleghi")]),
    # The English word borrowed unchanged: after a figure above 1 it counts.
    ("Ho trovato 3 endpoint senza rate limit.", [("3 endpoint", 3, "endpoint")]),
    ("Ho chiuso 5 ticket questa settimana.", [("5 ticket", 5, "ticket")]),
    ("Fixed 2 test suites.", [("2 test suites", 2, "suites")]),
    # A plural that can be a verb heads the noun phrase after an adjective ("dry runs").
    ("Nervous about on-call, we'll do 2 dry runs first.", [("2 dry runs", 2, "runs")]),
    ("Recorded 3 demo shows for the guild.", [("3 demo shows", 3, "shows")]),
    # ... and after a preposition: "over 50 runs".
    ("Failure rate went from ~20% to 0 over 50 runs.", [("~20%", 20, "%"),
                                                         ("50 runs", 50, "runs")]),
    # A hyphenated plural is a plural.
    ("Did the negotiation workshop (2 half-days).", [("2 half-days", 2, "half-days")]),
    ("Sent 3 follow-ups to the vendor.", [("3 follow-ups", 3, "follow-ups")]),
    # One person is a count of people, in each language.
    ("Sam aprovou a contratação de mais 1 pessoa.", [("1 pessoa", 1, "pessoa")]),
    ("Sam approved 1 more person for the team.", [("1 more person", 1, "person")]),
    ("Sam a validé 1 personne de plus.", [("1 personne", 1, "personne")]),
    ("Sam aprobó 1 persona más.", [("1 persona", 1, "persona")]),
    ("Sam heeft 1 persoon extra goedgekeurd.", [("1 persoon", 1, "persoon")]),
    # A bare figure per unit of time is a rate of what the sentence names.
    ("Restarts went down to 2 a day.", [("2 a day", 2, "/day")]),
    ("Die Neustarts liegen jetzt bei 3 pro Tag.", [("3 pro Tag", 3, "/day")]),
    ("Les redémarrages sont à 4 par jour.", [("4 par jour", 4, "/day")]),
    ("Los reinicios bajaron a 5 por día.", [("5 por día", 5, "/day")]),
    ("Os reinícios estão em 6 por dia.", [("6 por dia", 6, "/day")]),
    ("I riavvii sono scesi a 7 al giorno.", [("7 al giorno", 7, "/day")]),
    ("De herstarts zijn nu 8 per dag.", [("8 per dag", 8, "/day")]),
    # "2 of us" counts the people the sentence names, as "3 of them" counts its things.
    ("The cut frees up 2 of us for the redesign.", [("2", 2, None)]),
    ("Il taglio libera 3 di noi per il redesign.", [("3", 3, None)]),
    ("Das frei 2 von uns für das Redesign.", [("2", 2, None)]),
    ("Dat maakt 2 van ons vrij.", [("2", 2, None)]),
    ("Eso libera a 2 de nosotros.", [("2", 2, None)]),
    ("Isso libera 2 de nós.", [("2", 2, None)]),
    ("Ça libère 2 d'entre nous.", [("2", 2, None)]),
    # "~90k of them": nobody writes "~" before an identifier, scaled or not.
    ("We generate ~90k of them at month-end.", [("~90k", 90_000, None)]),
]  # fmt: skip

NOT_COUNTS = [
    # "all 5 teams" in each language states reach, it counts nothing.
    "Rolled the build cache out to all 5 teams.",
    "Den Build-Cache für alle 5 Teams ausgerollt.",
    "De deploy-pijplijn voor alle 6 teams versneld.",
    # Words that end like a Dutch or Italian plural but count nothing.
    "Die 3 waren schnell fertig.",
    "Het is 2 jaar geleden.",
    "Returns 403 forbidden now.",
    # A participle ends its clause in German and Dutch; a range's end is a value.
    "Wir haben 3 gefunden.",
    "We hebben er 2 verschoven, de rest volgt.",
    "Het standup van 10 naar 11 verschoven.",
    # ... but after an adverb or a pronoun it is the verb.
    "Python 3 still works here.",
    "The other 151 it shows only once.",
    # One of a borrowed word is English too: "1 endpoint" is no count of a plural.
    "Moved 1 endpoint behind the gateway.",
    # "~3m" may be minutes: only k and M scale a figure after "~".
    "Back in ~3m.",
]


@pytest.mark.parametrize(("text", "want"), COUNTS, ids=[c[0] for c in COUNTS])
def test_counts(text: str, want: Want) -> None:
    got = [(m.text, m.value, m.unit) for m in find_metrics(text)]
    assert got == [(t, float(v) if v is not None else None, u) for t, v, u in want]


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_figures_that_count_nothing(text: str) -> None:
    assert find_metrics(text) == []


# Current, charge, power and energy, as firmware work measures them; "ma" is no unit in
# the Romance languages ("5 ma non basta").
ELECTRIC: list[tuple[str, Want]] = [
    ("Sleep current went from 180 µA to 35 µA.", [("180 µA", 180, "uA"), ("35 µA", 35, "uA")]),
    ("The 2000 mAh cell now lasts a week.", [("2000 mAh", 2000, "mAh")]),
    ("Radio idle draw is down to 12 mW.", [("12 mW", 12, "mW")]),
    ("Ne ho provati 5 ma nessuno funziona.", [("5", 5, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), ELECTRIC, ids=[r[0] for r in ELECTRIC])
def test_electric_units(text: str, want: Want) -> None:
    got = [(m.text, m.value, m.unit) for m in find_metrics(text)]
    assert got == [(t, float(v) if v is not None else None, u) for t, v, u in want]
