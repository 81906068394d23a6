"""Kind from content, and goal links, on single sentences in the seven languages (issue 15).

Each row is one sentence a user writes in a reply, read as an entry of its own: what it is
about decides its kind (the prompt is only the prior), and a goal named in the reply's
language, by a synonym or by speaking at an event links to that goal. The rows were written
from the kinds of sentences the tune replies hold, in every language, not their words.
"""

from __future__ import annotations

import pytest

from careerlog.parsers import ParseContext, parse_message

KNOWN = (
    "Grace Hopper",
    "Linus Chen",
    "Priya Raman",
    "Mei Tanaka",
    "Omar Haddad",
    "Dorothy Vaughan",
    "Hannah Becker",
    "Dana Okafor",
    "Tomás Ortega",
)
STAFF = "Reach Staff Engineer by Q3 2027"
INFLUENCE = "Get better at cross-team influence"
TALK = "Give a talk at an external conference"
SUBJECTS = {
    "weekly": "What did you do this week that had impact? [2026-W47]",
    "monthly": "Skills and relationships this month [2026-11]",
    "quarterly": "Goals and gaps [2026-Q4]",
}


def _entries(prompt: str, text: str, about: str = "Grace Hopper") -> list[tuple[str, str | None]]:
    subject = f"Your 1:1 with {about} is tomorrow" if prompt == "brief" else SUBJECTS[prompt]
    head = (
        "From: Ada Lovelace <ada@example.com>\r\nTo: careerlog <ada+careerlog@example.com>\r\n"
        f"Subject: Re: {subject}\r\nDate: Fri, 20 Nov 2026 17:00:00 -0800\r\n"
        f"Message-ID: <k-{prompt}@example.com>\r\n"
        f"In-Reply-To: <prompt-{prompt}-2026.k@careerlog.invalid>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    ctx = ParseContext(known_people=KNOWN, open_goals=(STAFF, INFLUENCE, TALK))
    reply = parse_message((head + text + "\r\n").encode(), ctx)
    return [(e.kind, e.goal) for e in reply.entries]


# Meeting someone, time with them, close work, talking to them, coffee or lunch with them,
# their help: the point is the person, in a weekly reply (whose prior is evidence) and in a
# monthly one (whose prior is a skill).
RELATIONSHIPS: list[tuple[str, str]] = [
    ("weekly", "Also sat with Priya for an hour going over how the release train works."),
    ("weekly", "Spent an hour with Hannah on the migration plan."),
    ("weekly", "Worked closely with Mei on the ledger export."),
    ("weekly", "paired w/ Omar on the payouts backfill script"),
    ("weekly", "Walked Carlos Mendes from Support through reproducing signature failures."),
    ("weekly", "tomás shadowed me on-call tue/wed and handled his first page solo"),
    ("weekly", "Außerdem hatte ich ein erstes Kennenlerngespräch mit Jonas Keller."),
    ("weekly", "Außerdem mit Hannah die Rollout-Regeln für den Checkout abgestimmt."),
    ("weekly", "Habe mich mit Linus getroffen, um den Plan zu besprechen."),
    ("weekly", "Et j'ai pris un café avec Dana pour caler la roadmap du T1."),
    ("weekly", "J'ai aussi fait une revue de code en binôme avec Hannah sur le client HTTP."),
    ("weekly", "J'ai rencontré Kofi Mensah pour la première fois."),
    ("weekly", "Y me reuní con Lucía Fernández para explicarle el pipeline."),
    ("weekly", "Trabajé codo a codo con Mei en la exportación."),
    ("weekly", "Me reuni com a Mei para revisar o plano."),
    ("weekly", "Ho incontrato Kofi Mensah per la prima volta."),
    ("weekly", "Code review in coppia con Hannah sul nuovo client."),
    ("monthly", "Spent a lot of time with Dorothy on the 2027 capacity forecast."),
    ("monthly", "Worked closely with Rhea from Growth on that, she owns the analytics tags."),
    ("monthly", "Haven't talked to Linus since he moved to Risk, should fix that."),
    ("monthly", "grace offered to review my write-up for the eng blog."),
    ("monthly", "Also started mentoring one of the new grads every Friday."),
    ("monthly", "Quero marcar um café com o Thiago Souza, do time de Mobile."),
    ("monthly", "O Omar me ajudou a revisar as regras."),
    ("monthly", "Omar me ayudó a revisar las reglas."),
    ("monthly", "Omar m'a aidé à relire les règles."),
    ("monthly", "Omar hat mir geholfen, die Regeln zu prüfen."),
    ("monthly", "Omar mi ha aiutato a rivedere le regole."),
    ("monthly", "Trabalhei bastante com o Rafael Souza, da equipe de Plataforma."),
    ("monthly", "Ho lavorato con Giulia Bianchi del team Dati sull'export per la contabilità."),
    ("monthly", "Je n'ai pas parlé à Linus depuis des semaines."),
    ("monthly", "Hace semanas que no hablo con Linus."),
    ("monthly", "Linus shadowed me on two on-call shifts."),
    # Someone and the user doing something together.
    ("monthly", "Mei Tanaka and I now trade code reviews every week."),
    ("monthly", "Priya et moi faisons maintenant les revues de code ensemble."),
    ("monthly", "Priya und ich machen jetzt jede Woche gemeinsame Code-Reviews."),
    # Getting back in touch with someone.
    ("monthly", "Da risentire: Chiara Rossi del team Mobile, non la sento da settimane."),
    ("monthly", "Quiero retomar el contacto con Lucía Fernández."),
    ("monthly", "Ich sollte mich wieder bei Jonas Keller melden."),
    ("monthly", "Je dois reprendre contact avec Léa Martin."),
    # A call or a first meeting with someone, getting to know them.
    ("weekly", "Intro call with Beatriz Lima, the new EM for Observability."),
    ("weekly", "Had a call with Dana about the Q1 roadmap."),
    ("weekly", "Synced with Hannah on the rollout plan."),
    ("weekly", "Got to know Kofi Mensah from the feature store team."),
    ("monthly", "I'd like to get to know Femi Adeyemi better."),
    ("weekly", "Habe Jonas Keller aus dem Data-Team kennengelernt."),
    ("weekly", "Conocí a Lucía Fernández, la nueva data scientist de Riesgos."),
    ("weekly", "Conheci o Thiago Souza, do time de Mobile."),
    ("weekly", "J'ai fait la connaissance de Léa Martin de l'équipe Risque."),
    ("monthly", "Ich treffe mich jetzt alle zwei Wochen mit Dana."),
    # Lunch said with a verb, words between it and the person.
    ("monthly", "Almocei com o Omar, ele quer ir para o time de plataforma."),
    ("monthly", "Côté relations, je déjeune maintenant tous les mois avec Camille Laurent."),
    ("weekly", "coffee w/ dana + sam, both good."),
    # Walking someone through something, accompanying them, shadowing them, their help.
    ("weekly", "Dana asked me to walk the Growth PMs through the results on Monday."),
    ("weekly", "Außerdem Tomás beim Schreiben seines ersten Postmortems begleitet."),
    ("monthly", "Sam asked me to shadow him in the quarterly planning with the directors."),
    ("monthly", "Lena Hoffmann aus dem Plattform-Team hat mir beim Helm-Chart geholfen."),
    # Mentees the user took on: a count of them is no outcome.
    ("quarterly", "I also took on 2 mentees from the new grad cohort."),
    # Standing by someone: "backed up Wen Li on her first on-call shift".
    ("weekly", "also backed up Priya on her first on-call shift, she handled both pages herself."),
    ("weekly", "Stood in for Omar at the incident review while he was out."),
]


@pytest.mark.parametrize(("prompt", "text"), RELATIONSHIPS, ids=[r[1] for r in RELATIONSHIPS])
def test_a_person_is_the_point(prompt: str, text: str) -> None:
    assert _entries(prompt, text) == [("relationship", None)]


# Feedback or a review the user received is a skill, also in a weekly reply and when the
# person who gave it is named; feedback the user gave stays about that person.
FEEDBACK: list[tuple[str, str, str]] = [
    ("weekly", "Linus gave me a thorough review on the retention PR.", "skill"),
    ("weekly", "Priya gave me feedback on my design doc.", "skill"),
    ("monthly", "Priya gave me feedback on my design doc.", "skill"),
    ("weekly", "Useful feedback from Dana on my sprint demo, it runs too long.", "skill"),
    ("weekly", "Hannah m'a fait un retour très utile sur mon RFC.", "skill"),
    ("weekly", "Hannah hat mir gutes Feedback zu meinem RFC gegeben.", "skill"),
    ("weekly", "Hannah me dio muy buen feedback sobre mi RFC.", "skill"),
    ("weekly", "Hannah gaf me goede feedback op mijn RFC.", "skill"),
    ("weekly", "Hannah mi ha dato un ottimo feedback sul mio primo RFC.", "skill"),
    ("weekly", "Gave Tomás feedback on his RFC, mostly about naming the decision.", "relationship"),
    (
        "monthly",
        "et j'ai donné mon premier feedback formel à Tomás pour sa revue de mi-année.",
        "relationship",
    ),
]


@pytest.mark.parametrize(("prompt", "text", "kind"), FEEDBACK, ids=[f[1] for f in FEEDBACK])
def test_feedback_received_is_a_skill(prompt: str, text: str, kind: str) -> None:
    assert _entries(prompt, text) == [(kind, None)]


# Working through a book or a chapter, doing a course or a workshop, is learning.
STUDY: list[tuple[str, str]] = [
    ("weekly", "also finally worked through the borrow checker chapter of the Rust book"),
    ("weekly", "Read the first three chapters of Designing Data-Intensive Applications."),
    ("weekly", "Das Kapitel über Ownership im Rust-Buch durchgearbeitet."),
    ("weekly", "Did the internal Triton workshop, two days of it."),
    ("weekly", "also started the google SRE workbook, 3 chapters in"),
    ("weekly", "Also I did the first session of the internal course about threat modeling."),
    # Learning said in another language wins over the figure the item also reports.
    ("monthly", "Este mes aprendí a perfilar consultas en ClickHouse y bajé el informe de "
     "conciliación de 12 minutos a 40 segundos."),
    ("monthly", "Ce mois-ci j'ai appris à profiler les requêtes et le rapport passe de 12 minutes "
     "à 40 secondes."),
    ("monthly", "Ich lerne gerade Rust, und der Parser ist von 12 auf 4 Sekunden schneller."),
    # getting good at something is learning it, whatever it then found
    ("monthly", "I got decent at eBPF tracing and used it to find why the agent ate 30% CPU."),
    ("monthly", "Finally got comfortable with ClickHouse: storage went from 1.8 TB to 640 GB."),
    ("weekly", "Got the hang of Terraform workspaces, the staging plan is 40% shorter."),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text"), STUDY, ids=[s[1] for s in STUDY])
def test_study_is_a_skill(prompt: str, text: str) -> None:
    assert _entries(prompt, text) == [("skill", None)]


# What someone told the user about their work is feedback, though not called so.
VERDICTS: list[tuple[str, str, str]] = [
    ("monthly", "Since we started pairing, Mei told me that my PRs are easier to review.", "Mei"),
    ("monthly", "Dopo il pairing, Linus mi ha detto che sono troppo pignolo sui nomi.", "Linus"),
    ("brief", "She said my demos run too long, aim for 5 minutes.", "Dana Okafor"),
    ("brief", "Elle trouve que mes RFC sont trop longues.", "Priya Raman"),
    ("brief", "Sie sagt, meine Design-Docs sind zu lang.", "Priya Raman"),
    ("brief", "Dice que mis estimaciones mejoraron mucho.", "Priya Raman"),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text", "about"), VERDICTS, ids=[v[1] for v in VERDICTS])
def test_a_verdict_on_the_users_work_is_feedback(prompt: str, text: str, about: str) -> None:
    assert _entries(prompt, text, about) == [("skill", None)]


# A monthly item reporting work done with a counted result is evidence, with a person in it.
RESULTS = [
    "ran the accessibility audit on the merchant dashboard with Ines from Design, 46 issues filed",
    "Organised the bug bash with Priya, 30 bugs found.",
    "Audit d'accessibilité avec Ines, 46 problèmes remontés.",
    "Barrierefreiheits-Audit mit Ines gemacht, 46 Probleme gemeldet.",
    "Hice la auditoría de accesibilidad con Inés, 46 problemas encontrados.",
    "Fiz a auditoria de acessibilidade com a Inês, 46 problemas encontrados.",
    "Toegankelijkheidsaudit gedaan met Ines, 46 problemen gevonden.",
    "Fatto l'audit di accessibilità con Ines, 46 problemi segnalati.",
    # a figure that changed, said with "instead of"
    "Invoice PDFs now render in 1.2s instead of 7s, which matters at month-end.",
    # something the user delivered, in the first person after a few words
    "Dans la foulée, j'ai migré nos 5 workers de facturation dessus, plus aucun redémarrage.",
    "Después he migrado los 5 workers de facturación, sin reinicios manuales.",
]


@pytest.mark.parametrize("text", RESULTS)
def test_monthly_work_with_a_result_is_evidence(text: str) -> None:
    assert _entries("monthly", text) == [("evidence", None)]


# A quarterly line that reports a result and says it is off the goals is evidence, as is one
# that opens with "also" or its word in another language.
QUARTERLY_EVIDENCE = [
    "Outside the goals, I took the team's deploy frequency from 3/week to 15/week.",
    "Honestly the big thing this quarter wasn't on my goal list: I took over the on-call "
    "rotation and got pages down from ~90/month to 25/month.",
    "Fuera de los objetivos: bajé el tiempo de build de 40 a 12 minutos.",
    "Außerhalb der Ziele: die Build-Zeit von 40 auf 12 Minuten gesenkt.",
    "also became the owner of the on-call handbook, used by all 9 product teams",
    "Wel geleverd: de migratie van 1,8 miljoen abonnementen naar het nieuwe systeem.",
    "Außerdem geliefert: die Migration von 1,8 Millionen Abos ins neue System.",
]


@pytest.mark.parametrize("text", QUARTERLY_EVIDENCE)
def test_quarterly_result_off_the_goals_is_evidence(text: str) -> None:
    assert [kind for kind, _ in _entries("quarterly", text)] == ["evidence"]


# A brief's notes: what the person wants, agreed or explained is about them; a note that
# speaks of the user's goal (the promotion packet, the talk) is that goal's.
BRIEF: list[tuple[str, str, str, str | None]] = [
    ("Omar Haddad", "Omar wants the payouts contract signed off before we cut over.",
     "relationship", None),
    ("Omar Haddad", "He mentioned Yusuf from Treasury is the person to talk to about FX rates.",
     "relationship", None),
    ("Dana Okafor", "Dana wants to talk to Finance first.", "relationship", None),
    ("Tomás Ortega", "follow-up: send him the staff-level design doc examples",
     "relationship", None),
    ("Dorothy Vaughan", "Dorothy walked me through the capacity model; we need ~40% more "
     "nodes by Q2.", "relationship", None),
    ("Dorothy Vaughan", "Dorothy m'a expliqué le modèle de capacité ; il faut ~40% de nœuds "
     "en plus.", "relationship", None),
    ("Dorothy Vaughan", "Dorothy thinks the Q2 storage forecast is off by ~25% because it "
     "ignores the new EU region.", "relationship", None),
    ("Grace Hopper", "she agreed the packet should lead with the reliability strategy, not "
     "the vault migration", "goal", STAFF),
    ("Grace Hopper", "Elle trouve que mon dossier de promotion est prêt.", "goal", STAFF),
    ("Grace Hopper", "Sie findet, für meine Beförderung fehlt noch ein Projekt.", "goal", STAFF),
    ("Grace Hopper", "Ze vindt mijn promotie nog te vroeg.", "goal", STAFF),
    # "engineering" and "engineers" are everywhere and name no goal, not even Staff Engineer.
    ("Sam Whitfield", "Sam liked the retry budget write-up and wants it shared with the whole "
     "engineering org at the next all-hands.", "relationship", None),
    ("Sam Whitfield", "Sam wants me to onboard 3 new engineers in January.", "relationship", None),
]  # fmt: skip


@pytest.mark.parametrize(("about", "text", "kind", "goal"), BRIEF, ids=[b[1] for b in BRIEF])
def test_brief_notes(about: str, text: str, kind: str, goal: str | None) -> None:
    assert _entries("brief", text, about) == [(kind, goal)]


# The talk goal named in another language's compound, or by speaking at a named event; a
# weekly line that speaks of a goal's progress is that goal's.
GOAL_LINKS: list[tuple[str, str]] = [
    ("quarterly", "Conferentietalk: geen voortgang."),
    ("quarterly", "Konferenztalk: noch nichts eingereicht."),
    ("quarterly", "Ik spreek in april op Devoxx Belgium."),
    ("quarterly", "Ich spreche im Mai auf der GOTO Berlin."),
    ("quarterly", "Voy a hablar en la PyCon España en octubre."),
    ("quarterly", "Vou palestrar na QCon São Paulo em agosto."),
    ("quarterly", "Parlerò al Codemotion Milano a ottobre."),
    ("quarterly", "J'interviens à Devoxx France en avril."),
    ("quarterly", "Exposé : proposition envoyée à Devoxx."),
    ("weekly", "Sent my talk proposal to LeadDev London, so the conference goal finally has "
     "something behind it."),
    ("weekly", "Mandé mi propuesta de charla a la PyCon, así avanza mi objetivo de la "
     "conferencia."),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text"), GOAL_LINKS, ids=[g[1] for g in GOAL_LINKS])
def test_talk_goal_named(prompt: str, text: str) -> None:
    assert _entries(prompt, text) == [("goal", TALK)]


def test_a_goal_named_with_another_named_by_its_level() -> None:
    """ "the Staff packet" speaks of the Staff goal once, so it does not tie with the goal
    the line names in full."""
    text = "Dropping the cross-team influence goal for now; the Staff packet matters more."
    assert _entries("quarterly", text) == [("goal", INFLUENCE)]


def test_a_result_toward_a_goal_stays_evidence() -> None:
    """A line can link to a goal without changing its kind: what reaches other teams and
    counts toward a goal is evidence for it."""
    text = (
        "Got the idempotency-keys RFC approved by Payments, Risk and Ledger, so it counts "
        "toward my cross-team influence goal."
    )
    assert _entries("weekly", text) == [("evidence", INFLUENCE)]


# A new goal said in Spanish or Portuguese with "meta".
NEW_GOALS = [
    ("Nova meta: virar referência em FinOps.", "virar referência em FinOps"),
    ("Nueva meta: hacer más entrevistas técnicas.", "hacer más entrevistas técnicas"),
]


@pytest.mark.parametrize(("text", "title"), NEW_GOALS, ids=[n[0] for n in NEW_GOALS])
def test_new_goal_with_meta(text: str, title: str) -> None:
    assert _entries("quarterly", text) == [("goal", title)]


def test_a_note_about_a_person_links_to_the_goal_the_user_calls_theirs() -> None:
    """A line can link to a person and a goal without changing its kind: "my Staff case"
    names the Staff goal."""
    text = (
        "I'd like to get to know Femi Adeyemi better, he could be a good sponsor for my Staff case."
    )
    assert _entries("monthly", text) == [("relationship", STAFF)]


# Second round (the newest tune replies' sentence types, in every language).
# A weekly line that names the user's goal in the goal's words, with no outcome measured and
# no reach beyond the team, is that goal's progress.
WEEKLY_GOAL_WORDS = [
    "I also finally drafted the abstract for the conference talk and sent it to Grace.",
    "Recorded a 20-minute dry run of my KubeCon talk and sent it to Priya for notes.",
    "Den Abstract für meinen Konferenzvortrag an Grace geschickt.",
    "J'ai envoyé le résumé de mon talk à Grace pour relecture.",
    "Le mandé el resumen de mi charla a Grace.",
    "Gravei um ensaio da minha palestra e mandei para a Priya.",
    "Het abstract van mijn conferentietalk naar Grace gestuurd.",
    "Ho registrato una prova del talk per la conferenza.",
]


@pytest.mark.parametrize("text", WEEKLY_GOAL_WORDS)
def test_weekly_line_in_the_goals_words_is_that_goals(text: str) -> None:
    assert _entries("weekly", text) == [("goal", TALK)]


# In a monthly reply, work that reaches other teams is delivered work, not practice.
MONTHLY_REACH = [
    "Gave a brown-bag on the profiling workflow to the Billing and Tax teams.",
    "Presented the new on-call handbook to the Payments and Risk teams.",
]


@pytest.mark.parametrize("text", MONTHLY_REACH)
def test_monthly_work_with_reach_is_evidence(text: str) -> None:
    assert _entries("monthly", text) == [("evidence", None)]


# A quarterly line said to be off the goals is evidence, with or without a figure.
OFF_THE_GOALS = [
    "Outside the goals, I hired 2 engineers for the team (both accepted).",
    "Hors objectifs : migration de nos données clients vers le nouveau stockage chiffré.",
    "Fuera de los objetivos: contraté a dos ingenieros para el equipo.",
    "Außerhalb der Ziele: zwei Leute fürs Team eingestellt.",
    "Buiten mijn doelen: twee mensen aangenomen voor het team.",
    "Fora dos objetivos: contratei duas pessoas para o time.",
    "Fuori dagli obiettivi: ho assunto due persone per il team.",
]


@pytest.mark.parametrize("text", OFF_THE_GOALS)
def test_quarterly_line_off_the_goals_is_evidence(text: str) -> None:
    assert [kind for kind, _ in _entries("quarterly", text)] == ["evidence"]


# Weekly and monthly lines whose point is a person: feedback given with a word between,
# mentoring said as a noun, meeting someone, their request or help, covering their shift,
# keeping in touch, a call with them, "omar and i", a topic said before a comma.
RELATIONSHIPS_2: list[tuple[str, str]] = [
    ("weekly", "Gave Linus detailed feedback on his risk-scoring cache RFC."),
    ("weekly", "Ho anche fatto da mentore a Luca Ferrari per il suo primo rilascio."),
    ("weekly", "J'ai aussi fait ma première session de mentorat avec Inès Girard."),
    ("weekly", "Fiz uma sessão de mentoria com o Thiago Souza."),
    ("weekly", "Außerdem erstes Kennenlernen mit Jonas Weber, dem neuen Teamlead von Billing."),
    ("weekly", "Grace asked me to take over the vendor security reviews from January."),
    ("weekly", "Grace hat mich gebeten, die Security-Reviews zu übernehmen."),
    ("weekly", "Grace m'a demandé de reprendre les revues de sécurité."),
    ("weekly", "Grace me pidió que me encargue de las revisiones de seguridad."),
    ("weekly", "A Grace me pediu para assumir as revisões de segurança."),
    ("weekly", "Grace vroeg me om de security-reviews over te nemen."),
    ("weekly", "Grace mi ha chiesto di occuparmi delle review di sicurezza."),
    ("weekly", "Linus helped me bisect it, owe him a coffee."),
    ("weekly", "Kofi Mensah from QA helped me bisect it, owe him a coffee."),
    ("weekly", "Lena Hoffmann aus dem Plattform-Team hat mir beim Bisect geholfen."),
    ("weekly", "Kofi Mensah de QA m'a aidé à isoler le bug."),
    ("weekly", "Kofi Mensah, do time de QA, me ajudou a isolar o bug."),
    ("weekly", "Took the Friday on-call shift for Sipho Ndlovu so he could go to his graduation."),
    ("weekly", "Habe die Bereitschaft am Freitag für Sipho Ndlovu übernommen."),
    ("weekly", "J'ai pris l'astreinte de vendredi pour Sipho Ndlovu."),
    ("weekly", "I also spent a couple of hours with Dana going through the feedback from the "
     "beta group."),
    ("monthly", "quero manter contato com a Beatriz Costa do time de Compliance."),
    ("monthly", "Quero conversar mais com o Rafael Nunes, do time de Dados."),
    ("monthly", "I want to keep in touch with Beatriz Costa from Compliance."),
    ("monthly", "Quiero mantener el contacto con Beatriz Costa."),
    ("monthly", "Je veux rester en contact avec Beatriz Costa."),
    ("monthly", "Ich will mit Beatriz Costa in Kontakt bleiben."),
    ("monthly", "Voglio restare in contatto con Beatriz Costa."),
    ("monthly", "omar and i finally sat down about the events backlog, good talk"),
    ("monthly", "People-wise, Ngozi Eze from Risk Ops has been my go-to for the business side."),
    ("monthly", "Côté personnes, Ngozi Eze de Risk Ops m'aide beaucoup sur le métier."),
    ("monthly", "and I want to set up a proper handover call with Linus before the quarter ends."),
    ("monthly", "Quiero organizar una llamada con Linus antes de fin de trimestre."),
    ("monthly", "Je veux caler un appel avec Linus avant la fin du trimestre."),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text"), RELATIONSHIPS_2, ids=[r[1] for r in RELATIONSHIPS_2])
def test_a_person_is_the_point_too(prompt: str, text: str) -> None:
    assert _entries(prompt, text) == [("relationship", None)]


# Learning: feedback received under a people label, reading a paper.
SKILLS_2: list[tuple[str, str]] = [
    ("monthly", "Relations : Mei m'a fait des retours sur ma présentation, trop de diapositives."),
    ("monthly", "Pessoas: a Priya me deu feedback sobre minhas revisões de código."),
    ("monthly", "Mensen: Priya gaf me goede feedback op mijn ontwerp."),
    ("monthly", "Persone: Hannah mi ha dato un ottimo feedback sul mio RFC."),
    ("weekly", "Spent the first half of the week actually reading the Raft paper."),
    ("weekly", "Ich lese gerade das Paper über Raft."),
]


@pytest.mark.parametrize(("prompt", "text"), SKILLS_2, ids=[s[1] for s in SKILLS_2])
def test_learning_too(prompt: str, text: str) -> None:
    assert [kind for kind, _ in _entries(prompt, text)] == ["skill"]


# A brief's notes: feedback the user gave the person is about them; feedback the user asks
# for on their own work, a verdict on it passed on, is a skill; work reported finished is
# evidence; a to-do toward the person or an agreement with them is about them, figures in
# it or not; an internal talk is no external-conference talk.
BRIEF_2: list[tuple[str, str, str]] = [
    ("Tomás Ortega", "he asked for feedback on his design review style, told him to lead "
     "with the one that matters most", "relationship"),
    ("Tomás Ortega", "Tomás asked for feedback on his on-call handling; told him his incident "
     "notes were great but he should page for help sooner.", "relationship"),
    ("Tomás Ortega", "Il m'a demandé un retour sur son style de revue ; je lui ai dit de "
     "commencer par l'essentiel.", "relationship"),
    ("Tomás Ortega", "Me pidió feedback sobre su estilo de revisión; le dije que empiece por "
     "lo importante.", "relationship"),
    ("Tomás Ortega", "Er wollte Feedback zu seinem Review-Stil; ich habe ihm gesagt, er soll "
     "mit dem Wichtigsten anfangen.", "relationship"),
    ("Tomás Ortega", "Hij vroeg om feedback op zijn reviewstijl; ik zei hem te beginnen met "
     "het belangrijkste.", "relationship"),
    ("Tomás Ortega", "Ele pediu feedback sobre seu estilo de revisão; disse a ele para "
     "começar pelo mais importante.", "relationship"),
    ("Tomás Ortega", "Mi ha chiesto un feedback sul suo stile di review; gli ho detto di "
     "partire dalla cosa più importante.", "relationship"),
    ("Linus Chen", "Ask him for feedback on my incident write-up.", "skill"),
    ("Omar Haddad", "Er meinte, meine Datenverträge sind jetzt viel klarer als im Sommer.",
     "skill"),
    ("Dana Okafor", "She passed on that the merchants on the advisory call loved my payout "
     "reports demo.", "skill"),
    ("Mei Tanaka", "Ela também comentou que minha palestra interna sobre filas foi a melhor "
     "do trimestre.", "skill"),
    ("Mei Tanaka", "She commented that my RFC was the clearest this quarter.", "skill"),
    ("Omar Haddad", "Told Omar the payouts backfill is finished: 3.2M rows reprocessed, zero "
     "mismatches against the bank files.", "evidence"),
    ("Omar Haddad", "J'ai dit à Omar que la reprise des paiements est terminée.", "evidence"),
    ("Omar Haddad", "Le conté a Omar que la migración de pagos está terminada.", "evidence"),
    ("Omar Haddad", "Contei ao Omar que a migração dos pagamentos está concluída.", "evidence"),
    ("Omar Haddad", "Die Migration der Auszahlungen ist fertig, Omar weiß Bescheid.",
     "evidence"),
    ("Omar Haddad", "De migratie van de uitbetalingen is klaar, Omar weet het.", "evidence"),
    ("Omar Haddad", "La migrazione dei pagamenti è finita, l'ho detto a Omar.", "evidence"),
    ("Sam Whitfield", "Follow-up: send him the incident numbers (down from 31 to 12 a "
     "quarter).", "relationship"),
    ("Sam Whitfield", "À faire : lui envoyer les chiffres d'incidents, en baisse de 60 %.",
     "relationship"),
    ("Sam Whitfield", "Nachfassen: ihm die Incident-Zahlen schicken, 60% weniger.",
     "relationship"),
    ("Sam Whitfield", "Pendiente: enviarle las cifras de incidentes, bajaron un 60%.",
     "relationship"),
    ("Sam Whitfield", "Opvolgen: hem de incidentcijfers sturen, 60% minder.", "relationship"),
    ("Sam Whitfield", "Pendência: mandar para ele os números de incidentes, 60% a menos.",
     "relationship"),
    ("Sam Whitfield", "Da fare: mandargli i numeri degli incidenti, calati del 60%.",
     "relationship"),
    ("Hannah Becker", "Hannah und ich haben vereinbart, dass ich ab März die "
     "Plattform-Sprechstunde übernehme, 1 Stunde pro Woche.", "relationship"),
    ("Dana Okafor", "Dana wants me to repeat my internal talk on queues for the Risk team.",
     "relationship"),
    ("Dana Okafor", "Elle veut que je refasse mon exposé interne sur les files.",
     "relationship"),
    ("Dana Okafor", "Quiere que repita mi charla interna sobre colas.", "relationship"),
    ("Dana Okafor", "Sie möchte, dass ich meinen internen Vortrag über Queues wiederhole.",
     "relationship"),
]  # fmt: skip


@pytest.mark.parametrize(("about", "text", "kind"), BRIEF_2, ids=[b[1] for b in BRIEF_2])
def test_brief_notes_too(about: str, text: str, kind: str) -> None:
    assert _entries("brief", text, about) == [(kind, None)]


def test_a_note_on_the_staff_case_is_that_goals() -> None:
    """A quarterly line that says something helps the Staff case is the Staff goal's, a
    person in it or not."""
    text = (
        "Sam used it as the example in his org update, which I think helps the Staff case "
        "more than anything I wrote."
    )
    assert _entries("quarterly", text) == [("goal", STAFF)]


# Third round, from the sentence types of the newest tune replies, in the seven languages: a
# session or a sync with someone, the user helping someone named, wanting more time with
# someone, and an opening coffee are about that person; feedback said passively
# ("feedback gekregen van") is a skill; a label that only starts like "network"
# ("Kubernetes NetworkPolicies:") is no people heading.
ROUND_3: list[tuple[str, str, str]] = [
    ("weekly", "Also did a long pairing session with Linus Chen on the autocomplete cache.",
     "relationship"),
    ("weekly", "J'ai aussi fait un point avec Mei sur la roadmap mobile.", "relationship"),
    ("weekly", "Tuve una larga sesión con Omar sobre la caché de autocompletado.",
     "relationship"),
    ("weekly", "Eine lange Session mit Hannah zum Autocomplete-Cache gemacht.", "relationship"),
    ("weekly", "Helped Priya debug the flaky websocket reconnect on web.", "relationship"),
    ("weekly", "J'ai aidé Mei à déboguer la reconnexion du websocket.", "relationship"),
    ("weekly", "Ayudé a Omar a depurar la reconexión del websocket.", "relationship"),
    ("weekly", "Ajudei a Priya a depurar a reconexão do websocket.", "relationship"),
    ("weekly", "Priya beim Debuggen der Websocket-Verbindung geholfen.", "relationship"),
    ("weekly", "Ho aiutato Mei a fare il debug del websocket.", "relationship"),
    ("monthly", "I want to spend more time with Omar Haddad from Identity.", "relationship"),
    ("monthly", "Je voudrais passer plus de temps avec Omar Haddad.", "relationship"),
    ("monthly", "Quiero pasar más tiempo con Omar Haddad.", "relationship"),
    ("monthly", "Quero passar mais tempo com Omar Haddad.", "relationship"),
    ("monthly", "Ich möchte mehr Zeit mit Omar Haddad verbringen.", "relationship"),
    ("monthly", "vorrei passare più tempo con Omar Haddad del team Identity.", "relationship"),
    ("monthly", "Coffee with Dana, she's happy to read my RFC draft before I send it.",
     "relationship"),
    ("monthly", "Kubernetes NetworkPolicies: wrote them for all 11 namespaces, learned way "
     "more than I wanted about DNS egress.", "skill"),
    ("weekly", "Verder feedback gekregen van Grace op mijn eerste ontwerpreview.", "skill"),
    ("weekly", "Außerdem Feedback erhalten von Hannah zu meinem ersten Design-Review.",
     "skill"),
    ("weekly", "Retour reçu de Mei sur ma première revue de conception.", "skill"),
    ("weekly", "Feedback recibido de Dana sobre mi primera revisión de diseño.", "skill"),
    ("weekly", "Feedback ricevuto da Hannah sulla mia prima design review.", "skill"),
    ("weekly", "Received some candid feedback on my first design review as chair.", "skill"),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text", "kind"), ROUND_3, ids=[r[1] for r in ROUND_3])
def test_round_3_sentence_types(prompt: str, text: str, kind: str) -> None:
    assert _entries(prompt, text) == [(kind, None)]


# In a 1:1 brief, the person's verdict on the user's work is feedback, a remark in brackets
# or a plain "like" (not everyone writes "liked") between or not.
BRIEF_3: list[tuple[str, str]] = [
    ("Grace Hopper", "She also told me (kindly) that I interrupt people in planning meetings."),
    ("Mei Tanaka", "She like my runbook draft but want less steps."),
    ("Dana Okafor", "Dana loves my incident write-ups, keep them coming."),
]


@pytest.mark.parametrize(("about", "text"), BRIEF_3, ids=[b[1] for b in BRIEF_3])
def test_brief_verdicts_round_3(about: str, text: str) -> None:
    assert _entries("brief", text, about) == [("skill", None)]


# In a 1:1 brief, how the person takes feedback is a note about them, in each language.
THEIR_FEEDBACK: list[tuple[str, str]] = [
    ("Tomás Ortega", "Note to self: he takes written feedback much better than live feedback."),
    ("Tomás Ortega", "Il prend mieux les retours écrits que les retours en direct."),
    ("Tomás Ortega", "Él toma mejor el feedback escrito que el feedback en vivo."),
    ("Tomás Ortega", "Ele recebe melhor feedback por escrito do que ao vivo."),
    ("Tomás Ortega", "Er nimmt schriftliches Feedback viel besser an als mündliches."),
    ("Tomás Ortega", "Hij neemt geschreven feedback beter op dan live feedback."),
    ("Tomás Ortega", "Lui prende meglio il feedback scritto che quello a voce."),
]


@pytest.mark.parametrize(("about", "text"), THEIR_FEEDBACK, ids=[b[1] for b in THEIR_FEEDBACK])
def test_how_they_take_feedback(about: str, text: str) -> None:
    assert _entries("brief", text, about) == [("relationship", None)]


# Feedback received, from someone named or by a pronoun, in each language; someone's tip or
# advice on the user's work; feedback the user gave, with the person first as a pronoun.
FEEDBACK_4: list[tuple[str, str, str]] = [
    ("weekly", "Conduzi a retro sozinha, com feedback da Hannah logo depois.", "skill"),
    ("weekly", "Ik heb feedback van hem gehad over mijn ontwerp, het mag korter.", "skill"),
    ("weekly", "Dana's advice after the debrief: write down the signal, not the vibe.", "skill"),
    ("brief", "Le di feedback sobre su primer postmortem: muy claro, pero largo.", "relationship"),
    ("brief", "he wanted feedback on his design review: told him it was solid.", "relationship"),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text", "kind"), FEEDBACK_4, ids=[f[1] for f in FEEDBACK_4])
def test_feedback_round_4(prompt: str, text: str, kind: str) -> None:
    assert _entries(prompt, text) == [(kind, None)]


# Pairing and teaching in the other languages, a hand from someone, sitting down "w/"
# someone, being shadowed, following up with someone: the point is that person.
RELATIONSHIPS_4: list[tuple[str, str]] = [
    ("weekly", "Ho fatto pairing con Omar sul nuovo scheduler, non conosceva gh-ost."),
    ("weekly", "Empecé a enseñarle a Tomás cómo leemos los flame graphs."),
    ("weekly", "Taught Priya how we cut a release branch by hand."),
    ("weekly", "finally sat down w/ Omar to go through the on-call handbook"),
    ("monthly", "Hannah mi ha dato una mano con i test di carico sull'emulatore."),
    ("weekly", "Omar shadowed my last 2 shifts so he can join the rotation."),
    ("monthly", "je dois relancer Omar pour le budget de formation."),
    ("monthly", "Should ping Tomás, haven't talked since he moved teams."),
    ("weekly", "E ho passato un pomeriggio con Matteo Gallo del team Sicurezza sulle zone."),
    ("weekly", "Spent an afternoon with Matteo Gallo from the Security team on the stop zones."),
    ("weekly", "Daarnaast Bram Visser van het Content-team ingewerkt in onze CMS-koppeling."),
    ("weekly", "Kofi Mensah from Fleet ran the depot pilot with me."),
    ("weekly", "Also Omar asked me to review his Kafka plan, did that Thursday, left 20 comments."),
]


@pytest.mark.parametrize(("prompt", "text"), RELATIONSHIPS_4, ids=[r[1] for r in RELATIONSHIPS_4])
def test_a_person_is_the_point_round_4(prompt: str, text: str) -> None:
    assert _entries(prompt, text) == [("relationship", None)]


def test_brief_agreement_with_a_figure_is_about_the_person() -> None:
    """What the person agreed to is a note about them, though it forecasts a figure."""
    text = "Dorothy ist einverstanden, dass wir die Jobs verlegen; die CPU sollte um ~30% fallen."
    assert _entries("brief", text, "Dorothy Vaughan") == [("relationship", None)]


# A quarterly line said to be off the goals, in the words not yet covered.
OFF_THE_GOALS_4 = [
    "Los van de doelen: de migratie naar Postgres 16 afgerond, 14 clusters.",
    "Aparte de los objetivos, cerré la auditoría de accesos con 0 hallazgos.",
]


@pytest.mark.parametrize("text", OFF_THE_GOALS_4)
def test_quarterly_line_off_the_goals_is_evidence_round_4(text: str) -> None:
    assert [kind for kind, _ in _entries("quarterly", text)] == ["evidence"]


# In a brief, the person's own promotion or talk is no goal of the user's; the user's own,
# named in the same note, still is, and so is a talk "su" (Italian: on) a topic.
THEIR_GOALS: list[tuple[str, str, str, str | None]] = [
    ("Tomás Ortega", "next time: go through his promo self-review draft", "relationship", None),
    ("Tomás Ortega", "Próxima vez: revisar con él sus papeles de promoción.", "relationship", None),
    ("Tomás Ortega", "Nächstes Mal seine Beförderung zum Senior besprechen.", "relationship",
     None),
    ("Grace Hopper", "Next time ask her about sponsoring my Staff promotion.", "goal", STAFF),
    ("Grace Hopper", "Prossima volta: chiederle del mio talk su Kubernetes per la conferenza.",
     "goal", TALK),
]  # fmt: skip


@pytest.mark.parametrize(
    ("about", "text", "kind", "goal"), THEIR_GOALS, ids=[t[1] for t in THEIR_GOALS]
)
def test_their_goal_is_not_the_users(about: str, text: str, kind: str, goal: str | None) -> None:
    assert _entries("brief", text, about) == [(kind, goal)]


# A first attempt at something is practice; "Nieuw doel:" is a goal; in a brief, the
# person being fine with something is about them, whatever it costs or saves.
def test_a_first_go_is_practice() -> None:
    text = "Also took my first go at writing a Tempo trace query, rough but it worked."
    assert _entries("weekly", text) == [("skill", None)]


def test_dutch_new_goal_label() -> None:
    text = "Nieuw doel: de datakwaliteitschecks in het warehouse naar 95% dekking brengen."
    assert [kind for kind, _ in _entries("quarterly", text)] == ["goal"]


def test_brief_person_fine_with_it() -> None:
    text = "Mei is fine with me spending ~4 hours/week on the open-source SDK."
    assert _entries("brief", text, "Mei Tanaka") == [("relationship", None)]


# In a brief, the person's verdict on the user's work said in the past is feedback too.
VERDICTS_PAST: list[tuple[str, str]] = [
    ("Omar Haddad", "Er fand meinen Migrationsplan gut, aber die Risiken gehören nach oben."),
    ("Omar Haddad", "Hij vond mijn migratieplan goed, maar de risico's moeten bovenaan."),
    ("Omar Haddad", "He thought my migration plan was solid but the risks belong up top."),
]


@pytest.mark.parametrize(("about", "text"), VERDICTS_PAST, ids=[v[1] for v in VERDICTS_PAST])
def test_brief_verdict_in_the_past(about: str, text: str) -> None:
    assert _entries("brief", text, about) == [("skill", None)]


# A weekly item that opens with time or work with someone is about them, even when a figure
# follows (what they found, what the session gave); a result that reaches other teams keeps
# it evidence.
OPENS_WITH_SOMEONE: list[tuple[str, str]] = [
    (
        "sat down w/ dana to go through the alert noise, she spotted that 2 flaky checks "
        "cause half the pages",
        "relationship",
    ),
    (
        "Spent Tuesday morning with Omar on the billing export; he found it retries 4 times "
        "on every timeout.",
        "relationship",
    ),
    ("hannah and i paired on the gradle cache on friday, builds are ~3 min faster", "relationship"),
    (
        "Paired with Linus on the retry budget; one shared budget across three teams now.",
        "evidence",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind"), OPENS_WITH_SOMEONE, ids=[r[0] for r in OPENS_WITH_SOMEONE]
)
def test_an_item_opening_with_someone_is_about_them(text: str, kind: str) -> None:
    assert [k for k, _ in _entries("weekly", text)] == [kind]


# Someone named as the item's subject makes it about them, in a weekly or monthly reply;
# their view of the user's work is feedback, and reach across teams keeps it evidence.
LED_BY_SOMEONE: list[tuple[str, str, str]] = [
    ("weekly", "Bogdan Ionescu reviewed the backfill logic and caught a late-data bug.",
     "relationship"),
    ("weekly", "Priya and Tomás both jumped in on the store review, saved us a day.",
     "relationship"),
    ("monthly", "Omar mi ha chiesto di affiancare Tomás nelle code review.", "relationship"),
    ("monthly", "Mei's verdict on my runbook: too many words, not enough commands.", "skill"),
    ("weekly", "Priya and I moved all 5 product teams onto the new pipeline.", "evidence"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "text", "kind"), LED_BY_SOMEONE, ids=[r[1] for r in LED_BY_SOMEONE]
)
def test_an_item_led_by_someone_is_about_them(prompt: str, text: str, kind: str) -> None:
    assert [k for k, _ in _entries(prompt, text)] == [kind]


def test_an_abstract_is_the_talk_goals() -> None:
    text = "Book time with her on my GDC abstract."
    assert _entries("brief", text) == [("goal", TALK)]


def test_italian_my_links_the_goal() -> None:
    """Italian says "my" after the article: "l'abstract del mio intervento"."""
    text = "Caffè con Omar per parlare del mio intervento, gli piace l'idea."
    assert _entries("monthly", text) == [("relationship", TALK)]


# A short label naming a person makes a note about them, unless it is their feedback.
PERSON_LABELS: list[tuple[str, str]] = [
    ("Tipp von Dana: die Risiken gehören nach oben.", "skill"),
    ("Conseil de Dana : mettre les risques en haut.", "skill"),
    ("Dana: happy with the ledger handoff.", "relationship"),
]


@pytest.mark.parametrize(("text", "kind"), PERSON_LABELS, ids=[r[0] for r in PERSON_LABELS])
def test_a_label_naming_a_person(text: str, kind: str) -> None:
    assert [k for k, _ in _entries("monthly", text)] == [kind]


# In a brief, the person approving something is a note about them, whatever it costs.
APPROVALS: list[str] = [
    "Grace confirmed the budget for the second replica, €3.4k/month.",
    "grace ok'd a 6-week pilot of the fraud model, 5% of users",
    "A Grace aprovou a troca do provedor, economia de R$ 40 mil por mês.",
    "Grace hat das Budget für die zweite Replik freigegeben, 3.400 € im Monat.",
]


@pytest.mark.parametrize("text", APPROVALS)
def test_brief_approval_is_about_the_person(text: str) -> None:
    assert [k for k, _ in _entries("brief", text)] == ["relationship"]


# More ways of saying time with someone, and learning said first whoever helped.
SAID_OTHERWISE: list[tuple[str, str, str]] = [
    ("monthly", "lots of time with Abebe Tesfaye (Treasury) on the FX hedging report",
     "relationship"),
    ("weekly", "Además me junté con Camila Herrera, del equipo de Fraude, para revisar las reglas.",
     "relationship"),
    ("monthly", "Mi sono fatto affiancare da Sigrid Dahl del team Identity per la parte server.",
     "relationship"),
    ("weekly", "also picked up how to read CloudTrail diffs, linus walked me through it on friday",
     "skill"),
    ("weekly", "First time writing a KEDA scaler on my own, rough but it scales.", "skill"),
    ("monthly", "worked mostly with dorothy on the sim-to-real gap for the picking model",
     "relationship"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "text", "kind"), SAID_OTHERWISE, ids=[r[1] for r in SAID_OTHERWISE]
)
def test_said_otherwise(prompt: str, text: str, kind: str) -> None:
    assert [k for k, _ in _entries(prompt, text)] == [kind]


# Taking someone through something, training them, reviewing a newcomer's first work or
# handing over to them: about that person.
WITH_A_NEWCOMER: list[str] = [
    "also took Tomás through his first shadow shift, he handled the failover on his own",
    "J'ai aussi formé Tomás aux entretiens techniques, il a observé deux de mes entretiens.",
    "Also reviewed Tomás's first dbt PR, lots of comments on incremental models.",
    "Handed off to Tomás with a proper writeup for once.",
]


@pytest.mark.parametrize("text", WITH_A_NEWCOMER)
def test_work_with_a_newcomer_is_about_them(text: str) -> None:
    assert [k for k, _ in _entries("weekly", text)] == ["relationship"]


def test_reviewing_a_colleagues_pr_is_the_users_work() -> None:
    text = "Also reviewed Omar's data contract for payouts and caught a replay bug."
    assert [k for k, _ in _entries("weekly", text)] == ["evidence"]


# A monthly line naming the user's goal is that goal's progress, unless it is about someone.
MONTHLY_GOAL_SAID: list[tuple[str, str]] = [
    ("Sent my talk outline to Grace for a read, still waiting.", "goal"),
    ("Had coffee with Grace about my talk outline.", "relationship"),
]


@pytest.mark.parametrize(("text", "kind"), MONTHLY_GOAL_SAID, ids=[r[0] for r in MONTHLY_GOAL_SAID])
def test_monthly_line_naming_a_goal(text: str, kind: str) -> None:
    assert [k for k, _ in _entries("monthly", text)] == [kind]


def test_an_engineer_names_no_goal() -> None:
    """ "Engineer" alone is everywhere in a reply: it does not name "Reach Staff Engineer"."""
    text = "She'll ask Priya to lend us a hardware engineer for the kiosk tests."
    assert _entries("brief", text, "Mei Tanaka") == [("relationship", None)]


def test_my_event_talk_names_the_talk_goal() -> None:
    """ "my <event name> abstract": the goal's word may come third after "my"."""
    text = "also sent my Berlin Buzzwords abstract to priya for a read"
    assert _entries("weekly", text) == [("goal", TALK)]


def test_staff_engineer_still_names_the_staff_goal_twice() -> None:
    """ "Engineer" counts beside "Staff": a quarterly result toward "Staff Engineer" shares
    two of the goal's words, as a quarterly link asks."""
    text = "Outside the goals: moved the ledger onto Postgres 16, the Staff Engineer bar asks it."
    assert _entries("quarterly", text) == [("evidence", STAFF)]


def test_a_nudge_to_someone_is_about_them() -> None:
    text = "I should ping Priya about the rollout notes next week."
    assert [k for k, _ in _entries("weekly", text)] == ["relationship"]


# Owing someone a thanks, a coffee or a handover is a point about them, and "and" before what
# the user owes or must do opens it, comma or not; owing "her" goes on about the last point.
OWING: list[tuple[str, str, list[str]]] = [
    ("monthly", "Lots of back and forth with Mei on the capacity plan, and i owe Omar a proper "
     "thank you for the index sizing help", ["relationship", "relationship"]),
    ("monthly", "Ho lavorato molto con Dana sulla rotazione e devo ancora un caffè a Linus.",
     ["relationship", "relationship"]),
    ("monthly", "Learned the billing codebase end to end. I owe Omar a proper handover of the "
     "old Loki setup.", ["skill", "relationship"]),
    ("monthly", "Priya taught me how to read flame graphs. I owe her a review of the SLO doc.",
     ["relationship"]),
    ("weekly", "Shipped the ledger export and I still owe Omar a proper thank you for the review.",
     ["evidence", "relationship"]),
    ("monthly", "Shipped the ledger export and I still need to thank Omar for the review.",
     ["evidence", "relationship"]),
]  # fmt: skip


@pytest.mark.parametrize(("prompt", "text", "kinds"), OWING, ids=[r[1][:40] for r in OWING])
def test_owing_someone_is_about_them(prompt: str, text: str, kinds: list[str]) -> None:
    assert [k for k, _ in _entries(prompt, text)] == kinds


# A quarterly paragraph answers one goal until another is named: in its first words ("On
# influence, …"), or anywhere in a point that named none before ("Good quarter. The big one
# for Staff: …"); a few words naming a goal are its whole update, and a label after them
# opens the next point.
QUARTERLY_PARAGRAPHS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Good quarter. The big one for Staff: I led the move of card payouts to the new ledger, "
     "and we paid out $38M through it. On influence, I mentored two engineers through their "
     "first design reviews.", [("goal", STAFF), ("goal", INFLUENCE)]),
    ("Honestly a slow quarter. The multi-region plan is approved but not built, and Sam says "
     "it won't count for Staff until it runs. Haven't touched the talk.",
     [("goal", STAFF), ("goal", TALK)]),
    ("No talk submitted. New goal: get comfortable presenting to the exec staff meeting.",
     [("goal", TALK), ("goal", "get comfortable presenting to the exec staff meeting")]),
    ("As for the talk, I mentored Tomás through his first CFP instead.", [("goal", TALK)]),
    ("Influence-wise, I mentored Tomás through his first design review.", [("goal", INFLUENCE)]),
    ("For influence I've been running the monthly platform sync for Android, iOS and Web. Oh "
     "and I mentored Tomás through his first release rotation, which isn't a goal but I'm "
     "proud of it.", [("goal", INFLUENCE), ("relationship", None)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), QUARTERLY_PARAGRAPHS, ids=[r[0][:40] for r in QUARTERLY_PARAGRAPHS]
)
def test_quarterly_paragraph_one_point_per_goal(
    text: str, want: list[tuple[str, str | None]]
) -> None:
    assert _entries("quarterly", text) == want


# "and" with no comma before someone named giving the user something, or asking or wanting
# something of them, opens a point about that; someone only saying how the work went does not.
AND_SOMEONE: list[tuple[str, str, list[str]]] = [
    ("monthly", "Ik heb twee keer gepaird met Bram Peeters en Mei gaf me feedback op mijn "
     "ontwerpdocument.", ["relationship", "skill"]),
    ("weekly", "Ich habe das Dashboard fertig gemacht und Priya hat mir bei den Alerts "
     "geholfen.", ["evidence", "relationship"]),
    ("weekly", "Finished the checkout latency dashboard and Priya gave me feedback on its alerts.",
     ["evidence", "skill"]),
    ("weekly", "Shipped the rate limiter and Omar told me the deploy went fine.", ["evidence"]),
    ("weekly", "Paired with Mei and Tomás on the cache warmup.", ["relationship"]),
    # "Und", "Et", "Y" open a sentence about someone new as "And" does
    ("weekly", "Die OTA-Updates für die Firmware laufen jetzt gestaffelt. Und Ulrike Brenner "
     "aus dem Hardware-Team hat mir endlich erklärt, wie der Bootloader bootet.",
     ["evidence", "relationship"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "text", "kinds"), AND_SOMEONE, ids=[r[1][:40] for r in AND_SOMEONE]
)
def test_and_someone_giving_or_asking_opens_a_point(
    prompt: str, text: str, kinds: list[str]
) -> None:
    assert [k for k, _ in _entries(prompt, text)] == kinds


# In a 1:1's notes, a sentence with the person as its subject, wanting, thinking or going
# through something, is a point of its own; not one that completes a labelled point or
# refers back to the last, and a few words on the 1:1 itself introduce what follows.
BRIEF_SENTENCES: list[tuple[str, str, int]] = [
    ("Dana Okafor", "Dana asked whether she's ready to lead the Kafka upgrade on her own. She's "
     "been stuck on the consumer lag alerts for 2 weeks too, so I'll pair with her.", 2),
    ("Hannah Becker", "hannah's ok with me taking the search relevance rotation in Jan. she "
     "wants the query latency dashboard cleaned up before I hand it over", 2),
    ("Grace Hopper", "Her feedback: my status updates are too detailed for her level. She wants "
     "3 bullets + risks.", 1),
    ("Omar Haddad", "The payouts backfill is finished and reconciled. He'll take it to the "
     "Finance sync.", 1),
    ("Dorothy Vaughan", "Long one with Dorothy. She wants the storage cost forecast redone with "
     "the new egress prices.", 1),
]  # fmt: skip


@pytest.mark.parametrize(
    ("about", "text", "count"), BRIEF_SENTENCES, ids=[r[1][:40] for r in BRIEF_SENTENCES]
)
def test_brief_sentence_about_the_person_is_a_point(about: str, text: str, count: int) -> None:
    assert len(_entries("brief", text, about)) == count


def test_monthly_time_with_someone_stays_about_them_whatever_it_explains() -> None:
    """A skill's cue ("explaining") in an item that opens with time with someone leaves it
    about them, as a weekly reply reads it."""
    text = (
        "I spent a lot of time with Tomás, mostly pairing on the Cypress suite and explaining "
        "why our fixtures are the way they are."
    )
    assert _entries("monthly", text) == [("relationship", None)]


# Round 14's cues, in the words its writers used: a weekday spent with someone, talking
# every morning, a quarterly item said to be no goal, learning one had to do, working with
# someone in lower-case shorthand, and helping someone.
ROUND_14_CUES: list[tuple[str, str, str]] = [
    ("weekly", "And spent Thursday with Linus and Dorothy sorting out who owns the "
     "label-printing service.", "relationship"),
    ("monthly", "Con Niccolò Ferri della Tesoreria ci sentiamo ogni mattina per i casi limite.",
     "relationship"),
    ("quarterly", "Unrelated but worth saving: our on-call page volume halved after I killed "
     "the 40 noisiest alerts.", "evidence"),
    ("quarterly", "I was on call for the SEPA cutover weekend and nothing broke, which isn't a "
     "goal but still.", "evidence"),
    ("monthly", "Este mes me tocó aprender bastante de Snowflake y bajé un 30% el costo del "
     "job nocturno.", "skill"),
    ("monthly", "worked w/ priya + Wiremu Horomona (infra) most of the month", "relationship"),
    ("monthly", "helped Kwame Asante get his first iOS build green", "relationship"),
    ("monthly", "The one new thing I picked up is property-based testing with Hypothesis: it "
     "found 3 rounding edge cases.", "skill"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "text", "kind"), ROUND_14_CUES, ids=[r[1][:40] for r in ROUND_14_CUES]
)
def test_round_14_cues(prompt: str, text: str, kind: str) -> None:
    assert [k for k, _ in _entries(prompt, text)] == [kind]


def test_brief_person_fine_with_a_measured_change_is_about_them() -> None:
    """ "is fine with" is the person's view as "agreed" is, whatever figure follows (the
    cue's first letter was missing from the pattern's hand-typed lookahead)."""
    text = "Dorothy is fine with moving the nightly export to 2am, which cuts 40% of the load."
    assert _entries("brief", text, "Dorothy Vaughan") == [("relationship", None)]


# A conference named as conferences are ("KubeCon", "SREcon", "PyConES") is the conference
# talk goal's in a 1:1's notes; a word that only ends in "con" ("Falcon") is not.
NAMED_CONFERENCES: list[tuple[str, str, tuple[str, str | None]]] = [
    ("Sam Whitfield", "Ask him next time whether the KubeCon travel is approved.", ("goal", TALK)),
    ("Grace Hopper", "Budget approved for SREcon, travel and ticket.", ("goal", TALK)),
    ("Grace Hopper", "Grace quiere que presente el motor de conciliación en la PyConES.",
     ("goal", TALK)),
    ("Grace Hopper", "Grace wants the Falcon deploy notes before Friday.", ("relationship", None)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("about", "text", "want"), NAMED_CONFERENCES, ids=[r[1][:40] for r in NAMED_CONFERENCES]
)
def test_a_named_conference_is_the_talk_goals(
    about: str, text: str, want: tuple[str, str | None]
) -> None:
    assert _entries("brief", text, about) == [want]
