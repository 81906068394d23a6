"""Cues that an item reports work done, learning, or a goal's progress.

Delivered work ("Shipped …", "j'ai migré …"), a result counted after the work, a figure
that changed, learning or practice (a course, a book, "aprendí a …"), and the words that
speak of a goal's progress or gap, or say a line is off the goals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careerlog.parsers.patterns import by_first_letter, opening_letters

_I = re.IGNORECASE

# Words of learning, practice or explaining: a monthly note that holds them is the user's
# practice, though it names someone or counts a result.
SKILL_CUES = re.compile(
    r"\blearn|\bfeedback|\bpractic|\bstudied|\bcourse|\bhow to\b|\bread(?:ing)?\b|\bexplain", _I
)
# In a 1:1 brief, work reported finished is evidence, whoever it was told to: "Told Omar the
# payouts backfill is finished", "la migración está terminada", "die Migration ist fertig".
FINISHED = re.compile(
    r"\b(?=[iewsaèzéhgf])(?:is|are|was|were|has|have|got|ist|sind|est|sont|está|están|estão|"
    r"foi|foram|fue|fueron|é|è|sono|zijn|staat|staan)\s+"
    r"(?:now |jetzt |maintenant |ya |já |nu |ora |(?:now )?been |stat[oaie] )?(?:finished|done|"
    r"complete|completed|live|shipped|launched|deployed|rolled out|released|merged|wrapped up|"
    r"gone live|in production|"
    r"fertig|abgeschlossen|erledigt|ausgerollt|in produktion|terminée?s?|finie?s?|bouclée?s?|"
    r"en production|déployée?s?|livrée?s?|terminad[oa]s?|listo|lista|en producción|"
    r"desplegad[oa]s?|completad[oa]s?|pront[oa]s?|concluíd[oa]s?|em produção|no ar|klaar|"
    r"afgerond|af(?=\s*(?:[.,;!]|$))|uitgerold|in productie|finit[oa]|completat[oa]|"
    r"conclus[oa]|in produzione|rilasciat[oa])(?!\w)(?! (?:nothing|anything)\b)|"
    # going live: "the payouts backfill went live on Tuesday", "ist live gegangen"
    r"\b(?=[wgepfsalè])(?:went live|(?:ist |is )?live gegangen|ging live|is live gegaan|"
    r"est passée? en prod(?:uction)?|salió a producción|(?:entrou|foi) (?:em|para|pra) produção|"
    r"(?:è )?andat[oa] (?:live|in produzione))\b",
    _I,
)
# Counts of the meeting itself ("4 pairing sessions", "3 new hires"), of shifts taken or of
# review comments left ("left about 20 comments") report no outcome.
ACTIVITY_COUNTS = frozenset(
    {
        "sessions",
        "meetings",
        "hires",
        "people",
        "calls",
        "1:1s",
        "mentees",
        "interns",
        "juniors",
        "shifts",
        "comments",
    }
)
# Units that measure an outcome, not the time or the sessions spent: a percentage, a
# multiplier, money, a rate ("~6 hours/week").
_IMPACT_UNITS = frozenset({"%", "pp", "x", "USD", "EUR", "GBP", "JPY", "CHF", "BRL"})
# A word that may come first: "Also shipped …", "Wel geleverd: …", "Außerdem geliefert: …",
# "Puis livré …", "Poi rilasciato …".
_ALSO = (
    r"(?:(?:also|and|then|finally|wel|ook|auch|außerdem|ausserdem|aussi|también|também|anche|"
    r"inoltre|et|puis|ensuite|y|luego|después|e|depois|poi|dopo|und|dann|en|daarna) )?"
)
# What a monthly or brief reply reports as delivered ("Shipped the rate limiter …"); not
# "Presented …" or "Took over the training …", which there are practice.
DELIVERED = re.compile(
    rf"^\W*{_ALSO}(?:shipped|landed|launched|delivered|released|deployed|decommissioned|"
    r"automated|went live with|rolled out|migrated|cut|reduced|saved|fixed|"
    # a figure changed, said in a verb: "Halved the build time", "Sped up the export"
    r"halved|doubled(?! down)|tripled|sped up|trimmed|shrank|brought down|"
    # the same in the other languages replies come in (nl, de, fr, es, pt, it)
    r"(?:op)?geleverd|uitgerold|gemigreerd|gelanceerd|geliefert|ausgeliefert|ausgerollt|"
    r"migriert|livré|déployé|migré|lancé|mis en prod(?:uction)?|entregado|desplegado|lanzado|"
    r"migrado|publicado|entregue|implantado|lançado|consegnato|rilasciato|lanciato|migrato)\b",
    _I,
)
# An item that opens with learning or practice is a skill, whatever the prompt asked.
SKILL_START = re.compile(
    r"^\W*(?:also )?(?:learned|learnt|studied|practi[cs]ed|took (?:a|the) course|went deep on|"
    r"(?:took|had|made) (?:my|a) first (?:go|stab|shot|attempt|try) at|tried my hand at|"
    # "also picked up how to read CloudTrail diffs, linus walked me through it"
    r"picked up (?:how to|enough|a bit of|the basics of)|"
    # "first time writing a KEDA scaler on my own"
    r"(?:my )?first time [a-z]+ing|"
    r"ramped up on|read up on|got (?:some )?feedback|received feedback)\b",
    _I,
)
# The user learning, anywhere in the item ("Started learning Rust through …"), but not
# others ("so the new hires learn …", "lessons learned") nor a thing ("machine learning").
# Each cue opens with its first letter, for ``by_first_letter``.
_LEARNING_CUES = (
    r"learn(?:ed|t|ing)?",
    r"stud(?:ied|ying)",
    r"practi[cs](?:ed|ing)",
    r"went deep on",
    r"ramp(?:ed|ing) up on",
    r"read up on",
    r"took (?:a|the) course",
    # the same said otherwise: "got up to speed on the ledger code", "brushed up on SQL",
    # "taught myself enough eBPF", "picked up a bit of Rust" (not "picked up some tickets")
    r"g(?:ot|et) up to speed (?:on|with)",
    r"came up to speed (?:on|with)",
    r"brush(?:ed|ing) up on",
    r"t(?:aught|eaching) myself",
    r"self-taught",
    r"wrapped my head around",
    r"got my head around",
    r"level(?:l)?ed up (?:on|in)",
    *(rf"{must} to practi[cs]e" for must in ("need", "want", "have", "had")),
    r"got (?:some|more|a lot of|plenty of) practice\b",
    r"tried (?:\S+ ){1,4}?for the first time",
    # getting good at something: "got decent at eBPF tracing", "got the hang of Terraform"
    r"got (?:(?:pretty|fairly|quite|really|a lot|much|more) )?(?:decent|good|better|"
    r"comfortable|confident|fluent|familiar) (?:at|with|in)",
    r"got the hang of",
    # what was learned, named after it: "The one new thing I picked up is property-based …"
    r"new things? I (?:picked up|learned|learnt)",
    r"pick(?:ed|ing) up (?:a (?:bit|little|lot|fair bit) (?:of|about)|enough|the basics of|some|"
    r"how to)"
    r"(?! (?:of|slack|more|extra|tickets?|work|shifts?|bugs?|issues?|tasks?|pages?|context|"
    r"load|toil|on-?call)\b)",
    # a first try: "took my first go at writing a Tempo query", "tried my hand at Rego"
    *(
        rf"{made} (?:my|a) first (?:go|stab|shot|attempt|try) at"
        for made in ("took", "had", "made")
    ),
    r"tried my hand at",
)
_LEARNING = re.compile(
    rf"\b{opening_letters(_LEARNING_CUES)}(?<!machine )(?<!deep )(?<!lessons )(?<!e-)"
    rf"(?:{by_first_letter(_LEARNING_CUES)})\b"
    r"(?! (?:path|platform|budget|session|sessions|materials|resources)\b)",
    _I,
)
# The user learning or practising, in the other languages replies come in: "Este mes aprendí
# a perfilar consultas", "Ich lerne gerade Rust".
_LEARNING_OTHER = re.compile(
    r"\b(?=[aejgilhpéfmsbcqvwdzt])(?:aprend(?:í|i|o|iendo|endo|id[oa])|(?:j['’]ai )?appris|"
    r"j['’]apprends|gelernt|(?:ich )?lerne (?:gerade|jetzt|seit)|"
    r"ich lerne|(?:bij)?geleerd|ik leer|aan het leren|imparat[oa]|imparando|"
    r"estudi(?:é|ando|ad[oa])|estud(?:ei|ando|ado)|étudié|studiat[oa]|studiando|"
    r"practiqu[ée]|pratiqu[ée]|pratiquei|practic(?:ad[oa]|ando)|pratic(?:ad[oa]|ando)|"
    r"geübt|geoefend|praticat[oa]|esercitat[oa]|(?:fatto|fare|faccio) pratica|"
    # starting or wanting to learn: "Empecé a aprender Rust", "angefangen, Rust zu lernen"
    r"(?:empecé|empezando|comencé|quiero|voy|comecei|começando|quero|vou) a aprender|"
    # learning one had to do: "me tocó aprender Snowflake", "tive que aprender", "ho dovuto
    # imparare", "j'ai dû apprendre"
    r"(?:me toc[óo]|tuve que|tive que) aprender|ho dovuto imparare|j['’]ai dû apprendre|"
    r"(?:en train d|commencé à |envie d)['’]?apprendre|"
    r"(?:angefangen|begonnen),? (?:\S+ ){0,3}?zu lernen|"
    r"(?:will|möchte|muss) (?:\S+ ){1,3}?lernen|(?:wil|moet|ga) (?:\S+ ){1,3}?leren|"
    r"(?:(?:iniziato|cominciato) a|voglio|devo) imparare|"
    # trying something for the first time: "Probé Rego por primera vez", "Zum ersten Mal Rego
    # … ausprobiert", "Voor het eerst Rego geprobeerd"
    r"(?:probé|testei|experimentei|essayé|provato)\b[^.;]{0,40}?"
    r"\b(?:por primera vez|pela primeira vez|pour la première fois|per la prima volta)|"
    r"(?:zum ersten mal|voor het eerst)\b[^.;]{0,50}?\b(?:ausprobiert|probiert|geprobeerd|"
    r"uitgeprobeerd)|"
    # a first try: "Mi primer intento de …", "Mijn eerste poging om …", "Mein erster Versuch"
    r"(?:mi primer intento|(?:a )?minha primeira tentativa|ma première tentative|"
    r"mein erster versuch|mijn eerste poging|il mio primo tentativo)|"
    # certified: "Me certifiqué como entrevistadora", "Ik ben nu gecertificeerd als …"
    r"me certifiqu(?:é|ei)|me certificaron|fui certificad[oa]|"
    r"mi sono certificat[oa]|bin (?:\S+ ){0,6}?zertifiziert|"
    r"suis (?:\S+ ){0,2}?certifiée?|ben (?:\S+ ){0,2}?gecertificeerd|"
    # getting up to speed on something: "mich in die Regel-Engine eingearbeitet", "me puse al
    # día con el código", "je suis montée en compétence sur Kafka", "me ingelezen in Kafka"
    r"eingearbeitet|einarbeiten|eingelesen|einlesen|ingewerkt|inwerken|ingelezen|inlezen|"
    r"familiaris\w*|familiariz\w*|(?:me puse|ponerme|poniéndome) al día|"
    r"mont(?:ée?|er|e) en compétences?|"
    r"(?:me suis|je me) form(?:ée?|e) (?:à|sur|en)|"
    # teaching oneself: "Ich habe mir selbst Go beigebracht"
    r"selbst (?:\S+ ){0,3}?beigebracht)\b",
    _I,
)
# Something the user delivered, said in the first person anywhere in the item: "Dans la
# foulée, j'ai migré nos 5 workers", "then I migrated the cron jobs", "Fiz o deploy do …".
I_DELIVERED = re.compile(
    r"\b(?=[jiwonhdmelpfagucrbv])(?:j['’]ai (?:migré|livré|déployé|mis en prod(?:uction)?|lancé)|"
    r"(?:on a|nous avons) (?:migré|livré|déployé|mis en prod(?:uction)?|lancé)|"
    r"(?:I|we)(?:['’]ve| have)? (?:shipped|migrated|launched|rolled out|delivered|deployed|"
    r"released|cut|reduced|halved|sped up)|"
    r"(?:he|hemos) (?:migrado|entregado|desplegado|lanzado|publicado|puesto en producción)|"
    r"(?:migré|desplegué|entregué|publiqué)|"  # Spanish, the first person: "Migré los cron jobs"
    r"(?:eu )?(?:migrei|entreguei|implantei|lancei|publiquei|coloquei em produção)|"
    r"(?:fiz|fizemos) o (?:deploy|rollout)|"
    r"(?:ho|abbiamo) (?:migrato|rilasciato|consegnato|lanciato|messo in produzione)|"
    # a figure the user changed: "J'ai réduit …", "Reduje a la mitad …", "Ho dimezzato …"
    r"(?:j['’]ai|on a|nous avons) (?:réduit|divisé|accéléré|diminué|baissé)|"
    r"(?:reduje|bajé|aceleré|recorté|reduzi|baixei|acelerei|cortei)|"
    r"(?:ho|abbiamo) (?:ridotto|dimezzato|accelerato|abbassato|tagliato)|"
    # the verb last, in German and Dutch: "Die Cronjobs auf Kubernetes migriert", "Die
    # Build-Zeit halbiert", "De buildtijd gehalveerd"
    r"(?:ausgerollt|ausgeliefert|geliefert|migriert|live geschaltet|uitgerold|opgeleverd|"
    r"gemigreerd|live gezet|halbiert|beschleunigt|gesenkt|verkürzt|reduziert|gehalveerd|"
    r"versneld|verlaagd|verkort)"
    r"(?! (?:werden|worden|wird|wordt)\b))\b",
    _I,
)
# Taking a course, a workshop, a tutorial or a certification, in the other languages replies
# come in: "Ho anche seguito un corso su eBPF", "J'ai suivi un atelier", "Saqué la certificación".
_COURSE = re.compile(
    r"\b(?=[sfcipohtebga])(?:seguito|fatto|frequentato|finito|completato|iniziato|preso|"
    r"ottenuto|hice|tomé|terminé|completé|empecé|saqué|obtuve|fiz|terminei|conclu[íi]|comecei|"
    r"tirei|obtive|suivi|fini|obtenu|commencé|besucht|gemacht|gevolgd|gedaan|afgerond|"
    r"gehaald|behaald)\s+"
    r"(?:[^\W\d_]+\s+){0,2}(?:corso|curso|cours|kurs|cursus|formation|schulung|workshop|"
    r"atelier|taller|oficina|tutori(?:al|el)|certifica(?:ción|ção|tion|zione)|zertifizierung|"
    r"certificering|bootcamp)\b|"
    # the verb last, in German and Dutch: "Einen Kurs zu Kubernetes gemacht", "AWS-Zertifizierung
    # bestanden", "Een cursus Kubernetes gevolgd"
    r"\b(?=[kswtzcob])(?:kurs|schulung|workshop|tutorial|zertifizierung|cursus|"
    r"opleiding|certificering|bootcamp)\w*\b[^.;]{0,60}?\b(?:gemacht|besucht|abgeschlossen|"
    r"bestanden|durchgearbeitet|gevolgd|gedaan|afgerond|gehaald|behaald|doorgewerkt)\b",
    _I,
)
# Working through a book or a chapter, doing a course or a workshop: "finally worked through
# the borrow checker chapter of the Rust book", "I did the internal Triton workshop". Each
# cue opens with its first letter, for ``by_first_letter``.
_STUDIED = (
    r"(?:(?:work)?books?|chapters?|courses?|tutorials?|workshops?|certifications?|bootcamp|"
    r"livre|chapitre|buch|kapitel|libro|capítulo|livro|boek|hoofdstuk|capitolo)\b"
)
_STUDY_CUES = (
    # reading a paper: "actually reading the Raft paper", "ich lese gerade das Paper über Raft"
    *(
        rf"{read} (?:\S+ ){{0,5}}?(?:papers?|articles?|artikel|artículo|artigo|articolo|"
        r"whitepaper)\b"
        for read in (
            *("read", "reading", "leyendo", "lendo", "lu", "leí", "li", "gelesen", "gelezen"),
            *("letto", "lese", "lees", "leggendo"),
        )
    ),
    *(
        rf"{did} (?:\S+ ){{0,6}}?{_STUDIED}"
        for did in (
            *("did", "attended", "took", "completed", "finished", "started"),
            *(f"{went} through" for went in ("worked", "working", "went", "going", "got")),
            *("getting through", "went to", "joined", "signed up for", "enrolled in", "read"),
            *("lu", "leí", "li", "gelesen", "gelezen", "letto", "durchgearbeitet", "doorgewerkt"),
        )
    ),
    # lectures or talks watched: "Watched the Strange Loop lecture series on CRDTs"
    r"watched (?:\S+ ){0,6}?(?:courses?|tutorials?|lectures?|webinars?|talks?)\b",
    # a certification or an exam passed: "Passed the AWS Solutions Architect certification"
    *(
        rf"{passed} (?:\S+ ){{0,4}}?(?:certifications?|certified)\b"
        for passed in ("passed", "got", "earned", "obtained")
    ),
    r"passed (?:\S+ ){0,4}?exams?\b",
    # the verb last, in German and Dutch: "Das Kapitel über Ownership … durchgearbeitet"
    *(
        rf"{book}\w*\b[^.;]{{0,60}}?\b(?:gelesen|durchgearbeitet|gelezen|doorgewerkt)\b"
        for book in ("kapitel", "buch", "boek", "hoofdstuk")
    ),
)
_STUDY = re.compile(rf"\b{opening_letters(_STUDY_CUES)}(?:{by_first_letter(_STUDY_CUES)})", _I)
# Each cue of ``_COURSE`` and ``_LEARNING_OTHER`` holds one of these: most items hold none,
# and one look for them is several times faster than the two patterns.
_OTHER_STEMS = (
    "aprend", "appris", "apprend", "lern", "leer", "leren", "impar", "estud", "étudi", "studia",
    "practi", "prati", "geübt", "geoefend", "esercitat", "intento", "tentativ", "versuch",
    "poging", "certifi", "zertifi", "arbeit", "lesen", "ingewerkt", "inwerken", "lezen",
    "familiari", "al día", "compétence", "formé", "me forme", "beigebracht", "cors", "curs",
    "cours", "kurs", "formation", "schulung", "workshop", "atelier", "taller", "oficina",
    "tutori", "bootcamp", "opleiding", "primera vez", "primeira vez", "première fois",
    "prima volta", "ersten mal", "voor het eerst",
)  # fmt: skip
_OTHERS_LEARN = re.compile(
    r"\b(?:help(?:ed|ing|s)?|so|let(?:s|ting)?|teach(?:ing)?|taught|them|others|everyone|"
    r"people|team|hires|they|he|she|how)\s+(?:\w+\s+)?$",
    _I,
)
# Words that speak of a goal's progress or gap rather than report something done.
_GOAL_TALK = re.compile(
    r"\bgoals?\b|\bgaps?\b|\bnext\b|\bstill\b|\bnot yet\b|\bwant\b|\bplan(?:ning)? to\b|"
    r"\bneed to\b|\bhope\b|\baim\b|\bdone\b|\bdrop(?:ping|ped)?\b|\bprogress\b|"
    r"\bcloser\b|\bno change\b|\bon track\b|\bbehind\b|\bthere yet\b|\bshort of\b|"
    r"\btarget (?:is|was|of|for)\b|\bhalfway\b|"
    # the same in the other languages replies come in: "Noch nicht ganz da: …, Ziel sind
    # 200 ms", "Todavía no: …, el objetivo son 200 ms", "Nog niet gehaald: …"
    r"\bziele?\b|\bnoch nicht\b|\bfehlt noch\b|\bfortschritt|\bauf kurs\b|"
    r"\bobjectifs?\b|\bpas encore\b|\btoujours pas\b|\bil manque\b|\ben bonne voie\b|"
    r"\bobjetivos?\b|\bmetas?\b|\btodavía no\b|\baún no\b|\btodavía falta|\bprogreso\b|"
    r"\bainda não\b|\bainda falta|\bprogresso\b|"
    r"\bdoel(?:en)?\b|\bnog niet\b|\bvoortgang\b|\bop koers\b|"
    r"\bobiettiv[oi]\b|\bnon ancora\b|\bancora da\b|\bprogressi\b|\bin linea\b",
    _I,
)
# Saying that what follows is no goal's: "Outside the goals, I took …", "wasn't on my goal
# list", "Fuera de los objetivos: …".
OFF_GOALS = re.compile(
    r"\b(?=[nwiobafhelusmrgp])(?:"
    r"(?:not|(?:was|is|are|were)n['’]t) (?:on|in|part of|one of|related to|tied to|linked to|"
    r"connected to|toward|towards|for) (?:my|the|any|a) (?:\w+ )?goals?\b|"
    r"(?:outside|beyond|besides|apart from|unrelated to|nothing to do with) (?:of )?"
    r"(?:any of )?(?:my|the|any) goals?\b|"
    # "Not goal-related, but …", "Off-goal: …", "Off the goals: …"
    r"not goal[- ]related|off[- ]goals?\b|off (?:my|the) goals?\b|goal[- ]unrelated|"
    # "Unrelated but worth saving: …", "…, which isn't a goal but …"
    r"unrelated(?: but\b|\s*[,:])|(?:not|(?:is|was)n['’]t) a goal\b|"
    r"(?:fuera|aparte|más allá) de (?:mis|los) objetivos|"
    r"(?:sin relación|no relacionad[oa]|(?:no tiene )?nada que ver) con (?:mis|los) "
    r"(?:objetivos|metas)|"
    r"(?:fora|além) d(?:os|as|e) (?:meus |minhas )?(?:objetivos|metas)|"
    r"(?:sem relação|(?:não tem )?(?:nada )?a ver|não relacionad[oa]) (?:com|a) "
    r"(?:[oa]s |às |aos )?(?:meus |minhas )?(?:objetivos|metas)|"
    r"los van (?:mijn|de) doelen|abseits (?:meiner|der) ziele|"
    r"a parte (?:i miei|gli) obiettivi|"
    r"en dehors (?:de mes|des) objectifs|hors (?:de )?(?:mes )?objectifs|"
    r"(?:pas|non) liée?s? (?:à mes|aux) objectifs|sans (?:rapport|lien) avec (?:mes|les) objectifs|"
    r"rien à voir avec (?:mes|les) objectifs|außerhalb (?:meiner|der) ziele|"
    r"nicht (?:auf|in) meine[nr]? ziel|unabhängig von (?:meinen|den) zielen|"
    r"nichts mit (?:meinen|den) zielen zu tun|nicht zielbezogen|buiten (?:mijn|de) doelen|"
    r"niet gerelateerd aan (?:mijn|de) doelen|niets te maken met (?:mijn|de) doelen|"
    r"al di fuori (?:dei miei|degli) obiettivi|fuori dagli obiettivi|"
    r"non legat[oa] a(?:i miei|gli) obiettivi|al di là (?:dei miei|degli) obiettivi|"
    r"(?:niente|nulla) a che (?:vedere|fare) con (?:i miei|gli) obiettivi)",
    _I,
)
# A weekly line that names a goal of the user's speaks of its progress: "so the conference
# goal finally has something behind it", "el objetivo de la conferencia avanza".
_GOAL_MENTION = re.compile(
    r"\b(?=[mtonuv])(?:(?:my|our) (?:[\w'’-]+ ){0,3}goal\b(?! (?:list|setting|doc)\b)|"
    r"the (?:[\w'’-]+ ){1,3}goal\b(?! (?:list|setting|doc)\b)|"
    r"(?:mi|mon|mein(?:em)?|mijn|il mio|o meu|meu|nuestro|notre|unser(?:em)?|ons) "
    r"(?:objetivo|objectif|ziel|doel|obiettivo)\b|"
    # "meta", the Spanish and Portuguese goal word: "mi meta de la charla", "a minha meta"
    r"(?:mi|minha|nuestra|nossa) meta\b)",
    _I,
)
_GOAL_NOUNS = ("goal", "objetivo", "objectif", "ziel", "doel", "obiettivo", "meta")
# A result counted after the work that gave it: "…, 46 issues filed", "30 bugs found",
# "46 problemas encontrados", "46 Probleme gemeldet", "46 stale alerts retired"; or before it:
# "filed 46 issues", "retired 46 alerts".
RESULT = re.compile(
    r"(?=[\dfcrmtda])(?:\d[\d.,]*\+? (?:[^\W\d_]+ ){1,2}?"
    r"(?:filed|fixed|found|closed|resolved|merged|removed|deleted|migrated|retired|triaged|"
    r"automated|decommissioned|"
    r"remontés|corrigés|trouvés|résolus|fermés|supprimés|migrée?s|automatisée?s|"
    r"gefunden|behoben|gemeldet|geschlossen|gelöscht|migriert|automatisiert|"
    r"encontrad[oa]s|corregid[oa]s|resuelt[oa]s|cerrad[oa]s|eliminad[oa]s|migrad[oa]s|"
    r"automatizad[oa]s|"
    r"corrigid[oa]s|resolvid[oa]s|fechad[oa]s|removid[oa]s|"
    r"gevonden|opgelost|gemeld|gesloten|verwijderd|gemigreerd|geautomatiseerd|"
    r"trovati|risolti|corretti|chiusi|segnalati|rimossi|migrati|automatizzati)\b|"
    r"\b(?:filed|fixed|found|closed|resolved|merged|migrated|retired|triaged|deleted|"
    r"removed|automated|decommissioned) \d)",
    _I,
)
# A plain report of something achieved: "I'm now the DRI for …", "Shipped …", "Led …".
_ACHIEVED = re.compile(
    rf"^\W*{_ALSO}(?:I['’]m now|I am now|I now (?:own|lead|run)|I became|became|now the|shipped|"
    r"landed|launched|led|delivered|took over|was made|got promoted|presented|published|"
    r"rolled out|migrated|deployed|"
    # "I'm now …" and "delivered" in the other languages replies come in
    r"je suis (?:maintenant|désormais)|ich bin (?:jetzt|nun)|ahora soy|agora sou|ik ben nu|"
    r"ora sono|(?:op)?geleverd|geliefert|livré|entregado|entregue|consegnato|"
    # "I now lead …", "I became …", "got promoted" in the other languages: "Ahora lidero …",
    # "Ich leite jetzt …", "Je suis devenue …", "Ik ben … geworden", "Me ascendieron"
    r"(?:ahora|agora) (?:lidero|dirijo|coordino|coordeno|soy responsable|sou responsável)|"
    r"ich (?:leite|verantworte|führe) (?:jetzt|nun)|je (?:pilote|dirige) (?:maintenant|désormais)|"
    r"ora (?:guido|gestisco|coordino)|ik (?:leid|leidt) nu|"
    r"me (?:convertí|he convertido) en|passei a ser|(?:me )?tornei|je suis devenue?|"
    r"sono diventat[oa]|(?:ich )?bin (?:\S+ ){1,6}?geworden|ik ben (?:\S+ ){1,6}?geworden|"
    r"me ascendieron|fui (?:ascendid[oa]|promovid[oa])|(?:ich )?wurde befördert|"
    r"j['’]ai été promue?|sono stat[oa] promoss[oa]|(?:ik )?ben gepromoveerd|"
    # "launched", "rolled out", "migrated", said in the first person
    r"j['’]ai (?:lancé|déployé|migré|livré)|(?:he )?(?:lanzado|desplegado|migrado)|"
    r"lancé|desplegué|migré|lancei|implantei|migrei|ho (?:lanciato|rilasciato|migrato))\b",
    _I,
)
# A figure changed: "from 45 to 12 min", "von 3 Wochen auf 8 Tage", "van 25 naar 9 minuten",
# "render in 1.2s instead of 7s".
_FROM_TO = re.compile(
    r"\b(?=[fvdFVD])(?:from|von|van|de|da|desde|du)\s+[~≈]?\d[\d.,]*[^.;\d]{0,20}?\s"
    r"(?:to|auf|naar|tot|à|a|para|hasta)\s+(?:[a-z]+\s+)?[~≈]?\d|"
    r"\d[^.;\d]{0,20}?\s(?:instead of|rather than|statt|anstatt|au lieu de|en lugar de|"
    r"en vez de|em vez de|in plaats van|invece di)\s+[~≈]?\d|"
    # an arrow, the new figure first, or the old one in brackets: "410ms → 95ms", "48 min ->
    # 11 min", "down to 40 min from 3 hours", "12 minutes (was 40)"
    r"\d[^.;\d]{0,12}?\s*(?:->|-->|→|=>|⇒)\s*[~≈]?\d|"
    r"\b(?=[tT])to\s+[~≈]?\d[\d.,]*[^.;\d]{0,20}?\s(?:down |up )?from\s+(?:[a-z]+\s+)?[~≈]?\d|"
    r"\d[^.;\d]{0,20}?\((?:was|from|vorher|war|antes|era|avant|était|prima|eerst|voorheen)"
    r"\s+[~≈]?\d",
    _I,
)


def goal_talk(text: str) -> bool:
    """Does the item speak of a goal's progress or gap? Not by saying it is off the goals."""
    if not _GOAL_TALK.search(text):
        return False
    return not OFF_GOALS.search(text) or bool(_GOAL_TALK.search(OFF_GOALS.sub(" ", text)))


