"""Where a paragraph of prose makes several points, and where it makes one.

Writers put several things in one paragraph ("Shipped the limiter. Spent a lot of time with
Dorothy on the forecast.") and go on about one thing over several sentences ("Shipped the
limiter. Priya reviewed it the same day."). A new point starts at a sentence that opens one:
a new thing done, "also", something to do, a label, time with someone the point so far did
not name or that someone as its subject; a clause ", and <Name> …" that turns to someone
new. In a quarterly reply a paragraph answers one goal until a sentence names another goal
or turns from the goals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careerlog.parsers.given_names import GIVEN_NAMES
from careerlog.parsers.goal_answers import starts_with_field
from careerlog.parsers.people import fold
from careerlog.parsers.person_cues import PEOPLE_POINT, met, person_point
from careerlog.parsers.work_cues import learning

# The user saying what they must do: "I should reconnect with …", "ik moet Grace nog
# bedanken", "je dois relancer Sam".
_I_MUST = (
    r"(?:(?i:I|ik|ich|je) (?:really |still )?(?i:need to|have to|should|must|moet|muss|sollte|"
    r"dois|devrais|owe (?=(?-i:[A-ZÀ-Þ])))|"
    # Spanish, Portuguese and Italian leave the "I" out: "Preciso mandar pra ele o checklist"
    r"(?i:(?:yo|eu|io) )?(?i:debo|debería|tengo que|necesito|preciso|tenho que|devo|deveria|"
    r"dovrei))\b"
)
# Someone named giving the user something, asking or wanting something of them, right after
# their name: "Mei gaf me feedback", "Anna hat mir …", "Omar wants me to …" (not "Omar told
# me the deploy went fine", which is about the work before it).
_NAME_DOES = (
    r"[A-ZÀ-Þ][^\W\d_]+(?:[ \t][A-ZÀ-Þ][^\W\d_]+)?[ \t]+"
    r"(?:(?:gave|gaf|gab|asked|vroeg|fragte) (?:me|mij|mir)|hat mir|heeft me|mi ha|m['’]a|"
    r"me (?:deu|dio)|wants me|wil dat ik|will, dass ich|quer que eu|quiere que|vuole che|"
    r"veut que)\b"
)
# Where a paragraph may hold several items: at a sentence's end, or at "; also …".
# Or at ", and …" or ";" before a clause about someone new: see ``_new_subject``; or at
# "and" before what the user must do, or someone named doing something, comma or not
# ("… e devo ancora un caffè a Salvatore", "… en Mei gaf me feedback op mijn ontwerp").
_SENTENCE_BREAK = re.compile(
    r"(?=[\s;,])(?:(?<=[.!?])\s+(?=[^\W\d_\s\"“(@])|;\s+(?=also (?:[a-z]+ly )?[a-z]+\b)|"
    r"(?P<clause>,\s+(?=(?:and|e|y|et|und|en)\s)|;\s+|"
    rf"(?<=[^\W\d_])\s+(?=(?:and|e|y|et|und|en)[ \t]+(?:{_I_MUST}|{_NAME_DOES})))"
    r")"
)
_CONJUNCTION = re.compile(r"(?:and|e|y|et|und|en)\s+")
_CLAUSE_HEAD = re.compile(r"(?:(?:and|e|y|et|und|en)\s+)?(?:(?:o|a|la|le|el|il)\s+)?(\w+)")
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
    rf"{_I_MUST}|"
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
_REPORTED = re.compile(
    r"(?i:(?:she|he|they) (?:(?:really |also )?(?:likes?|liked|loves?|loved) my\b|"
    r"said|says|told me|passed on|mentioned|thinks|"
    r"(?:gave|give|gives) me (?:some )?feedback)|"
    r"(?:ela|ele|ella|él|elle|il|sie|er|lei|lui|zij|hij|ze),? (?:meinte|sagte|zei|disse|dijo|"
    r"a dit|ha detto|(?:fand|findet|vond|vindt|trouve|trouvait|achou|acha|encontró|trovava|"
    r"trova),? (?:(?:dass|que|dat|che) )?(?:mein|mijn|mon|ma|mes|meu|minha|mi|mis|il mio|"
    r"la mia)\w*))\b"
)
_ASKED = re.compile(
    r"(?i:\bask(?:ed)?\b|\bfeedback\b|\bgefragt\b|\bgevraagd\b|\bdemandé\b|\bpregunté\b|"
    r"\bperguntei\b|\bchiesto\b)"
)
# A label opens the sentence: "agreed: he leads …", "Retour pour moi : …", "New goal: …",
# "People-wise, …"; not someone's view of what the item is about ("Grace Hopper's
# feedback: the intro …").
_OPENS_LABEL = re.compile(
    r"(?![^:：]*['’]s )[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3} ?[:：]\s|(?i:[^\W\d_]+-wise),?\s"
)
# A sentence whose point is time with someone: "Spent a lot of time with Dorothy", "Met
# Kofi …", "Priya and I have kept up …", "café com o Thiago", or what someone did with the
# user: "Linus gave me a review", "grace offered to …". Someone who helped with the item's
# work ("Renée Dubois … helped me validate the totals") is part of that item.
_WITH_SOMEONE = re.compile(
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
_SUBJECT = re.compile(r"(?:(?i:I|we|she|he|they)|[A-ZÀ-Þ]\w+)\b")
_SOMEONE_ACTS = re.compile(
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
_REFERS_BACK = re.compile(
    r"(?:\S+\s+){0,5}?(?i:it|them|these|those|(?:this|that)"
    r"(?! (?:week|month|quarter|year|my|I|we|the|our|his|her|their|it)\b))\b"
)
MIN_SENTENCE_WORDS = 4  # a shorter opener ("Big week.") introduces the next sentence
SHORT_UPDATE = 6  # words: a quarterly sentence this short that names a goal is its update
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
    r"(?:feedback|retour|retorno|rückmeldung)|feedback (?:from|van|von|de|da|di)\s|"
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
    to someone ("Practiced writing release notes the store reviewers won't bounce.")?"""
    if not _BARE_DEED.match(sentence) or _REFERS_BACK.match(sentence):
        return False
    return bool(
        learning(sentence)
        or person_point(sentence)
        or PEOPLE_POINT.search(sentence)
        or (met(sentence, True) and bool(names(sentence)))
    )


