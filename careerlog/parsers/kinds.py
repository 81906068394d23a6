"""Which of the four tracked things an item is.

Evidence is decided in this order: an explicit prefix the user typed (``skill:``, ``@Name``),
a heading the user wrote above it, the prompt question it answers inline, a label at its
start ("People-wise: …"), and finally the item's content, with what the prompt asked for
as the prior: a weekly reply's "Paired with Arjun on the rollout plan" is about a person
(so is "Ran 4 pairing sessions with the new hires", though it names nobody), its "Started
learning Rust …" is a skill, its "Staff packet: wrote the first draft …" opens with a goal's
name and is that goal's update, and a quarterly reply's "I'm now the DRI for …" or a result
it measures ("Onboarding von 3 Wochen auf 8 Tage gesenkt") is evidence rather than an update
of a goal. A monthly or brief reply's "Shipped …" or "p99 down 40%" is evidence, whatever
else the prompt asked for. Feedback given to someone ("Gave Tomás feedback on his RFC") is
about that person; feedback or a review received is a skill ("Linus gave me a thorough
review"), and so is what someone told the user about their work ("Dana me dijo que mis
demos …"). Meeting someone, a call or time or close work with them, coffee with them, their
help or getting back in touch is about them ("Me reuní con Lucía", "Kennenlerngespräch mit
Jonas"); in a brief, so is what the person thinks or wants, figures in it or not;
working through a book or doing a workshop is learning; a monthly result counted after the
work ("46 issues filed") is evidence, a person in it or not; a quarterly result said to be
off the goals ("Outside the goals, I took …") is evidence; a weekly line that names a goal
of the user's and reports no outcome is that goal's ("so the conference goal finally has
something behind it"). The cues are read in the languages replies come in ("Mit Dorothy …
durchgesprochen", "Opgeleverd: …", "Je suis maintenant …").

A weekly line naming a goal in its words ("my KubeCon talk", "the conference talk") with no
outcome is that goal's; monthly work that reaches other teams is evidence; a quarterly line
said to be off the goals is evidence; feedback received is a skill even under a people label.
In a brief, feedback the user gave the person ("told him his incident notes were great") or
a to-do toward them ("Follow-up: send him …") is about them, work reported finished ("the
backfill is finished") is evidence, and praise passed on ("loved my demo") is feedback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from careerlog.parsers.model import EntryKind, PromptKind

_I = re.IGNORECASE


@dataclass(frozen=True)
class KindHint:
    kind: EntryKind | None = None
    skill_kind: str | None = None
    facet: str | None = None  # evidence questions: "what", "outcome" or "scope"
    goal: str | None = None  # a goal title the question names


NONE = KindHint()

_PREFIXES: dict[str, KindHint] = {
    **dict.fromkeys(("impact", "win", "wins", "evidence"), KindHint("evidence")),
    **dict.fromkeys(("skill", "skills", "learned", "learnt", "learning", "til"), KindHint("skill")),
    **dict.fromkeys(("practiced", "practised", "practice"), KindHint("skill", "practice")),
    "feedback": KindHint("skill", "feedback"),
    **dict.fromkeys(("person", "people", "relationship"), KindHint("relationship")),
    **dict.fromkeys(("goal", "gap", "new goal"), KindHint("goal")),
    # "goal:" in the other languages the parser reads (de, fr, es/pt, nl, it)
    **dict.fromkeys(("ziel", "objectif", "objetivo", "doel", "obiettivo"), KindHint("goal")),
}
_PREFIX = re.compile(
    r"^\s*(" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + r")\s*[:：]\s*", _I
)
_MENTION_START = re.compile(r"^\s*@[^\W\d_]")

FEEDBACK = re.compile(
    r"\bfeedback|\bcritique|\bretour|\brückmeldung|\bretroalimentaci|\bterugkoppeling", _I
)
_SKILL = re.compile(
    r"\bskills?\b|\blearn|\bpractic|\bpractis|\bcodebases?\b|\bcompétence|\bfähigkeit|"
    r"\bhabilidad|\bvaardigh|\bcompetenz|\bcompetênc|\bcompetenc|\bstudied|"
    r"\bramp(?:ed|ing)? up",
    _I,
)
_RELATION = re.compile(
    r"\brelationships?\b|\bpeople\b|\bperson\b|\bnetwork(?:ing|s)?\b|\bworked with|\bcontacts?\b|"
    r"\b1:1 with|\bbeziehung|\brelations\b|\bpersonnes\b|\brelaciones\b|\brelações\b|"
    r"\brelazioni\b|\brelaties\b|\bpersonen\b|\bpersonas\b|\bcontactos\b|"
    r"\bmensen\b|\bpessoas\b|\bpersone\b|\bleute\b",
    _I,
)
_GOAL = re.compile(r"\bgoals?\b|\bgaps?\b|\bobjecti|\bziele?\b|\bdoelen\b|\bpromo(?:tion)?\b", _I)
_EVIDENCE = re.compile(r"\bimpact|\bwins?\b|\bevidence\b|\boutcome|\bscope\b|\bwhat you did", _I)
_FACETS = (("outcome", "outcome"), ("result", "outcome"), ("scope", "scope"), ("what you", "what"))
RELATION_CUES = re.compile(
    r"\bcoffee|\b1:1\b|\bmet\b|\bmeet|\bpair(?:ed|ing)?\b|\bmentor|\bsync\b|\bfollow(?:ed)? up|"
    r"\breconnect|\bintro|\bworked with|\bworking with|\bcatch(?:ing)? up|\blunch|\bsponsor|"
    r"\bco-own|\btogether|\btaught me|\bhelped me|\bwalked me|\bshowed me",
    _I,
)
SKILL_CUES = re.compile(
    r"\blearn|\bfeedback|\bpractic|\bstudied|\bcourse|\bhow to\b|\bread(?:ing)?\b|\bexplain", _I
)
# The point of the item is a person: pairing, mentoring, walking someone through something.
PERSON_POINT = re.compile(
    # (The lookahead holds the cues' first letters: most word starts fail on it at once.)
    r"\b(?=[pwmcl1rifsabgztd])(?:"
    r"pair(?:ed|ing)? (?:up )?(?:with\b|w/)|walk(?:ed|ing)? (?:\S+ ){1,4}?through\b|"
    r"mentor(?:ed|ing|e|a|at|ia|ship)?\b|coach(?:ed|ing)\b|coffee with\b|lunch with\b|"
    r"1:1 with\b|met (?:with )?[A-Z@]|caught up with\b|reconnected with\b|"
    r"introduced (?:me|\S+ to)\b|feedback to\b|shadow(?:ed|ing)\b|"
    # covering for someone: "Took the Friday on-call shift for Sipho Ndlovu"
    r"cover(?:ed|ing)? for\b|shifts? (?:for|für|pour|por|para|per|voor) (?-i:[A-Z])|"
    r"backed (?:\S+ )?up (?-i:[A-Z])|stood in for\b|"
    r"(?:schicht|bereitschaft|dienst|astreinte|garde|guardia|turno|plantão)"
    r" (?:\S+ ){0,2}?(?:für|pour|por|para|per|voor|von|de) (?-i:[A-Z])|"
    # the same in the other languages replies come in (fr, nl, de, es, pt)
    r"accompagn|begeleid|betreut|begleitet|acompañ|acompanh|mentorei|"
    # feedback given to someone: "Gave Tomás feedback", "Di feedback a Tomás"
    r"gave (?!me\b)\S+ (?:\S+ )?feedback\b|feedback (?:a|à|an|aan|para) (?-i:[A-Z])|"
    # working or pairing with someone, in the other languages: "Mit Dorothy … durchgesprochen"
    r"(?<![^\W_])(?<!\w\W)(?<!\w\W\W)mit (?-i:[A-Z])|(?:samen)?gewerkt met\b|"
    r"zusammengearbeitet mit\b|travaill[ée] avec\b|trabaj[ée] con\b|trabalhei com\b|"
    r"lavorato con\b|pair[- ]programming (?:com|con|avec|mit|met|with)\b)",
    _I,
)
# Feedback the user gave to someone is about that person, not a skill the user practised.
_FEEDBACK_GIVEN = re.compile(
    r"\bgave (?!me\b)\S+ (?:\S+ )?feedback\b|\bfeedback (?:a|à|an|aan|para|to) (?-i:[A-Z])|"
    r"^\W*(?:(?:and|et|y|e|und|en) )?(?:di|gab|j['’]ai donné|dei|ho dato|gaf) (?:\S+ ){0,2}"
    r"feedback\b",
    _I,
)
# Feedback or a review the user received is a skill: "Linus gave me a thorough review on
# the PR", "Recebi feedback da Mei", "Hannah mi ha dato un ottimo feedback".
_FEEDBACK_RECEIVED = re.compile(
    r"\b(?=[ghfmjbekrlpcor])(?:"  # the first letters of the cues below
    r"giv(?:e|es|ing) me (?:\S+ ){0,3}?(?:feedback|review|critique)|"
    r"gave me (?:\S+ ){0,3}?(?:feedback|review|critique)|(?<!the )feedback from\b|"
    r"m['’]a (?:fait|donné) (?:\S+ ){0,3}?(?:retour|feedback|critique)|"
    r"j['’]ai reçu (?:\S+ ){0,3}?(?:retour|feedback)|"
    r"hat mir (?:\S+ ){0,3}?(?:feedback|rückmeldung)|"
    r"(?:bekam|erhielt|bekommen|erhalten) (?:\S+ ){0,3}?(?:feedback|rückmeldung)|"
    r"me d(?:io|ió|eu) (?:\S+ ){0,3}?(?:feedback|retroalimentaci|retorno)|"
    r"(?:recib[íi]|recebi) (?:\S+ ){0,3}?(?:feedback|retroalimentaci|retorno)|"
    r"(?:gaf|geeft|heeft) me (?:\S+ ){0,3}?feedback|(?:kreeg|ontving) (?:\S+ ){0,3}?feedback|"
    r"mi ha (?:dato|fatto) (?:\S+ ){0,3}?(?:feedback|critic)|ho ricevuto (?:\S+ ){0,3}?feedback|"
    # the passive, noun first: "feedback gekregen van Grace", "retour reçu de Mei"
    r"(?:feedback|retour|rückmeldung|retorno) (?:gekregen|ontvangen|erhalten|bekommen|re[çc]us?|"
    r"recibido|recebido|ricevuto)\b|(?:received|got) (?:\S+ ){0,2}?feedback\b)",
    _I,
)
# Every cue above holds one of these: one look for them comes first (most items have none).
_FEEDBACK_NOUNS = (
    "feedback",
    "review",
    "critic",
    "retour",
    "rückmeldung",
    "retroaliment",
    "retorno",
)
# In a 1:1 brief, the person's judgement of the user's work is feedback, though not called
# so: "She said my demos run too long", "Elle trouve que mes RFC sont trop longues".
_VERDICT = re.compile(
    r"\b(?=[stfdzpcamo])(?:said|says|thinks|told me|feels|finds|dit|trouve|dice|cree|disse|acha|"
    r"sagt|findet|zegt|vindt|pensa|commented|mentioned|comentou|comentó|a commenté|"
    r"merkte (?:an|op)|opmerkte|ha commentato|meinte)"
    r",? (?:that |que |dass |dat |che )?(?:my|mes|mon|ma|mis|mi|meus|meu|minhas|minha|"
    r"meine?[nr]?|mijn|i miei|il mio|la mia|le mie)\b|"
    # "Linus mi ha detto che nelle code review sono troppo pignolo", "Dana me dijo que …"
    r"\b(?=[tmhz])(?:told me|me dijo|mi ha detto|m['’]a dit|hat mir gesagt|zei (?:me|tegen mij)|"
    r"me disse),? (?:\([^()]{1,30}\),? )?(?:that|que|che|dass|dat)\b|"
    # praise passed on: "the merchants on the advisory call loved my payout reports demo"
    r"\b(?=[lpaegwo])(?:(?:loved?s?|liked?s?|praised|appreciated|enjoyed) my|"
    r"(?:a|ont) (?:adoré|aimé|apprécié) (?:mon|ma|mes)|(?:encantó|gustó|encantaron) (?:mi|mis)|"
    r"(?:gostaram|gostou) d[oa]s? (?:meu|minha)|adoraram (?:o meu|a minha)|"
    r"(?:lobte|lobten|gelobt) (?:\S+ )?meine|waardeerde(?:n)? mijn|"
    r"(?:hanno|ha) apprezzato (?:il mio|la mia|i miei|le mie))\b",
    _I,
)
# In a 1:1 brief, feedback the user gave the person is a note about them, not a skill of the
# user's: "he asked for feedback on his design review style", "told him his incident notes
# were great", "je lui ai dit que son RFC …", "gli ho detto di …".
_TOLD_THEM = re.compile(
    r"\b(?=[tfsjlhgzdmf])(?:told (?:him|her|them)\b|feedback (?:on|about) (?:his|her|their)\b|"
    r"(?:je )?lui ai dit\b|(?:feedback|retour) sur (?:son|sa|ses)\b|"
    r"(?:le|les) dije\b|feedback sobre (?:su|sus|seu|sua|seus|suas)\b|"
    r"(?:disse|falei) (?:a|para) (?:ele|ela)\b|lhe disse\b|"
    r"(?:habe )?(?:ihm|ihr) gesagt\b|sagte (?:ihm|ihr)\b|feedback zu (?:seine|ihre)\w*|"
    r"(?:zei|heb) (?:hem|haar)\b|(?:hem|haar) gezegd\b|feedback op (?:zijn|haar)\b|"
    r"(?:gli|le) ho detto\b|feedback su(?:l|lla|i|lle)? su[oaei]\b)",
    _I,
)
# In a 1:1 brief, how the person takes feedback is a note about them, not feedback the user
# got: "Note to self: he takes written feedback much better than live feedback".
_THEIR_FEEDBACK = re.compile(
    r"\b(?=[hsteilzé])(?:he|she|they|il|elle|él|ella|ele|ela|er|sie|hij|zij|ze|lui|lei) "
    r"(?:\S+ )?(?:takes?|handles?|prefers?|responds? to|reacts? to|needs?|prend|préfère|"
    r"reçoit|toma|prefiere|recibe|recebe|prefere|lida com|nimmt|bevorzugt|braucht|neemt|"
    r"krijgt|prende|preferisce|riceve) (?:\S+ ){0,2}?(?:feedback|retours?|críticas?|"
    r"rückmeldungen?|kritik)\b",
    _I,
)
# In a 1:1 brief, a to-do toward the person is a note about them, figures in it or not:
# "Follow-up: send him the incident numbers (down from 31 to 12)", "I will invite him to …".
_FOR_THEM = re.compile(
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
# In a 1:1 brief, work reported finished is evidence, whoever it was told to: "Told Omar the
# payouts backfill is finished", "la migración está terminada", "die Migration ist fertig".
_FINISHED = re.compile(
    r"\b(?=[iewsaèzé])(?:is|are|was|were|ist|sind|est|sont|está|están|estão|é|è|sono|zijn)\s+"
    r"(?:now |jetzt |maintenant |ya |já |nu |ora )?(?:finished|done|complete|completed|live|"
    r"fertig|abgeschlossen|terminée?s?|finie?s?|en production|terminad[oa]s?|listo|lista|"
    r"completad[oa]s?|pront[oa]s?|concluíd[oa]s?|klaar|afgerond|finit[oa]|completat[oa]|"
    r"conclus[oa])(?!\w)",
    _I,
)
# In a 1:1 brief, what the person thinks, wants or asked is a note about them, figures in it
# or not: "Dorothy thinks the Q2 storage forecast is off by ~25%".
_THEIR_VIEW = re.compile(
    r"\b(?=[tbwasefpvdmcqhk])(?:thinks|believes|wants|asked|agreed|suggested|expects|worries|"
    r"pense|veut|a demandé|denkt|will|meint|möchte|piensa|quiere|cree|pidió|acha|quer|pediu|"
    r"pensa|vuole|crede|ha chiesto|vindt|wil|vroeg|vereinbart|afgesproken|convenimos|"
    r"combinamos|acordamos|concordamos|convenu|convenuto|concordato)\b",
    _I,
)
# Meeting someone, time spent or close work with them, talking to them: about that person
# when one is named ("Sat with Priya for an hour", "Me reuní con Lucía Fernández",
# "Kennenlerngespräch mit Jonas Keller", "Außerdem mit Jonas … abgestimmt").
_MET = re.compile(
    r"\b(?:"
    r"sat (?:down )?with\b|spent (?:\S+ ){0,3}?(?:time|hours?|afternoon|morning|days?) with\b|"
    r"work(?:ed|ing) (?:closely|directly|a lot|lots|side by side|hand in hand) with\b|"
    r"(?:talk(?:ed)?|spoke|chatted) (?:to|with)\b|met up with\b|synced (?:up )?with\b|"
    r"(?:had|got on|hopped on|jumped on) an? (?:\S+ )?call with\b|"
    r"(?:call|meeting) with\b|(?:appel|réunion) avec\b|(?:llamada|videollamada) con\b|"
    r"(?:chamada|call) com\b|(?:telefonat|call) mit\b|(?:gesprek|call) met\b|"
    r"(?:chiamata|call) con\b|"
    r"(?:intro|introductory|kick-?off|first) (?:call|chat|meeting|1:1) with\b|"
    # a session or a sync with someone: "a long pairing session with Kenji", "un point avec Mei"
    r"sessions? (?:with|avec|mit)\b|s(?:e|é)ance avec\b|sesi[óo]n con\b|sessão com\b|"
    r"sessie met\b|sessione con\b|point avec\b|"
    # (wanting) more time with someone: "vorrei passare più tempo con Davide"
    r"(?:spend|more) (?:\S+ ){0,2}?time with\b|passer (?:\S+ ){0,2}?temps avec\b|"
    r"pasar (?:\S+ ){0,2}?tiempo con\b|passar (?:\S+ ){0,2}?tempo com\b|"
    r"passare (?:\S+ ){0,2}?tempo con\b|zeit mit (?-i:[A-Z])|"
    # meeting someone for the first time, in every language
    r"(?:get|got|getting) to know\b|connected with\b|kennengelernt|conoc[íi] a\b|conheci\b|"
    r"fait la connaissance|(?:ho )?conosciut[oa]\b|leren kennen\b|"
    r"(?:treffe|treffen|traf|getroffen)\b[^.;]{0,40}?\bmit (?-i:[A-Z])|"
    # the same in the other languages replies come in (fr, es, pt, de, it)
    r"rencontré|réuni(?:e|s)? avec|réunion avec|en binôme avec|"
    r"travaill[ée] (?:\S+ ){1,2}avec|(?:parlé|discuté|échangé) (?:à|avec)\b|"
    r"me reun[íi] con|reuni[óo]n con|me encontr[ée] con|trabaj[ée] (?:\S+ ){1,3}con\b|"
    r"habl(?:[ée]|o|amos) con\b|en pareja con\b|"
    r"reuni(?:-me)? com\b|reunião com|trabalhei (?:\S+ ){1,2}com\b|"
    r"(?:falei|conversei|conversamos) com\b|em par com\b|"
    r"(?:mich|uns) mit (?-i:[A-Z])|"
    r"(?:außerdem|ausserdem|auch|dann|zudem|noch|dazu|heute|gestern)\s+mit (?-i:[A-Z])|"
    r"mit (?-i:[A-Z])[^.;]{0,80}?\b(?:abgestimmt|abgesprochen|besprochen|ausgetauscht|"
    r"geklärt|getroffen)\b|"
    r"incontrat[oa]\b|(?:riunione|incontro) con\b|lavorato (?:\S+ ){1,2}con\b|"
    r"in coppia con\b|(?:parlato|discusso) con\b|affiancat[oa]\b|"
    # getting back in touch: "Da risentire: Chiara Rossi", "retomar o contato com"
    r"risentir\w*|ricontattar\w*|non l[ao] sento\b|retomar (?:el |o )?conta[ct]to|"
    r"volver a hablar con\b|voltar a falar com\b|reprendre contact|recontacter|renouer avec\b|"
    r"(?:wieder|erneut) (?:\S+ ){0,3}?(?:melden|treffen|sprechen)\b|weer (?:\S+ )?contact|"
    r"bijpraten met\b|"
    # keeping in touch, or talking more with someone: "quero manter contato com a Beatriz"
    r"(?:keep|stay) in touch with\b|manter (?:o )?cont[a]?[ct]?to com\b|"
    r"mantener (?:el )?contacto con\b|(?:garder|rester en) contact avec\b|"
    r"in kontakt bleiben\b|contact (?:blijven )?houden\b|"
    r"restare in contatto con\b|"
    r"(?:conversar|falar|hablar|charlar|parler|discuter|sprechen|praten|parlare|talk|chat)"
    r" (?:\S+ ){0,2}?(?:com|con|avec|mit|met|with)\b)",
    _I,
)
# Someone asking the user to take something on: about that person, in a weekly reply ("Grace
# asked me to take over the vendor security reviews", "Jonas hat mich gebeten, …").
_ASKED_ME = re.compile(
    r"\b(?=[awimhv])(?:asked me to|wants me to|would like me to|invited me to|"
    r"m['’]a (?:demandé|proposé|invitée?) d|me pidió que|me (?:pediu|convidou) (?:para|que)|"
    r"hat mich (?:\S+ )?(?:gebeten|eingeladen)|(?:vroeg|heeft) me (?:\S+ )?(?:gevraagd|om)\b|"
    r"mi ha chiesto di)",
    _I,
)
# Someone helping, teaching or showing the user something: about them in a weekly reply too.
_THEIR_HELP = re.compile(r"\b(?=[htsw])(?:helped|taught|showed|walked) me\b", _I)
# The user helping someone named: about them in a weekly reply ("Helped Priya debug the flaky
# reconnect", "j'ai aidé Mei à …", "Jonas beim Debuggen geholfen").
_I_HELPED = re.compile(
    r"\b(?=[ha])(?:helped|aidé|ayudé a|ajudei(?: [ao])?|ho aiutato) (?-i:[A-Z])|"
    r"(?-i:[A-Z])[\w'’-]* (?:\S+ ){0,3}?geholfen\b",
    _I,
)
# Someone and the user doing something together: "Mei Tanaka and I now trade code reviews".
_TOGETHER = re.compile(
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
    kennengelernt conocí conoci conheci connaissance conosciuto conosciuta leren treffe
    treffen traf getroffen intro introductory kickoff kick-off first get getting
    keep stay manter mantener garder rester kontakt houden restare conversar falar hablar
    charlar parler discuter sprechen praten parlare chat call meeting appel llamada
    videollamada chamada telefonat gesprek chiamata session sessions séance seance sesión
    sesion sessão sessie sessione point spend more passer pasar passar passare zeit
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# A German meeting noun ends a compound ("Kennenlerngespräch mit Jonas"): no word start
# to anchor on, so it is looked for only in text that says " mit ".
_MEETING_MIT = re.compile(r"(?:gespräch|treffen|austausch|termin|kennenlernen)\s+mit\s", _I)
# Said only of a person, named or not (a name in lower case is not found): coffee or lunch
# with someone, someone shadowing the user or offering them help.
_PERSON_ALWAYS = re.compile(
    r"\b(?=[cklaodpmsg])(?:"
    r"(?:coffee|café|caffè|kaffee|koffie|lunch|almoço|almocei|almuerzo|almorcé|déjeuner|"
    r"déjeuné|déjeune|pranzo|pranzato|mittagessen)"
    r"\s+(?:\S+\s+){0,4}?(?:(?:with|avec|con|com|mit|met)\b|w/)|"
    r"shadow(?:ed|ing)? (?:me|him|her|them)\b|offered to \w+(?: \w+)? (?:me|my)\b)",
    _I,
)
# An item that opens with coffee or lunch with someone is about them, whatever it goes on to
# say they will read or explain: "Coffee with Grace, she's happy to read my Staff packet draft".
_PERSON_FIRST = re.compile(
    r"\W*(?:coffee|café|caffè|kaffee|koffie|lunch|almoço|almuerzo|déjeuner|pranzo|mittagessen)"
    r"\s+(?:with|avec|con|com|mit|met)\b",
    _I,
)
_PERSON_ALWAYS_WORDS = (
    "coffee", "café", "caffè", "kaffee", "koffie", "lunch", "almoço", "almuerzo", "déjeuner",
    "pranzo", "mittagessen", "shadow", "offered", "almocei", "almorcé", "pranzato", "déjeune",
)  # fmt: skip
# Someone helping, showing or explaining the user something, in the other languages
# (``RELATION_CUES`` has the English): "o Omar me ajudou", "Dorothy m'a expliqué …".
_HELPED_ME = re.compile(
    r"\b(?=[mhl])(?:"
    r"me (?:ajudou|ayudó|mostró|mostrou|explicó|explicou|enseñó|ensinou)|"
    r"m['’]a (?:aidée?|montré|expliqué|appris)|"
    r"hat mir (?:\S+ ){0,3}?(?:geholfen|gezeigt|erklärt|beigebracht)|"
    r"heeft me (?:\S+ )?(?:geholpen|uitgelegd|geleerd)|"
    r"mi ha (?:aiutat[oa]|mostrato|spiegato|insegnato))",
    _I,
)
# The point is people even when none is named: pairing with, onboarding or mentoring a
# group or one of it ("the new hires", "two juniors", "one of the new grads").
_NEWCOMERS = (
    r"(?:one of\s+)?(?:(?:the|our|my|a|two|three|four|five|six|several|some|\d+)\s+){0,2}"
    r"(?:(?:new|junior|other)\s+)*(?:hires?|joiners?|starters?|juniors?|interns?|grads?|"
    r"graduates?|mentees?|apprentices?|"
    r"(?<=new )(?:engineers?|teammates?|devs?|developers?|team members?))\b"
)
PEOPLE_POINT = re.compile(
    r"\b(?=[pomct])(?:"  # the first letters of the cues below: most positions fail on it
    rf"pair(?:ed|ing)?(?:[- ]programming)?(?: sessions?)? (?:up )?with {_NEWCOMERS}|"
    rf"(?:onboard|mentor|coach)(?:ed|ing)? {_NEWCOMERS}|"
    r"(?:took|taking|take) on (?:\S+ )?(?:mentees?|apprentices?|interns?)\b|"
    rf"(?:mentoring|coaching|onboarding|pairing) (?:sessions? )?(?:with|for) {_NEWCOMERS})",
    _I,
)
# Counts of the meeting itself ("4 pairing sessions", "3 new hires") report no outcome.
ACTIVITY_COUNTS = frozenset(
    {"sessions", "meetings", "hires", "people", "calls", "1:1s", "mentees", "interns", "juniors"}
)
# Units that measure an outcome, not the time or the sessions spent: a percentage, a
# multiplier, money, a rate ("~6 hours/week").
_IMPACT_UNITS = frozenset({"%", "pp", "x", "USD", "EUR", "GBP", "JPY", "CHF", "BRL"})
# A word that may come first: "Also shipped …", "Wel geleverd: …", "Außerdem geliefert: …".
_ALSO = (
    r"(?:(?:also|and|then|finally|wel|ook|auch|außerdem|ausserdem|aussi|también|também|anche|"
    r"inoltre) )?"
)
# What a monthly or brief reply reports as delivered ("Shipped the rate limiter …"); not
# "Presented …" or "Took over the training …", which there are practice.
DELIVERED = re.compile(
    rf"^\W*{_ALSO}(?:shipped|landed|launched|delivered|released|"
    r"rolled out|migrated|cut|reduced|saved|fixed|"
    # the same in the other languages replies come in (nl, de, fr, es, pt, it)
    r"(?:op)?geleverd|geliefert|ausgeliefert|livré|entregado|entregue|consegnato|rilasciato)\b",
    _I,
)
# An item that opens with learning or practice is a skill, whatever the prompt asked.
_SKILL_START = re.compile(
    r"^\W*(?:learned|learnt|studied|practi[cs]ed|took (?:a|the) course|went deep on|"
    r"ramped up on|read up on|got (?:some )?feedback|received feedback)\b",
    _I,
)
# The user learning, anywhere in the item ("Started learning Rust through …"), but not
# others ("so the new hires learn …", "lessons learned") nor a thing ("machine learning").
_LEARNING = re.compile(
    r"\b(?=[lsprwt])(?<!machine )(?<!deep )(?<!lessons )(?<!e-)(?:learn(?:ed|t|ing)?|"
    r"stud(?:ied|ying)|"
    r"practi[cs](?:ed|ing)|went deep on|ramp(?:ed|ing) up on|read up on|took (?:a|the) course)\b"
    r"(?! (?:path|platform|budget|session|sessions|materials|resources)\b)",
    _I,
)
# The user learning or practising, in the other languages replies come in: "Este mes aprendí
# a perfilar consultas", "Ich lerne gerade Rust".
_LEARNING_OTHER = re.compile(
    r"\b(?=[aejgilhpeéfm])(?:aprend(?:í|i|o|iendo|endo)|(?:j['’]ai )?appris|j['’]apprends|gelernt|"
    r"ich lerne|geleerd|ik leer|imparat[oa]|imparando|estudi(?:é|ei|ando)|étudié|"
    r"practiqu[ée]|pratiqu[ée]|pratiquei|geübt|geoefend|praticat[oa]|"
    # getting up to speed on something: "mich in die Regel-Engine eingearbeitet"
    r"eingearbeitet|einarbeiten|ingewerkt|inwerken|familiaris\w*|familiariz\w*)\b",
    _I,
)
# Something the user delivered, said in the first person anywhere in the item: "Dans la
# foulée, j'ai migré nos 5 workers", "then I migrated the cron jobs".
_I_DELIVERED = re.compile(
    r"\b(?=[jIhe])(?:j['’]ai (?:migré|livré|déployé|mis en production)|"
    r"I (?:shipped|migrated|launched|rolled out|delivered)|"
    r"he (?:migrado|entregado|desplegado|lanzado)|"
    r"(?:eu )?(?:migrei|entreguei|implantei|lancei)|ho (?:migrato|rilasciato|consegnato))\b",
    _I,
)
# Taking a course, in the other languages replies come in: "Ho anche seguito un corso su eBPF".
_COURSE = re.compile(
    r"\b(?=[sfhtbg])(?:seguito|fatto|frequentato|hice|tomé|fiz|suivi|besucht|gemacht|gevolgd|gedaan)\s+"
    r"(?:[^\W\d_]+\s+){0,2}(?:corso|curso|cours|kurs|cursus|formation|schulung)\b",
    _I,
)
# Working through a book or a chapter, doing a course or a workshop: "finally worked through
# the borrow checker chapter of the Rust book", "I did the internal Triton workshop".
_STUDY = re.compile(
    r"\b(?=[dawtgrcflgkbhs])(?:"
    # reading a paper: "actually reading the Raft paper", "ich lese gerade das Paper über Raft"
    r"(?:read|reading|leyendo|lendo|lu|leí|li|gelesen|gelezen|letto|lese|lees|leggendo)"
    r" (?:\S+ ){0,5}?(?:papers?|articles?|artikel|artículo|artigo|articolo|whitepaper)\b|"
    r"(?:did|attended|took|completed|finished|started|(?:worked|went|got) through|"
    r"read|lu|leí|li|gelesen|gelezen|letto|durchgearbeitet|doorgewerkt) (?:\S+ ){0,6}?"
    r"(?:(?:work)?books?|chapters?|courses?|tutorials?|workshops?|certifications?|livre|"
    r"chapitre|buch|"
    r"kapitel|libro|capítulo|livro|boek|hoofdstuk|capitolo)\b|"
    # the verb last, in German and Dutch: "Das Kapitel über Ownership … durchgearbeitet"
    r"(?:kapitel|buch|boek|hoofdstuk)\w*\b[^.;]{0,60}?\b"
    r"(?:gelesen|durchgearbeitet|gelezen|doorgewerkt)\b)",
    _I,
)
_OTHERS_LEARN = re.compile(
    r"\b(?:help(?:ed|ing|s)?|so|let(?:s|ting)?|teach(?:ing)?|taught|them|others|everyone|"
    r"people|team|hires|they|he|she|how)\s+(?:\w+\s+)?$",
    _I,
)
# Words that speak of a goal's progress or gap rather than report something done.
_GOAL_TALK = re.compile(
    r"\bgoals?\b|\bgaps?\b|\bnext\b|\bstill\b|\bnot yet\b|\bwant\b|\bplan(?:ning)? to\b|"
    r"\bneed to\b|\bhope\b|\baim\b|\bdone\b|\bdrop(?:ping|ped)?\b|\bprogress\b|"
    r"\bcloser\b|\bno change\b|\bon track\b|\bbehind\b",
    _I,
)
# Saying that what follows is no goal's: "Outside the goals, I took …", "wasn't on my goal
# list", "Fuera de los objetivos: …".
_OFF_GOALS = re.compile(
    r"\b(?=[nwiobafhe])(?:"
    r"(?:not|(?:was|is|are|were)n['’]t) (?:on|in|part of|one of|related to) (?:my|the|any) "
    r"(?:\w+ )?goals?\b|"
    r"(?:outside|beyond|besides|apart from|unrelated to) (?:of )?(?:my|the) goals?\b|"
    r"fuera de (?:mis|los) objetivos|fora d(?:os|e) (?:meus )?objetivos|"
    r"en dehors (?:de mes|des) objectifs|hors objectifs|außerhalb (?:meiner|der) ziele|"
    r"nicht (?:auf|in) meine[nr]? ziel|buiten (?:mijn|de) doelen|"
    r"al di fuori (?:dei miei|degli) obiettivi|fuori dagli obiettivi)",
    _I,
)
# A weekly line that names a goal of the user's speaks of its progress: "so the conference
# goal finally has something behind it", "el objetivo de la conferencia avanza".
_GOAL_MENTION = re.compile(
    r"\b(?=[mtonuv])(?:(?:my|our) (?:[\w'’-]+ ){0,3}goal\b(?! (?:list|setting|doc)\b)|"
    r"the (?:[\w'’-]+ ){1,3}goal\b(?! (?:list|setting|doc)\b)|"
    r"(?:mi|mon|mein(?:em)?|mijn|il mio|o meu|meu|nuestro|notre|unser(?:em)?|ons) "
    r"(?:objetivo|objectif|ziel|doel|obiettivo)\b)",
    _I,
)
_GOAL_NOUNS = ("goal", "objetivo", "objectif", "ziel", "doel", "obiettivo")
# A result counted after the work that gave it: "…, 46 issues filed", "30 bugs found",
# "46 problemas encontrados", "46 Probleme gemeldet"; or before it: "filed 46 issues".
_RESULT = re.compile(
    r"(?=[\dfcrm])(?:\d[\d.,]*\+? (?:[^\W\d_]+ ){1,2}?"
    r"(?:filed|fixed|found|closed|resolved|merged|removed|deleted|migrated|"
    r"remontés|corrigés|trouvés|résolus|fermés|supprimés|"
    r"gefunden|behoben|gemeldet|geschlossen|gelöscht|migriert|"
    r"encontrad[oa]s|corregid[oa]s|resuelt[oa]s|cerrad[oa]s|eliminad[oa]s|"
    r"corrigid[oa]s|resolvid[oa]s|fechad[oa]s|removid[oa]s|"
    r"gevonden|opgelost|gemeld|gesloten|verwijderd|"
    r"trovati|risolti|corretti|chiusi|segnalati|rimossi)\b|"
    r"\b(?:filed|fixed|found|closed|resolved|merged) \d)",
    _I,
)
# A plain report of something achieved: "I'm now the DRI for …", "Shipped …", "Led …".
_ACHIEVED = re.compile(
    rf"^\W*{_ALSO}(?:I['’]m now|I am now|I now (?:own|lead|run)|I became|became|now the|shipped|"
    r"landed|launched|led|delivered|took over|was made|got promoted|presented|published|"
    # "I'm now …" and "delivered" in the other languages replies come in
    r"je suis (?:maintenant|désormais)|ich bin (?:jetzt|nun)|ahora soy|agora sou|ik ben nu|"
    r"ora sono|(?:op)?geleverd|geliefert|livré|entregado|entregue|consegnato)\b",
    _I,
)
# A figure changed: "from 45 to 12 min", "von 3 Wochen auf 8 Tage", "van 25 naar 9 minuten",
# "render in 1.2s instead of 7s".
_FROM_TO = re.compile(
    r"\b(?=[fvdFVD])(?:from|von|van|de|da|desde|du)\s+[~≈]?\d[\d.,]*[^.;\d]{0,20}?\s"
    r"(?:to|auf|naar|tot|à|a|para|hasta)\s+(?:[a-z]+\s+)?[~≈]?\d|"
    r"\d[^.;\d]{0,20}?\s(?:instead of|rather than|statt|anstatt|au lieu de|en lugar de|"
    r"en vez de|em vez de|in plaats van|invece di)\s+[~≈]?\d",
    _I,
)
_NUMBERED_GOAL = re.compile(r"^\s*\d{1,2}[.)]\s+(.+?)\s*$")
_QUOTED_GOAL = re.compile(r"\bgoals?\b\s*[:：]?\s*[\"“„«]([^\"”“»]{4,120})[\"”“»]", _I)


# A topic said before a comma, as a label is before a colon: "People-wise, Ngozi Eze …",
# "Côté relations, …", "En cuanto a personas, …", "Was Leute angeht, …".
_TOPIC = re.compile(
    r"^\W*(?:[^\W\d_]+[- ]wise|côté [^\W\d_]+|en cuanto a (?:las? |los )?[^\W\d_]+|"
    r"quanto (?:a|às|aos) [^\W\d_]+|was (?:die )?[^\W\d_]+ angeht|"
    r"wat (?:de |het )?[^\W\d_]+ betreft|per quanto riguarda (?:le |i |gli |la )?[^\W\d_]+)"
    r"\s*,",
    _I,
)


def topic_hint(text: str) -> KindHint:
    """The kind a topic said at the item's start sets ("People-wise, …"), if any."""
    if (m := _TOPIC.match(text)) is None:
        return NONE
    return keyword_kind(m.group(0))


