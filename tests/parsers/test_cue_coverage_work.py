"""Work, learning and goal cues said in the words and languages the cue tables first lacked.

The cues were first shaped reply by reply, so a phrase was often read in English but not in
its Spanish or Dutch twin, in one tense but not another, or not by its common synonym
("got up to speed on", "brushed up on", "tried my hand at"). Each row is one sentence a
user could write, read as an entry of its own: its kind is what the user would expect to
see in their log. The rows are written per concept in every language replies come in, with
ordinary work sentences beside them that must keep their kind.
"""

from __future__ import annotations

import pytest

from tests.parsers.test_kinds_prose import TALK, _entries


def _kinds(prompt: str, text: str) -> list[str]:
    return [kind for kind, _ in _entries(prompt, text)]


# Learning, said with a synonym or in another tense or language: a skill, also in a weekly
# reply (whose prior is evidence) and in a monthly one that names someone or counts a result.
LEARNING: list[tuple[str, str]] = [
    ("weekly", "Picked up enough Terraform this week to review the infra PRs myself."),
    ("weekly", "picking up some Go on the side, about halfway through the tour"),
    ("weekly", "Got up to speed on the reconciliation code in the ledger service."),
    ("weekly", "Brushed up on SQL window functions for the reporting rewrite."),
    ("weekly", "Taught myself enough eBPF to trace the slow syscalls."),
    ("weekly", "Passed the AWS Solutions Architect certification on Thursday."),
    ("weekly", "Got my CKA certification."),
    ("weekly", "Went to a two-day workshop on threat modelling."),
    ("weekly", "Joined the internal workshop on incident command."),
    ("weekly", "Signed up for a course on distributed systems and did the first module."),
    ("weekly", "Working through the Kubernetes the Hard Way tutorial, on step 6."),
    ("weekly", "Habe mich in Terraform eingelesen."),
    ("weekly", "Einen Kurs zu Kubernetes-Networking gemacht."),
    ("weekly", "Den Workshop zu Threat Modeling besucht."),
    ("weekly", "Endlich die AWS-Zertifizierung bestanden, im zweiten Anlauf."),
    ("weekly", "Ich habe mir selbst Go beigebracht."),
    ("weekly", "Das offizielle Go-Tutorial komplett durchgearbeitet."),
    ("weekly", "He aprendido a perfilar consultas en ClickHouse."),
    ("weekly", "Terminé un curso de Kubernetes."),
    ("weekly", "Hice un taller de modelado de amenazas."),
    ("weekly", "Saqué la certificación de AWS."),
    ("weekly", "Me puse al día con el código de facturación."),
    ("weekly", "Tenho aprendido bastante sobre Kafka."),
    ("weekly", "Terminei um curso de Kubernetes."),
    ("weekly", "Fiz um workshop de modelagem de ameaças."),
    ("weekly", "Tirei a certificação da AWS."),
    ("weekly", "J'ai suivi un atelier sur le threat modeling."),
    ("weekly", "J'ai obtenu la certification AWS."),
    ("weekly", "Je me suis formée à Terraform cette semaine."),
    ("weekly", "Je suis montée en compétence sur Kafka."),
    ("weekly", "J'ai terminé un tutoriel sur Rust."),
    ("weekly", "Ik ben Go aan het leren."),
    ("weekly", "Een cursus Kubernetes gevolgd."),
    ("weekly", "Een workshop over threat modeling gevolgd."),
    ("weekly", "Me ingelezen in de Kafka-documentatie."),
    ("weekly", "Eindelijk de AWS-certificering gehaald, tweede poging."),
    ("weekly", "Ho studiato il modello di permessi di AWS."),
    ("weekly", "Ho fatto un workshop sul threat modeling."),
    ("weekly", "Ho preso la certificazione AWS."),
    ("weekly", "Ho finito un corso su Kubernetes."),
    ("monthly", "Picked up the basics of Kotlin coroutines while fixing the sync crash with Omar."),
    ("monthly", "Got up to speed on the payouts service; my first fix there cut retries by 30%."),
    ("monthly", "Passed the CKA certification, 88%."),
    # practice: a first try, a hand tried, exercises done
    ("weekly", "Tried my hand at writing the Rego policies for the deploy gate."),
    ("weekly", "Made my first attempt at a Terraform module for the queue."),
    ("weekly", "He practicado entrevistas de system design con el equipo de plataforma."),
    ("weekly", "Mi sono esercitato a scrivere query PromQL per gli allarmi."),
    ("weekly", "Tried Rego for the first time to write the deploy gate policy."),
    ("weekly", "Got some practice writing postmortems this week, two of them."),
    ("weekly", "Probé Rego por primera vez para la política de despliegue."),
    ("weekly", "Testei Rego pela primeira vez na política de deploy."),
    ("weekly", "J'ai essayé Rego pour la première fois pour la politique de déploiement."),
    ("weekly", "Zum ersten Mal Rego für die Deploy-Policy ausprobiert."),
    ("weekly", "Voor het eerst Rego geprobeerd voor de deploy-policy."),
    ("weekly", "Ho provato Rego per la prima volta per la policy di deploy."),
    # the other tenses and persons: "Estudei", "en train d'apprendre", "angefangen, Rust zu
    # lernen", "Ik wil Go leren", a first try or a certification in every language
    ("weekly", "Estudei o modelo de permissões da AWS para a certificação."),
    ("weekly", "Estou estudando Kafka com o livro da Confluent nas horas vagas."),
    ("weekly", "Je suis en train d'apprendre Rust, lentement."),
    ("weekly", "Ich habe angefangen, Rust zu lernen, mit dem offiziellen Buch."),
    ("weekly", "Ik wil Go leren, ben begonnen met de tour."),
    ("weekly", "Ho iniziato a imparare Rust con il libro ufficiale."),
    ("weekly", "Empecé a aprender Rust con el libro oficial."),
    ("weekly", "Comecei a aprender Rust com o livro oficial."),
    ("weekly", "Finally wrapped my head around the Kafka rebalancing protocol."),
    ("weekly", "Leveled up on Postgres query plans while chasing the slow report."),
    ("weekly", "Watched the whole Strange Loop lecture series on CRDTs."),
    ("weekly", "Me certifiqué como entrevistadora de system design."),
    ("weekly", "Me certifiquei como entrevistadora de system design."),
    ("weekly", "Mi sono certificata come intervistatrice di system design."),
    ("weekly", "Ich bin jetzt als Interviewerin für System Design zertifiziert."),
    ("weekly", "Je suis maintenant certifiée comme intervieweuse system design."),
    ("weekly", "Ik ben nu gecertificeerd als interviewer voor system design."),
    ("weekly", "Need to practise giving the demo without notes, did two runs."),
    ("weekly", "Mi primer intento de escribir una política en Rego, funcionó a medias."),
    ("weekly", "Mein erster Versuch mit einer Rego-Policy, halb funktioniert."),
    ("weekly", "Ma première tentative d'écrire une politique Rego, à moitié réussie."),
    ("weekly", "Mijn eerste poging om een Rego-policy te schrijven, half gelukt."),
    ("weekly", "Il mio primo tentativo di scrivere una policy Rego, riuscito a metà."),
    ("weekly", "A minha primeira tentativa de escrever uma política Rego, meio que funcionou."),
]