# The word a sentence opens with, after "also" or "and": whom it is about when it names
# someone ("Mei and Tomás both jumped in …", "Bogdan Ionescu reviewed …"). Not someone's
# view of the point ("Grace Hopper's feedback: …"), nor their help with its work ("Renée
# Dubois from the Ledger team helped me validate the totals"): both go on about it.
_LEAD_WORD = re.compile(r"(?:(?i:also|and|then|plus)[ \t,]+)?([^\W\d_][\w-]*)\b")
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
_LISTS = re.compile(
    r"\W*(?i:(?:two|three|four|a couple of|2|3|4|deux|trois|dos|tres|dois|três|zwei|drei|"
    r"twee|drie|due|tre) (?:[\w-]+ )?(?:follow-?ups?|things|points|items|to-?dos?|asks|notes|"
    r"actions|choses|cosas|coisas|dinge|punkte|dingen|punten|cose|punti))\s*[:：]"
)
# A sentence that turns to a topic: "On the Staff side she still wants one more cross-org
# project.", "As for the talk, …", "Côté recrutement, …".
_OPENS_TOPIC = re.compile(
    r"(?i:on the [\w-]+(?: [\w-]+)? (?:side|front)|as for|as far as [\w-]+(?: [\w-]+)? goes|"
    r"côté|del lado de|por el lado de|do lado d[aoe]|was [\w-]+ angeht|wat [\w-]+ betreft|"
    r"per quanto riguarda|quanto a)\b"
)
# Any of the openers above, in one pass over the sentence's start.
_OPENS_POINT = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            _OPENS_ACTION,
            OPENS_ALSO,
            OPENS_TODO,
            _OPENS_LABEL,
            _OPENS_FEEDBACK,
            _OPENS_TOPIC,
        )
    )
)


