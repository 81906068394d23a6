"""Cues that an item's point is a person, in the languages replies come in.

Meeting someone, time or close work with them, coffee with them, pairing with or mentoring
them, their help, what they think or want, a to-do toward them: about that person.
Feedback is read in ``feedback_cues``.
"""

from __future__ import annotations

import re

from careerlog.parsers.feedback_cues import FEEDBACK_GEGEBEN, GAVE_FEEDBACK
from careerlog.parsers.patterns import by_first_letter, opening_letters

_I = re.IGNORECASE

# Words said of time or work with a person, in English (the patterns below hold the other
# languages): a monthly or brief note with one of them and someone named is about them.
RELATION_CUES = re.compile(
    r"\bcoffee|\b1:1\b|\bmet\b|\bmeet|\bpair(?:ed|ing)?\b|\bmentor|\bsync\b|\bfollow(?:ed)? up|"
    r"\breconnect|\bintro|\bworked with|\bworking with|\bcatch(?:ing)? up|\blunch|\bsponsor|"
    r"\brelancer|\bnachhaken|\bping(?:ed)? (?:him|her|them|(?-i:[A-ZÀ-Þ]))|"
    r"\bco-own|\btogether|\btaught me|\bhelped me|\bwalked me|\bshowed me|\bhelp(?:s|ing)? me\b|"
    r"\bunblocked me|\bme a hand\b|\bme up to speed|\b(?:took|talked) me through|"
    r"\bgot (?:some )?help from|\b(?:vouched for|championed) me\b|"
    r"\b(?:nominated|recommended|put) me (?:up )?for\b|"
    # thanking or owing someone a thanks, a coffee or a handover: "i owe Hyun-woo Lee a
    # proper thank you", "devo ancora un caffè a Salvatore", "le debo un café a Lucía"
    r"\b(?:owe|thank) (?:him|her|them|(?-i:[A-ZÀ-Þ]))|\bworked w/|"
    r"\bdevo (?:ancora )?(?:un|una) \S+ a (?-i:[A-ZÀ-Þ])|"
    r"\b(?:le|les) debo\b|\blui dois\b|\bschulde (?:ihm|ihr|(?-i:[A-ZÀ-Þ]))",
    _I,
)
# "with" in the languages replies come in, after pairing: "paired with", "pairé avec"
_PAIR_WITH = r" (?:up )?(?:with\b|w/|con\b|com\b|avec\b|mit\b|met\b)"
# Pairing, said the other way round: "Omar and I paired on …", "Omar und ich haben gepairt"
_AND_I_PAIRED = r" (?:\S+ ){0,3}?(?:pair(?:ed|é|ing)?|gepair(?:t|d)|pare(?:amos|ei|ando))\b"
# The cues that the point of the item is a person: pairing, mentoring, walking someone
# through something. Each opens with its first letter, for ``by_first_letter`` (the cues are
# tried at every word start: grouped, most fail on one test).
_PERSON_POINT_CUES = (
    # pairing, said in any tense or language: "pair-programmed w/ Omar", "J'ai pairé avec Mei",
    # "Pareei com o Omar", "gepaird met Omar"
    rf"pair(?:ed|ing|[- ]?programm(?:ed|ing))?{_PAIR_WITH}",
    rf"pair(?:é|ée|és){_PAIR_WITH}",
    rf"pare(?:ei|ando|ar|amos){_PAIR_WITH}",
    rf"gepair(?:d|ed){_PAIR_WITH}",
    r"pair(?:ed|ing)? (?:on|for) (?:\S+ ){1,5}?(?:with\b|w/)",
    # "Omar and I paired on …", "Omar und ich haben gepairt", "Omar e eu pareamos"
    *(
        rf"{and_i}{_AND_I_PAIRED}"
        for and_i in ("and I", "et moi", "y yo", "e eu", "und ich", "en ik", "e io")
    ),
    # bringing someone up to speed: "Brought Omar up to speed on the ledger" (onboarding
    # someone is left as it was: a sample reads "Onboarded Tomás …, he shipped his first PR"
    # as evidence)
    *(
        rf"{verb} (?!(?:me|myself|us|the|a|an|our|my|this|that|it)\b)(?:\S+ ){{1,3}}?up to speed\b"
        for verb in (r"br(?:ought|ing(?:ing)?)", r"g[eo]t(?:ting)?")
    ),
    r"walk(?:ed|ing)? (?:\S+ ){1,4}?through\b",
    # owing someone a thanks or a favour: "I still owe Kemi Adeyemi a proper thank you"
    r"owe (?:him|her|them|(?-i:[A-ZÀ-Þ]))",
    # taking someone through something: "took Kojo Owusu through his first shadow shift"
    r"t(?:ook|aking|alked|alking) (?-i:[A-ZÀ-Þ])\S* (?:\S+ )?through\b",
    # training someone: "J'ai aussi formé Mamadou Sow aux entretiens", "Hice la formación de"
    r"form[ée] (?-i:[A-ZÀ-Þ])",
    r"form(?:ato|ei) (?:\S+ )?(?-i:[A-ZÀ-Þ])",
    r"treinei (?:\S+ )?(?-i:[A-ZÀ-Þ])",
    r"entrené (?:\S+ )?(?-i:[A-ZÀ-Þ])",
    # reviewing a newcomer's first work: "reviewed Aminata Traoré's first dbt PR" (a review of
    # a colleague's PR as such is the user's work)
    r"reviewed (?-i:[A-ZÀ-Þ])\S*(?: (?-i:[A-ZÀ-Þ])\S*)?['’]s (?:very )?first\b",
    # handing over to someone: "Handed off to Dwayne Persad with a proper writeup"
    r"hand(?:ed|ing)? (?:off|over) (?:\S+ ){0,3}?to (?-i:[A-ZÀ-Þ])",
    # showing someone how, giving them a tour: "Showed Omar how to read the flame graphs",
    # "Gave Omar a tour of the codebase", "Le mostré a Omar cómo …", "J'ai montré à Omar …",
    # "Mostrei pro Omar como …", "Ho mostrato a Omar come …"
    r"show(?:ed|ing|n)? (?!(?:me|us|you|it|that|this|the|a|an|my|our|up|off|some)\b)\w+ "
    r"(?:how|around|the ropes)\b",
    r"g(?:ave|ive|iving) (?!(?:me|us|the|a|an|this|that|it|our|my)\b)\S+ (?:\S+ )?(?:a|an|the) "
    r"(?:\S+ )?(?:tour|walkthrough|walk-through|crash course|rundown)\b",
    r"mostr[ée] a (?-i:[A-ZÀ-Þ])",
    r"gui[ée] a (?-i:[A-ZÀ-Þ])",
    r"montré à (?-i:[A-ZÀ-Þ])",
    r"mostrei (?:(?:pr[oa]|para|ao|à|a) )?(?:[ao] )?(?-i:[A-ZÀ-Þ])",
    r"mostrato a (?-i:[A-ZÀ-Þ])",
    r"fatto vedere a (?-i:[A-ZÀ-Þ])",
    # teaching someone: "taught Ayo how …", "Empecé a enseñarle a Lucas …", "ensinei o Rui a …"
    r"t(?:aught|eaching|each(?:es)?) (?-i:[A-ZÀ-Þ])",
    r"enseñ\w*? a (?-i:[A-ZÀ-Þ])",
    r"ensin\w*? (?:[ao] )?(?-i:[A-ZÀ-Þ])",
    r"insegna\w*? a (?-i:[A-ZÀ-Þ])",
    # mentoring or coaching, in every form: "mentoré", "mentoreando", "mentoría", "gecoacht"
    r"mentor\w*",
    r"mentees?\b",
    r"coach(?:ed|ing)\b",
    r"coach (?-i:[A-ZÀ-Þ])",
    r"coach(?:t|é|ée|és|ei|eé|eando|eo|ato|ata|ando)\b",
    r"gecoach(?:t|é|ée|és|ei|eé|eando|eo|ato|ata|ando)\b",
    r"coffee with\b",
    r"lunch with\b",
    # (a 1:1 in any language, or a skip-level, is in ``_PERSON_ALWAYS``)
    r"1:1 (?:with\b|w/)",
    # meeting someone, not a target: "met Priya", "met w/ dana", not "met the Q3 deadline"
    # (this also reads Dutch "met Omar", "met de PM": time or work with someone)
    r"met (?:with |w/ ?)?(?!(?:the|a|an|our|my|its|this|that|all|every|expectations|targets?|"
    r"goals?|deadlines?|slos?|slas?)\b)[A-Z@]",
    r"c(?:aught|atch(?:ing)?)[- ]up (?:with\b|w/)",
    r"reconnect(?:ed|ing)? (?:with\b|w/)",
    # getting back in touch or following up: "Got back in touch with Dana", "Reached out to
    # Dana from Security", "Followed up with Dana on the contract"
    # (a name, not "AWS support")
    r"back in touch with\b",
    r"reach(?:ed|ing)? out to (?-i:[A-ZÀ-Þ][a-zà-ÿ]|@)",
    r"follow(?:ed|ing)?[- ]up (?:with|w/) (?-i:[A-ZÀ-Þ][a-zà-ÿ]|@)",
    # a nudge: "I should ping Priya about the Staff packet"
    r"ping(?:ed|ing)? (?-i:[A-ZÀ-Þ][a-zà-ÿ]|@)",
    r"feedback to\b",
    r"shadow(?:ed|ing)\b",
    # introductions, either way and in every language: "Omar intro'd me to Dana", "Got
    # introduced to Dana", "put me in touch with", "Omar me presentó a Dana", "m'a mis en
    # contact avec", "me apresentou à", "mi ha presentato" (German and Dutch, the verb last,
    # are in ``_MET``)
    r"intro(?:duce[sd]?|['’]?d|s)? (?:me|him|her|them|(?-i:[A-ZÀ-Þ])\S*) to\b",
    r"g(?:ot|et|etting) introduced to\b",
    r"was introduced to\b",
    r"been introduced to\b",
    r"connected me (?:in touch )?(?:with|to)\b",
    r"put me (?:in touch )?(?:with|to)\b",
    r"put \S+ (?:\S+ )?in touch with\b",
    r"me present[óo] a (?-i:[A-ZÀ-Þ])",
    r"me (?:puso|pusieron) en contacto con\b",
    r"m['’]a présentée? (?-i:[A-ZÀ-Þ])",
    r"mise?s? en (?:contact|relation) avec\b",
    r"me apresentou (?:(?:à|ao|a|para [ao]) )?(?-i:[A-ZÀ-Þ])",
    r"me (?:colocou|pôs|botou) em contato com\b",
    r"in contact gebracht met\b",
    r"mi ha presentat[oa] (?-i:[A-ZÀ-Þ])",
    r"messo in contatto con\b",
    # covering for someone: "Took the Friday on-call shift for Sipho Ndlovu"
    r"cover(?:ed|ing)? for\b",
    r"shifts? (?:for|für|pour|por|para|per|voor) (?-i:[A-Z])",
    r"backed (?:\S+ )?up (?-i:[A-Z])",
    r"stood in for\b",
    *(
        rf"{shift} (?:\S+ ){{0,2}}?(?:für|pour|por|para|per|voor|von|de) (?-i:[A-Z])"
        for shift in (
            *("schicht", "bereitschaft", "dienst", "astreinte", "garde", "guardia", "turno"),
            "plantão",
        )
    ),
    # the same in the other languages replies come in (fr, nl, de, es, pt)
    r"accompagn",
    r"begeleid",
    r"betreut",
    r"begleitet",
    r"betreue (?-i:[A-ZÀ-Þ])",
    r"begleite (?-i:[A-ZÀ-Þ])",
    r"acompañ",
    r"acompanh",
    # working or pairing with someone, in the other languages: "Mit Dorothy … durchgesprochen"
    # (only where a sentence or line starts: not after a word and one or two marks)
    r"mit(?<!\w\Wmit)(?<!\w\W\Wmit) (?-i:[A-Z])",
    r"gewerkt met\b",
    r"samengewerkt met\b",
    r"zusammengearbeitet mit\b",
    r"travaill[ée] avec\b",
    r"trabaj[ée] con\b",
    r"trabalhei com\b",
    r"lavorato con\b",
    # feedback given to someone: "Gave Tomás feedback", "Di feedback a Tomás"
    *GAVE_FEEDBACK,
)
PERSON_POINT = re.compile(
    rf"\b{opening_letters(_PERSON_POINT_CUES)}(?:{by_first_letter(_PERSON_POINT_CUES)})", _I
)
# The person first, with any first letter, the verb last: onboarding, teaching or showing
# someone, feedback given to them: "Bram Visser … ingewerkt in onze CMS-koppeling", "Omar die
# Grundlagen beigebracht", "Omar laten zien hoe …", "Tomás Feedback zu seinem RFC gegeben";
# not what was done for the user ("hat mir", "heeft me"). Tried at every capital, so only on
# text that holds one of ``_VERB_LAST_WORDS``.
_VERB_LAST = re.compile(
    r"\b(?-i:[A-ZÀ-Þ])\w+ (?:(?!(?:hat|haben|hatte|mir|mich|uns|me|mij|ons)\b)\S+ ){0,6}?"
    rf"(?:ingewerkt\b|gezeigt,? wie\b|beigebracht\b|laten zien hoe\b|uitgelegd hoe\b|"
    rf"{FEEDBACK_GEGEBEN})",
    _I,
)
_VERB_LAST_WORDS = ("ingewerkt", "gezeigt", "beigebracht", "laten zien", "uitgelegd", "gege")


