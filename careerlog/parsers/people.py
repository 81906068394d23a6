"""People named in an item: @mentions, known people, e-mail addresses, capitalised full names.

Known people (from the store, the calendar's attendees or ``--person``) are matched accent-
and case-insensitively, by full name, by a first name only one of them has, or by its short
form ("Mike" for Michael Scott), and names found by the heuristics are snapped to a known
spelling with rapidfuzz ("Jose Alvarez" → "José Álvarez"). A first name several known people
share names none of them, and no one new either: the user says which with ``N @Name``.
Someone new needs a personal-name signal: a given name ("Tomás Ortega"), or prose that marks
a person ("paired with Arjun Mehta", "walked Tom through", "Ines Costa from Risk", "Chiara
Rossi del team Mobile", "loop in Marco from Risk", "met Pieter de Vries", "with 田中太郎" in
a script without capitals, "com o Thiago Souza", "mit Jakob"); so "Learned Terraform", "Tech
Talks", "Frontend Masters" and "Temporal Cloud" name nobody. A given name that is also a word
is no sign where it reads as the word ("Grant Access to…", "the Summer Release"). Someone who
writes in lower case writes the people they know so too: "grace offered to review" is Grace
Hopper, "grace period" no one. Pronouns are not resolved.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from careerlog.parsers.given_names import (
    GIVEN_NAMES,
    LOWER_WORDS,
    NICKNAMES,
    NOT_PEOPLE,
    PRODUCT_WORDS,
    WORD_NAMES,
    WORD_NICKNAMES,
)
from careerlog.parsers.patterns import by_first_letter

# A letter, or a combining mark that belongs to the letter before it ("Adébáyọ̀" ends in one).
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff"
_LETTERS = rf"[^\W\d_]*(?:[{_MARKS}]+[^\W\d_]*)*"  # letters, marks among them
_WORD = re.compile(rf"[^\W\d_]{_LETTERS}(?:['’-][^\W\d_]{_LETTERS})*")
# Two or more words that may be capitalised, a space apart: a run of capitalised words to
# read as a name (``capitalised_names`` asks str.isupper of each). The first word stands
# where a word may start (no letter before it). Each word opens with A-Z or a letter
# beyond ASCII first in the pattern, so the search skips the rest in its fast loop: most
# words, and every word on its own, never come to Python.
_MAY_BE_CAPITAL = r"[A-Z\x80-\U0010ffff](?<=[^\W\d_])"
_REST_OF_WORD = rf"(?>{_LETTERS}(?:['’-][^\W\d_]{_LETTERS})*)"  # (whole: no backtracking)
_CAPITAL_RUN = re.compile(
    rf"{_MAY_BE_CAPITAL}(?<![^\W\d_].){_REST_OF_WORD}"
    rf"(?:[ \u00a0]{_MAY_BE_CAPITAL}{_REST_OF_WORD})+"
)
# What a word holds besides letters: after one, a letter may go on a word, not start one.
_IN_WORD = re.compile(rf"[{_MARKS}'’-]")
_WORD_CHAR = re.compile(rf"[^\W\d_]|[{_MARKS}'’-]")
_MENTION = re.compile(
    rf"(?<![\w.+-])@([^\W\d_](?:[\w'’-]|[{_MARKS}])*"
    rf"(?:[ \t]+[^\W\d_](?:[\w'’-]|[{_MARKS}])*){{0,2}})"
)
# Each given name's short forms: NICKNAMES the other way round.
_SHORT_FORMS: dict[str, list[str]] = {}
for _short, _longs in NICKNAMES.items():
    for _long in _longs:
        _SHORT_FORMS.setdefault(_long, []).append(_short)
# Scripts without capital letters (Hebrew, Arabic, Devanagari, Thai, Hangul, kana, CJK),
# letters and their marks only: a name in them is found only where prose marks a person.
_CASELESS = (
    "\u0591-\u05c7\u05d0-\u05ea\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff\u0900-\u0963"
    "\u0971-\u097f\u0e01-\u0e4e\u1100-\u11ff\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7a3"
)
_CASELESS_AFTER_CUE = re.compile(
    r"(?i:\b(?:with|from|met|thanks to|mentored|coached|asked|told))[ \t]+"
    rf"([{_CASELESS}]+(?:[ \t][{_CASELESS}]+){{0,2}})"
)
# A name in such a script needs one of its letters: most text (accents, dashes) has none.
_CASELESS_LETTER = re.compile(f"[{_CASELESS}]")
_EMAIL = re.compile(r"\b([\w.+-]+)@[\w-]+(?:\.[\w-]+)+\b")
_POSSESSIVE = re.compile(r"['’]s?$")
# Capitalised words that start sentences or name things, never people.
_NOT_NAMES = frozenset(
    """
    a i the this that these those also and but so then when while after before both each
    every all some no not our my we you he she they it its his her their there here what who
    how why hi hello dear thanks thank cheers best regards ok yes good great big quick new
    next last first second third one two three four five got led ran did wrote gave had made
    met finished started moved shipped landed built fixed cost side updates notes action gap
    state goal goals staff senior junior principal software engineer engineering manager
    director lead head team teams platform infra infrastructure summit conference guild
    experience developer product data services service support finance program project
    office group department council committee university college inc ltd llc corp company
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december feb mar apr jul aug sep
    sept oct nov dec today yesterday tomorrow tonight week month quarter year
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