def _opens_item(
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
        _WITH_SOMEONE.search(sentence)
        or _SOMEONE_ACTS.match(sentence)
        or person_point(sentence)  # "Spent Wednesday walking Bea through …"
    )
    if _REFERS_BACK.match(sentence):
        return False
    if not about_someone:
        # someone new as the subject: "Mei and Tomás both jumped in on the review"
        return (
            _may_open_with_someone(sentence)
            and not _HELPED_ME.search(sentence)
            and opens_with_someone(sentence, list(set(names(sentence)) - before()))
        )
    return bool(set(names(sentence)) - before())


# The words a sentence opens with before a pause: where it names what it is about
# ("Staff is stalled; …", "On influence, I think …", "influence — mixed", "Staff-wise …").
_LEAD = re.compile(
    r"\s*(?i:on |as for |re:? )?([^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}?)"
    r"(?:\s*[:：,;—–]|\s+-\s|\s+(?i:is|was|goal)\b|-wise\b)"
)
# A quarterly sentence that opens by turning aside ("Outside the goals, I took …",
# "Separately, …"): a new point, whatever goal it names. (``work_cues.OFF_GOALS`` is the
# narrower phrase, anywhere in a line, that makes a quarterly result evidence.)
_ASIDE = re.compile(
    r"(?i:outside|beyond|besides|apart from|aside from|separately|außerhalb|abgesehen|"
    r"en dehors|à part|fuera de|aparte de|fora d[oa]s?|além d[oa]s?|buiten|naast de|los van|"
    r"fuori d(?:agli|ai|al|alle)|"
    r"al di fuori|"
    r"a parte)\b"
)


def _leading_goal(sentence: str, goal_named: Callable[[str], str | None]) -> str | None:
    """The goal a sentence's first words name: up to a pause, else its first three words
    ("Conference talk went nowhere, …")."""
    m = _LEAD.match(sentence)
    return goal_named(m.group(1) if m else " ".join(sentence.split(maxsplit=3)[:3]))


def _new_subject(
    clause: str, before: Callable[[], set[str]], names: Callable[[str], list[str]]
) -> bool:
    """Does this clause (after ", and" or ";") turn to someone the item so far did not name:
    as its subject ("e Hannah mi ha dato un ottimo feedback", "; Linus mi ha detto …"), or,
    after "and", as its point ("and I'd like to get to know Femi Adeyemi better")? Not a team
    ("and Checkout could ship"), nor someone doing something with the item's work ("and
    Priya reviewed it")."""
    head = _CLAUSE_HEAD.match(clause)
    if head is None or _REFERS_BACK.match(clause):
        return False
    # After "and", or after ";" when the clause goes on with the user's next deed ("; got
    # feedback from Mei …", not "; I offered to write the spec and she'll loop in Marco"),
    # the clause may also be about someone it names.
    deed = head.start(1) > 0 or not _SUBJECT.match(clause)
    about_someone = deed and (_WITH_SOMEONE.search(clause) or _SOMEONE_ACTS.match(clause))
    if not (head.group(1)[:1].isupper() or about_someone):
        return False  # (most clauses: spared looking for people)
    first = head.group(1).lower()
    new = set(names(clause)) - before()
    return bool(new) and (bool(about_someone) or any(n.split()[0].lower() == first for n in new))


# A clause that goes on to what the user did or must do next: "…, and then moved the fraud
# scorer onto it", "…, et puis j'ai migré les workers", "…; j'ai aussi suivi la formation …",
# "…, en ik moet Grace nog bedanken".
_NEXT_DEED = re.compile(
    r"(?i:and|et|y|e|und|en)[ \t]+(?i:then|puis|ensuite|luego|después|depois|então|dann|"
    r"danach|toen|daarna|poi|dopo)[ \t]+(?:\S+[ \t]+){3}|"
    # "…, en ik moet Grace nog bedanken voor de intro"
    rf"(?i:and|et|y|e|und|en)[ \t]+{_I_MUST}|"
    # "…; j'ai aussi suivi la formation interne", "…; I also ran …", "…; ho anche …"
    r"(?i:j['’]ai|I|I['’]ve|ich habe|habe ich|ik heb|heb ik|ho|he|eu)[ \t]+(?:\S+[ \t]+)?"
    r"(?i:aussi|also|auch|ook|anche|también|também)[ \t]+(?:\S+[ \t]+){2}"
)