def person_point(text: str) -> bool:
    """Is the item's point a person (``PERSON_POINT``, or the person first and the verb last)?"""
    if PERSON_POINT.search(text):
        return True
    low = text.lower()
    return any(word in low for word in _VERB_LAST_WORDS) and bool(_VERB_LAST.search(text))


# In a 1:1 brief, a to-do toward the person is a note about them, figures in it or not:
# "Follow-up: send him the incident numbers (down from 31 to 12)", "I will invite him to …".
FOR_THEM = re.compile(
    r"^\W*(?:follow[- ]?ups?|to-?dos?|pendência|pendiente|à faire|nachfassen|opvolgen|"
    r"da fare)\s*[:：]|"
    r"\b(?=[seapritmlhc])(?:"
    r"(?:send|email|ping|ask|remind|invite|introduce|tell) (?:him|her|them)\b|"
    r"(?:mandar|enviar|perguntar) (?:para|a) (?:ele|ela)\b|"
    r"(?:enviar|preguntar|mandar|invitar|escribir)le\b|"
    r"(?:lui|leur) (?:envoyer|demander|écrire|proposer)\b|l['’]inviter\b|"
    r"(?:ihm|ihr) (?:\S+ )?(?:schicken|senden|schreiben)\b|"
    r"(?:hem|haar) (?:\S+ )?(?:sturen|mailen|vragen|uitnodigen)\b|"
    r"(?:mandar|inviar|chieder|invitar|scriver)(?:gli|le)\b)",
    _I,
)
# In a 1:1 brief, what the person thinks, wants or asked is a note about them, figures in it
# or not: "Dorothy thinks the Q2 storage forecast is off by ~25%".
_THEIR_VIEW_CUES = (
    *("thinks", "believes", "wants", "asked", "agreed", "suggested", "expects", "worries"),
    *("pense", "veut", "a demandé", "denkt", "will", "meint", "möchte", "piensa", "quiere"),
    *("cree", "pidió", "acha", "quer", "pediu", "pensa", "vuole", "crede", "ha chiesto"),
    *("vindt", "wil", "vroeg", "vereinbart", "afgesproken", "convenimos", "combinamos"),
    *("acordamos", "concordamos", "convenu", "convenuto", "concordato"),
    # agreeing: "Dorothy ist einverstanden, dass …", "está de acuerdo", "signed off on"
    *("einverstanden", "akkoord", "d['’]accord", "de acuerdo", "de acordo", "d['’]accordo"),
    "signed off",
    r"is (?:fine|ok|okay|happy) with",
    # approving: "Grace confirmed the budget …", "dana ok'd a 6-week pilot", "A Dana aprovou …"
    *("approved", "confirmed", "ok['’]d", "okayed", "green-?lit", "aprovou", "aprobó"),
    *("confirmou", "confirmó", "a (?:approuvé|validé|confirmé)"),
    *(
        rf"{has} (?:\S+ ){{0,4}}?(?:genehmigt|freigegeben|bestätigt|goedgekeurd|bevestigd)"
        for has in ("hat", "heeft")
    ),
    "ha (?:approvato|confermato)",
)
THEIR_VIEW = re.compile(
    rf"\b{opening_letters(_THEIR_VIEW_CUES)}(?:{by_first_letter(_THEIR_VIEW_CUES)})\b", _I
)
# Meeting someone, time spent or close work with them, talking to them: about that person
# when one is named ("Sat with Priya for an hour", "Me reuní con Lucía Fernández",
# "Kennenlerngespräch mit Jonas Keller", "Außerdem mit Jonas … abgestimmt"). Each cue opens
# with its first letter, for ``by_first_letter``.
_WITH = r" (?:with\b|w/)"
# someone named, not a thing: "a conversation with Mei", not "a sync with upstream"
_WITH_SOMEONE = (
    rf"s?{_WITH}\s*(?=\S)"
    r"(?!(?:the|a|an|our|my|their|its|this|that|upstream|main|master|prod|production)\b)"
)
_MET_CUES = (
    r"sat (?:down )?(?:with\b|w/)",
    rf"spen(?:t|ding) (?:\S+ ){{0,3}}?(?:time|hours?|afternoon|morning|evening|days?|"
    rf"monday|tuesday|wednesday|thursday|friday|weekend){_WITH}",
    r"hung out with\b",
    r"hanging out with\b",
    rf"back[- ]and[- ]forth{_WITH}",
    # talking every day: "ci sentiamo ogni mattina", "nos vemos cada dos semanas"
    r"ci (?:sentiamo|vediamo)\b",
    r"nos (?:vemos|juntamos|falamos)\b",
    r"meet (?:up )?with (?!the\b|a\b|our\b)",
    r"work(?:ed|ing) (?:(?:very|really|so|more) )?(?:closely|directly|a lot|lots|together|"
    r"mostly|mainly|largely|side[- ]by[- ]side|hand[- ]in[- ]hand|alongside) (?:with\b|w/)",
    r"work(?:ed|ing) alongside (?-i:[A-ZÀ-Þ])",
    rf"team(?:ed|ing) up{_WITH}",
    r"collaborat(?:ed|ing) closely with\b",
    *(rf"{said} (?:to|with)\b" for said in ("talk(?:ed)?", "spoke", "chatted")),
    r"met up with\b",
    r"synced (?:up )?with\b",
    *(
        rf"{joined} an? (?:\S+ )?call with\b"
        for joined in ("had", "got on", "hopped on", "jumped on")
    ),
    r"call with\b",
    r"meeting with\b",
    r"appel avec\b",
    r"réunion avec\b",
    r"llamada con\b",
    r"videollamada con\b",
    # a conversation, a zoom or a sync with someone: "Had a good conversation with Mei"
    *(
        rf"{talk}{_WITH_SOMEONE}"
        for talk in ("conversation", "discussion", "zoom", "huddle", "sync", "check-?in")
    ),
    r"chamada com\b",
    r"call com\b",
    r"telefonat mit\b",
    r"call mit\b",
    r"gesprek met\b",
    r"call met\b",
    r"chiamata con\b",
    r"call con\b",
    *(
        rf"{first} (?:call|chat|meeting|1:1) with\b"
        for first in ("intro", "introductory", "kick-?off", "first")
    ),
    # a session or a sync with someone: "a long pairing session with Kenji", "un point avec Mei"
    r"sessions? (?:with|avec|mit)\b",
    r"s(?:e|é)ance avec\b",
    r"sesi[óo]n con\b",
    r"sessão com\b",
    r"sessie met\b",
    r"sessione con\b",
    r"point avec\b",
    # (wanting) more time with someone: "vorrei passare più tempo con Davide"
    *(
        rf"{much} (?:\S+ ){{0,2}}?time{_WITH}"
        for much in ("spend(?:ing)?", "more", "lots of", "a lot of", "plenty of")
    ),
    r"passer (?:\S+ ){0,2}?temps avec\b",
    r"pasar (?:\S+ ){0,2}?tiempo con\b",
    r"passar (?:\S+ ){0,2}?tempo com\b",
    r"passare (?:\S+ ){0,2}?tempo con\b",
    r"zeit mit (?-i:[A-Z])",
    # an afternoon or a day spent with someone: "ho passato un pomeriggio con Matteo"
    *(
        rf"{spent} (?:\S+ ){{0,3}}?(?:con|avec|com|mit|met)\b"
        for spent in ("passato", "passé", "pasé", "passei", "verbracht", "doorgebracht")
    ),
    # working with the user: "ran the pilot with me", "hizo el piloto conmigo"
    r"w(?:ith|/) me\b",
    r"mit mir\b",
    r"conmigo\b",
    r"avec moi\b",
    r"comigo\b",
    r"con me\b",
    # meeting someone for the first time, in every language
    r"g(?:et|ot|etting) to know\b",
    r"connected with\b",
    r"kennengelernt",
    r"conoc[íi] a\b",
    r"conheci\b",
    r"fait la connaissance",
    r"ho conosciut[oa]\b",
    r"conosciut[oa]\b",
    r"leren kennen\b",
    r"tr(?:effe|effen|af)\b[^.;]{0,40}?\bmit (?-i:[A-Z])",
    r"getroffen\b[^.;]{0,40}?\bmit (?-i:[A-Z])",
    # the same in the other languages replies come in (fr, es, pt, de, it)
    r"rencontré",
    r"réuni(?:e|s)? avec",
    r"réunion avec",
    r"en binôme avec",
    r"travaill[ée] (?:\S+ ){1,3}avec",
    r"parlé (?:à|avec)\b",
    r"discuté (?:à|avec)\b",
    r"échangé (?:à|avec)\b",
    r"me reun[íi] con",
    r"reuni[óo]n con",
    r"me encontr[ée] con",
    r"trabaj[ée] (?:\S+ ){1,3}con\b",
    r"habl(?:[ée]|o|amos) con\b",
    r"en pareja con\b",
    # working with someone in other tenses: "He trabajado mucho con Omar", "Colaboré con Mei",
    # "Tenho trabalhado com o Omar", "J'ai collaboré avec Mei", "Ho collaborato con Mei"
    # (someone named, not "trabajando con el pipeline")
    *(
        rf"{worked} (?:\S+ ){{0,2}}?con (?:el |la )?(?-i:[A-ZÀ-Þ])"
        for worked in ("trabaj(?:ado|ando|amos)", "colabor(?:[ée]|ado|ando)")
    ),
    *(
        rf"{worked} (?:\S+ ){{0,2}}?com (?:[ao] )?(?-i:[A-ZÀ-Þ])"
        for worked in ("trabalh(?:ado|ando|amos)", "colabor(?:ei|ado|ando)")
    ),
    r"collabor[ée] (?:\S+ ){0,2}?avec (?-i:[A-ZÀ-Þ])",
    *(
        rf"{worked} (?:\S+ ){{0,2}}?con (?-i:[A-ZÀ-Þ])"
        for worked in ("collabor(?:at[oa]|ando)", "lavorando")
    ),
    # a meal, a chat or a morning with someone: "Comí con Omar", "Quedé con Dana", "Estuve toda
    # la mañana con Dana" (not "charla", which is also a talk the user gives)
    *(
        rf"{met} con\b"
        for met in (
            *("com[íi]", "comimos", "cen[ée]", "cenamos", "desayun[ée]", "qued[ée]", "quedamos"),
            *("charl[ée]", "charlamos", "convers[ée]", "me junt[ée]", "nos juntamos"),
        )
    ),
    r"tuv(?:e|imos) una (?:\S+ )?(?:charla|conversación|reunión) con\b",
    r"conversación con\b",
    r"estuve (?:\S+ ){0,3}?con (?-i:[A-ZÀ-Þ])",
    r"t[êe]te[- ]à[- ]t[êe]te avec\b",
    r"reuni(?:-me)? com\b",
    r"reunião com",
    r"trabalhei (?:\S+ ){1,3}com\b",
    *(rf"{talked} com\b" for talked in ("falei", "conversei", "conversamos")),
    r"em par com\b",
    r"bat(?:i|emos|endo|er) (?:um )?papo com\b",
    r"papo com\b",
    r"encontrei com\b",
    r"encontrei (?:[ao] )?(?-i:[A-ZÀ-Þ])",
    r"fiquei (?:\S+ ){0,3}?com (?:[ao] )?(?-i:[A-ZÀ-Þ])",
    r"mich mit (?-i:[A-Z])",
    r"uns mit (?-i:[A-Z])",
    # an introduction, the verb last: "Omar hat mich Dana vorgestellt", "Omar heeft me
    # voorgesteld aan Dana", "Omar stelde me voor aan Dana"
    r"hat mich (?:\S+ ){0,2}?vorgestellt\b",
    r"heeft (?:me|mij) (?:\S+ )?voorgesteld aan\b",
    r"stelde (?:me|mij) (?:\S+ )?voor aan\b",
    *(
        rf"{also}\s+mit (?-i:[A-Z])"
        for also in (
            *("außerdem", "ausserdem", "auch", "dann", "zudem", "noch", "dazu", "heute"),
            "gestern",
        )
    ),
    r"mit (?-i:[A-Z])[^.;]{0,80}?\b(?:abgestimmt|abgesprochen|besprochen|ausgetauscht|"
    r"geklärt|getroffen|verbracht|gesessen|zusammengesessen|gesprochen|durchgesprochen|geredet|"
    r"unterhalten|telefoniert|gegessen|getrunken|zusammengearbeitet|gepairt)\b",
    r"incontrat[oa]\b",
    r"riunione con\b",
    r"incontro con\b",
    r"lavorato (?:\S+ ){1,3}con\b",
    r"in coppia con\b",
    r"parlato con\b",
    r"discusso con\b",
    r"affiancat[oa]\b",
    r"fatto affiancare da\b",
    r"affiancare da\b",
    *(
        rf"{met} con\b"
        for met in ("chiacchierat[oa]", "chiacchiere", "confrontat[oa]", "vist[oa]", "cenato")
    ),
    r"sono stat[oa] (?:\S+ ){0,3}?con (?-i:[A-ZÀ-Þ])",
    r"stat[oa] (?:\S+ ){0,3}?con (?-i:[A-ZÀ-Þ])",
    # getting back in touch, in any tense: "Da risentire: Chiara Rossi", "Retomé el contacto
    # con", "J'ai relancé Dana", "Wieder Kontakt mit Jonas aufgenommen", "Entrei em contato
    # com", "Mi sono rimesso in contatto con"
    r"risentir\w*",
    r"risentit[oi]\b",
    r"ricontatta\w*",
    r"non l[ao] sento\b",
    r"retom(?:ar|é|ei|amos) (?:el |o )?conta[ct]?to",
    r"volver a hablar con\b",
    r"voltar a falar com\b",
    r"p(?:use|usimos|onerme) en contacto con\b",
    r"reconect(?:ar|[ée]|ei|amos) co[nm]\b",
    r"entr(?:ar|ei|amos) em contato com\b",
    r"repr(?:endre|is) (?:le )?contact",
    r"recontact\w*",
    r"renou(?:er|é) avec\b",
    r"relanc(?:er|é|ée) (?-i:[A-ZÀ-Þ])",
    *(
        rf"{again} (?:\S+ ){{0,3}}?(?:melden|gemeldet|treffen|getroffen|sprechen|gesprochen|"
        r"kontakt)\b"
        for again in ("wieder", "erneut")
    ),
    r"kontakt (?:mit|zu) (?-i:[A-ZÀ-Þ])",
    r"nachgehakt\b",
    r"nachgefasst\b",
    r"weer (?:\S+ )?contact",
    r"bijpraten met\b",
    r"ripres[oa] (?:i |il )?contatt\w* con\b",
    r"rimess[oa] in contatto con\b",
    # keeping in touch, or talking more with someone: "quero manter contato com a Beatriz"
    r"keep in touch with\b",
    r"stay in touch with\b",
    r"manter (?:o )?cont[a]?[ct]?to com\b",
    r"mantener (?:el )?contacto con\b",
    r"garder contact avec\b",
    r"rester en contact avec\b",
    r"in kontakt bleiben\b",
    r"contact (?:blijven )?houden\b",
    r"restare in contatto con\b",
    *(
        rf"{talk} (?:\S+ ){{0,2}}?(?:com|con|avec|mit|met|with)\b"
        for talk in (
            *("conversar", "falar", "hablar", "charlar", "parler", "discuter", "sprechen"),
            *("praten", "parlare", "talk", "chat"),
        )
    ),
)
_MET = re.compile(rf"\b{opening_letters(_MET_CUES)}(?:{by_first_letter(_MET_CUES)})", _I)
# Someone asking the user to take something on: about that person, in a weekly reply ("Grace
# asked me to take over the vendor security reviews", "Jonas hat mich gebeten, …").
_ASKED_ME_CUES = (
    r"asked (?:me|if I|whether I)\b",
    r"asking me (?:to|for|if)\b",
    *(rf"{want} me to\b" for want in ("wants?", "needs?", "would like")),
    r"d(?<=['’]d) like me to\b",  # "She'd like me to"
    r"invited me to",
    # someone coming to the user: "Dana pinged me about …", "roped me into"
    r"ping(?:ed)? me (?:to|about)\b",
    r"reached out to me\b",
    r"roped me in",
    r"came to me (?:with|for|about)\b",
    r"m['’]a (?:demandé|proposé|invitée?|sollicitée?) (?:d|à|pour|si)",
    *(rf"{want} que je\b" for want in ("veut", "voudrait", "aimerait")),
    r"me (?:pidi[óo]|ha pedido|pide)\b",
    r"me pregunt[óo] si\b",
    r"me invit[óo] a\b",
    r"quiere que (?:yo|me|le|lo|la)\b",
    r"me (?:pediu|convidou) (?:para|que)",
    r"me perguntou se\b",
    r"quer que eu\b",
    r"hat(?:te)? mich (?:\S+ )?(?:gebeten|eingeladen|gefragt)",
    r"bat mich\b",
    r"fragte mich\b",
    *(rf"{want},? dass ich\b" for want in ("möchte", "will", "wollte", "hätte gern")),
    *(
        rf"{asked} (?:me|mij) (?:\S+ )?(?:gevraagd|om)\b"
        for asked in ("vroeg", "vroegen", "heeft", "hebben")
    ),
    r"vroeg(?:en)? (?:me|mij)\b",
    r"wil(?:de)? dat ik\b",
    r"nodigde (?:me|mij) uit\b",
    r"mi ha chiesto (?:di|se|una mano|aiuto)\b",
    r"vuole che (?:io|mi|me)\b",
    r"mi ha invitat[oa] a\b",
)
ASKED_ME = re.compile(
    rf"\b{opening_letters(_ASKED_ME_CUES)}(?:{by_first_letter(_ASKED_ME_CUES)})|"
    # someone named wanting something of the user: "Dana quiere que …", "Dana vuole che …"
    r"\b(?-i:[A-ZÀ-Þ])\w* (?:quiere que|vuole che)\b",
    _I,
)
# Someone helping, teaching or showing the user something: about them in a weekly reply too.
_THEIR_HELP_CUES = (
    *(
        rf"{helped} me\b"
        for helped in (
            *("helped", "helps", "helping", "taught", "teaches", "showed", "shows", "walked"),
            *("unblocked", "onboarded"),
        )
    ),
    *(rf"{took} me through\b" for took in ("took", "talked", "walked", "takes", "talks")),
    *(rf"{got} me up to speed\b" for got in ("brought", "got", "gets", "brings")),
    *(rf"{gave} me a hand\b" for gave in ("gave", "lent", "gives", "lends")),
    r"bailed me out\b",
    *(rf"{got} (?:some )?help from\b" for got in ("got", "had", "getting")),
    # standing up for the user: "Dana vouched for me", "Grace nominated me for the award"
    *(rf"{backed} me\b" for backed in ("vouched for", "sponsored", "championed")),
    *(rf"{named} me (?:up )?for\b" for named in ("nominated", "recommended", "put")),
)
THEIR_HELP = re.compile(
    rf"\b{opening_letters(_THEIR_HELP_CUES)}(?:{by_first_letter(_THEIR_HELP_CUES)})", _I
)
# The user helping someone named: about them in a weekly reply ("Helped Priya debug the flaky
# reconnect", "j'ai aidé Mei à …", "Jonas beim Debuggen geholfen").
I_HELPED = re.compile(
    r"\b(?=[hajgledcfm])(?:(?:help(?:ed|ing)|aid(?:é|ée|ant)|j['’]aide|"
    r"ayud(?:é|ado|ando) a|ajud(?:ei|ando)(?: [ao])?|(?:ho )?aiutat[oa]|aiutando) (?-i:[A-ZÀ-Þ])|"
    # a hand: "Gave Omar a hand", "Le eché una mano a Omar", "donné un coup de main à Omar",
    # "Dei uma força pro Omar", "Ho dato una mano a Omar"
    r"(?:gave|giving|lent|lending) (?-i:[A-ZÀ-Þ])\S* a hand\b|"
    r"(?:ech[ée]|echando|dato) una mano a (?-i:[A-ZÀ-Þ])|coup de main à (?-i:[A-ZÀ-Þ])|"
    r"(?:força|mão) (?:pr[oa]|para [ao]|a[oa]?|à) ?(?-i:[A-ZÀ-Þ]))|"
    # the verb last: "Jonas beim Debuggen geholfen", "Omar geholpen met de test", "Omar beim
    # Rollout unterstützt"
    r"\b(?-i:[A-ZÀ-Þ])[\w'’-]* (?:\S+ ){0,3}?(?:geholfen|geholpen)\b|"
    r"\b(?=(?-i:[A-ZÀ-Þ]))(?<!die )(?<!der )(?<!das )(?<!den )(?<!dem )"
    r"[\w'’-]+ (?:bei|beim) (?:\S+ ){0,3}?unterstützt\b",
    _I,
)
# Someone and the user doing something together: "Mei Tanaka and I now trade code reviews".
TOGETHER = re.compile(
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:and I|et moi|y yo|e eu|und ich|en ik|e io)\b|"
    r"^\W*[^\W\d_][\w'’-]* (?i:and i|et moi|y yo|e eu|und ich|en ik|e io)\b"
)
# Each cue of ``_MET`` holds one of these words: most items hold none, and a set of words
# says so several times faster than the pattern.
_MET_WORDS = frozenset(
    """
    sat spent worked working talk talked spoke chatted met rencontré réuni réunie réunis
    réunion binôme travaillé travaille parlé discuté échangé reuní reuni reuni-me encontré
    encontre reunión reunion trabajé trabaje hablé hable hablo hablamos pareja reunião
    trabalhei falei conversei conversamos par mit incontrato incontrata riunione incontro
    lavorato coppia parlato discusso affiancato affiancata risentire risentirla risentirlo
    risentirci ricontattare ricontattarla ricontattarlo sento retomar volver voltar reprendre
    recontacter renouer wieder erneut weer bijpraten synced had got hopped jumped connected
    risentito risentiti ricontattato ricontattata retomé retome retomei retomamos puse pusimos
    ponerme reconecté reconecte reconectei reconectar reconectamos entrar entrei entramos
    repris recontacté recontacte renoué renoue relancer relancé relance relancée nachgehakt
    nachgefasst ripreso ripresa rimesso rimessa mir conmigo moi comigo vorgestellt voorgesteld
    stelde
    kennengelernt conocí conoci conheci connaissance conosciuto conosciuta leren treffe
    treffen traf getroffen intro introductory kickoff kick-off first get getting
    keep stay manter mantener garder rester kontakt houden restare conversar falar hablar
    charlar parler discuter sprechen praten parlare chat call meeting appel llamada
    videollamada chamada telefonat gesprek chiamata session sessions séance seance sesión
    sesion sessão sessie sessione point spend more passer pasar passar passare zeit
    passato passé pasé passei verbracht doorgebracht me w/ spending hung hanging meet
    conversation conversations discussion discussions zoom zooms huddle sync check-in checkin
    comí comi comimos cené cene cenamos desayuné desayune quedé quede quedamos charlé
    charle charlamos conversé converse tuve tuvimos conversación estuve tête-à-tête
    tete-à-tete bati batemos batendo bater papo encontrei fiquei chiacchierato chiacchierata
    chiacchiere confrontato confrontata visto vista cenato stato stata teamed teaming
    collaborated collaborating trabajado trabajando trabajamos colaboré colabore colaborado
    colaborando trabalhado trabalhando trabalhamos colaborei collaboré collabore collaborato
    collaborata lavorando
    lots plenty forth back-and-forth junté junte juntamos affiancare sentiamo vediamo vemos
    falamos
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# A German meeting noun ends a compound ("Kennenlerngespräch mit Jonas"): no word start
# to anchor on, so it is looked for only in text that says " mit ".
_MEETING_MIT = re.compile(
    r"(?:gespräch|treffen|austausch|termin|kennenlernen|call|meeting|essen|kaffee)\s+mit\s", _I
)
# Said only of a person, named or not (a name in lower case is not found): a 1:1, coffee, a
# meal or drinks with someone, someone shadowing the user or offering them help.
_PERSON_ALWAYS = re.compile(
    r"\b(?=[cklaodpmsgbfvj1])(?:"
    # a 1:1 or a skip-level, the person named in lower case or not: "1:1 w/ priya"
    r"(?:1:1|1-on-1|one[- ]on[- ]one|skip[- ]level)s? (?:(?:1:1|meeting|sync|chat) )?"
    r"(?:(?:with|avec|con|com|mit|met)\b|w/)|"
    r"(?:coffee|café|caffè|kaffee|koffie|lunch|almoço|almocei|almuerzo|almorcé|déjeuner|"
    r"déjeuné|déjeune|pranzo|pranzato|mittagessen|geluncht|"
    # a dinner, a breakfast or drinks: "Had dinner with Omar", "un verre avec Léa"
    r"dinner|breakfast|drinks|beers?|abendessen|frühstück|cena|cenamos|desayuno|dîner|dîné|"
    r"verre|jantar|jantei|diner|borrel|ontbijt|aperitivo)"
    r"\s+(?:\S+\s+){0,4}?(?:(?:with|avec|con|com|mit|met)\b|w/)|"
    r"shadow(?:ed|ing)? (?:me|my|him|her|them)\b|offered to \w+(?: \w+)? (?:me|my)\b)",
    _I,
)
# An item that opens with coffee or a meal with someone is about them, whatever it goes on to
# say they will read or explain: "Coffee with Grace, she's happy to read my Staff packet draft".
PERSON_FIRST = re.compile(
    r"\W*(?:coffee|café|caffè|kaffee|koffie|lunch|almoço|almuerzo|déjeuner|pranzo|mittagessen|"
    r"dinner|breakfast|drinks|abendessen|cena|dîner|jantar|diner)"
    r"\s+(?:with|avec|con|com|mit|met)\b",
    _I,
)
_PERSON_ALWAYS_WORDS = (
    "coffee", "café", "caffè", "kaffee", "koffie", "lunch", "almoço", "almuerzo", "déjeuner",
    "pranzo", "mittagessen", "shadow", "offered", "almocei", "almorcé", "pranzato", "déjeun",
    "geluncht", "dinner", "breakfast", "drinks", "beer", "abendessen", "frühstück", "cena",
    "desayuno", "dîn", "verre", "jantar", "jantei", "diner", "borrel", "ontbijt", "aperitivo",
    "1:1", "1-on-1", "one-on-one", "one on one", "skip-level", "skip level",
)  # fmt: skip
# Someone helping, showing or explaining the user something, in the other languages
# (``RELATION_CUES`` has the English): "o Omar me ajudou", "Dorothy m'a expliqué …".
_HELPED_ME_CUES = (
    r"me (?:ajudou|ayudó|mostró|mostrou|explicó|explicou|enseñó|ensinou|guió)",
    # other tenses: "me ha ayudado", "me está ayudando", "tem me ajudado", "m'aide", "hilft
    # mir", "hielp me", "mi sta aiutando"
    r"me (?:ha|han) (?:ayudado|echado una mano|explicado|enseñado|mostrado)",
    r"me est[áa] ayudando",
    r"me (?:ayuda|ajuda)\b",
    *(rf"{has} me ajud\w+" for has in ("tem", "têm", "está", "tá")),
    r"me ajudando",
    r"m['’]a (?:aidée?|montré|expliqué|appris|dépannée?|débloquée?|formée?)",
    r"m['’]aide\b",
    r"hat mir (?:\S+ ){0,3}?(?:geholfen|gezeigt|erklärt|beigebracht)",
    r"hat mich (?:\S+ ){0,3}?(?:unterstützt|eingearbeitet|eingewiesen|empfohlen|vorgeschlagen)",
    *(rf"{helps} mir\b" for helps in ("hilft", "half", "zeigte", "erklärte")),
    # recommending the user: "me recomendó para", "m'a recommandé pour", "me indicou para"
    r"me (?:recomend[óo]|recomendou|indicou) (?:para|a)\b",
    r"m['’]a recommandée? (?:pour|à)\b",
    r"heeft (?:me|mij) (?:\S+ )?(?:aanbevolen|voorgedragen)\b",
    r"mi ha raccomandat[oa]\b",
    *(
        rf"{has} (?:me|mij) (?:\S+ )?(?:geholpen|uitgelegd|geleerd|ingewerkt|laten zien)"
        for has in ("heeft", "hebben")
    ),
    *(rf"{helps} (?:me|mij)\b" for helps in ("hielp", "helpt", "leerde")),
    r"legde (?:me|mij) (?:\S+ ){0,4}?uit\b",
    r"liet (?:me|mij) (?:\S+ ){0,3}?zien\b",
    r"mi ha (?:aiutat[oa]|mostrato|spiegato|insegnato|sbloccat[oa]|guidat[oa]|fatto vedere)",
    r"mi (?:sta )?aiuta(?:ndo)?\b",
    # a hand: "Linus mi ha dato una mano", "me echó una mano", "m'a donné un coup de main"
    r"mi ha dato una mano",
    r"me (?:dio|echó|deu) (?:una?|uma) (?:mano|mão|força)",
    r"m['’]a donné un coup de main",
)
HELPED_ME = re.compile(
    rf"\b{opening_letters(_HELPED_ME_CUES)}(?:{by_first_letter(_HELPED_ME_CUES)})", _I
)
# The point is people even when none is named: pairing with, onboarding or mentoring a
# group or one of it ("the new hires", "two juniors", "one of the new grads").
_NEWCOMERS = (
    r"(?:one of\s+)?(?:(?:the|our|my|a|two|three|four|five|six|several|some|\d+)\s+){0,2}"
    r"(?:(?:new|junior|other)\s+)*(?:hires?|joiners?|starters?|juniors?|interns?|grads?|"
    r"graduates?|mentees?|apprentices?|"
    r"(?<=new )(?:engineers?|teammates?|devs?|developers?|team members?))\b"
)
_PEOPLE_POINT_CUES = (
    rf"pair(?:ed|ing)?(?:[- ]programming)?(?: sessions?)? (?:up )?with {_NEWCOMERS}",
    *(rf"{guided}(?:ed|ing)? {_NEWCOMERS}" for guided in ("onboard", "mentor", "coach")),
    *(
        rf"{took} on (?:\S+ )?(?:mentees?|apprentices?|interns?)\b"
        for took in ("took", "taking", "take")
    ),
    *(
        rf"{guiding} (?:sessions? )?(?:with|for) {_NEWCOMERS}"
        for guiding in ("mentoring", "coaching", "onboarding", "pairing")
    ),
)
PEOPLE_POINT = re.compile(
    rf"\b{opening_letters(_PEOPLE_POINT_CUES)}(?:{by_first_letter(_PEOPLE_POINT_CUES)})", _I
)


def met(text: str, has_people: bool) -> bool:
    """Is the point meeting, spending time or working closely with someone, or talking to
    them (``_MET``, with someone named), or coffee with someone (``_PERSON_ALWAYS``)?"""
    low = text.lower()
    if any(word in low for word in _PERSON_ALWAYS_WORDS) and _PERSON_ALWAYS.search(text):
        return True
    if not has_people:
        return False
    words = low.replace(",", " ").replace(".", " ").replace(":", " ").split()
    if _MET_WORDS.isdisjoint(words):
        return False
    return bool(_MET.search(text) or _MEETING_MIT.search(text))


def about_someone(text: str, has_people: bool) -> bool:
    """Is a monthly or brief note about someone: meeting them, their help ("helped me",
    "o Omar me ajudou") or the user's ("helped Kwame get his build green"), or a cue that
    is only said of a person?"""
    return met(text, has_people) or (
        has_people
        and bool(
            RELATION_CUES.search(text)
            or person_point(text)
            or HELPED_ME.search(text)
            or I_HELPED.search(text)
        )
    )