# Letters that carry no combining accent to drop, written as the Latin ones they stand for:
# "Paweł", "Søren", "Barış" are "pawel", "soren", "baris". One letter for one, so that
# positions in a folded text are those of the text.
_PLAIN_LETTERS = str.maketrans("łŁøØıđĐ", "lLoOidD")


@functools.lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lowercase without accents, for comparing names (the same few names, over and over)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _bare(word: str) -> str:
    """The word without a possessive ending ("Priya's" → "Priya"). Most words end in
    none of its characters: the last one says so without the regex."""
    return _POSSESSIVE.sub("", word) if word[-1] in "s'’" else word


def _name_token(word: str) -> bool:
    core = _bare(word)
    if len(core) < 2 or not core[0].isupper() or core.isupper():
        return False
    # Internal capitals ("DevInfra") mark product names, except Mc/Mac/O'/D' names. (Most
    # words are lower case after the first letter: str.islower says so without a loop.)
    inner = core[1:]
    if (
        not inner.islower()
        and any(c.isupper() for c in inner)
        and not re.match(r"^(?:Mc|Mac|O['’]|D['’])", core)
        and not _hyphenated_given(core)
    ):
        return False
    return fold(core) not in _NOT_NAMES


def _given(word: str) -> bool:
    """Is ``word`` a given name, one of two joined by a hyphen ("Jean-Pierre") included?"""
    return fold(word) in GIVEN_NAMES or ("-" in word and _hyphenated_given(word))


def _hyphenated_given(word: str) -> bool:
    """ "Jean-Pierre", "Ana-Maria": two capitalised halves, the first a given name (unlike
    "Cross-Team")."""
    first, _, second = word.partition("-")
    return (
        bool(second)
        and second[0].isupper()
        and (second[1:].islower() or not second[1:])
        and first[1:].islower()
        and fold(first) in GIVEN_NAMES
    )