def _next_deed(clause: str) -> bool:
    """Does this clause (after ", and then", or "; I also …") open the user's next deed, not
    go on about the last one ("…, and then it broke again")?"""
    return bool(_NEXT_DEED.match(clause)) and not _REFERS_BACK.match(clause)


def points(
    text: str,
    names: Callable[[str], list[str]] = lambda text: [],
    *,
    goal_named: Callable[[str], str | None] | None = None,
) -> list[str]:
    """A paragraph of prose as the points it makes: a new one starts at each sentence that
    opens one (``_opens_item``; ``names`` finds the people a sentence names); a sentence that
    goes on about the last ("Checkout and Data Platform both signed off …", "It cut 429s by
    90%.") stays with it. ``goal_named`` (the goal a few words name) reads a quarterly
    paragraph: it answers one goal until a sentence opens with a label (not the answer's own
    "Gap: …"), "also", or another goal's name ("Staff is stalled; …" after the talk's news)."""
    breaks = list(_SENTENCE_BREAK.finditer(text))
    if not breaks:
        return [text]
    spans: list[list[int]] = []  # [start, end] of each item's text in ``text``
    words = 0  # in the last span
    start = 0
    running_goal: str | None = None
    unread: str | None = None  # the point's first sentence, the goal it names not yet read
    after_comma = False  # the sentence is a clause after ", and" or ";"
    listing = False  # the sentence announced its points: "Two follow-ups: A, and B."
    labelled = False  # the last span opens with a label ("Staff: no change.")
    # The people the last span names, read as far as ``known_to`` only when a sentence
    # needs them: reading the whole span again for each sentence made a long one quadratic.
    known: set[str] = set()
    known_to = 0

    def before() -> set[str]:
        nonlocal known_to
        if known_to < start:
            known.update(names(text[known_to:start]))
            known_to = start
        return known

    def point_goal() -> str | None:
        """The goal the point so far is about, read only once a sentence names a goal."""
        nonlocal running_goal, unread
        if running_goal is None and unread is not None and goal_named is not None:
            running_goal, unread = goal_named(unread), None
        return running_goal

    for m in [*breaks, None]:
        end = m.start() if m else len(text)
        sentence = text[start:end]
        sentence_words = text.count(" ", start, end) + 1
        goal = None
        if goal_named is not None and not after_comma:
            goal = _leading_goal(sentence, goal_named)
            if goal is None and sentence_words <= SHORT_UPDATE:  # "Nothing new on Staff."
                goal = goal_named(sentence)
        if not spans or words < MIN_SENTENCE_WORDS:
            # The first sentence opens a point; a short one goes on, unless it was a whole
            # answer, labelled or naming its goal, and a label follows ("Staff: no change.
            # New goal: …", "No talk submitted. New goal: …").
            opens = not spans or bool(
                (labelled or running_goal is not None)
                and _OPENS_LABEL.match(sentence)
                and not starts_with_field(sentence)
            )
        elif after_comma:
            opens = goal_named is None and (
                listing or _new_subject(sentence, before, names) or _next_deed(sentence)
            )
        elif goal_named is not None:
            opens = bool(
                (_OPENS_LABEL.match(sentence) and not starts_with_field(sentence))
                or OPENS_ALSO.match(sentence)
                or _ASIDE.match(sentence)
                or (goal and (current := point_goal()) and goal != current)
            )
        elif _REPORTED.match(sentence):
            opens = not _ASKED.search(text, spans[-1][0], start)
        else:
            opens = _opens_item(sentence, before, names)
        if not opens:
            spans[-1][1] = end
            words += sentence_words
            if goal and point_goal() is None:
                running_goal = goal  # the point turns out to be about this goal
            elif goal_named is not None and running_goal is None:
                # its goal may be named further in: "Good quarter. The big one for Staff: …"
                unread = f"{unread} {sentence}" if unread else sentence
        else:
            # A clause's entry starts at its own words: "I'd like to …", not "and I'd like to …"
            joined = _CONJUNCTION.match(text, start) if after_comma else None
            spans.append([joined.end() if joined else start, end])
            words = sentence_words
            labelled = bool(_OPENS_LABEL.match(sentence))
            known, known_to = set(), start
            running_goal, unread = goal, (None if goal else sentence)
        if not after_comma:
            listing = bool(_LISTS.match(sentence))
        start = m.end() if m else len(text)
        after_comma = bool(m and m.group("clause"))
    if len(spans) > 1 and _introduces(text[spans[0][0] : spans[0][1]]):
        intro = spans.pop(0)
        spans[0][0] = intro[0]
    if len(spans) < 2:
        return [text]
    return [text[a:b].rstrip(" ;") for a, b in spans]