def achievement(text: str) -> bool:
    """Does the item report something achieved, without speaking of a goal's progress?"""
    return bool(_ACHIEVED.search(text)) and not goal_talk(text)


def own_goal(text: str) -> bool:
    """Does the item name a goal of the user's ("the conference goal", "mi objetivo de …"),
    other than to say it is off the goals?"""
    low = text.lower()
    if not any(noun in low for noun in _GOAL_NOUNS):
        return False
    return bool(_GOAL_MENTION.search(text)) and not OFF_GOALS.search(text)


def learning(text: str) -> bool:
    """Does the item say the user learned or practised something, anywhere in it?"""
    if (
        SKILL_START.search(text)
        or any(not _OTHERS_LEARN.search(text[: m.start()]) for m in _LEARNING.finditer(text))
        or _STUDY.search(text)
    ):
        return True
    low = text.lower()
    return any(stem in low for stem in _OTHER_STEMS) and bool(
        _COURSE.search(text) or _LEARNING_OTHER.search(text)
    )


def impact(units: Iterable[str | None], text: str = "") -> bool:
    """Does one of these metric units measure an outcome (see ``_IMPACT_UNITS``), or does
    ``text`` report a change from one figure to another ("von 3 Wochen auf 8 Tage")?"""
    units = list(units)  # a change needs a figure: most items have none, and skip the look
    return any(u and (u.split("/")[0] in _IMPACT_UNITS or "/" in u) for u in units) or bool(
        units and _FROM_TO.search(text)
    )