# "with" in the other languages, and the article Portuguese and Italian put before a name
# ("um café com o Thiago Souza", "con la Giulia"): a cue like the English one.
_WITH_WORDS = ("com", "con", "mit", "avec")
_ARTICLE = r"(?:\s+(?:o|a|il|la|lo))?"
_WITH = rf"(?:{'|'.join(_WITH_WORDS)}){_ARTICLE}"
# Prose that puts a person right after it, and prose that follows a person ("X from Risk").
_CUE_BEFORE = re.compile(
    r"(?:\bwith|\bfrom|\bby|\bthanks to|\bmet|\bmentor(?:ed|ing)?|\bcoach(?:ed|ing)?|"
    r"\bwalk(?:ed|ing)?|\btaught|\bteaching|\bshow(?:ed|ing)|\bintroduced|\bhelped|\basked|"
    r"\btold|\bthanked|\bowe|\bonboard(?:ed|ing)|\bnominated|"
    # meeting someone, in the other languages: "conocí a Devika Pillai", "rencontré Léa Martin"
    r"\bconoc[íi] a|\bconheci(?: [ao])?|\brencontré|\bincontrat[oa]|"
    rf"\b{_WITH})"
    r"\s+$",
    re.IGNORECASE,
)
_FROM_TO = re.compile(r"\s+(?:to|into|onto)\s+[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][^\W\d_]+,?\s+from\s+$")
# (Matched at the run's end: no copy of the rest of the text.)
_CUE_AFTER = re.compile(
    r",?\s+(?:from|de|del|della|vom|von|van|da|do|aus)\s+"
    r"(?:the\s+|l['’]|la\s+|het\s+|dem\s+|der\s+)?"
    # "Léa Martin, de l'équipe Data", "Chiara Rossi del team Mobile"
    r"(?:(?:team|équipe|equipo|equipa|time|squadra)\s+)?[A-Z]\w*|"
    # "Paloma Ruiz, who leads Tier 2 support, …": only a person is a "who"
    r",\s+(?:who|qui|quien|quem|chi)\s"
)
# A single given name after a cue: "walked Tom through", "paired with Dorothy". Each cue
# opens with its first letter, for ``by_first_letter`` (_WITH written out per word).
_FIRST_CUES = (
    *("with", "walk(?:ed|ing)?", "mentored", "mentoring", "coached", "coaching", "met"),
    *("thanks to", "helped", "asked", "told", "thanked", "onboard(?:ed|ing)", "taught"),
    *("teaching", "show(?:ed|ing)", "ask", "ping", "nudge", "remind"),
    *(f"{word}{_ARTICLE}" for word in _WITH_WORDS),
)
# The lookahead holds the cues' first letters in both cases, and only those: most word
# starts fail on it at once, and "ſ" or the Kelvin sign, which the grouped cues' letters
# take for "s" and "k", opens no cue.
_FIRST_CUE_LETTERS = "".join(sorted({cue[0] for cue in _FIRST_CUES}))
_FIRST_AFTER_CUE = re.compile(
    rf"\b(?=[{_FIRST_CUE_LETTERS}{_FIRST_CUE_LETTERS.upper()}])"
    rf"(?i:{by_first_letter(_FIRST_CUES)})"
    r"\s+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b(?![ \t]+[A-Z]|['’-][^\W\d_])"
)
# What makes a given name that is also a word ("Grant", "Mark") read as that word: the
# start of a sentence ("Grant Access to the bucket"), an article or "to" before it ("the
# Summer Release", "to Mark Complete").
_WORD_BEFORE = re.compile(r"(?i:\b(?:the|a|an|our|my|your|their|this|that|its|to))\s+$")
# What says that a word at a clause's start is someone doing or saying something: a colon
# ("mei: happy w/ the handoff"), a possessive, or a verb in the past or a common one after.
_DOES = re.compile(
    r"(?:['’]s\b|[ \t]*:|[ \t]+(?:[^\W\d_]+ed|said|says|gave|told|took|wrote|sent|made|met|"
    r"ran|led|got|is|was|has|had|wants|thinks|agreed|came|went|sat|saw|found|did|brought|"
    r"caught|taught|showed|asked|likes|liked|loved|will|would|can|could)\b)"
)

# What only a person does: something to the user ("walked me through", "gave me"), or
# something with them ("Kemi Adeyemi and I rewrote …").
_DOES_TO_ME = re.compile(
    r"[ \t]+(?:(?:[^\W\d_]+ed|gave|told|taught|showed|sent|took|brought|got|made|let)"
    r"[ \t]+(?:me|us)\b|and[ \t]+I\b)"
)

_AND_NAME = re.compile(r"[ \t]+and[ \t]+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b")


def _personal(text: str, words: list[re.Match[str]]) -> bool:
    """Does a run of capitalised words carry a sign that it names a person?"""
    first = fold(_bare(words[0].group()))
    last = fold(_bare(words[-1].group()))
    if first in NOT_PEOPLE or last in PRODUCT_WORDS:
        return False
    if _given(words[0].group()):
        if first not in WORD_NAMES or not _reads_as_word(text, words[0]):
            return True
        # "Grace Hopper said", "Grace Hopper's feedback" (not "Bill Payments moved")
        if last not in NOT_PEOPLE and (
            _POSSESSIVE.search(words[-1].group()) or _DOES.match(text, words[-1].end())
        ):
            return True
    if last in NOT_PEOPLE:  # "Hashi Vault": no given name, and a tool's name at the end
        return False
    # Someone whose given name no list holds, by what they do: "Kemi Adeyemi helped me …",
    # "Kemi Adeyemi and Tomás both jumped in" (not "Walked Priya and Omar through …")
    if not first.endswith(("ed", "ing")) and (
        _DOES_TO_ME.match(text, words[-1].end())
        or ((other := _AND_NAME.match(text, words[-1].end())) and _given(other.group(1)))
    ):
        return True
    before = text[max(0, words[0].start() - 20) : words[0].start()]
    if _CUE_AFTER.match(text, words[-1].end()):
        return True
    if (cue := _CUE_BEFORE.search(before)) is None:
        return False
    if not cue.group().lower().startswith("from"):
        return True
    # "from Selenium Grid to Playwright" is a move between tools, and "Amara Obi from Hardware
    # Test" the team of the person named before: neither is a person's name
    return not (_FROM_TO.match(text, words[-1].end()) or _NAME_BEFORE.search(before))