def explicit_prefix(text: str) -> tuple[KindHint, str]:
    """The kind an explicit prefix sets, and the text without that prefix."""
    if m := _PREFIX.match(text):
        return _PREFIXES[m.group(1).lower()], text[m.end() :]
    if _MENTION_START.match(text):
        return KindHint("relationship"), text
    return NONE, text


def keyword_kind(text: str) -> KindHint:
    """Map a heading, label or question to a kind by the words in it."""
    if FEEDBACK.search(text):
        return KindHint("skill", "feedback")
    if _RELATION.search(text):
        return KindHint("relationship")
    if _SKILL.search(text):
        return KindHint("skill")
    if _GOAL.search(text) and not _OFF_GOALS.search(text):  # not "Outside my goals: …"
        return KindHint("goal")
    if _EVIDENCE.search(text):
        low = text.lower()
        facet = next((f for key, f in _FACETS if key in low), None)
        return KindHint("evidence", facet=facet)
    return NONE


def question_unit(block: list[str]) -> str:
    """The last question of a quoted block: its last list item or paragraph, joined."""
    lines = []
    for line in block:
        if line.strip() in ("--", "-- "):
            break  # the prompt's own signature
        lines.append(line)
    while lines and not lines[-1].strip():
        lines.pop()
    unit: list[str] = []
    for line in reversed(lines):
        if not line.strip():
            break
        unit.insert(0, line.strip())
        if re.match(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+", line):
            break
    return " ".join(unit)


def question_hint(question: str) -> KindHint:
    """What an inline answer inherits from the prompt question above it."""
    if not question:
        return NONE
    if m := _NUMBERED_GOAL.match(question.split(" State:")[0].split(" Gap:")[0]):
        title = m.group(1).strip()
        if _GOAL.search(question) or re.search(r"\bState:|\bGap:", question):
            return KindHint("goal", goal=title)
    if m := _QUOTED_GOAL.search(question):
        return KindHint("goal", goal=m.group(1).strip())
    first = question.split()[0]
    if len(first) >= 3 and first.isupper():
        hint = keyword_kind(first)
        if hint.kind:
            return KindHint(hint.kind)
    return keyword_kind(question)


def _goal_talk(text: str) -> bool:
    """Does the item speak of a goal's progress or gap? Not by saying it is off the goals."""
    if not _GOAL_TALK.search(text):
        return False
    return not _OFF_GOALS.search(text) or bool(_GOAL_TALK.search(_OFF_GOALS.sub(" ", text)))


def achievement(text: str) -> bool:
    """Does the item report something achieved, without speaking of a goal's progress?"""
    return bool(_ACHIEVED.search(text)) and not _goal_talk(text)


def _met(text: str, has_people: bool) -> bool:
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


def _own_goal(text: str) -> bool:
    """Does the item name a goal of the user's ("the conference goal", "mi objetivo de …"),
    other than to say it is off the goals?"""
    low = text.lower()
    if not any(noun in low for noun in _GOAL_NOUNS):
        return False
    return bool(_GOAL_MENTION.search(text)) and not _OFF_GOALS.search(text)


def received_feedback(text: str) -> bool:
    """Is the item about feedback or a review the user received (``_FEEDBACK_RECEIVED``)?"""
    low = text.lower()
    return any(noun in low for noun in _FEEDBACK_NOUNS) and bool(_FEEDBACK_RECEIVED.search(text))


def learning(text: str) -> bool:
    """Does the item say the user learned or practised something, anywhere in it?"""
    return (
        bool(_SKILL_START.search(text))
        or any(not _OTHERS_LEARN.search(text[: m.start()]) for m in _LEARNING.finditer(text))
        or bool(_COURSE.search(text))
        or bool(_STUDY.search(text))
        or bool(_LEARNING_OTHER.search(text))
    )


def impact(units: Iterable[str | None], text: str = "") -> bool:
    """Does one of these metric units measure an outcome (see ``_IMPACT_UNITS``), or does
    ``text`` report a change from one figure to another ("von 3 Wochen auf 8 Tage")?"""
    units = list(units)  # a change needs a figure: most items have none, and skip the look
    return any(u and (u.split("/")[0] in _IMPACT_UNITS or "/" in u) for u in units) or bool(
        units and _FROM_TO.search(text)
    )


def _skill(text: str) -> KindHint:
    received = FEEDBACK.search(text) or received_feedback(text)
    return KindHint("skill", "feedback" if received else None)


def _about_someone(text: str, has_people: bool) -> bool:
    """Is a monthly or brief note about someone: meeting them, their help ("helped me",
    "o Omar me ajudou"), or a cue that is only said of a person?"""
    return _met(text, has_people) or (
        has_people
        and bool(RELATION_CUES.search(text) or PERSON_POINT.search(text) or _HELPED_ME.search(text))
    )


def content_kind(
    prompt_kind: PromptKind,
    text: str,
    *,
    has_people: bool,
    outcome: bool,
    goal_linked: bool,
    measured: bool = False,
    reach: bool = False,
    goal_said: bool = False,
) -> KindHint:
    """The fallback: what the item talks about, with what the prompt asked for as the prior.

    ``outcome`` (a metric, or reach beyond the user's team) keeps an item about pairing
    with someone evidence: "paired with Linus; one budget across three teams now"; a count
    of the sessions themselves (``ACTIVITY_COUNTS``) is no outcome.
    ``goal_linked``: the item names an open goal (in a weekly reply, by a label at its start).
    ``measured``: a metric measures an outcome, or a figure changed (``impact``): in a monthly
    or brief reply, "p99 down 40%" is evidence, "took 2 shifts" or "a weekly 30 min" is not;
    in a quarterly one, such a line that speaks of no goal's progress is evidence too.
    ``reach``: the item reaches beyond the user's team; in a monthly reply that is delivered
    work ("Gave a brown-bag … to the Billing and Tax teams"), not practice.
    ``goal_said``: the item names an open goal in its words ("my KubeCon talk", "the
    conference talk"); in a weekly reply, a line that does so with no measured outcome and
    no reach is that goal's progress ("drafted the abstract for the conference talk").
    """
    if prompt_kind == "quarterly" and goal_linked:
        return KindHint("goal")
    if prompt_kind == "weekly" and goal_linked:
        return KindHint("goal")  # "Staff packet: the doc is drafted, still missing …"
    if prompt_kind == "weekly" and _own_goal(text) and not outcome:
        # "sent my talk proposal …, so the conference goal finally has something behind
        # it"; what reaches other teams and counts toward a goal stays evidence.
        return KindHint("goal")
    if prompt_kind in ("weekly", "quarterly"):
        if _SKILL_START.search(text) or received_feedback(text):
            return _skill(text)
        about_people = (
            (
                has_people
                and (
                    PERSON_POINT.search(text)
                    or (
                        prompt_kind == "weekly"
                        and (
                            _ASKED_ME.search(text)
                            or _THEIR_HELP.search(text)
                            or _HELPED_ME.search(text)
                            or _I_HELPED.search(text)
                        )
                    )
                )
            )
            or PEOPLE_POINT.search(text)
            or _met(text, has_people)
        )
        if about_people and not outcome:
            return KindHint("relationship")
        if learning(text):
            return _skill(text)
    if prompt_kind == "weekly" and goal_said and not (measured or reach):
        return KindHint("goal")
    if prompt_kind == "weekly" or (prompt_kind == "quarterly" and achievement(text)):
        return KindHint("evidence")
    if prompt_kind == "quarterly" and measured and not _goal_talk(text):
        return KindHint("evidence")  # "Nebenbei: Onboarding von 3 Wochen auf 8 Tage gesenkt"
    if prompt_kind == "quarterly" and _OFF_GOALS.search(text):
        return KindHint(
            "evidence"
        )  # "Outside the goals, I hired 2 engineers", "Hors objectifs : …"
    if prompt_kind == "quarterly":
        return KindHint("goal")
    if prompt_kind == "monthly":
        if has_people and _FEEDBACK_GIVEN.search(text):
            return KindHint("relationship")
        if learning(text) or received_feedback(text) or _VERDICT.search(text):
            return _skill(text)
        if _RESULT.search(text):
            return KindHint("evidence")  # "ran the audit with Ines from Design, 46 issues filed"
        if _about_someone(text, has_people) and (
            not SKILL_CUES.search(text) or _PERSON_FIRST.match(text)
        ):
            return KindHint("relationship")
        if PEOPLE_POINT.search(text):
            return KindHint("relationship")
        if DELIVERED.search(text) or ((measured or reach) and not SKILL_CUES.search(text)):
            return KindHint("evidence")  # "Gave a brown-bag … to the Billing and Tax teams"
        if _I_DELIVERED.search(text) and not SKILL_CUES.search(text):
            return KindHint("evidence")  # "Dans la foulée, j'ai migré nos 5 workers dessus"
        if has_people and _TOGETHER.search(text):
            return KindHint("relationship")  # "Mei Tanaka and I now trade code reviews"
        return _skill(text)
    # A 1:1 brief: notes are goal updates, feedback received, what was achieved, or notes
    # about people.
    if goal_linked:
        return KindHint("goal")
    if _TOLD_THEM.search(text) or _THEIR_FEEDBACK.search(text):
        return KindHint("relationship")
    if FEEDBACK.search(text) or received_feedback(text) or _VERDICT.search(text):
        return KindHint("skill", "feedback")  # "Ask him for feedback on my incident write-up"
    if _FOR_THEM.search(text):
        return KindHint("relationship")
    if DELIVERED.search(text) or (_FINISHED.search(text) and not _THEIR_VIEW.search(text)):
        return KindHint("evidence")
    if measured and not _about_someone(text, has_people) and not _THEIR_VIEW.search(text):
        return KindHint("evidence")  # not "Dorothy walked me through …; ~40% more nodes"
    return KindHint("relationship")
