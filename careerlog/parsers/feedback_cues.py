"""Cues of feedback: given to someone, received by the user, or passed on as a verdict.

Feedback the user gave is about that person; feedback or a review the user received, and
what someone said of the user's work ("She said my demos run too long"), is a skill; in a
brief, how the person takes feedback is a note about them.
"""

from __future__ import annotations

import re

from careerlog.parsers.patterns import by_first_letter, opening_letters

_I = re.IGNORECASE

# Feedback the user gave someone named, said any way (``person_cues.person_point`` reads it
# too; each cue opens with its first letter, for ``by_first_letter``): "Giving Tomás
# feedback", "Shared feedback with Tomás", "Feedback pro Tomás", "un retour à Tomás",
# "Feedback gegeven aan Tomás".
_TO_SOMEONE = r" (?:a|à|an|aan|para|ao|pro|pra|to) (?:[ao] )?(?-i:[A-ZÀ-Þ])"
GAVE_FEEDBACK = (
    r"g(?:ave|ive|iving|ives) (?!(?:me|us)\b)\S+ (?:\S+ ){0,2}?feedback\b",
    r"shared (?:\S+ ){0,2}?feedback with\b",
    *(rf"{said}{_TO_SOMEONE}" for said in ("feedback", "rückmeldung")),
    *(rf"{det} retours?{_TO_SOMEONE}" for det in ("un", "des", "du", "mon", "mes")),
    r"feedback gegeven aan\b",
)
# ... and the end of it in German and Dutch, where the person comes first (not the user:
# "mir", "me"): "Tomás Feedback zu seinem RFC gegeben".
FEEDBACK_GEGEBEN = r"(?:feedback|rückmeldung) (?:\S+ ){0,4}?(?:gegeben|gegeven)\b"
# Feedback the user gave to someone is about that person, not a skill the user practised.
FEEDBACK_GIVEN = re.compile(
    rf"\b{opening_letters(GAVE_FEEDBACK)}(?:{by_first_letter(GAVE_FEEDBACK)})|"
    rf"\b(?-i:[A-ZÀ-Þ])\w* (?:(?!(?:mir|mich|uns|me|mij|ons)\b)\S+ )?{FEEDBACK_GEGEBEN}|"
    r"^\W*(?:(?:and|et|y|e|und|en) )?(?:di|gab|j['’]ai donné|dei|ho dato|gaf) (?:\S+ ){0,2}"
    r"feedback\b|"
    # the person first, as a pronoun: "Le di feedback: …", "Je lui ai donné un retour",
    # "Gli ho dato un feedback", "Ich habe ihm Feedback gegeben", "Ik heb haar feedback gegeven"
    r"\b(?:le|les|lui|leur|gli|lhe) (?:di|dimos|dei|he dado|hemos dado|ai donné|avons donné|"
    r"ai fait|ho dato|abbiamo dato|passei)"
    r" (?:\S+ ){0,2}?(?:feedback|retour|retroalimentaci|retorno)|"
    r"\b(?:habe|hab|gab) (?:ihm|ihr|ihnen) (?:\S+ )?(?:feedback|rückmeldung)|"
    r"\b(?:heb|gaf) (?:hem|haar|ze) (?:\S+ )?feedback\b",
    _I,
)
# Feedback or a review the user received is a skill: "Linus gave me a thorough review on
# the PR", "Recebi feedback da Mei", "Hannah mi ha dato un ottimo feedback".
_ADVICE = r"(?:feedback|retroalimentaci|retorno|consejo|dica|conselho)"
# someone named or a pronoun: "de Dana", "van hem", "d'Omar"
_FROM_SOMEONE = (
    r" (?:(?:de|da|do|del|della|dal|di|von|vom|van) (?:la |el |o |a )?(?:(?-i:[A-ZÀ-Þ])|"
    r"(?:hem|haar|ihm|ihr|él|ella|ele|ela|lui|lei|elle)\b)|d['’](?-i:[A-ZÀ-Þ]))"
)
_ON_MY = (
    r" (?:feedback|retour|rückmeldung|retorno|review|advice|tip) (?:on|about|for|sur|sobre|zu|"
    r"op|su(?:l|lla|i|lle)?) (?:my|mon|ma|mes|mi|mis|meu|minha|meine?[nmr]?|mijn|il mio|la mia)\b"
)
# Each cue opens with its first letter, for ``by_first_letter``.
_FEEDBACK_RECEIVED_CUES = (
    r"g(?:ave|iv(?:e|es|ing)) me (?:\S+ ){0,3}?(?:feedback|review|critique|advice|tips?|"
    r"pointers)",
    r"feedback(?<!the feedback) from\b",
    r"feedback (?:I|we) (?:got|received|had)\b",
    # advice or tips from someone named: "Got some good advice from Dana on my design doc"
    *(rf"{advice} from (?-i:[A-ZÀ-Þ])" for advice in ("advice", "tips?", "pointers")),
    r"m['’]a (?:fait|donné) (?:\S+ ){0,3}?(?:retour|feedback|critique)",
    r"j['’]ai reçu (?:\S+ ){0,3}?(?:retour|feedback)",
    r"hat mir (?:\S+ ){0,3}?(?:feedback|rückmeldung|tipps?|ratschl\w+)\b",
    r"riet mir\b",
    r"bekam (?:\S+ ){0,3}?(?:feedback|rückmeldung)",
    *(
        rf"{got} (?:\S+ ){{0,3}}?(?:feedback|rückmeldung)"
        for got in ("erhielt", "bekommen", "erhalten")
    ),
    rf"me (?:d(?:io|ió|eu)|ha dado) (?:\S+ ){{0,3}}?{_ADVICE}",
    r"me aconsej[óo]",
    r"me aconselhou",
    r"m['’]a (?:conseillée?|donné (?:\S+ ){0,2}?conseils?)",
    r"mi ha consigliat[oa]",
    *(rf"{gave} (?:me|mij) (?:\S+ ){{0,3}}?(?:advies|tips?)\b" for gave in ("gaf", "heeft")),
    r"rec(?:ib[íi]|ebi) (?:\S+ ){0,3}?(?:feedback|retroalimentaci|retorno)",
    *(rf"{gave} me (?:\S+ ){{0,3}}?feedback" for gave in ("gaf", "geeft", "heeft")),
    *(rf"{got} (?:\S+ ){{0,3}}?feedback" for got in ("kreeg", "ontving")),
    r"mi ha (?:dato|fatto) (?:\S+ ){0,3}?(?:feedback|critic|consigli)",
    r"ho ricevuto (?:\S+ ){0,3}?feedback",
    # the passive, noun first: "feedback gekregen van Grace", "retour reçu de Mei"
    *(
        rf"{said} (?:gekregen|ontvangen|erhalten|bekommen|re[çc]us?|recibido|recebido|"
        r"ricevuto)\b"
        for said in ("feedback", "retour", "rückmeldung", "retorno")
    ),
    *(rf"{got} (?:\S+ ){{0,2}}?feedback\b" for got in ("received", "got")),
    # from someone, in the other languages: "com feedback da Hannah", "Feedback van hem: …",
    # "Retour d'Omar sur mon RFC", advice or a tip: "Tipp von Dana", "Un consejo de Dana",
    # "Dica da Dana", "Tip van Dana", "Consiglio di Dana"
    *(
        rf"{said}{_FROM_SOMEONE}"
        for said in (
            *("feedback", "retour", "rückmeldung", "retorno", "tipps?", "tips?", "ratschlag"),
            *("consejos?", "conseils?", "conselhos?", "dicas?", "advies", "consigli[oa]?"),
        )
    ),
    # someone's feedback on the user's work: "Her feedback on my capacity model: …", "Dana's
    # tip afterwards", "Son retour sur mon RFC", "Su feedback sobre mi tutorial"
    *(
        rf"{their}{_ON_MY}"
        for their in (
            *("her", "his", "their", "son", "sa", "leur", "su", "seu", "sua", "sein", "seine"),
            *("ihre?", "zijn", "haar", "il suo", "la sua"),
        )
    ),
)
_FEEDBACK_RECEIVED = re.compile(
    rf"\b{opening_letters(_FEEDBACK_RECEIVED_CUES)}"
    rf"(?:{by_first_letter(_FEEDBACK_RECEIVED_CUES)})|"
    r"\b(?-i:[A-ZÀ-Þ])[\w-]*['’]s (?:feedback|review|tips?|advice|critique|pointers|"
    r"(?:comments|input) on my)\b",
    _I,
)
# Someone telling the user what they think of the user's work is feedback, though not called
# so: "Omar told me my RFC was too long", "me dijo que mis demos …", "zei dat mijn …"; also
# what they pointed out about the user, a few words on ("told me in the retro that I need to
# delegate more", "mi ha fatto notare che nelle demo vado troppo veloce").
_MY = (
    r"(?:my|mi|mis|mon|ma|mes|meine?[nmrs]?|mijn|meu|minha|meus|minhas|o meu|a minha|il mio|"
    r"la mia|i miei|le mie)"
)
_I_DO = (
    r"(?:I|I['’]m|je|j['’]|ich|ik|eu|yo|io|tengo|debo|estoy|soy|hablo|explico|sono|vado|devo|"
    r"parlo|spiego|preciso|estou|falo|explico)"
)
_TOLD_MY_WORK = re.compile(
    r"\b(?=[tmhszpwd])(?:told me|(?<!\bI )pointed out|"
    r"me (?:dijo|ha dicho|disse|hizo notar|señaló|fez notar)|mi ha (?:detto|fatto notare)|"
    r"m['’]a (?:dit|fait remarquer)|hat mir (?:\S+ )?gesagt|sagte mir|"
    r"hat mich (?:darauf )?hingewiesen|wies mich (?:darauf )?hin|zei(?: me| tegen mij)?|"
    r"wees (?:me|mij) erop),? (?:\([^()]{1,30}\),? )?"
    rf"(?:(?:that |que |dass |dat |che )?{_MY}\b|"
    rf"(?:\S+ ){{0,5}}?(?:that|que|dass|dat|che),? (?:\S+ ){{0,2}}?(?:{_MY}|{_I_DO})(?!\w))",
    _I,
)
# Every cue of ``_TOLD_MY_WORK`` holds one of these (most items hold none).
_TOLD_VERBS = (
    "told",
    "dijo",
    "dicho",
    "disse",
    "detto",
    "dit",
    "gesagt",
    "sagte",
    "zei",
    "pointed",
    "notar",
    "señaló",
    "remarquer",
    "hingewiesen",
    "wies",
    "wees",
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
    "tip",
    "advice",
    "pointer",
    "conse",
    "consig",
    "dica",
    "advies",
    "ratschl",
    "riet",
    "comments on",
    "input on",
)
# In a 1:1 brief, the person's judgement of the user's work is feedback, though not called
# so: "She said my demos run too long", "Elle trouve que mes RFC sont trop longues".
VERDICT = re.compile(
    r"\b(?=[stfdzpcamove])(?:said|says|thinks|told me|feels|finds|dit|trouve|dice|cree|disse|acha|"
    r"sagt|findet|fand|zegt|vindt|vond|pensa|commented|mentioned|comentou|comentó|a commenté|"
    r"found|thought|trouvait|trouvé|achou|trovava|trovato|encontró|"
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
TOLD_THEM = re.compile(
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
THEIR_FEEDBACK = re.compile(
    r"\b(?=[hsteilzé])(?:he|she|they|il|elle|él|ella|ele|ela|er|sie|hij|zij|ze|lui|lei) "
    r"(?:\S+ )?(?:takes?|handles?|prefers?|responds? to|reacts? to|needs?|prend|préfère|"
    r"reçoit|toma|prefiere|recibe|recebe|prefere|lida com|nimmt|bevorzugt|braucht|neemt|"
    r"krijgt|prende|preferisce|riceve) (?:\S+ ){0,2}?(?:feedback|retours?|críticas?|"
    r"rückmeldungen?|kritik)\b",
    _I,
)


def received_feedback(text: str) -> bool:
    """Is the item about feedback, a review or advice the user received
    (``_FEEDBACK_RECEIVED``), or what someone told them of their work (``_TOLD_MY_WORK``)?"""
    low = text.lower()
    if any(noun in low for noun in _FEEDBACK_NOUNS) and _FEEDBACK_RECEIVED.search(text):
        return True
    return any(verb in low for verb in _TOLD_VERBS) and bool(_TOLD_MY_WORK.search(text))