@pytest.mark.parametrize(("prompt", "text"), LEARNING, ids=[r[1] for r in LEARNING])
def test_learning_said_otherwise_is_a_skill(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["skill"]


# Work that shares a word with learning ("picked up", "went to", "cert", "workshop", a
# course verb with no course) stays evidence.
NOT_LEARNING = [
    "Picked up some extra on-call tickets this week, closed 9 of them.",
    "Went to the datacenter to swap the failed disks on the storage nodes.",
    "Joined the incident bridge and rolled back the bad deploy.",
    "Got the TLS cert renewed for all 14 merchant domains.",
    "Picked up the checkout migration from Linus and finished the cutover.",
    "Ho preso in carico il ticket della migrazione dei pagamenti.",
    "Den Workshop-Raum für das Offsite gebucht und die Agenda verschickt.",
    "He terminado la migración de los workers de facturación.",
    "Fiz o deploy do novo serviço de pagamentos na sexta.",
    "Fixed the certificate rotation so the gateway stops failing at 2am.",
    "Renewed the expired certificato TLS on the payments gateway.",
    # a model's training, an exam service, a system certified, context picked up, work
    # "in progress" ("en curso", "in corso", "en cours"), paperwork ("la pratica")
    "Training van het fraudemodel afgerond, de AUC ging van 0,81 naar 0,86.",
    "Got the exam scheduling service back up after the outage.",
    "Das Zahlungssystem wurde nach PCI DSS zertifiziert, Audit ohne Befunde.",
    "El sistema de pagos fue certificado PCI sin observaciones.",
    "Picked up some context from the old tickets and fixed the retry bug.",
    "Terminé la migración en curso de los workers de facturación.",
    "Ho completato la migrazione in corso dei worker di fatturazione.",
    "J'ai fini les tests en cours sur le client HTTP.",
    "Ho fatto la pratica per il rinnovo del certificato TLS.",
    "Die Wechselkurse werden jetzt stündlich aktualisiert statt täglich.",
    "Ran the new deploy pipeline for the first time on prod, zero rollbacks.",
]


@pytest.mark.parametrize("text", NOT_LEARNING)
def test_work_sharing_a_learning_word_stays_evidence(text: str) -> None:
    assert _kinds("weekly", text) == ["evidence"]


@pytest.mark.parametrize("prompt", ["weekly", "monthly"])
def test_meeting_someone_for_the_first_time_is_no_first_try(prompt: str) -> None:
    text = "Met Kofi Mensah from QA for the first time, he owns the device lab."
    assert _kinds(prompt, text) == ["relationship"]


# Work reported delivered, with the verbs and tenses the tables lacked ("Deployed …", "We
# shipped …", "Fiz o deploy …", "… gemigreerd"): evidence in a monthly reply (whose prior is
# a skill), in a brief ("went live", "ya está en producción"), and in a quarterly reply.
DELIVERED: list[tuple[str, str]] = [
    ("monthly", "Deployed the new rate limiter to every region before the sale."),
    ("monthly", "Decommissioned the old Jenkins box and its 14 pipelines."),
    ("monthly", "Automated the certificate renewal for the payment gateways."),
    ("monthly", "Went live with the new invoice export on the 12th."),
    ("monthly", "We shipped the iOS home screen widget at last."),
    ("monthly", "Then I deployed the fraud scorer on the new GPU nodes."),
    ("monthly", "Den neuen Rate-Limiter in allen Regionen ausgerollt."),
    ("monthly", "Die Cronjobs auf Kubernetes migriert, keine manuellen Neustarts mehr."),
    ("monthly", "De cronjobs naar Kubernetes gemigreerd."),
    ("monthly", "Déployé le nouveau limiteur de débit dans toutes les régions."),
    ("monthly", "On a livré l'export des factures avant la clôture."),
    ("monthly", "J'ai lancé le nouveau tableau de bord des paiements."),
    ("monthly", "Migré los cron jobs a Kubernetes, sin reinicios manuales."),
    ("monthly", "Desplegué el nuevo limitador de tasa en todas las regiones."),
    ("monthly", "Hemos lanzado la nueva exportación de facturas."),
    ("monthly", "Fiz o deploy do novo serviço de pagamentos na sexta."),
    ("monthly", "Ho lanciato il nuovo cruscotto dei pagamenti."),
    ("monthly", "Ho messo in produzione il nuovo limitatore di richieste."),
    ("monthly", "Abbiamo rilasciato il nuovo export delle fatture."),
    # after a first "then", "and" in the other languages, or the verb last
    ("monthly", "Et déployé le nouveau limiteur de débit dans toutes les régions."),
    ("monthly", "Puis livré l'export des factures avant la clôture."),
    ("monthly", "Poi rilasciato il nuovo export delle fatture per la contabilità."),
    ("monthly", "Daarna de nieuwe factuurexport opgeleverd voor finance."),
    ("monthly", "Luego entregado el export de facturas al equipo de finanzas."),
    ("monthly", "Depois entregue o export de faturas para o financeiro."),
    # the perfect, and the German verb last
    ("monthly", "Since then I've shipped the invoice export for the finance folks."),
    ("monthly", "By now we have migrated all the cron jobs to Kubernetes."),
    ("monthly", "Die neue Exportfunktion habe ich letzte Woche geliefert."),
    ("brief", "Told Omar the payouts backfill went live on Tuesday."),
    ("brief", "the ledger export has shipped, merchants are using it"),
    ("brief", "The new rate limiter is now in production everywhere."),
    ("brief", "El nuevo limitador ya está en producción."),
    ("brief", "O novo exportador já está em produção."),
    ("brief", "Il nuovo export è in produzione da lunedì."),
    ("brief", "De nieuwe export staat live sinds maandag."),
    # finished, said otherwise: "wrapped up", "got merged", "ist erledigt", "is af", "est
    # bouclée", "foi concluída", "fue completada", "è stata completata"
    ("brief", "the vault migration is wrapped up, no more dual writes"),
    ("brief", "the retry budget PR got merged yesterday after two rounds"),
    ("brief", "the new dashboard has gone live for all merchants"),
    ("brief", "Die Migration der Abos ist erledigt, keine Doppelbuchungen mehr."),
    ("brief", "De migratie van de abonnementen is af."),
    ("brief", "La migration des abonnements est bouclée depuis lundi."),
    ("brief", "A migração das assinaturas foi concluída na segunda."),
    ("brief", "La migración de las suscripciones fue completada el lunes."),
    ("brief", "La migrazione degli abbonamenti è stata completata lunedì."),
    ("quarterly", "Rolled out the new on-call tooling across the org."),
    ("quarterly", "Migrated all 40 services to the new service mesh."),
    ("quarterly", "Lancé el nuevo portal de desarrolladores."),
    ("quarterly", "J'ai déployé le nouveau portail développeurs."),
]


@pytest.mark.parametrize(("prompt", "text"), DELIVERED, ids=[r[1] for r in DELIVERED])
def test_delivered_work_is_evidence(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["evidence"]


# What only sounds delivered keeps its kind: a monthly note of one's own first try, a
# migration still to do, a brief's note on the person's team that shipped nothing.
NOT_DELIVERED: list[tuple[str, str, str]] = [
    ("monthly", "Deployed my first Helm chart by myself, learned a lot about values files.",
     "skill"),
    ("monthly", "Die alten Cronjobs müssen noch migriert werden.", "skill"),
    ("brief", "Her team has shipped nothing since March, she is worried about headcount.",
     "relationship"),
    ("brief", "Dorothy thinks the migration is done too early.", "relationship"),
    ("brief", "Ze is af en toe ziek, wil minder on-call doen.", "relationship"),
    ("brief", "Dana is looking for a speaker for the next guild meeting.", "relationship"),
    ("quarterly", "Staff packet still not done, need two more examples.", "goal"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "text", "kind"), NOT_DELIVERED, ids=[r[1] for r in NOT_DELIVERED]
)
def test_what_only_sounds_delivered_keeps_its_kind(prompt: str, text: str, kind: str) -> None:
    assert _kinds(prompt, text) == [kind]


# A label or a topic said first gives the item its kind, in every language: learning or
# training ("Gelernt:", "Formação:"), colleagues ("Kollegen:", "Collega's:"), a goal's words
# ("Obiettivi:", "Promoción:", "Metas:"), results ("Erfolge:", "Logros:"), a topic before a
# comma ("On the people side, …", "Qua mensen, …", "Lato persone, …").
LABELLED: list[tuple[str, str, str]] = [
    ("weekly", "Lernen: die Ownership-Regeln von Rust endlich verstanden.", "skill"),
    ("weekly", "Weiterbildung: zwei Tage Kubernetes-Networking angefangen.", "skill"),
    ("weekly", "Apprentissage : les règles d'ownership de Rust, enfin claires.", "skill"),
    ("weekly", "Formation : deux jours sur le réseau Kubernetes.", "skill"),
    ("weekly", "Aprendizaje: cómo leer un flamegraph en el perfilador.", "skill"),
    ("weekly", "Aprendido: cómo leer flamegraphs en el perfilador.", "skill"),
    ("weekly", "Aprendizado: como ler um flamegraph no profiler.", "skill"),
    ("weekly", "Formação: dois dias sobre a rede do Kubernetes.", "skill"),
    ("weekly", "Leren: de ownership-regels van Rust eindelijk begrepen.", "skill"),
    ("weekly", "Opleiding: twee dagen over Kubernetes-netwerken.", "skill"),
    ("weekly", "Apprendimento: le regole di ownership di Rust, finalmente chiare.", "skill"),
    ("weekly", "Formazione: due giorni sulla rete di Kubernetes.", "skill"),
    ("weekly", "Kollegen: Jonas Weber übernimmt ab Januar das Billing-Team.", "relationship"),
    ("weekly", "Menschen: Jonas Weber übernimmt ab Januar das Billing-Team.", "relationship"),
    ("weekly", "Collègues : Léa Martin reprend l'équipe Risque en janvier.", "relationship"),
    (
        "weekly",
        "Colegas: Lucía Fernández se queda con el equipo de Riesgos en enero.",
        "relationship",
    ),
    ("weekly", "Colegas: o Thiago Souza assume o time de Mobile em janeiro.", "relationship"),
    ("weekly", "Collega's: Sanne Jansen neemt in januari het Security-team over.", "relationship"),
    ("weekly", "Colleghi: Chiara Rossi passa al team Mobile a gennaio.", "relationship"),
    ("weekly", "Colleagues: Kofi Mensah takes over the QA team in January.", "relationship"),
    ("weekly", "Obiettivi: il pacchetto per Staff è quasi pronto.", "goal"),
    ("weekly", "Objetivos: el paquete para Staff está casi listo.", "goal"),
    ("weekly", "Nuevo objetivo: liderar una iniciativa entre equipos.", "goal"),
    ("weekly", "Metas: o pacote para Staff está quase pronto.", "goal"),
    ("monthly", "Erfolge: das neue Onboarding-Handbuch für das Team geschrieben.", "evidence"),
    ("monthly", "Ergebnisse: das neue Onboarding-Handbuch für das Team geschrieben.", "evidence"),
    ("monthly", "Réalisations : le nouveau guide d'astreinte pour l'équipe.", "evidence"),
    ("monthly", "Résultats : le nouveau guide d'astreinte pour l'équipe.", "evidence"),
    ("monthly", "Logros: la nueva guía de guardias para el equipo.", "evidence"),
    ("monthly", "Resultados: o novo guia de plantão para o time.", "evidence"),
    ("monthly", "Conquistas: o novo guia de plantão para o time.", "evidence"),
    ("monthly", "Resultaten: de nieuwe on-call-handleiding voor het team.", "evidence"),
    ("monthly", "Risultati: la nuova guida per la reperibilità del team.", "evidence"),
    ("monthly", "Impatto: la nuova guida per la reperibilità del team.", "evidence"),
    ("monthly", "Achievements: wrote the new on-call handbook for the team.", "evidence"),
    ("monthly", "Accomplishments: wrote the new on-call handbook for the team.", "evidence"),
    ("weekly", "On the people side, Kofi Mensah takes over QA in January.", "relationship"),
    ("weekly", "Qua mensen, Sanne Jansen neemt in januari Security over.", "relationship"),
    ("weekly", "Lato persone, Chiara Rossi passa al team Mobile a gennaio.", "relationship"),
    ("weekly", "In Sachen Leute, Jonas Weber übernimmt ab Januar Billing.", "relationship"),
    ("weekly", "Quant aux personnes, Léa Martin reprend l'équipe Risque.", "relationship"),
]


@pytest.mark.parametrize(("prompt", "text", "kind"), LABELLED, ids=[r[1] for r in LABELLED])
def test_a_label_in_any_language_gives_the_kind(prompt: str, text: str, kind: str) -> None:
    assert _kinds(prompt, text) == [kind]


# Labels that only look like one keep the content's kind: an English "Meta note:", a model's
# "Training:", a topic that is no kind's word ("Qua performance, …", "As for the flaky tests").
NOT_LABELLED = [
    "Meta note: the payouts backfill finished on Monday, 2 days early.",
    "Training: the fraud model now retrains nightly in 25 minutes instead of 3 hours.",
    "Qua performance, de p99 van de checkout is van 900 naar 300 ms.",
    "As for the flaky tests, I quarantined 28 of them and fixed 11.",
    "Course correction: moved the launch to March and cut the scope to the EU.",
    "Stakeholders: Payments, Risk and Ledger signed off on the idempotency RFC.",
]


@pytest.mark.parametrize("text", NOT_LABELLED)
def test_a_word_that_only_looks_like_a_label_does_not_set_the_kind(text: str) -> None:
    assert _kinds("weekly", text) == ["evidence"]


# The user's talk goal named in Spanish ("ponencia"), or a goal called "mi meta", "a minha
# meta": a weekly line that does so is that goal's progress; a proposal sent to a named
# conference ("la PyCon", "a QCon") is the conference talk's.
GOAL_WORDS: list[tuple[str, str, str | None]] = [
    ("weekly", "Mandé mi ponencia a la PyCon España.", TALK),
    ("quarterly", "Ponencia: propuesta enviada a la PyCon, respuesta en febrero.", TALK),
    ("weekly", "Esta semana mandé la propuesta a la PyCon, así avanza mi meta.", TALK),
    ("weekly", "Mandei a proposta para a QCon, a minha meta finalmente andou.", TALK),
    # a congress: the conference in its other word
    ("weekly", "Mandé la propuesta al congreso de la PyCon para la charla de octubre.", TALK),
]


@pytest.mark.parametrize(("prompt", "text", "goal"), GOAL_WORDS, ids=[r[1] for r in GOAL_WORDS])
def test_the_users_goal_named_in_its_words(prompt: str, text: str, goal: str | None) -> None:
    assert _entries(prompt, text) == [("goal", goal)]


# A quarterly line said to be off the goals, in the words and languages the table lacked
# ("Not goal-related", "Off-goal:", "Sin relación con mis objetivos", "Pas lié à mes
# objectifs", "Unabhängig von meinen Zielen", "Non legato ai miei obiettivi"): evidence.
OFF_GOALS = [
    "Not goal-related, but I rewrote the on-call handbook for the team.",
    "Off-goal: hired two engineers for the team, both accepted.",
    "Unrelated to any of my goals, I rewrote the on-call handbook.",
    "Nothing to do with my goals, but I took over the hiring loop.",
    "Not tied to any goal: moved the team to trunk-based development.",
    "Sin relación con mis objetivos: contraté a dos ingenieros para el equipo.",
    "No relacionado con los objetivos: reescribí el manual de guardias.",
    "Pas lié à mes objectifs : j'ai recruté deux ingénieurs pour l'équipe.",
    "Unabhängig von meinen Zielen: zwei Leute fürs Team eingestellt.",
    "Hat nichts mit meinen Zielen zu tun, aber ich habe das On-Call-Handbuch neu geschrieben.",
    "Niet gerelateerd aan mijn doelen: twee mensen aangenomen voor het team.",
    "Sem relação com as metas: contratei duas pessoas para o time.",
    "Não tem a ver com os objetivos: reescrevi o manual de plantão.",
    "Non legato ai miei obiettivi: ho assunto due persone per il team.",
    "Niente a che vedere con gli obiettivi: ho riscritto il manuale di reperibilità.",
]


@pytest.mark.parametrize("text", OFF_GOALS)
def test_a_line_off_the_goals_is_evidence(text: str) -> None:
    assert _kinds("quarterly", text) == ["evidence"]


# A line that says little was done for a goal still speaks of that goal.
ON_THE_GOALS = [
    "Still nothing for the talk goal, no CFP open before March.",
    "Not much progress toward the Staff goal; calibration moved to May.",
    "The talk goal is stuck, no CFP open before March.",
]


@pytest.mark.parametrize("text", ON_THE_GOALS)
def test_a_line_on_a_goal_is_that_goals(text: str) -> None:
    assert _kinds("quarterly", text) == ["goal"]


# A result said with an arrow ("410ms → 95ms"), the new figure first ("down to 40 min from
# 3 hours", "12 minutes (was 40)"), a verb of change ("Halved …", "Ho dimezzato …", "… halbiert")
# or a count of things done after the work ("46 stale alerts retired", "46 alertas migradas"):
# evidence, in a monthly reply whose prior is a skill, a quarterly one and a brief.
RESULTS: list[tuple[str, str]] = [
    ("monthly", "p99 on the balance endpoint 410ms → 95ms after the index change."),
    ("monthly", "Nightly build of the monorepo 48 min -> 11 min."),
    ("monthly", "Cold start of the checkout lambda 8s => 2s."),
    ("monthly", "Brought the nightly batch down to 40 min from 3 hours."),
    ("monthly", "The reconciliation job now takes 12 minutes (was 40)."),
    ("monthly", "Halved the build time of the monorepo."),
    ("monthly", "Sped up the invoice export for the finance team."),
    ("monthly", "Die Build-Zeit des Monorepos halbiert."),
    ("monthly", "Den nächtlichen Batch deutlich beschleunigt."),
    ("monthly", "J'ai réduit le temps de build du monorepo de moitié."),
    ("monthly", "Reduje a la mitad el tiempo de build del monorepo."),
    ("monthly", "Reduzi pela metade o tempo de build do monorepo."),
    ("monthly", "Ho dimezzato il tempo di build del monorepo."),
    ("monthly", "De buildtijd van de monorepo gehalveerd."),
    ("quarterly", "Build time 40 min → 12 min for the whole org."),
    ("brief", "checkout p95 1.9s → 0.7s since the CDN change"),
    ("monthly", "Cleanup day with Ines from Design, 46 stale alerts retired."),
    ("monthly", "Bug triage with Priya, 38 tickets triaged and 12 closed."),
    ("monthly", "Nettoyage avec Ines, 46 alertes migrées vers le nouveau système."),
    ("monthly", "Limpieza con Inés, 46 alertas migradas al nuevo sistema."),
    ("monthly", "Pulizia con Ines, 46 allarmi migrati al nuovo sistema."),
    ("monthly", "Opruimdag met Ines, 46 alerts gemigreerd naar het nieuwe systeem."),
    ("monthly", "Aufräumtag mit Ines, 46 Alarme automatisiert."),
    ("monthly", "Cleanup week with Omar: retired 46 stale alerts."),
]


@pytest.mark.parametrize(("prompt", "text"), RESULTS, ids=[r[1] for r in RESULTS])
def test_a_result_said_otherwise_is_evidence(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["evidence"]


# What only looks like a result keeps its kind: "doubled down on", a change of version
# ("v1 -> v2"), a count of mentees, improving one's own SQL.
NOT_RESULTS: list[tuple[str, str, str]] = [
    ("monthly", "Doubled down on code reviews for the new hires this month.", "skill"),
    ("monthly", "Now mentoring 3 juniors (was 1), every Friday.", "relationship"),
    ("weekly", "Walked Priya through the v1 -> v2 migration plan.", "relationship"),
    ("monthly", "Improved my SQL a lot by pairing on the reporting queries.", "skill"),
]


@pytest.mark.parametrize(("prompt", "text", "kind"), NOT_RESULTS, ids=[r[1] for r in NOT_RESULTS])
def test_what_only_looks_like_a_result_keeps_its_kind(prompt: str, text: str, kind: str) -> None:
    assert _kinds(prompt, text) == [kind]


# A quarterly line that measures a change and speaks of the goal's gap ("not there yet",
# "the target is", "noch nicht", "el objetivo son", "nog niet gehaald") is that goal's
# update, in every language; one that only reports the change is evidence.
GOAL_GAPS: list[tuple[str, str]] = [
    ("Noch nicht ganz da: p99 von 400 auf 250 ms, Ziel sind 200 ms.", "goal"),
    ("Pas encore atteint : p99 de 400 à 250 ms, l'objectif est 200 ms.", "goal"),
    ("Todavía no: p99 de 400 a 250 ms, el objetivo son 200 ms.", "goal"),
    ("Ainda não: p99 de 400 para 250 ms, a meta é 200 ms.", "goal"),
    ("Nog niet gehaald: p99 van 400 naar 250 ms, het doel is 200 ms.", "goal"),
    ("Non ancora: p99 da 400 a 250 ms, l'obiettivo è 200 ms.", "goal"),
    ("Not there yet: p99 from 400 to 250 ms, target is 200 ms.", "goal"),
    ("Nebenbei: Onboarding von 3 Wochen auf 8 Tage gesenkt.", "evidence"),
    ("De passage : l'onboarding est passé de 3 semaines à 8 jours.", "evidence"),
    ("Además: el onboarding bajó de 3 semanas a 8 días.", "evidence"),
]


@pytest.mark.parametrize(("text", "kind"), GOAL_GAPS, ids=[g[0] for g in GOAL_GAPS])
def test_a_measured_quarterly_line_speaking_of_the_gap_is_the_goals(text: str, kind: str) -> None:
    assert _kinds("quarterly", text) == [kind]


# A quarterly line that opens by saying what the user now leads or became, in every
# language ("Ahora lidero …", "Ich leite jetzt …", "Je suis devenue …", "Ik ben …
# geworden"), is evidence; one that goes on to a goal's gap is that goal's.
ACHIEVED: list[tuple[str, str]] = [
    ("Ahora lidero el programa de fiabilidad de pagos, 12 personas en 3 equipos.", "evidence"),
    ("Agora lidero o programa de confiabilidade de pagamentos.", "evidence"),
    ("Ich leite jetzt das Zuverlässigkeitsprogramm für Zahlungen.", "evidence"),
    ("Je pilote désormais le programme de fiabilité des paiements.", "evidence"),
    ("Ora guido il programma di affidabilità dei pagamenti.", "evidence"),
    ("Ik leid nu het betrouwbaarheidsprogramma voor betalingen.", "evidence"),
    ("Me convertí en la responsable de guardias de toda la organización.", "evidence"),
    ("Je suis devenue responsable de l'astreinte pour toute l'organisation.", "evidence"),
    ("Sono diventata responsabile della reperibilità per tutta l'organizzazione.", "evidence"),
    ("Ich bin zur Verantwortlichen für die Rufbereitschaft geworden.", "evidence"),
    ("Ik ben eigenaar geworden van de on-call-rotatie voor de hele organisatie.", "evidence"),
    ("Passei a ser responsável pelo plantão de toda a organização.", "evidence"),
    ("Ich leite jetzt das Programm, aber für Staff fehlt noch ein Sponsor.", "goal"),
    ("Ahora lidero el programa, pero todavía no tengo sponsor para Staff.", "goal"),
]


@pytest.mark.parametrize(("text", "kind"), ACHIEVED, ids=[a[0] for a in ACHIEVED])
def test_what_the_user_now_leads_or_became(text: str, kind: str) -> None:
    assert _kinds("quarterly", text) == [kind]