def _reads_as_word(text: str, word: re.Match[str]) -> bool:
    """Does a given name that is also a word stand where the word would ("Mark the ...")?"""
    before = text[max(0, word.start() - 8) : word.start()]
    return _sentence_start(text, word.start()) or bool(_WORD_BEFORE.search(before))


def given_name_after_cue(text: str) -> list[tuple[int, str]]:
    """Single given names that prose marks as a person, with where they stand."""
    return [(m.start(1), m.group(1)) for m in _FIRST_AFTER_CUE.finditer(text) if _given(m.group(1))]


# A surname with a particle: "Pieter de Vries", "Ludwig van Beethoven", "Ana da Silva".
_PARTICLE_NAME = re.compile(
    r"\b([A-Z][^\W\d_]+ (?:de|van|von|van der|van den|von der|da|di|del|della|dos|du|ter|ten)"
    r" [A-Z][^\W\d_]+)\b"
)
# One word before "from <Team>" inside a sentence: "she'll loop in Marco from Risk".
_ONE_FROM = re.compile(r"(?=[A-Z])(?<=[a-z,] )([A-Z][a-z]{2,}) from (?:the )?[A-Z]")
# One search for the particles a name above needs: most text has none, and one pattern
# costs less than looking for each word in turn.
_PARTICLE = re.compile(r" (?:de|van|von|da|di|del|dos|du|ter|ten) ")


def marked_names(text: str) -> list[tuple[int, str]]:
    """Names the capitalised runs miss, where prose marks a person: a surname with a
    particle after a cue ("met Pieter de Vries"), or one word before "from <Team>"."""
    out: list[tuple[int, str]] = []
    if _PARTICLE.search(text):
        for m in _PARTICLE_NAME.finditer(text):
            before = text[max(0, m.start() - 20) : m.start()]
            first = fold(m.group(1).split()[0])
            if first not in NOT_PEOPLE and (first in GIVEN_NAMES or _CUE_BEFORE.search(before)):
                out.append((m.start(), m.group(1)))
    if " from " in text:
        for m in _ONE_FROM.finditer(text):
            word = fold(m.group(1))
            words_before = text[max(0, m.start(1) - 30) : m.start(1)].split()
            if words_before and words_before[-1][0].isupper():
                continue  # "Arjun Mehta from SRE": the capitalised run has the whole name
            if word not in _NOT_NAMES and word not in NOT_PEOPLE and word not in PRODUCT_WORDS:
                out.append((m.start(1), m.group(1)))
    return out


def caseless_name_after_cue(text: str) -> list[tuple[int, str]]:
    """Names in a script without capitals that prose marks as a person ("with 田中太郎")."""
    if not _CASELESS_LETTER.search(text):
        return []
    return [(m.start(1), m.group(1)) for m in _CASELESS_AFTER_CUE.finditer(text)]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?:;\n"“(-–—•*'


# Words in lower-case writing that put a person right after them ("paired w/ tomás", "ping
# priya", "sent it to omar"), besides the cues above.
_LOWER_CUE = re.compile(r"(?:\bw/|\band|\bto|\bask|\bping|\bnudge|\bremind|\bcc)[ \t]*$")
# A sentence's first letter, past the quotes, bullets and brackets that may open it.
_OPENING = re.compile(r"(?:\A|[.!?][ \t]+|\n)[\s\"“(*•>–—-]*([^\W\d_])")


def _lower_case_writer(text: str) -> bool:
    """Is ``text`` written in lower case: do its sentences all open without a capital?"""
    openings = [m.group(1) for m in _OPENING.finditer(text)]
    return bool(openings) and not any(c.isupper() for c in openings)


