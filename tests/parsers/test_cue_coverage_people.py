"""The people and feedback cues cover each concept in every language, not only the phrasing
of the replies they were tuned on.

Each concept (a meeting, time or close work with someone, mentoring or onboarding them,
help either way, an introduction, getting back in touch, their request, feedback given or
received) is said here the ways an engineer writes it: the seven reply languages, common
synonyms, other tenses and persons, "w/" and lower case. Every row failed before its cue was
widened, but the guards: the evidence rows use the same words about work and must stay
evidence, and feedback the user got must stay a skill.
"""

from __future__ import annotations

import pytest

from tests.parsers.test_kinds_prose import _entries


def _kinds(prompt: str, text: str) -> list[str]:
    """The kinds of a reply's entries; a brief is about Tomás Ortega."""
    return [kind for kind, _ in _entries(prompt, text, "Tomás Ortega")]


# A 1:1, a meal, a call, a chat or time spent with someone: about that person, in a weekly
# reply (whose prior is evidence) and in a monthly one (whose prior is a skill).
MEETINGS: list[tuple[str, str]] = [
    ("weekly", "Had my 1:1 w/ Priya, mostly about her promo case."),
    ("weekly", "1:1 mit Priya über ihren Promo-Fall."),
    ("weekly", "1:1 con Priya sobre su caso de promoción."),
    ("weekly", "1:1 avec Priya sur son dossier de promotion."),
    ("weekly", "1:1 com a Priya sobre o caso de promoção dela."),
    ("monthly", "One-on-one with Priya about her promo case."),
    ("monthly", "had my skip level w/ dana today"),
    ("monthly", "Quick catch-up with Linus about the migration."),
    ("weekly", "Need to catch up with Linus, it's been months."),
    ("monthly", "Had a good conversation with Mei about the on-call rotation."),
    ("monthly", "Hopped on a zoom with Dana about the roadmap."),
    ("weekly", "Need to meet with Dana about the roadmap."),
    ("monthly", "Had dinner with Omar after the offsite."),
    ("monthly", "Spent an hour w/ Dana on the migration plan."),
    ("monthly", "Spending a lot of time with Dana on the forecast."),
    ("monthly", "Habe mit Omar zu Mittag gegessen."),
    ("monthly", "Videocall mit Dana zur Roadmap."),
    ("monthly", "Den Nachmittag mit Dana verbracht, Migrationsplan."),
    ("weekly", "geluncht met de nieuwe collega's van Risk"),
    ("monthly", "Comí con Omar, quiere pasarse a plataforma."),
    ("monthly", "Quedé con Dana para tomar un café."),
    ("monthly", "Charlé con Mei sobre las guardias."),
    ("monthly", "Estuve toda la mañana con Dana con el plan de migración."),
    ("monthly", "Tête-à-tête avec Dana sur la roadmap."),
    ("monthly", "J'ai déjeuné avec Omar, il veut rejoindre la plateforme."),
    ("monthly", "Bati um papo com o Omar sobre o time de plataforma."),
    ("monthly", "Me encontrei com a Dana para falar do roadmap."),
    ("monthly", "Fiquei a tarde toda com a Dana no plano de migração."),
    ("monthly", "Ho chiacchierato con Mei dei turni di reperibilità."),
    ("monthly", "Ho fatto due chiacchiere con Mei sui turni."),
    ("monthly", "Mi sono confrontato con Dana sulla roadmap."),
    ("monthly", "Sono stato tutto il pomeriggio con Dana sul piano di migrazione."),
]


