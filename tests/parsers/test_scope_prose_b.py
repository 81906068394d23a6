"""Scope read from prose, second round (issue 15, point 4): each table row is one rule, in
the languages replies come in; rows whose answer is the old one show where a rule must stop.
"""

from __future__ import annotations

import pytest

from careerlog.parsers.scope import find_plain_scope, find_scope

# Reach stated in the text of a piece of evidence.
SCOPES: list[tuple[str, str | None]] = [
    # German and Dutch write a kind of team as one word: "3 betaalteams", "drei Produktteams".
    ("Certificaatvernieuwing geautomatiseerd voor de 3 betaalteams.", "multi-team"),
    ("Den Build-Cache für drei Produktteams ausgerollt.", "multi-team"),
    ("Den Build-Cache für 4 Plattform-Teams ausgerollt.", "multi-team"),
    # A capitalised customer word in a list of names is a team's name...
    ("The API guideline got adopted by Mobile, Web and Partners.", "multi-team"),
    ("Die Richtlinie wurde von Mobile, Web und Partners übernommen.", "multi-team"),
    ("La règle a été adoptée par Mobile, Web et Partners.", "multi-team"),
    ("La guía la adoptaron Mobile, Web y Partners.", "multi-team"),
    ("A diretriz foi adotada por Mobile, Web e Partners.", "multi-team"),
    ("La linea guida è stata adottata da Mobile, Web e Partners.", "multi-team"),
    ("De richtlijn is overgenomen door Mobile, Web en Partners.", "multi-team"),
    # ... but a list of customer words is the audience, capitalised as German nouns are.
    ("Die Auszahlungen sind jetzt für Händler, Käufer und Partner schneller.", "external"),
    ("Shipped it for customers, merchants and partners.", "external"),
    # ... and so is an English one capitalised inside a sentence; German nouns all are.
    ("Got buy-in from Mobile but Partners is still pushing back.", None),
    ("Walked Customers through the new on-call rota.", None),
    ("Merchants see their payouts the same day now.", "external"),
    ("Die neuen Kunden sehen ihre Auszahlungen am selben Tag.", "external"),
    # One partner described as such is a colleague; "a partner" who reports a bug is one.
    ("Kenji Watanabe from Tax has been a great partner.", None),
    ("Lena aus dem Plattform-Team ist ein toller Partner.", None),
    ("Sanne van Security is een fijne partner.", None),
    ("Chiara di Sicurezza è una grande partner.", None),
    ("A partner reported the webhook bug and we fixed it in a day.", "external"),
    # One user stands for them all: "a user can now…", in each language.
    ("A user can now download all their data in one click.", "external"),
    ("Eine Nutzerin kann jetzt alle Daten mit einem Klick exportieren.", "external"),
    ("Un utilisateur peut maintenant télécharger toutes ses données.", "external"),
    ("Un usuario ahora puede descargar todos sus datos.", "external"),
    ("Um usuário agora pode baixar todos os seus dados.", "external"),
    ("Un utente ora può scaricare tutti i suoi dati.", "external"),
    ("Een gebruiker kan nu al zijn data downloaden.", "external"),
    # ... but "a user name", "a user account" are things, not people served.
    ("Fixed a user name bug in the admin tool.", None),
    ("Created a user account for the new contractor.", None),
    # The audience of a public conference is not the user's org.
    ("Gave the partitioning talk at PGConf EU, ~250 people.", None),
    ("Spoke at KubeCon about our mesh, ~300 people in the room.", None),
    ("Talked at the Rust meetup, ~80 people.", None),
    ("Gave my first conference talk, ~120 people.", None),
    ("Presented the migration at the eng all-hands, ~300 ppl.", "org"),
    ("Demoed the tracing UI to ~120 ppl at the guild.", "org"),
]


@pytest.mark.parametrize(("text", "want"), SCOPES, ids=[s[0] for s in SCOPES])
def test_scope(text: str, want: str | None) -> None:
    assert find_scope(text) == want