def lower_case_name(text: str, start: int, end: int, first: str) -> bool:
    """Does a known person's first name written in lower case name them?

    Someone who writes in lower case writes names so too ("grace offered to review my
    write-up", "tomás shadowed me on-call"); the caller asks only of such text. The name
    must open a clause, or follow a cue ("paired w/ tomás", "ping priya"); and a name that is
    also a word ("grace period", "will", Dutch "mei" for May) must be followed by what the
    person did or said ("grace offered", "mei: happy w/ the handoff").
    """
    before = text[max(0, start - 20) : start]
    opens = _sentence_start(text, start) or before.rstrip().endswith(",")
    if first in WORD_NAMES or first in LOWER_WORDS or first in WORD_NICKNAMES:
        return opens and bool(_DOES.match(text, end))
    return opens or bool(_CUE_BEFORE.search(before) or _LOWER_CUE.search(before))


def capitalised_names(text: str) -> list[str]:
    """Runs of two or three capitalised words that look like a person's full name."""
    names: list[str] = []
    run: list[re.Match[str]] = []
    # Two plain loops, not one generator over both: a generator's step costs each word.
    for found in _CAPITAL_RUN.finditer(text):
        for m in _WORD.finditer(text, *found.span()):
            word = m.group()
            at = m.start()
            # (A blank before a word, as before most, is no part of one: no need to ask.)
            if not word[0].isupper() or (
                at
                and text[at - 1] not in " \n"
                and _IN_WORD.match(text, at - 1)
                and not _opens_word(text, at)
            ):
                continue
            # A word between breaks a run: the gap then holds more than a space.
            if run and text[run[-1].end() : at] not in (" ", "\u00a0"):
                if len(run) > 1:  # most runs: one word starting a sentence
                    _close_run(text, run, names)
                run = []
            run.append(m)
            if word[-1] in "s’'" and _POSSESSIVE.search(word):
                _close_run(text, run, names)
                run = []
    _close_run(text, run, names)
    return names


def _opens_word(text: str, pos: int) -> bool:
    """Does a word start at ``pos`` as _WORD reads ``text``, not go on from before ("don’T")?
    It is read from the last character no word holds, where reading from the start would
    also stand."""
    start = pos
    while start and _WORD_CHAR.match(text, start - 1):
        start -= 1
    for word in _WORD.finditer(text, start):
        if word.end() > pos:
            return word.start() == pos
    return False


def _close_run(text: str, run: list[re.Match[str]], names: list[str]) -> None:
    """Add the run of capitalised words to ``names`` if it reads as a person's name."""
    if len(run) < 2:
        return
    words = run
    if len(words) == 3 and (
        _sentence_start(text, words[0].start())
        or (fold(words[0].group()) not in GIVEN_NAMES and fold(words[1].group()) in GIVEN_NAMES)
    ):
        # "Onboarded Tomás Ortega": the first word is the sentence's; "nächste Woche Lena
        # Hoffmann": a German noun before a given name is not part of the name
        words = words[1:]
    if (
        2 <= len(words) <= 3
        and all(_name_token(w.group()) for w in words)
        and _personal(text, words)
    ):
        names.append(" ".join(_bare(w.group()) for w in words))


def _from_email(local: str) -> str | None:
    parts = [p for p in re.split(r"[._]", local) if p.isalpha()]
    return " ".join(p.capitalize() for p in parts) if len(parts) >= 2 else None


def with_brief_person(people: list[str], about: str) -> list[str]:
    """A note in reply to a 1:1 brief is about that 1:1: its person follows those it names."""
    if fold(about) in {fold(p) for p in people}:
        return people
    return [*people, about]


@functools.lru_cache(maxsize=1024)
def _standing_alone(word: str) -> re.Pattern[str]:
    """``word`` with no letter, digit or "_" right before or after it. Each reply's finder
    wants the same few names: each is compiled once, not looked up in re's cache again."""
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


