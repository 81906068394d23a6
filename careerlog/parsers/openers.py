"""What opens a new point in a paragraph of prose, and what goes on about the last one.

A sentence opens a point when it starts a new thing done ("I ran …", "Et j'ai pris …"),
says "also", something to do, feedback received, a label, or turns to someone the point so
far did not name: time with them, or them as its subject ("Mei and Tomás both jumped in
…"). One that refers back to the last ("Reviewed it same-day", "Grace says that's …"), or
someone's help with the point's own work ("Renée … helped me validate the totals"), goes
on. ``sentences.points`` reads a paragraph with these.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careerlog.parsers.given_names import GIVEN_NAMES
from careerlog.parsers.people import fold
from careerlog.parsers.person_cues import (
    I_HELPED,
    PEOPLE_POINT,
    RELATION_CUES,
    met,
    person_point,
)
from careerlog.parsers.topics import OPENS_TOPIC
from careerlog.parsers.work_cues import learning

# The user saying what they must do: "I should reconnect with …", "ik moet Grace nog
# bedanken", "je dois relancer Sam".
I_MUST = (
    r"(?:(?i:I|ik|ich|je) (?:really |still )?(?i:need to|have to|should|must|moet|muss|sollte|"
    r"dois|devrais|owe (?=(?-i:[A-ZÀ-Þ])))|"
    # Spanish, Portuguese and Italian leave the "I" out: "Preciso mandar pra ele o checklist"
    r"(?i:(?:yo|eu|io) )?(?i:debo|debería|tengo que|necesito|preciso|tenho que|devo|deveria|"
    r"dovrei))\b"
)
# A sentence that opens a new thing the user did: "I" and a verb in the past, maybe after a
# few words that set the scene ("On Thursday I ran …", "While that was baking I reviewed …"),
# the same in the other languages ("Et j'ai pris …", "Y me reuní …", "Ho lavorato …",
# "Recebi …", "Terminé …"). A sentence that goes on about the last ("I owe her a review",
# "Reviewed it same-day so …") does not.
_OPENS_ACTION = re.compile(
    r"(?:[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,4},?[ \t]+)??I[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:[a-z]+ed|ran|wrote|led|gave|"
    r"met|took|built|spoke|caught|taught|won|drove|held|began|brought|sent|did|made|got|had|"
    r"went|found|kept|paid|told|sat|spent)\b|"
    r"(?:[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3},[ \t]+)?(?:[Ee]t |Y |E )?"
    r"(?:[Jj]['’]ai|[Mm]e [a-zà-ÿ]+[éí]|Ho [a-z]+[aiu]to|Ich habe|Ik heb|Habe|Heb)\b|"
    # German and Dutch put the verb second: "Die Trainingszeit habe ich … gedrückt"
    r"(?:[^\W\d_][\w-]*[ \t]+){1,4}(?:habe ich|hab ich|haben wir|heb ik|hebben we)\b|"
    r"[A-ZÁÉÍÓÚ][a-zà-ÿ]{3,}(?:ei|é|í)\b|"
    # the user counting their points: "First, …", "Second, …", "Zweitens …" (not "First
    # time presenting …")
    r"(?:First|Second|Third|Fourth|Lastly|Primero|Segundo|Premièrement|Deuxièmement|Primo|"
    r"Secondo|Primeiro),|(?:Erstens|Zweitens|Drittens|Ten eerste|Ten tweede)\b"
)
# A sentence about what is to be done next: "Need to send her the plan by Thursday.",
# "Ask him about …", "Agreed he runs the next game day" (a brief's follow-up).
OPENS_TODO = re.compile(
    rf"{I_MUST}|"
    # what to do next time, whatever the verb: "Next 1:1 bring the Staff promo doc draft"
    r"(?i:next time|(?:at |for )?(?:the )?next 1:1|la prochaine fois|la próxima vez|"
    r"da próxima vez|nächstes mal|volgende keer|la prossima volta)[,:]?[ \t]+[^\W\d_]|"
    r"(?i:need to|have to|want to|ask|send|remind|follow[- ]up|"
    r"I(?:['’]ll| will) (?!\S+ (?:it|that|this|them)\b)|"
    # what the person will do: "He'll review my design doc by Thursday."
    r"(?:she|he|they)(?:['’]ll| will) (?!\S+ (?:it|that|this|them)\b)|"
    r"(?:we )?agreed (?:that )?(?:he|she|they|to)|"
    # the same in the other languages replies come in
    r"vragen|fragen|nachfragen|demander|preguntar|perguntar|chiedere|mandar|enviar|envoyer|"
    r"schicken|sturen|inviare|afgesproken|vereinbart|convenu|acordamos|combinamos|concordato|"
    r"(?:she|he|they)(?:['’]d like| would like| wants| asked)(?: me| us| that I| for| if I)|"
    # what someone wants for themselves: "he wanted feedback on his first design review",
    # "Quiere aprender automatización …", "Sie möchte …"
    r"(?:she|he|they)(?:['’]s keen| (?:really |also )?(?:wants? to|wanted to|is keen|"
    r"would love to|(?:wants?|wanted) feedback on (?:his|her|their)))\b|"
    r"(?:quiere|quer|veut|vuole|möchte|wil) (?:aprender|apprendre|lernen|leren|imparare|"
    r"mudar|cambiar|changer|move|passar|pasar|passer)|"
    r"(?:she|he|they) (?:suggested|proposed)(?: that)? I|"
    r"me pidió|me pediu|m['’]a demandé|hat mich gebeten|mi ha chiesto|vroeg me|"
    # what the person asked for: "Ele pediu feedback sobre o primeiro postmortem que escreveu"
    r"(?:ela|ele|ella|él|elle|il|sie|er|lei|lui|zij|hij|ze) (?:pediu|pidió|a demandé|"
    r"ha chiesto|bat|vroeg)|"
    r"(?:ela|ele|ella|él|elle|il|sie|er|lei|lui|zij|hij|ze),? (?:quer que|quiere que|"
    r"veut que|will,? dass|möchte,? dass|vuole che|wil dat))\b"
)
# What the person said, in a brief's notes ("She passed on that the merchants loved …"):
# a point of its own, unless it answers what the user asked just before ("I asked Linus
# for feedback on my doc. He said the API section was solid …").
REPORTED = re.compile(
    r"(?i:(?:she|he|they) (?:(?:really |also )?(?:likes?|liked|loves?|loved) my\b|"
    r"said|says|told me|passed on|mentioned|thinks|"
    r"(?:gave|give|gives) me (?:some )?feedback)|"
    r"(?:ela|ele|ella|él|elle|il|sie|er|lei|lui|zij|hij|ze),? (?:meinte|sagte|zei|disse|dijo|"
    r"a dit|ha detto|(?:fand|findet|vond|vindt|trouve|trouvait|achou|acha|encontró|trovava|"
    r"trova),? (?:(?:dass|que|dat|che) )?(?:mein|mijn|mon|ma|mes|meu|minha|mi|mis|il mio|"
    r"la mia)\w*))\b"
)
ASKED = re.compile(
    r"(?i:\bask(?:ed)?\b|\bfeedback\b|\bgefragt\b|\bgevraagd\b|\bdemandé\b|\bpregunté\b|"
    r"\bperguntei\b|\bchiesto\b)"
)
# A label opens the sentence: "agreed: he leads …", "Retour pour moi : …", "New goal: …",
# "People-wise, …"; not someone's view of what the item is about ("Grace Hopper's
# feedback: the intro …").
OPENS_LABEL = re.compile(
    r"(?![^:：]*['’]s )[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3} ?[:：]\s|(?i:[^\W\d_]+-wise),?\s"
)
# A sentence whose point is time with someone: "Spent a lot of time with Dorothy", "Met
# Kofi …", "Priya and I have kept up …", "café com o Thiago", or what someone did with the
# user: "Linus gave me a review", "grace offered to …". Someone who helped with the item's
# work ("Renée Dubois … helped me validate the totals") is part of that item.
WITH_SOMEONE = re.compile(
    r"(?i:\b(?:with|w/|avec|con|com|mit|met|to|da|del|van|vom|à|know|meet|thank|"
    r"conosciuto|conocí|conheci|rencontré|kennengelernt))\s+"
    r"(?:(?i:o|a|la|le|el)\s+)?[A-ZÀ-Þ]|\b\w+ and [Ii]\b|"
    r"(?i:\bfeedback (?:from|von|de|da|van|di) )[A-ZÀ-Þ]|"
    # someone's feedback told as a sentence, not a label: "Sam's feedback afterwards was …"
    r"\b[A-ZÀ-Þ]\w*['’]s (?i:feedback)\b(?!\s*:)|"
    # (in lower-case writing too: "coffee w/ dana")
    r"(?i:\b(?:coffee|lunch|1:1) (?:with|w/) )|"
    # doing something with the user: "Sven Dijkstra from Fleet ran the pilot with me"
    r"(?i:\b(?:with|w/|avec|con|com|mit|met) (?:me|moi|mí|mim|mij|mir)\b)|"
    # following up with someone: "je dois relancer Sam", "need to ping Omar"
    r"(?i:\b(?:relancer|ping|nudge|chase|follow up with|nachhaken bei|navragen bij|sollecitare))"
    r"\s+[A-ZÀ-Þ]"
)
SUBJECT = re.compile(r"(?:(?i:I|we|she|he|they)|[A-ZÀ-Þ]\w+)\b")
SOMEONE_ACTS = re.compile(
    r"(?:\S+\s+){0,4}?(?i:gave me|offered|shadowed|taught me|reviewed|mentioned|introduced|"
    r"asked me|told me|mi ha|m['’]a|me deu|me dio|me dijo|me disse|hat mir|heeft me|zei|"
    r"meinte|sagte|stellt mich|stellte mich|"
    # introducing the user to someone: "Ela vai me apresentar ao Joaquim", "will intro me to …"
    r"(?:vai |va a |va )?me (?:apresentar|apresentou|presentar|presentó|présenter)|"
    r"m['’]a présenté|mi (?:presenterà|ha presentato)|(?:stelt|stelde) me|"
    r"intro(?:duce)?s? me to|introduced me to)\b"
)
# A sentence that refers back to the last one in its first words: "Reviewed it same-day",
# "Rewrote the churn report with them", "Grace says that's the artifact …" (but not "this
# month", nor "that" before a clause: "feedback from Mei that my error handling …").
REFERS_BACK = re.compile(
    r"(?:\S+\s+){0,5}?(?i:it|them|these|those|(?:this|that)"
    r"(?! (?:week|month|quarter|year|my|I|we|the|our|his|her|their|it)\b))\b"
)
# "Also" in a sentence's first words, in the languages replies come in.
OPENS_ALSO = re.compile(
    r"(?:[^\W\d_]+[ \t]+){0,2}?(?i:also|außerdem|zudem|também|también|además|inoltre|"
    r"daarnaast|aussi|anche|ook|auch)\b"
)
# Feedback the user received, told at a sentence's start: "got feedback from mei after the
# review that …", "Her feedback on my capacity model: …", "Me dio feedback sobre …".
_OPENS_FEEDBACK = re.compile(
    r"(?:\S+[ \t]+)??(?i:(?:got|received|recebi|recib[ií]|kreeg|bekam|ho ricevuto|j['’]ai reçu)"
    r" (?:some |un |du |a |uno? |mais )?(?:feedback|retour|rückmeldung|retorno)|"
    r"(?:her|his|their|son|sa|su|seu|sua|sein|ihr|zijn|haar|il suo) (?:feedback|retour|"
    r"rückmeldung|retorno) (?:on|about|sur|sobre|zu|op|sul|sulla)\s|"
    r"(?:me d(?:io|ió|eu)|m['’]a (?:fait|donné)|gaf me|mi ha dato|hat mir) (?:\S+ )?"
    r"(?:feedback|retour|retorno|rückmeldung)|"
    r"(?:feedback|retour|retorno|rückmeldung) (?:from|van|von|de|da|di|d['’])\s?|"
    # a review received: "Got a hard but fair code review from Magnus on state hoisting"
    r"(?:got|received) (?:\S+ ){0,5}?(?:review|critique) (?:from|by)\s|"
    # feedback asked for: "Asked him for feedback on my design doc, he said …"
    r"asked (?:him|her|them|\S+) for (?:some |his |her |their )?(?:feedback|input|a review))"
)
# A sentence that opens with a verb in the past and no "I": "Practiced writing release notes
# …", "worked mostly with dorothy …". Most such sentences go on about the point before them
# ("Wrote up three follow-ups for my team."), so only one that turns to another sort of
# point, learning or someone (``_turns_to_another_sort``), opens one.
_BARE_DEED = re.compile(
    r"(?:(?i:also|then|and)[ \t]+)?(?:[A-Za-z][a-z]{2,}ed|(?i:ran|wrote|led|built|spoke|taught|"
    r"gave|took|sent|did|made|got|found|kept|spent|held|began|drove|sat))[ \t]+(?:\S+[ \t]+){2}"
)


def _turns_to_another_sort(sentence: str, names: Callable[[str], list[str]]) -> bool:
    """Does a sentence with no "I" that opens with a verb in the past turn to learning or
    to someone ("Practiced writing release notes the store reviewers won't bounce.",
    "helped Dong-hyun Baek get his first iOS build green")?"""
    if not _BARE_DEED.match(sentence) or REFERS_BACK.match(sentence):
        return False
    return bool(
        learning(sentence)
        or person_point(sentence)
        or PEOPLE_POINT.search(sentence)
        or (
            (met(sentence, True) or I_HELPED.search(sentence) or RELATION_CUES.search(sentence))
            and bool(names(sentence))
        )
    )


POINT_HEAD_CHARS = 300  # of a point, read for whether it is about someone


def turns_back_to_work(sentence: str, point: str, names: Callable[[str], list[str]]) -> bool:
    """Does a sentence that opens with a verb in the past and names no one turn from a point
    about someone back to work ("… sat in on the usability sessions with Ruth Abernathy.
    Wrapped up with a half-day game day on the dispatch service, we found 2 alerts …")?"""
    if not _BARE_DEED.match(sentence) or REFERS_BACK.match(sentence) or names(sentence):
        return False
    # (The point's opening says what it is about; reading all of a long one for each such
    # sentence would make a paragraph of them quadratic.)
    head = point[:POINT_HEAD_CHARS]
    return bool(met(head, True) or person_point(head) or PEOPLE_POINT.search(head))


# The word a sentence opens with, after "also" or "and": whom it is about when it names
# someone ("Mei and Tomás both jumped in …", "Bogdan Ionescu reviewed …"). Not someone's
# view of the point ("Grace Hopper's feedback: …"), nor their help with its work ("Renée
# Dubois from the Ledger team helped me validate the totals"): both go on about it.
_LEAD_WORD = re.compile(
    r"(?:(?i:also|and|then|plus|und|en|et|y|e|auch|aussi|también|também|anche|ook)[ \t,]+)?"
    r"([^\W\d_][\w-]*)\b"
)
_POSSESSIVE_LEAD = re.compile(r"(?:\S+\s+){0,2}?\S+['’]s\b")
# The user beside them: "Omar and I shipped the export" is the user's own work.
_AND_I = re.compile(r"(?:\S+\s+){1,3}?(?i:and I|et moi|y yo|e eu|und ich|en ik|e io)\b")
_HELPED_ME = re.compile(r"(?i:\bhelp(?:ed|s)? me\b)")


def _may_open_with_someone(sentence: str) -> bool:
    """Could the sentence's first word be someone's name: a given name, or a capitalised
    word before another ("Bogdan Ionescu reviewed …")? Most sentences are spared looking
    for people."""
    head = _LEAD_WORD.match(sentence)
    if head is None:
        return False
    word = head.group(1)
    return fold(word) in GIVEN_NAMES or (
        word[0].isupper() and sentence[head.end() : head.end() + 2].strip()[:1].isupper()
    )


def opens_with_someone(sentence: str, people: list[str]) -> bool:
    """Does the sentence open with one of ``people`` as its subject?"""
    head = _LEAD_WORD.match(sentence)
    if head is None or not people or _POSSESSIVE_LEAD.match(sentence) or _AND_I.match(sentence):
        return False
    first = head.group(1).lower()
    return any(name.split()[0].lower() == first for name in people)


# A label announcing how many points follow, the points then in one sentence: "Two follow-ups:
# get the checklist to Paolo before the 12th, and book time with her on my GDC abstract."
LISTS = re.compile(
    r"\W*(?i:(?:two|three|four|a couple of|2|3|4|deux|trois|dos|tres|dois|três|zwei|drei|"
    r"twee|drie|due|tre) (?:[\w-]+ )?(?:follow-?ups?|things|points|items|to-?dos?|asks|notes|"
    r"actions|choses|cosas|coisas|dinge|punkte|dingen|punten|cose|punti))\s*[:：]"
)
# Any of the openers above, in one pass over the sentence's start.
_OPENS_POINT = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            _OPENS_ACTION,
            OPENS_ALSO,
            OPENS_TODO,
            OPENS_LABEL,
            _OPENS_FEEDBACK,
            OPENS_TOPIC,
        )
    )
)


def opens_item(
    sentence: str, before: Callable[[], set[str]], names: Callable[[str], list[str]]
) -> bool:
    """Does this sentence open a new point? It opens a new thing done (``_OPENS_ACTION``),
    says "also", something to do, or a label; or it names someone the point so far did not
    (``before``: the people it names) — "Spent a lot of time with Dorothy …", "Linus gave
    me a thorough review …", "Mei and Tomás both jumped in …" — without referring back to
    it."""
    if _OPENS_POINT.match(sentence) or _turns_to_another_sort(sentence, names):
        return True
    about_someone = (
        WITH_SOMEONE.search(sentence)
        or SOMEONE_ACTS.match(sentence)
        or person_point(sentence)  # "Spent Wednesday walking Bea through …"
    )
    if REFERS_BACK.match(sentence):
        return False
    if not about_someone:
        # someone new as the subject: "Mei and Tomás both jumped in on the review"
        return (
            _may_open_with_someone(sentence)
            and not _HELPED_ME.search(sentence)
            and opens_with_someone(sentence, list(set(names(sentence)) - before()))
        )
    return bool(set(names(sentence)) - before())