# A goal's update or a note about a person: reach only where it is said plainly.
PLAIN_SCOPES: list[tuple[str, str | None]] = [
    # "with 2 other teams" is the user's team and two more: three teams.
    ("Current state: I'm leading the build with 2 other teams.", "multi-team"),
    ("Stand: ich leite den Umbau mit zwei anderen Teams.", "multi-team"),
    ("Stand: ik leid de bouw met 2 andere teams.", "multi-team"),
    ("État : je pilote le chantier avec deux autres équipes.", "multi-team"),
    ("Estado: lidero la construcción con otros dos equipos.", "multi-team"),
    ("Estado: estou liderando a construção com outros dois times.", "multi-team"),
    ("Stato: guido il progetto con altri due team.", "multi-team"),
    ("Current state: paired with one other team on it.", None),
    ("Current state: reviewed it with 2 other people.", None),
    # Two teams each stated to act on the user's work ("both").
    ("My first doc that Storage and Compute both sign off on.", "multi-team"),
    ("He wants the data contract signed off by both Ledger and Finance.", "multi-team"),
    ("Das RFC muss sowohl Ledger als auch Finance freigeben.", "multi-team"),
    ("Het RFC moet door zowel Ledger als Finance worden goedgekeurd.", "multi-team"),
    ("Le RFC doit être validé à la fois par Ledger et par Finance.", "multi-team"),
    ("El RFC tiene que aprobarlo tanto Ledger como Finance.", "multi-team"),
    ("O RFC precisa ser aprovado tanto por Ledger quanto por Finance.", "multi-team"),
    ("Il documento deve essere approvato sia da Ledger che da Finance.", "multi-team"),
    ("Priya and Omar both liked the plan.", None),
    ("Cross-team influence: the search ranking RFC got adopted by Ads and Recs.", None),
    # A list of team names after "by" in each language, a customer word among them.
    ("Influence: the API guideline I wrote got adopted by Mobile, Web and Partners.",
     "multi-team"),
    ("Einfluss: die Richtlinie wurde von Mobile, Web und Partners übernommen.", "multi-team"),
    ("Invloed: de richtlijn is overgenomen door Mobile, Web en Partners.", "multi-team"),
    ("Influence : la règle a été adoptée par Mobile, Web et Partners.", "multi-team"),
    ("Influencia: la guía fue adoptada por Mobile, Web y Partners.", "multi-team"),
    ("Influência: a diretriz foi adotada pelo Mobile, Web e Partners.", "multi-team"),
    ("Influenza: la linea guida è stata adottata da Mobile, Web e Partners.", "multi-team"),
    # ... and after "of": the work of three named teams.
    ("Influencia: coordiné la migración a OpenTelemetry de Pagos, Riesgo y Logística.",
     "multi-team"),
    ("Influência: coordenei a migração de Pagamentos, Risco e Logística.", "multi-team"),
    ("Influenza: ho coordinato la migrazione di Pagamenti, Rischio e Logistica.", "multi-team"),
    ("Invloed: de migratie van Betalingen, Risico en Logistiek gecoördineerd.", "multi-team"),
    ("Influence: coordinated the migration of Payments, Risk and Logistics.", "multi-team"),
    ("Influence : la migration de Priya, Omar et Linus est finie.", None),
    ("Kenji Watanabe from Tax has been a great partner, want to keep a monthly sync.", None),
    ("Talk: done, gave it at PGConf EU, ~250 people.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PLAIN_SCOPES, ids=[s[0] for s in PLAIN_SCOPES])
def test_plain_scope(text: str, want: str | None) -> None:
    assert find_plain_scope(text) == want


# Third round: a bank's cardholders or one shopper are the audience; another team named as
# the one the work serves is reach in German and Dutch (English already reads "the Finance
# team"), but not someone "aus dem Plattform-Team"; Portuguese "que envolve 5 times" counts
# teams.
SCOPES_3: list[tuple[str, str | None]] = [
    ("3ds2 challenge flow is live for all EU cardholders.", "external"),
    ("Der 3DS2-Flow ist jetzt für alle Karteninhaber in der EU live.", "external"),
    ("Le flux 3DS2 est en ligne pour tous les titulaires de cartes de l'UE.", "external"),
    ("El flujo 3DS2 ya está activo para todos los titulares de tarjetas de la UE.", "external"),
    ("O fluxo 3DS2 está no ar para todos os titulares de cartão da UE.", "external"),
    ("Il flusso 3DS2 è attivo per tutti i titolari di carta dell'UE.", "external"),
    ("De 3DS2-flow is live voor alle kaarthouders in de EU.", "external"),
    ("Suggestions come back in 40ms instead of 250ms for every shopper on web + app.",
     "external"),
    ("Den Connector ausgerollt, damit braucht das Data-Team keine nächtlichen Dumps mehr.",
     "multi-team"),
    ("Die Abstimmung automatisiert, das spart dem Finance-Team 15 Stunden pro Woche.",
     "multi-team"),
    ("De connector uitgerold, nu heeft het Data-team geen nachtelijke dumps meer nodig.",
     "multi-team"),
    ("Mit dem Team den Connector ausgerollt.", None),
    ("Lena aus dem Plattform-Team hat den Connector reviewt.", None),
    ("Fui nomeado responsável técnico pela migração multi-região, que envolve 5 times.",
     "multi-team"),
    ("Ran the load test 5 times this week.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SCOPES_3, ids=[s[0] for s in SCOPES_3])
def test_scope_round_3(text: str, want: str | None) -> None:
    assert find_scope(text) == want


# Fourth round: a game's players, a clinic's patients, a public service's citizens and "der
# Kunde" are the audience; a head count in each language is an org; "toute l'ingénierie"
# is the org.
SCOPES_4: list[tuple[str, str | None]] = [
    ("The worst frame went from 180 ms to 41 ms, players stopped reporting hitching.", "external"),
    ("Aguantamos 120.000 jugadores concurrentes sin caídas.", "external"),
    ("Les joueurs voient le nouveau menu dès la mise à jour.", "external"),
    ("Das Portal zeigt Patienten ihre Befunde jetzt am selben Tag.", "external"),
    ("Het formulier werkt nu voor alle burgers met een schermlezer.", "external"),
    ("Damit halten die Batterien 3 Jahre, genau das hatte der Kunde gefordert.", "external"),
    ("La stratégie de tests vaut pour toute l'ingénierie.", "org"),
    ("Rollout fatto per circa 70 sviluppatori.", "org"),
    ("Die Richtlinie gilt jetzt für ~80 Entwickler.", "org"),
    ("Los 60 desarrolladores usan ya la nueva plantilla.", "org"),
    # no players negated, nor someone who played
    ("Fixed the save bug before any players hit it.", "external"),
    ("No players were affected by the outage.", None),
    ("Played the new build with Grace for an hour.", None),
    # someone's team said after their name is where they work, not reach
    ("Spent an afternoon with Matteo Gallo from the Security team.", None),
    ("Ho passato un pomeriggio con Matteo Gallo del team Sicurezza.", None),
    ("Got sign-off from the Risk team on the new limits.", "multi-team"),
    # words between a count and "teams"
    ("It's live for all 3 regional support teams.", "multi-team"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SCOPES_4, ids=[s[0] for s in SCOPES_4])
def test_scope_round_4(text: str, want: str | None) -> None:
    assert find_scope(text) == want


# A goal's update counts teams with words between the count and "teams".
PLAIN_4: list[tuple[str, str | None]] = [
    ("I led the engine upgrade across all three game teams.", "multi-team"),
    ("The audit-log pipeline that all 7 clinical product teams write to.", "multi-team"),
    ("Now the standard for all four lab-automation teams.", "multi-team"),
    ("Two product teams still to go.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PLAIN_4, ids=[s[0] for s in PLAIN_4])
def test_plain_scope_round_4(text: str, want: str | None) -> None:
    assert find_plain_scope(text) == want


# Two people acting together are no two teams, their names accented or not.
PEOPLE_NOT_TEAMS: list[tuple[str, str | None]] = [
    ("Mei and Tomás both jumped in on the App Store review, saved us a day.", None),
    ("Priya, Omar and Dana all reviewed it.", None),
    ("Shipped it with help from José and Zoë both.", None),
    ("Storage and Compute both signed off on the plan.", "multi-team"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PEOPLE_NOT_TEAMS, ids=[s[0] for s in PEOPLE_NOT_TEAMS])
def test_people_named_together_are_no_teams(text: str, want: str | None) -> None:
    assert find_scope(text) == want