# A few words on the period the reply covers, with no figure: "Honestly a mixed quarter.",
# "This month was mostly learning the ML serving stack." They introduce what follows.
_INTRO = re.compile(
    r"(?:\S+\s+){0,3}?(?i:week|month|quarter|semaine|mois|trimestre|woche|monat|quartal|"
    r"semana|mes|settimana|mese|maand|kwartaal)\b"
)
_VERDICT = re.compile(r"\b(?i:was|has been|war|était|a été|fue|foi|era|è stato|is)\b")
# A sentence announcing how many points follow: "…, but two things worth writing down."
_ANNOUNCES = re.compile(
    r"(?i:\b(?:two|three|four|a few|several|2|3|4) (?:things|points|updates|wins)\b)"
)
# A few words saying the reply is short: "Quick one, I'm on call so this is short."
_SHORT_REPLY = re.compile(r"(?i:(?:a )?(?:quick|short|brief) (?:one|note|update|version|answer)\b)")
_INNER_END = re.compile(r"[.!?]\s")
# How things stood before, not the user doing anything: "The nightly dbt run had been blowing
# past its 6am deadline about twice a week." It sets up the point after it.
_BACKGROUND = re.compile(
    r"(?:(?!\bI\b).)*?\b(?:had been|used to|kept [a-z]+ing|solía|solían|costumava|"
    r"costumavam|avait l['’]habitude|war bisher|waren bisher)\b"
)
BACKGROUND_WORDS = 20
# A few words saying there was little to tell: "not much new tech this month tbh.", "nothing
# much learned, mostly firefighting." They introduce what follows, not a point of their own.
_LITTLE_NEW = re.compile(
    r"\W*(?i:not (?:much|a lot)|nothing (?:much|new|big)|no big|little new|"
    r"pas grand[- ]chose|no mucho|nada (?:de )?nuevo|não muito|nada de novo|nicht viel|"
    r"nichts neues|niet veel|niets nieuws|non molto|niente di nuovo)\b"
)
INTRO_WORDS = 9
QUESTION_WORDS = 12
ANNOUNCE_WORDS = 25


def _introduces(sentence: str) -> bool:
    """Does this first sentence only introduce the points after it (``_INTRO``,
    ``_ANNOUNCES``, ``_SHORT_REPLY``, a short question, ``_BACKGROUND``, ``_LITTLE_NEW``)?
    It then goes with the first of them."""
    words = sentence.count(" ") + 1
    if words <= ANNOUNCE_WORDS and _ANNOUNCES.search(sentence):
        return True
    # (Only a whole first point that is this one sentence: "Quick one." is already part of
    # the sentence after it, being short.)
    alone = not _INNER_END.search(sentence.rstrip())
    if alone and words <= INTRO_WORDS and _SHORT_REPLY.match(sentence):
        return True
    if alone and words <= QUESTION_WORDS and sentence.rstrip().endswith("?"):
        return True  # "Anyone else notice recon breaks spike every month-end? I finally …"
    if alone and words <= BACKGROUND_WORDS and _BACKGROUND.match(sentence):
        return True
    if alone and words <= INTRO_WORDS and _LITTLE_NEW.match(sentence):
        return True
    return (
        words <= INTRO_WORDS
        and bool(_INTRO.match(sentence))
        and (words <= MIN_SENTENCE_WORDS or bool(_VERDICT.search(sentence)))
        and not any(c.isdigit() for c in sentence)
    )