@pytest.mark.parametrize(("prompt", "text"), MEETINGS, ids=[m[1] for m in MEETINGS])
def test_meeting_or_time_with_someone_is_about_them(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["relationship"]


# Pairing or close work with someone, in any tense and language.
PAIRING: list[tuple[str, str]] = [
    ("weekly", "Pair-programmed with Omar on the payouts job."),
    ("weekly", "pair programmed w/ omar on the cache"),
    ("monthly", "Worked side-by-side with Mei on the export."),
    ("monthly", "Worked really closely with Mei on the ledger export."),
    ("monthly", "Worked alongside Mei on the ledger export."),
    ("monthly", "Teamed up with Omar on the payouts backfill."),
    ("monthly", "Habe mit Omar am Payout-Job gepairt."),
    ("monthly", "Eng mit Mei am Ledger-Export zusammengearbeitet."),
    ("monthly", "He trabajado mucho con Omar en el job de pagos."),
    ("monthly", "Colaboré estrechamente con Mei en la exportación."),
    ("monthly", "J'ai pairé avec Mei sur l'export."),
    ("monthly", "J'ai collaboré étroitement avec Mei sur l'export."),
    ("monthly", "Pareei com o Omar no job de pagamentos."),
    ("monthly", "Tenho trabalhado bastante com o Omar no job."),
    ("monthly", "Ho collaborato con Mei sull'export."),
    ("monthly", "Ho lavorato a stretto contatto con Mei sull'export."),
    ("monthly", "Lots of back and forth with Omar on the Q1 capacity plan."),
    ("monthly", "J'ai travaillé en étroite collaboration avec Mei sur l'export."),
    ("monthly", "Trabalhei em estreita colaboração com a Mei no export."),
    ("monthly", "Ik heb veel samengewerkt met Mei aan de export."),
]


@pytest.mark.parametrize(("prompt", "text"), PAIRING, ids=[p[1] for p in PAIRING])
def test_pairing_or_close_work_is_about_them(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["relationship"]


# Mentoring, coaching, teaching or showing someone how, bringing them up to speed, in any
# form and language; a name-first cue is tried whatever letter the name starts with.
MENTORING: list[tuple[str, str]] = [
    ("weekly", "Brought Omar up to speed on the ledger."),
    ("monthly", "Got Omar up to speed on the ledger."),
    ("weekly", "Showed Omar how to read the flame graphs."),
    ("monthly", "Gave Omar a tour of the codebase."),
    ("monthly", "Want to coach Omar on incident command."),
    ("monthly", "Need to teach Omar the deploy process."),
    ("monthly", "Habe Omar gezeigt, wie man die Flamegraphs liest."),
    ("monthly", "Omar beim Incident-Command gecoacht."),
    ("monthly", "Omar die Grundlagen vom Deploy beigebracht."),
    ("weekly", "Estoy mentoreando a Omar en comandancia de incidentes."),
    ("monthly", "Le mostré a Omar cómo leer los flame graphs."),
    ("monthly", "Guié a Omar por el código del ledger."),
    ("weekly", "J'ai mentoré Omar sur la gestion d'incidents."),
    ("monthly", "J'ai coaché Omar sur la gestion d'incidents."),
    ("monthly", "J'ai montré à Omar comment lire les flame graphs."),
    ("weekly", "Estou mentorando o Omar em gestão de incidentes."),
    ("monthly", "Mostrei pro Omar como ler os flame graphs."),
    ("monthly", "Omar gecoacht op incidentmanagement."),
    ("monthly", "Omar laten zien hoe je flame graphs leest."),
    ("weekly", "Jonas Keller ingewerkt in de CMS-koppeling."),
    ("monthly", "Ho mostrato a Omar come leggere i flame graph."),
]


@pytest.mark.parametrize(("prompt", "text"), MENTORING, ids=[m[1] for m in MENTORING])
def test_mentoring_or_teaching_someone_is_about_them(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["relationship"]


# Introductions, either way, in every language.
INTRODUCTIONS: list[str] = [
    "Got introduced to Dana from Security.",
    "Was introduced to Dana Okafor by Priya.",
    "Omar intro'd me to Dana from Security.",
    "Omar connected me with Dana from Security.",
    "Omar put me in touch with Dana from Security.",
    "Omar hat mich Dana vorgestellt.",
    "Omar me presentó a Dana, de Seguridad.",
    "Omar me puso en contacto con Dana.",
    "Omar m'a présenté Dana de la Sécurité.",
    "Omar m'a mis en contact avec Dana.",
    "O Omar me apresentou à Dana, de Segurança.",
    "O Omar me colocou em contato com a Dana.",
    "Omar heeft me voorgesteld aan Dana.",
    "Omar stelde me voor aan Dana van Security.",
    "Omar mi ha presentato Dana della Sicurezza.",
    "Omar mi ha messo in contatto con Dana.",
]


@pytest.mark.parametrize("text", INTRODUCTIONS)
def test_an_introduction_is_about_the_people(text: str) -> None:
    assert _kinds("weekly", text) == ["relationship"]


# Someone helping the user, or the user helping someone, in other tenses, idioms and every
# language (in a weekly reply; a monthly one reads the first kind too).
HELP: list[tuple[str, str]] = [
    ("monthly", "Omar gave me a hand with the flaky test."),
    ("monthly", "Omar unblocked me on the IAM policy."),
    ("monthly", "Omar has been helping me with the Terraform modules."),
    ("weekly", "Got some help from Omar on the flaky test."),
    ("monthly", "Omar hat mich beim Rollout unterstützt."),
    ("monthly", "Dana hilft mir gerade bei der Migration."),
    ("monthly", "Omar me ha ayudado con los módulos de Terraform."),
    ("monthly", "Omar me está ayudando con Terraform."),
    ("monthly", "Omar m'a dépanné sur la policy IAM."),
    ("monthly", "O Omar me deu uma força com o Terraform."),
    ("monthly", "O Omar tem me ajudado com o Terraform."),
    ("monthly", "Omar hielp me bij de Terraform-modules."),
    ("monthly", "Omar heeft mij geholpen bij de flaky test."),
    ("monthly", "Omar mi ha sbloccato sulla policy IAM."),
    ("weekly", "Helping Omar with his first on-call week."),
    ("weekly", "Gave Omar a hand with the flaky test."),
    ("weekly", "Omar beim Rollout unterstützt."),
    ("weekly", "He ayudado a Omar con su primera guardia."),
    ("weekly", "Le eché una mano a Omar con el test."),
    ("weekly", "J'aide Omar sur sa première semaine d'astreinte."),
    ("weekly", "Donné un coup de main à Omar sur le test."),
    ("weekly", "Dei uma força pro Omar com o plantão."),
    ("weekly", "Estou ajudando o Omar com o plantão."),
    ("weekly", "Omar geholpen bij de flaky test."),
    ("weekly", "Aiutato Omar con il test instabile."),
    ("weekly", "Ho dato una mano a Omar con il test."),
]


@pytest.mark.parametrize(("prompt", "text"), HELP, ids=[h[1] for h in HELP])
def test_help_either_way_is_about_them(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["relationship"]


# Someone asking the user to take something on, in a weekly reply, in every language.
REQUESTS: list[str] = [
    "Dana asked me for help with the audit.",
    "Dana needs me to take over the audit.",
    "Dana pinged me about taking over the audit.",
    "Dana asked if I could take over the audit.",
    "Dana roped me into the audit.",
    "Dana says she'd like me to take over the audit.",
    "Dana bat mich, das Audit zu übernehmen.",
    "Dana möchte, dass ich das Audit übernehme.",
    "Dana hat mich gefragt, ob ich das Audit übernehme.",
    "Dana me ha pedido que me encargue de la auditoría.",
    "Dana quiere que me encargue de la auditoría.",
    "Dana m'a invitée à rejoindre le groupe d'architecture.",
    "Dana voudrait que je reprenne l'audit.",
    "A Dana quer que eu assuma a auditoria.",
    "A Dana me perguntou se eu podia assumir a auditoria.",
    "Dana vroeg mij om de audit over te nemen.",
    "Dana wil dat ik de audit overneem.",
    "Dana mi ha chiesto se posso occuparmi dell'audit.",
    "Dana vuole che mi occupi dell'audit.",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_their_request_is_about_them(text: str) -> None:
    assert _kinds("weekly", text) == ["relationship"]


# Getting back in touch with someone or following up with them, in any tense and language.
IN_TOUCH: list[tuple[str, str]] = [
    ("weekly", "Reconnecting with Dana after her move to Risk."),
    ("weekly", "caught up w/ linus about his new team"),
    ("monthly", "Got back in touch with Dana Okafor."),
    ("weekly", "Followed up with Dana on the vendor contract."),
    ("monthly", "Reached out to Dana from Security about the audit."),
    ("monthly", "Habe mich wieder bei Jonas Keller gemeldet."),
    ("monthly", "Wieder Kontakt mit Jonas Keller aufgenommen."),
    ("monthly", "Bei Dana nachgehakt wegen des Vertrags."),
    ("monthly", "Retomé el contacto con Lucía Fernández."),
    ("monthly", "Me puse en contacto con Lucía Fernández."),
    ("monthly", "J'ai repris contact avec Léa Martin."),
    ("monthly", "J'ai relancé Dana sur le contrat."),
    ("monthly", "J'ai recontacté Léa Martin."),
    ("monthly", "Retomei o contato com a Beatriz Costa."),
    ("monthly", "Entrei em contato com a Beatriz Costa."),
    ("monthly", "Ho ripreso i contatti con Chiara Rossi."),
    ("monthly", "Mi sono rimesso in contatto con Chiara Rossi."),
]


@pytest.mark.parametrize(("prompt", "text"), IN_TOUCH, ids=[t[1] for t in IN_TOUCH])
def test_getting_back_in_touch_is_about_them(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["relationship"]


# Feedback the user gave someone named, in any tense and language, is about them.
FEEDBACK_GIVEN: list[tuple[str, str, str]] = [
    ("weekly", "Shared feedback with Tomás on his RFC.", "relationship"),
    ("monthly", "Giving Tomás feedback on his RFC this week.", "relationship"),
    ("weekly", "Need to give Tomás some honest feedback on his RFC.", "relationship"),
    ("monthly", "Tomás Feedback zu seinem RFC gegeben.", "relationship"),
    ("monthly", "J'ai fait un retour à Tomás sur son RFC.", "relationship"),
    ("monthly", "Passei feedback pro Tomás sobre o RFC dele.", "relationship"),
    ("monthly", "Também dei feedback ao Tomás sobre o RFC.", "relationship"),
    ("monthly", "Tomás feedback gegeven op zijn RFC.", "relationship"),
    ("monthly", "Feedback gegeven aan Tomás over zijn RFC.", "relationship"),
    # in a 1:1 brief, the person as a pronoun
    ("brief", "Le he dado feedback: muy claro, pero largo.", "relationship"),
    ("brief", "Je lui ai fait un retour : très clair, mais long.", "relationship"),
    ("brief", "Lhe passei feedback: muito claro, mas longo.", "relationship"),
]


@pytest.mark.parametrize(
    ("prompt", "text", "kind"), FEEDBACK_GIVEN, ids=[f[1] for f in FEEDBACK_GIVEN]
)
def test_feedback_given_is_about_them(prompt: str, text: str, kind: str) -> None:
    assert _kinds(prompt, text) == [kind]


# The same words said of feedback the user got stay a skill.
FEEDBACK_GOT = [
    "Omar hat mir Feedback zu meinem RFC gegeben.",
    "Omar heeft me feedback gegeven op mijn RFC.",
]


@pytest.mark.parametrize("text", FEEDBACK_GOT)
def test_feedback_the_user_got_stays_a_skill(text: str) -> None:
    assert _kinds("monthly", text) == ["skill"]


def test_getting_into_something_oneself_is_no_onboarding() -> None:
    """ "ingewerkt" after a name is onboarding that person, but "me ingewerkt" is the user
    getting into the code, however a name follows."""
    assert _kinds("weekly", "Ik heb me ingewerkt in de codebase van Omar.") == ["skill"]


# Feedback, advice or a tip the user got, and what someone told them of their work, is a
# skill, in a weekly reply too and in every language.
FEEDBACK_RECEIVED: list[tuple[str, str]] = [
    ("weekly", "Omar told me my RFC was too long."),
    ("weekly", "Dana told me that my demos run too long."),
    ("weekly", "Got some good advice from Dana on my design doc."),
    ("weekly", "Dana gave me some advice on my design doc."),
    ("weekly", "Dana's tips on my design doc were gold."),
    ("weekly", "The feedback I got from Dana was to lead with the decision."),
    ("weekly", "Omar hat mir gesagt, dass mein RFC zu lang ist."),
    ("weekly", "Guter Tipp von Dana zu meinem Design-Doc: mit der Entscheidung anfangen."),
    ("weekly", "Dana hat mir ein paar Tipps für mein Design-Doc gegeben."),
    ("weekly", "Omar me dijo que mi RFC era demasiado largo."),
    ("weekly", "Buen consejo de Dana sobre mi documento: empezar por la decisión."),
    ("weekly", "Dana me aconsejó empezar por la decisión."),
    ("weekly", "Omar m'a dit que mon RFC était trop long."),
    ("weekly", "Un bon conseil d'Omar sur mon RFC : commencer par la décision."),
    ("weekly", "Omar m'a conseillé de commencer par la décision."),
    ("weekly", "O Omar me disse que meu RFC estava longo demais."),
    ("weekly", "Boa dica da Dana sobre meu documento: começar pela decisão."),
    ("weekly", "A Dana me deu umas dicas sobre meu documento de design."),
    ("weekly", "Omar zei dat mijn RFC te lang was."),
    ("weekly", "Goede tip van Dana over mijn ontwerp: begin met het besluit."),
    ("weekly", "Dana gaf me advies over mijn ontwerpdocument."),
    ("weekly", "Omar mi ha detto che il mio RFC era troppo lungo."),
    ("weekly", "Buon consiglio di Dana sul mio documento: partire dalla decisione."),
    ("weekly", "Dana mi ha consigliato di partire dalla decisione."),
    # what someone pointed out about the user, a few words after the verb, with "I" or a
    # first-person verb rather than "my"
    ("monthly", "Hannah told me in the retro that I need to delegate more code reviews."),
    ("monthly", "Dana pointed out that I go too fast in demos."),
    ("monthly", "Hannah me dijo en la retro que tengo que delegar más las revisiones."),
    ("weekly", "Priya me dijo en la revisión de diseño que tengo que poner los números antes."),
    ("monthly", "Dana mi ha fatto notare che nelle demo vado troppo veloce."),
    ("weekly", "Omar a relu ma PR ; il m'a fait remarquer que mes tests sont trop lents."),
    ("weekly", "Omar hat mich darauf hingewiesen, dass ich zu schnell rede."),
    ("monthly", "Omar wees me erop dat ik te snel praat."),
    ("monthly", "A Dana me fez notar que eu falo rápido demais nas demos."),
]


@pytest.mark.parametrize(
    ("prompt", "text"), FEEDBACK_RECEIVED, ids=[f[1] for f in FEEDBACK_RECEIVED]
)
def test_feedback_or_advice_received_is_a_skill(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["skill"]


# Someone doing something with or for the user: work with them, standing up for them,
# recommending them, showing them the ropes, in every language.
WITH_OR_FOR_ME: list[tuple[str, str]] = [
    ("weekly", "Omar hat mit mir den Pilot gemacht."),
    ("weekly", "Omar hizo el piloto conmigo."),
    ("weekly", "Omar a fait le pilote avec moi."),
    ("weekly", "O Omar fez o piloto comigo."),
    ("weekly", "Omar ha fatto il pilota con me."),
    ("weekly", "Dana vouched for me in the calibration meeting."),
    ("monthly", "Dana vouched for me at calibration."),
    ("weekly", "Grace nominated me for the platform award."),
    ("weekly", "Grace put me up for the architecture guild."),
    ("weekly", "Grace hat mich für die Architekturgilde vorgeschlagen."),
    ("weekly", "Grace me recomendó para el gremio de arquitectura."),
    ("weekly", "Grace m'a recommandé pour la guilde d'architecture."),
    ("weekly", "A Grace me indicou para a guilda de arquitetura."),
    ("weekly", "Grace heeft me voorgedragen voor het architectuurgilde."),
    ("weekly", "Grace mi ha raccomandato per la gilda di architettura."),
    ("weekly", "Omar hat mich in die On-call-Abläufe eingewiesen."),
    ("weekly", "Omar took me through the on-call runbook."),
    ("weekly", "Omar brought me up to speed on the ledger."),
]


@pytest.mark.parametrize(("prompt", "text"), WITH_OR_FOR_ME, ids=[w[1] for w in WITH_OR_FOR_ME])
def test_someone_doing_something_with_or_for_the_user_is_about_them(prompt: str, text: str) -> None:
    assert _kinds(prompt, text) == ["relationship"]


# Second round, other word orders and persons: pairing said with the person after the
# topic or as "X and I", a 1:1 with a name in lower case, "ich betreue", someone's comments
# or input on the user's work.
ROUND_2: list[tuple[str, str]] = [
    ("weekly", "Omar and I paired on the cache invalidation.", "relationship"),
    ("weekly", "Paired on the cache invalidation with Omar.", "relationship"),
    ("weekly", "Omar und ich haben am Cache gepairt.", "relationship"),
    ("weekly", "Omar e eu pareamos no cache.", "relationship"),
    ("weekly", "1:1 w/ priya, she wants more ownership", "relationship"),
    ("weekly", "Ich betreue Omar bei seinem ersten Design-Doc.", "relationship"),
    ("weekly", "Omar's comments on my RFC: too long, lead with the decision.", "skill"),
    ("weekly", "Got Omar's input on my design doc.", "skill"),
]


@pytest.mark.parametrize(("prompt", "text", "kind"), ROUND_2, ids=[r[1] for r in ROUND_2])
def test_other_word_orders_and_persons(prompt: str, text: str, kind: str) -> None:
    assert _kinds(prompt, text) == [kind]


# The same words about work, with someone named: still evidence in a weekly reply.
WORK: list[str] = [
    "Fixed the sync with the upstream repo, Omar reviewed the PR.",
    "Wrote the meeting notes template and Dana uses it now.",
    "Met the Q3 deadline for the ledger export, Omar signed off.",
    "Need to meet with the auditors before Omar's deadline.",
    "Estuve con el despliegue toda la semana y Omar lo revisó.",
    "Encontrei o problema no serviço de pagamentos, o Omar revisou.",
    "Ho visto che il job falliva, Omar ha approvato la fix.",
    "Die Migration mit Terraform automatisiert, Omar hat reviewt.",
    "Trabajando con el equipo de datos en el pipeline, Omar revisó el PR.",
    "Published the pair-programming guide for the org, Omar reviewed it.",
    "Showed up to the incident review with the fix ready, Omar approved it.",
    "Gave the release a final walkthrough before Omar cut it.",
    "Introduced retries to the payouts client, Omar reviewed the PR.",
    "Updated the Help Center articles, Omar reviewed them.",
    "Unblocked Dependabot PRs for the monorepo, Omar approved them.",
    "Die API bei der Migration unterstützt, Omar hat reviewt.",
    "Quiere que el servicio escale, así que lo migré con el equipo de Omar.",
    "Reached out to AWS support about the quota, Omar approved the increase.",
    "J'ai relancé le déploiement après le correctif d'Omar.",
    "Shipped the rate limiter and Omar told me the deploy went fine.",
    "Added tips from the runbook to the on-call guide, Omar reviewed it.",
    "Fixed the ratelimit bug in the rating service, Omar reviewed it.",
    "Omar and I shipped the export two weeks early.",
    "Ich betreue die CI-Pipeline, Omar hat reviewt.",
    "Built the 1:1 mapping with the legacy schema, Omar reviewed it.",
]


@pytest.mark.parametrize("text", WORK)
def test_the_same_words_about_work_stay_evidence(text: str) -> None:
    assert _kinds("weekly", text) == ["evidence"]
