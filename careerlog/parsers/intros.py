"""First sentences that only introduce the points after them.

"Honestly a mixed quarter.", "Quick one, I'm on call so this is short.", "not much new tech
this month tbh.", a short question, how things stood before ("The nightly dbt run had been
blowing past its deadline …"): such a sentence is no point of its own, and goes with the
first point after it.
"""

from __future__ import annotations

import re

MIN_SENTENCE_WORDS = 4  # a shorter opener ("Big week.") introduces the next sentence
# A few words on the period the reply covers, with no figure: "Honestly a mixed quarter.",
# "This month was mostly learning the ML serving stack." They introduce what follows.
_INTRO = re.compile(
    r"(?:\S+\s+){0,5}?(?i:week|month|quarter|semaine|mois|trimestre|woche|monat|quartal|"
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
# A few words on the 1:1 itself: "Long one with Dorothy.", "Really useful 1:1."
_THE_MEETING = re.compile(
    r"(?i:(?:\S+\s+){0,2}?(?:one|1:1|1-on-1|one-on-one|chat|meeting|session|sync|catch-up)"
    r"(?:\s+with\s+\S+(?:\s+\S+)?)?)[.!]?\s*$"
)
# A bracketed aside, and the period said as a noun phrase that ends the sentence.
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_PERIOD_PHRASE = re.compile(rf"{_INTRO.pattern}[\s.!]*$")
# Little else said after a comma: "…, not much code of my own."
_LITTLE_ELSE = re.compile(rf",\s*{_LITTLE_NEW.pattern}")
INTRO_WORDS = 9
QUESTION_WORDS = 12
ANNOUNCE_WORDS = 25


def introduces(sentence: str) -> bool:
    """Does this first sentence only introduce the points after it (``_ANNOUNCES``,
    ``_SHORT_REPLY``, a short question, ``_BACKGROUND``, ``_LITTLE_NEW``, ``_THE_MEETING``;
    with no figure, ``_PERIOD_PHRASE``, ``_INTRO`` with ``_LITTLE_ELSE`` or a verdict)?
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
    if alone and words <= INTRO_WORDS and _THE_MEETING.match(sentence):
        return True
    if any(c.isdigit() for c in sentence):
        return False
    # An aside in brackets says no more of the period: "Semaine calme (j'étais en congé …)."
    bare = _BRACKETED.sub("", sentence)
    words = bare.count(" ") + 1
    if alone and words <= INTRO_WORDS and _PERIOD_PHRASE.match(bare):
        return True  # "Bit of a grab bag week.", "Kind of a weird week."
    if alone and words <= QUESTION_WORDS and _INTRO.match(bare) and _LITTLE_ELSE.search(bare):
        return True  # "Mostly unblocking others this week, not much code of my own."
    return (
        words <= INTRO_WORDS
        and bool(_INTRO.match(bare))
        and (words <= MIN_SENTENCE_WORDS or bool(_VERDICT.search(bare)))
    )
