"""Where a paragraph of prose holds several entries, and where it holds one (issue 15).

Each row is a rule of ``sentences.points`` or of how lines end items (``items``), read through a
whole reply as intake reads it. Only the entries' texts are checked here: their kinds and
fields have tables of their own.
"""

from __future__ import annotations

import pytest

from careerlog.parsers import ParseContext, parse_message
from tests.parsers.test_prose_entries import GOALS, KNOWN, _reply

# prompt, body, then a phrase that each entry, in order, must hold.
SPLITS: list[tuple[str, str, list[str]]] = [
    # A sentence whose point is time with someone opens an entry ...
    (
        "monthly",
        "Went deeper on BigQuery cost controls after the surprise bill. Spent a lot of time "
        "with Dorothy on the 2027 capacity forecast, she owns the growth model.",
        ["BigQuery cost controls", "time with Dorothy"],
    ),
    (
        "monthly",
        "Learned Istio well enough to set up mTLS for checkout. Met Kofi Mensah, who runs the "
        "feature store, for the first time.",
        ["Learned Istio", "Met Kofi Mensah"],
    ),
    (
        "monthly",
        "Mostly heads-down on the Kotlin rewrite this month. Nobody new, but Priya and I have "
        "kept up our Friday pairing.",
        ["Kotlin rewrite", "Priya and I"],
    ),
    # ... and so does what someone did with the user ...
    (
        "weekly",
        "Wrote the data retention job that purges expired PII every night. Linus gave me a "
        "thorough review on the PR, learned a lot about batching deletes.",
        ["data retention job", "Linus gave me"],
    ),
    (
        "weekly",
        "killed the flaky e2e suite on the merchant portal, main is green again. Tomás "
        "shadowed me on-call tue/wed and handled his first page solo",
        ["flaky e2e suite", "Tomás shadowed me"],
    ),
    # ... but someone who helped with the work, or a sentence that refers back, goes on.
    (
        "weekly",
        "The reconciliation job now runs incrementally, from 3h10m to 25 min. Renée Dubois "
        "from the Ledger team helped me validate the totals.",
        ["from 3h10m to 25 min. Renée Dubois"],
    ),
    (
        "weekly",
        "Shipped the rate limiter for the public API. Priya reviewed it the same day.",
        ["rate limiter for the public API. Priya reviewed it"],
    ),
    # "Also" anywhere in a sentence's first words, and the other languages' openers.
    (
        "weekly",
        "Got the crash rate on the payments screen from 1.8% to 0.4%. Also sat in on 2 "
        "interview loops for the mobile hire.",
        ["crash rate", "Also sat in on 2 interview loops"],
    ),
    (
        "brief",
        "Grace wants the refunds scope cut to what ships in 6 weeks. She also asked if I'd "
        "present the roadmap at the advisory board.",
        ["refunds scope", "She also asked"],
    ),
    (
        "weekly",
        "Cette semaine j'ai chiffré les sauvegardes de 42 bases. Et j'ai pris un café avec "
        "Dana pour caler la roadmap.",
        ["chiffré les sauvegardes", "Et j'ai pris un café"],
    ),
    (
        "weekly",
        "Terminé la migración del pipeline a Spark. Y me reuní con Lucía Fernández para "
        "explicarle el pipeline.",
        ["Terminé la migración", "Y me reuní con Lucía"],
    ),
    (
        "monthly",
        "Questo mese ho fatto pratica con le code review. Ho lavorato con Giulia Bianchi "
        "sull'export per la contabilità.",
        ["pratica con le code review", "Ho lavorato con Giulia"],
    ),
    (
        "monthly",
        "Aprendi a configurar o Istio para mTLS. Recebi feedback da Priya: preciso delegar "
        "mais nas revisões.",
        ["Aprendi a configurar", "Recebi feedback da Priya"],
    ),
    (
        "weekly",
        "Spent most of the week on the retention job, it purges 11 tables now; also finally "
        "worked through the borrow checker chapter of the Rust book.",
        ["retention job", "also finally worked through"],
    ),
    # Something to do next, and a label, open an entry; someone's view of the item does not.
    (
        "brief",
        "Grace is happy to lend us Jakob Fischer for the cache migration. Need to send her "
        "the migration plan by Thursday.",
        ["lend us Jakob Fischer", "Need to send her"],
    ),
    (
        "brief",
        "grace wants me to go for staff next cycle. agreed: I lead the webhook project end to "
        "end. follow-up: send her the design doc examples",
        ["go for staff next cycle", "agreed: I lead", "follow-up: send her"],
    ),
    (
        "monthly",
        'Wrote my first strategy doc draft ("Payments 2027") this month. Grace Hopper\'s '
        'feedback: the "options" section is the strongest part.',
        ['strategy doc draft ("Payments 2027") this month. Grace Hopper\'s feedback'],
    ),
    # A quarterly paragraph answers one goal, unless a label opens another.
    (
        "quarterly",
        "staff: on track, the nomination goes in with the march cycle. talk: submitted to two "
        "conferences, waiting to hear back.",
        ["staff: on track", "talk: submitted"],
    ),
    (
        "quarterly",
        "Staff: the packet is written. Grace still has to read it, and the committee wants "
        "more evidence of org-wide impact.",
        ["the packet is written. Grace still has to read it"],
    ),
    # ... a sentence that opens with another goal's name or turns from the goals, too; a few
    # words on the quarter introduce what follows.
    (
        "quarterly",
        "Honestly a mixed quarter. Cross-team influence is moving: Risk adopted my review "
        "format. Staff is stalled; the packet is written but nobody above Grace has read it "
        "yet. Outside the goals, I took the deploy frequency from 3/week to 15/week.",
        ["mixed quarter. Cross-team influence", "Staff is stalled", "Outside the goals"],
    ),
    # A goal named after an answer that named none is what that answer was about.
    (
        "quarterly",
        "Dropping this one for now. The Staff packet matters more.",
        ["Dropping this one for now. The Staff packet matters more."],
    ),
    (
        "quarterly",
        "On influence, I think I'm finally there: the Risk team asked me to run their reviews."
        " Also became the owner of the on-call handbook.",
        ["On influence", "Also became the owner"],
    ),
    # A request from the person the brief is about opens an entry.
    (
        "brief",
        "Grace walked me through the capacity model; the cluster needs ~40% more nodes. "
        "She'd like me to present the findings at the infra review.",
        ["capacity model", "She'd like me to present"],
    ),
    # "this month" is no reference back to the item before.
    (
        "monthly",
        "Went deeper on Kotlin coroutines after the rewrite. Nobody new this month, but Priya "
        "and I have kept up our Friday pairing.",
        ["Kotlin coroutines", "Priya and I"],
    ),
    (
        "monthly",
        "This month was mostly learning the ML serving stack. I did the internal Triton "
        "workshop (2 days). Met Kofi Mensah, who runs the feature store.",
        ["ML serving stack. I did the internal Triton workshop", "Met Kofi Mensah"],
    ),
    # A label or "also" opens a line's own entry after a line that ends no clause.
    (
        "quarterly",
        "talk: submitted to SREcon Americas and QCon London, waiting to hear back\n"
        "staff: no change\nalso became the owner of the on-call handbook",
        ["talk: submitted", "staff: no change", "also became the owner"],
    ),
    # A clause that turns to someone new as its subject is an entry of its own; one about a
    # team, or someone doing something with the item's work, goes on.
    (
        "monthly",
        "Ho lavorato con Giulia Bianchi del team Dati sull'export, e Hannah mi ha dato un "
        "ottimo feedback sul mio primo RFC.",
        ["Giulia Bianchi", "Hannah mi ha dato"],
    ),
    (
        "weekly",
        "Shipped the ledger schema migration for Mei Tanaka's team, and Checkout could ship "
        "on Monday.",
        ["migration for Mei Tanaka's team, and Checkout could ship"],
    ),
    (
        "weekly",
        "Wrote the retry budget RFC for the platform group, and Priya reviewed it the same day.",
        ["RFC for the platform group, and Priya reviewed it"],
    ),
    (
        "quarterly",
        "Cross-team influence: the flag cleanup policy I proposed got adopted by Web and Mobile."
        " Nothing new on Staff.",
        ["flag cleanup policy", "Nothing new on Staff"],
    ),
    (
        "quarterly",
        "Staff: sem avanço real, o documento ainda está com a Grace. Fora das metas, reduzi o "
        "custo de armazenamento de logs em 60%.",
        ["sem avanço real", "Fora das metas"],
    ),
    (
        "quarterly",
        "1. Reach Staff Engineer by Q3 2027\nCurrent state: Grace submitted my nomination.\n"
        "Next: find a second sponsor.\n\n2. Cross-team influence\nCurrent state: my API "
        "guideline is now required for all 11 public services.\nNext: run the next review.",
        ["Grace submitted my nomination", "my API guideline is now required"],
    ),
    # Scene-setting words before a first-person opener, in the other languages too.
    (
        "monthly",
        "Ce mois-ci j'ai suivi la formation interne sur Kubernetes (3 jours). Dans la foulée, "
        "j'ai migré nos 5 workers de facturation dessus.",
        ["formation interne", "Dans la foulée, j'ai migré"],
    ),
    # A request from the brief's person opens an entry; what they want of the last point not.
    (
        "brief",
        "Grace agreed to co-write the capacity RFC with me. She asked that I stop sending "
        "forecasts as spreadsheets.",
        ["co-write the capacity RFC", "She asked that I stop"],
    ),
    (
        "brief",
        "Her feedback: my status updates are too detailed for her level. She wants 3 bullets "
        "+ risks.",
        ["too detailed for her level. She wants 3 bullets"],
    ),
    (
        "monthly",
        "Worked with Hannah on the node pool migration, and I'd like to get to know Femi "
        "Adeyemi better, he just joined Platform.",
        ["node pool migration", "get to know Femi Adeyemi"],
    ),
    # After ";" a clause whose subject is someone new is an entry of its own; someone the
    # user works with on the point is not.
    (
        "monthly",
        "Ho lavorato molto con Priya sul piano di rilascio; Linus mi ha detto che nelle code "
        "review sono troppo pignolo sui nomi.",
        ["lavorato molto con Priya", "Linus mi ha detto"],
    ),
    (
        "monthly",
        "Trabajé mucho con Diego Morales en las reglas de redondeo. Hannah me dijo que mis demos "
        "son mucho más claras.",
        ["Diego Morales", "Hannah me dijo"],
    ),
    (
        "monthly",
        "mostly learning the react native bridge code, slowly. coffee w/ priya + linus about next "
        "year's mobile roadmap",
        ["react native bridge", "coffee w/ priya"],
    ),
    (
        "brief",
        "Hannah wil dat ik de overdracht van de build-cache afrond. Ze gaf me feedback: mijn "
        "RFC's zijn goed. Vragen of ze mijn talk-abstract voor Devoxx wil lezen.",
        ["overdracht", "Ze gaf me feedback", "Vragen of ze"],
    ),
    (
        "brief",
        "Grace asked for feedback on her on-call handling; told her the notes were great. "
        "Agreed she runs the next game day for the team.",
        ["on-call handling", "Agreed she runs"],
    ),
    # After ";" the user's next deed about someone new opens an entry; "that" before a
    # clause refers back to nothing.
    (
        "monthly",
        "Spent a lot of the month on gRPC streaming, rewrote the price-feed client with it; got"
        " feedback from Priya that my error handling reads much cleaner now.",
        ["gRPC streaming", "got feedback from Priya"],
    ),
    # Meeting someone new, "X and i" in lower-case writing, "-wise," as a label.
    (
        "monthly",
        "Ho lavorato tanto con Dorothy sulle previsioni di capacità, e ho conosciuto Marco "
        "Bianchi del team Dati.",
        ["lavorato tanto con Dorothy", "conosciuto Marco Bianchi"],
    ),
    (
        "monthly",
        "some more practice with sql window functions this month. priya and i finally sat "
        "down about the events backlog, good talk",
        ["sql window functions", "priya and i finally sat down"],
    ),
    (
        "monthly",
        "Got up to speed on the fraud rules engine this month. People-wise, Ngozi Eze from "
        "Risk Ops has been my go-to for the business side.",
        ["fraud rules engine", "People-wise, Ngozi Eze"],
    ),
    # In a brief, what the person wants or says is a note of its own, in each language;
    # an answer to what the user asked goes with the question.
    (
        "brief",
        "Grace will, dass ich das Schema für die Auszahlungs-Events übernehme. Sie meinte, meine"
        " Datenverträge sind jetzt viel klarer. Sie stellt mich Katrin Vogel aus dem "
        "Treasury-Team vor.",
        ["Schema für die Auszahlungs-Events", "Sie meinte", "Sie stellt mich Katrin Vogel"],
    ),
    (
        "brief",
        "Grace is cutting the loyalty feature from Q1 and wants me as tech lead on checkout. "
        "She passed on that the merchants on the advisory call loved my payout demo.",
        ["loyalty feature", "She passed on that"],
    ),
    (
        "monthly",
        "I asked Linus Chen for feedback on my first design doc. He said the API section was "
        "solid, but I should quantify the rollout risk.",
        ["design doc. He said the API section was solid"],
    ),
    # A dash label opens a line's own entry; so does a to-do after a short line.
    (
        "quarterly",
        "staff — packet submitted, decision in march\ntalk — rejected from strange loop again"
        "\ninfluence: same as last quarter",
        ["packet submitted", "rejected from strange loop", "same as last quarter"],
    ),
    (
        "brief",
        "wants a 1-pager on the KYC vendor options by fri\nask her if the advisory board slot "
        "is still open",
        ["1-pager", "ask her if"],
    ),
    # A quarterly sentence whose first words name another goal, without a pause after them.
    (
        "quarterly",
        "Staff: the packet got stronger, Sam reviewed the write-up. Cross-team influence went "
        "nowhere, I never found the time.",
        ["packet got stronger", "Cross-team influence went nowhere"],
    ),
    # What the brief's person gave the user, and what the user will do next.
    (
        "brief",
        "Grace agree that the events contract goes live after the finance test. She give me "
        "feedback that my migration plan was very clear. I will invite her to the data guild "
        "next month.",
        ["events contract", "She give me feedback", "I will invite her"],
    ),
    (
        "brief",
        "Grace asked me to walk the Growth PMs through the results. I'll do that on Monday.",
        ["Growth PMs through the results. I'll do that"],
    ),
    (
        "brief",
        "Grace quiere retrasar 3 semanas el lanzamiento de pagos con Pix. Me pidió que prepare "
        "la demo para el comité de clientes.",
        ["lanzamiento de pagos", "Me pidió que prepare"],
    ),
    (
        "brief",
        "Grace said the calibration committee read my packet and wants more scope. She "
        "suggested I take over the deprecation of the old auth service.",
        ["calibration committee", "She suggested I take over"],
    ),
    # Someone's feedback told as a sentence is a point of its own (as a label it is not:
    # "Grace Hopper's feedback: …" above).
    (
        "monthly",
        "I was bar raiser for the first time, 4 hiring debriefs in total. Grace's feedback "
        "afterwards was that I let the loudest interviewer anchor the room.",
        ["bar raiser", "Grace's feedback afterwards"],
    ),
    # Points the user counts ("First, … Second, …"), an "I" with an adverb ("I finally dug
    # into …"), and a sentence announcing them; "First time presenting …" counts nothing.
    (
        "weekly",
        "Bit of a weird week since half of it went to the access review, but two things worth "
        "writing down. First, I finished the SSO enforcement for the admin tools. Second, I "
        "finally dug into the Kafka consumer lag alert that kept paging the on-call.",
        ["two things worth writing down. First, I finished", "Second, I finally dug"],
    ),
    (
        "weekly",
        "Gave the payments on-call talk at the engineering all-hands. First time presenting to "
        "the whole org!",
        ["all-hands. First time presenting"],
    ),
    # A line the client did not wrap ends where the writer ended it, even without a full stop.
    (
        "weekly",
        "on call this week: 3 pages, all the same flaky disk alert on the kafka brokers -> "
        "tuned the threshold, should be quiet now\npaired w/ Priya on the payouts backfill "
        "script",
        ["flaky disk alert", "paired w/ Priya"],
    ),
    # Feedback the user received opens a point of its own, told in lower case or in
    # another language too.
    (
        "monthly",
        "learned the basics of eBPF this month, slow going with the verifier. got feedback "
        "from dana after the demo that my slides had too much text on them",
        ["basics of eBPF", "got feedback from dana"],
    ),
    (
        "brief",
        "Grace approved the plan for the 6 clusters, billing goes last. Her feedback on my "
        "capacity model: good numbers, but show the error bars.",
        ["approved the plan", "Her feedback on my capacity model"],
    ),
    (
        "brief",
        "Grace me pidió el plan de capacidad para enero. Me dio feedback sobre mi último "
        "postmortem: claro, pero demasiado largo.",
        ["plan de capacidad", "Me dio feedback sobre mi último postmortem"],
    ),
    # A whole labelled answer, however short, ends where the next label starts.
    (
        "quarterly",
        "Talk: done, spoke at SREcon about alert budgets. Staff: no change. New goal: own "
        "the load-test rig end to end.",
        ["spoke at SREcon", "Staff: no change", "own the load-test rig"],
    ),
    # What the brief's person wants for themselves, or a to-do put off to the next 1:1.
    (
        "brief",
        "Grace is happy with the on-call rota now, two quiet weeks in a row. she's keen on "
        "the BLE stack rewrite, intro her to Kofi.",
        ["on-call rota", "she's keen on the BLE stack rewrite"],
    ),
    (
        "brief",
        "Grace ya hace guardias sola, sin escalar nada. Quiere aprender Terraform, le voy a "
        "pasar el curso.",
        ["guardias sola", "Quiere aprender Terraform"],
    ),
    (
        "brief",
        "Grace signed off on the retention plan for the event store. Next time ask her about "
        "sponsoring my Staff case.",
        ["retention plan", "ask her about sponsoring my Staff case"],
    ),
    # Someone named with their team before what they did with the user.
    (
        "weekly",
        "Rolled out the new retention policy for the audit logs. Kofi Mensah from GRC shadowed "
        "my review so he can run the next one.",
        ["retention policy", "Kofi Mensah from GRC shadowed"],
    ),
    # Following up with someone after ", et" / ", and".
    (
        "monthly",
        "J'ai audité les 14 pages du parcours de demande, et je dois relancer Linus pour le "
        "budget de l'audit externe.",
        ["14 pages du parcours", "je dois relancer Linus"],
    ),
    # A line longer than any client wraps at (~72-78 columns) ends where the writer ended it.
    (
        "brief",
        "feedback: my interview scorecards are too long, she wants the hire/no-hire call up top\n"
        "Ask Mei if she can run the system design round.",
        ["interview scorecards", "Ask Mei if she can run"],
    ),
    # A few words saying the reply is short introduce what follows.
    (
        "weekly",
        "Quick one, on call all week. I shipped the retry budget for the payouts API. Also "
        "paired with Priya on the backfill.",
        ["Quick one, on call all week. I shipped the retry budget", "Also paired with Priya"],
    ),
    # A topic said with "-wise" opens a point, with or without its comma.
    (
        "monthly",
        "I ran my first interview loop as the stand-in hiring manager this month. Tech-wise I "
        "picked up a bit of eBPF to chase a packet-drop issue.",
        ["first interview loop", "Tech-wise I picked up a bit of eBPF"],
    ),
    # A sentence whose point is walking someone new through something opens a point.
    (
        "weekly",
        "Cost is down ~$2,100/month once we turn the old cluster off. Spent Wednesday afternoon "
        "walking Beatriz Lima through the incremental model setup.",
        ["Cost is down", "walking Beatriz Lima through"],
    ),
    # In a brief, the person's liking of the user's work opens a point, in plain English or not.
    (
        "brief",
        "Grace say the SRE team can take over the rollout if I write the guide first. She like "
        "my runbook draft but want less steps.",
        ["take over the rollout", "She like my runbook draft"],
    ),
    # ", and then" turns to the next thing the user did, unless it goes on about the last.
    (
        "monthly",
        "Finished the Kafka internals course on Monday, and then migrated the billing consumer "
        "onto the new client library.",
        ["Kafka internals course", "migrated the billing consumer"],
    ),
    (
        "monthly",
        "J'ai fini le cours sur Kafka lundi, et puis j'ai migré le consumer de facturation.",
        ["cours sur Kafka", "j'ai migré le consumer"],
    ),
    (
        "weekly",
        "Shipped the new retry budget for payouts, and then it broke again on Friday night.",
        ["retry budget for payouts, and then it broke again"],
    ),
    # Someone new doing something with the user, or introducing the user to someone.
    (
        "weekly",
        "Route optimizer v2 is live in the Leeds depot, ~11% fewer miles driven. Kofi Mensah "
        "from Fleet ran the pilot with me, owe him a beer.",
        ["Route optimizer v2", "Kofi Mensah from Fleet ran the pilot with me"],
    ),
    (
        "brief",
        "A Grace quer que eu leve o dashboard de SLOs para os outros times. Ela vai me "
        "apresentar ao Joaquim Teles, do time de Observabilidade.",
        ["dashboard de SLOs", "Ela vai me apresentar ao Joaquim Teles"],
    ),
    # An Italian quarterly sentence that turns aside from the goals.
    (
        "quarterly",
        "Staff: il gap resta lo stesso, mi manca un progetto che tocchi tutta l'organizzazione. "
        "Fuori dagli obiettivi, i maintainer attivi del progetto sono passati da 2 a 6.",
        ["il gap resta lo stesso", "Fuori dagli obiettivi"],
    ),
    # The person's verdict on the user's work, told in the past, opens a point.
    (
        "brief",
        "Grace ist einverstanden, dass wir das alte Cluster im März abschalten. Sie fand meinen "
        "Migrationsplan gut, aber ich soll die Risiken weiter oben nennen.",
        ["das alte Cluster", "Sie fand meinen Migrationsplan gut"],
    ),
    # "; I also <did something>" opens a point, in each language.
    (
        "monthly",
        "Ce mois-ci j'ai appris à lire les fichiers camt.054 pour les rejets ; j'ai aussi suivi "
        "la formation interne sur la conformité.",
        ["fichiers camt.054", "j'ai aussi suivi la formation interne"],
    ),
    (
        "weekly",
        "Moved the nightly export onto the new scheduler; I also wrote the runbook for the "
        "on-call rotation.",
        ["nightly export", "I also wrote the runbook"],
    ),
    # A short question first introduces what follows.
    (
        "weekly",
        "Anyone else see the nightly batch spike on month-end? I traced ours to the FX snapshot "
        "and moved it after the ledger close. Also paired with Priya on the recon report.",
        ["Anyone else see the nightly batch spike", "Also paired with Priya"],
    ),
    # A short opener already joined to the sentence after it is no introduction of the
    # points after that.
    (
        "monthly",
        "Quick one. Finished the Kafka internals course on Monday, and then migrated the "
        "billing consumer onto the new client library.",
        ["Quick one. Finished the Kafka internals course", "migrated the billing consumer"],
    ),
    # A sentence that opens with a verb in the past and no "I" opens a point when it turns
    # to learning or to someone; one that goes on with the work stays with it.
    (
        "monthly",
        "Learned how the release train freezes work the hard way. Practised writing the "
        "freeze notice for the store reviewers.",
        ["Learned how the release train", "Practised writing the freeze notice"],
    ),
    (
        "weekly",
        "Shipped the new payout scheduler to all merchants. Onboarded the two new hires onto "
        "the on-call rotation.",
        ["Shipped the new payout scheduler", "Onboarded the two new hires"],
    ),
    (
        "weekly",
        "Led the incident review for the payouts outage. Wrote up three follow-ups for my team.",
        ["Led the incident review for the payouts outage. Wrote up three follow-ups"],
    ),
    # Someone new as a sentence's subject opens a point about them; their view of the point
    # or their help with its work goes on with it.
    (
        "weekly",
        "Cut the release to 100% on Tuesday, crash rate down to 0.2%. Priya and Tomás both "
        "jumped in on the store review, saved us a day.",
        ["Cut the release to 100%", "Priya and Tomás both jumped in"],
    ),
    (
        "monthly",
        "did the threat modelling course and ran my first session solo. grace wants me to "
        "turn the threat model into a template for the other squads",
        ["threat modelling course", "grace wants me to turn the threat model"],
    ),
    (
        "weekly",
        "Moved the ledger export onto the new queue. Renée Dubois from the Ledger team helped "
        "me check the totals against last month.",
        ["Moved the ledger export onto the new queue. Renée Dubois"],
    ),
    (
        "weekly",
        "Rewrote the onboarding runbook. Grace Hopper's feedback: the first command belongs "
        "at the top.",
        ["Rewrote the onboarding runbook. Grace Hopper's feedback"],
    ),
    # A first sentence on how things stood before sets up the point after it.
    (
        "weekly",
        "The nightly export had been timing out about twice a week. I turned it into three "
        "jobs and it has finished in 20 min every night since. Also paired with Priya on the "
        "alerting.",
        ["had been timing out about twice a week. I turned it", "paired with Priya"],
    ),
    # The user's own to-do opens a point, as a sentence or after "and".
    (
        "monthly",
        "Mensen: Andrei Lungu van het Fraude-team helpt me met het schema-register, en ik moet "
        "Grace nog bedanken voor de intro bij Finance.",
        ["Andrei Lungu", "ik moet Grace nog bedanken"],
    ),
    # A label announcing how many points follow splits its sentence at ", and".
    (
        "brief",
        "Grace liked the load-time work. Two follow-ups: get the cert checklist to Paolo "
        "Ricci before the 12th, and book time with her on my conference abstract.",
        ["load-time work", "cert checklist to Paolo Ricci", "book time with her"],
    ),
    # Feedback the user asked for opens a point, with the answer that follows.
    (
        "brief",
        "Omar wants the dedupe job rewritten before Black Friday. Asked him for feedback on my "
        "design doc, he said the trade-offs section was the clearest he's read this year.",
        ["dedupe job", "Asked him for feedback on my design doc, he said"],
    ),
    # Spanish, Portuguese and Italian leave the "I" out of a to-do; what the person asked
    # for is a point of its own.
    (
        "brief",
        "O Tomás vai assumir o rodízio de releases a partir de janeiro. Ele pediu feedback "
        "sobre o primeiro postmortem que escreveu. Preciso mandar pra ele o checklist.",
        ["rodízio de releases", "Ele pediu feedback", "Preciso mandar pra ele"],
    ),
    # A sentence that turns to a topic opens a point.
    (
        "brief",
        "Grace read the talk abstract and thinks it's ready for the CFP. On the Staff side she "
        "still wants one more cross-org project.",
        ["talk abstract", "On the Staff side she still wants"],
    ),
    # "Short version …" introduces the points after it.
    (
        "weekly",
        "Short version because it's been a lot. I shipped the pricing page rebuild. Also paired "
        "with Priya on the experiment framework.",
        ["Short version because it's been a lot. I shipped the pricing page", "paired with Priya"],
    ),
    # A few words saying there was little to tell introduce the point after them.
    (
        "monthly",
        "not much new tech this month tbh. practised incident command twice in game days. "
        "mentoring Sandeep Kulkarni now, our new SRE hire",
        ["not much new tech this month tbh. practised incident command", "mentoring Sandeep"],
    ),
    # In a brief, what to do next time and what the person will do are points of their own.
    (
        "brief",
        "Linus walked me through how the batch got sharded last year. He'll review my design "
        "doc by Thursday. Next 1:1 bring the promo doc draft.",
        ["walked me through", "He'll review my design doc", "Next 1:1 bring the promo doc"],
    ),
    # A review received opens a point, as feedback does; German and Dutch put the verb second.
    (
        "monthly",
        "Finally learned Compose for real, rewrote the settings screens as practice. Got a "
        "hard but fair code review from Hannah on state hoisting.",
        ["learned Compose", "code review from Hannah"],
    ),
    (
        "weekly",
        "Das Ranking-Modell läuft seit Dienstag für 50 % der Nutzer. Die Trainingszeit habe "
        "ich von 7 Stunden auf 3 Stunden gedrückt.",
        ["Ranking-Modell", "Die Trainingszeit habe ich"],
    ),
    # A wrapped paragraph still reads as one, whatever its lines' lengths.
    (
        "weekly",
        "Shipped the limiter for checkout and the payouts API after two weeks of\n"
        "tests and a long soak in staging over the whole of the last weekend\n"
        "with no errors",
        ["two weeks of tests and a long soak in staging over the whole of the last weekend with"],
    ),
    # The period said as a noun phrase, with an aside or little else, introduces the point
    # after it; feedback from someone, and a bare deed helping someone, open one.
    (
        "weekly",
        "Bit of a grab bag week. I shipped the route optimiser for the Leeds depot on Monday.",
        ["Bit of a grab bag week. I shipped the route optimiser"],
    ),
    (
        "weekly",
        "Semaine calme (j'étais en congé jeudi et vendredi). J'ai corrigé l'erreur d'arrondi "
        "sur les factures en francs suisses.",
        ["Semaine calme (j'étais en congé jeudi et vendredi). J'ai corrigé"],
    ),
    (
        "weekly",
        "Mostly unblocking others this week, not much code of my own. I sorted out staging "
        "access for the two new contractors on Routing.",
        ["Mostly unblocking others this week, not much code of my own. I sorted out staging"],
    ),
    (
        "monthly",
        "J'ai appris à écrire des requêtes PromQL correctes et j'ai refait les tableaux de "
        "bord. Retour de Mei en revue de code : mes messages de commit sont trop vagues.",
        ["requêtes PromQL", "Retour de Mei"],
    ),
    (
        "monthly",
        "learned bazel query basics, rewrote our slowest build targets. helped Kwame Asante "
        "get his first iOS build green",
        ["learned bazel query basics", "helped Kwame Asante"],
    ),
    (
        "monthly",
        "learned k8s network policies, wrote 14 policies for ingest. worked w/ priya + Wiremu "
        "Horomona (infra) most of the month",
        ["learned k8s network policies", "worked w/ priya"],
    ),
    # After a point about someone, a bare deed that names no one turns back to work.
    (
        "weekly",
        "I sat in on the usability sessions with Ruth Abernathy; watching drivers scan with "
        "gloves on changed how I think about buttons. Wrapped up with a half-day game day on "
        "the dispatch service, we found 2 alerts that never fire.",
        ["usability sessions with Ruth Abernathy", "Wrapped up with a half-day game day"],
    ),
]


@pytest.mark.parametrize(("prompt", "body", "texts"), SPLITS, ids=[s[1][:40] for s in SPLITS])
def test_a_paragraph_holds_an_entry_per_point(prompt: str, body: str, texts: list[str]) -> None:
    ctx = ParseContext(known_people=KNOWN, open_goals=GOALS)
    entries = parse_message(_reply(prompt, body), ctx).entries
    assert len(entries) == len(texts), [e.text for e in entries]
    for entry, text in zip(entries, texts, strict=True):
        assert " ".join(text.split()) in " ".join(entry.text.split())


def test_an_entry_split_at_a_clause_starts_at_its_own_words() -> None:
    """ "…, and I'd like to get to know Femi" is logged as "I'd like to …", not "and I'd …"."""
    ctx = ParseContext(known_people=KNOWN, open_goals=GOALS)
    body = (
        "Worked with Hannah on the node pool migration, and I'd like to get to know Femi "
        "Adeyemi better, he just joined Platform."
    )
    entries = parse_message(_reply("monthly", body), ctx).entries
    assert [e.text.split()[0] for e in entries] == ["Worked", "I'd"]