class PeopleFinder:
    """Finds people in items, snapping to the known people's spelling."""

    def __init__(self, known: Sequence[str], exclude: Iterable[str] = ()) -> None:
        # The same person may come from the store, the calendar and the brief's subject:
        # one entry each, the first spelling kept, so a first name stays unambiguous.
        unique: dict[str, str] = {}
        for name in (k.strip() for k in known):
            if name:
                unique.setdefault(fold(name), name)
        self.known = list(unique.values())
        self.folded = [fold(k) for k in self.known]
        self.exclude = {fold(e) for e in exclude}
        firsts: dict[str, list[str]] = {}
        for name in self.known:
            firsts.setdefault(fold(name.split()[0]), []).append(name)
        # A short form stands for the known people whose first name it shortens, unless
        # someone known goes by it as written ("Mike Ross" is "Mike" before Michael Scott).
        shorts: dict[str, list[str]] = {}
        for first, names in firsts.items():
            for short in _SHORT_FORMS.get(first, ()):
                if short not in firsts:
                    shorts.setdefault(short, []).extend(names)
        firsts.update(shorts)
        self.by_first = {k: v[0] for k, v in firsts.items() if len(v) == 1}
        # First names (and short forms) several known people share: they name none of them.
        self.ambiguous = {k for k, v in firsts.items() if len(v) > 1}
        # Each pattern with the words it needs: a plain "in" test spares most texts the
        # regex (short forms made these lists long).
        self.first_patterns = [
            (
                first,
                _standing_alone(first),
                name,
                first in WORD_NICKNAMES,
            )
            for first, name in self.by_first.items()
        ]
        self._seen: dict[str, list[str]] = {}
        self.patterns = [(f, _standing_alone(f)) for f in self.folded]

    def canonical(self, name: str) -> str:
        if not self.known:
            return name
        folded = fold(name)
        if " " not in name.strip() and folded in self.by_first:
            return self.by_first[folded]
        first, _, rest = folded.partition(" ")
        for long in NICKNAMES.get(first, ()) if rest else ():  # "Mike Scott" is Michael Scott
            if f"{long} {rest}" in self.folded:
                return self.known[self.folded.index(f"{long} {rest}")]
        best = process.extractOne(folded, self.folded, scorer=fuzz.token_sort_ratio)
        if best and best[1] >= 88:
            return self.known[best[2]]
        return name

    def find(self, text: str) -> list[str]:
        """People named in ``text``, in order of first mention (results are memoised)."""
        if (cached := self._seen.get(text)) is not None:
            return list(cached)
        result = self._find(text)
        self._seen[text] = result
        return list(result)

    def _find(self, text: str) -> list[str]:
        found: list[tuple[int, str]] = []
        at = "@" in text  # mentions and addresses need one; most text is spared both patterns
        for m in _MENTION.finditer(text) if at else ():
            words = m.group(1).split()
            while len(words) > 1 and not words[-1][0].isupper():
                words.pop()
            found.append((m.start(), self.canonical(" ".join(words))))
        full = [(text.find(n.split()[0]), self.canonical(n)) for n in capitalised_names(text)]
        # A first name that opens a full name is that name's: "Alex Turner" is not Alexandra.
        full_starts = {pos for pos, _ in full}
        folded_text = fold(text)
        lower: bool | None = None  # is the text written in lower case? (asked when needed)
        if len(folded_text) == len(text):  # positions line up, so order is kept
            for name, (folded_name, pattern) in zip(self.known, self.patterns, strict=True):
                if folded_name in folded_text and (pm := pattern.search(folded_text)):
                    found.append((pm.start(), name))
            for first, first_pattern, name, word_like in self.first_patterns:
                for fm in first_pattern.finditer(folded_text) if first in folded_text else ():
                    pos = fm.start()
                    if pos in full_starts:
                        continue
                    if text[pos].isupper():
                        if word_like and _sentence_start(text, pos):
                            continue
                    else:
                        if lower is None:
                            lower = _lower_case_writer(text)
                        if not (lower and lower_case_name(text, pos, fm.end(), first)):
                            continue
                    found.append((pos, name))
                    break
        for m in _EMAIL.finditer(text) if at else ():
            if guess := _from_email(m.group(1)):
                found.append((m.start(), self.canonical(guess)))
        found += full
        found += [(pos, self.canonical(name)) for pos, name in marked_names(text)]
        # "met Pieter de Vries" is one person: the cue's single name is not another
        names_at = {pos for pos, name in found if " " in name}
        for pos, first in given_name_after_cue(text):
            if pos not in names_at:
                found.append((pos, self.canonical(first)))
        for pos, name in caseless_name_after_cue(text) if not text.isascii() else ():
            found.append((pos, self.canonical(name)))
        out: list[str] = []
        seen: set[str] = set()
        for _, name in sorted(found, key=lambda pair: pair[0]):
            key = fold(name)
            if key in self.ambiguous:
                continue  # "Priya" with two Priyas known: neither, and no new "Priya"
            if key not in seen and key not in self.exclude:
                seen.add(key)
                out.append(name)
        return out
