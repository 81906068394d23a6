"""How an item felt: "Felt proud of this one", "Feeling: drained", "which was exhausting", 😫.

A feeling is only read after a cue (a label such as "Feeling:", a verb such as "felt" or
"was") or from an emoji, and only as a word of :data:`FEELINGS`: a bare "Joy" in
"paired with Joy" is a name, not a feeling. A word inside a metric ("stress test: 3x")
or a person's name is never taken as one. A feeling is the writer's: one said of someone
else ("he was really motivated", "Priya was thrilled") or of a thing ("which is great for
triage", "the very tired rotation") is not kept. Each word is stored as its table's
English word, so the digest can count "stolz" and "proud" together.

The tables cover the languages the content parser reads (kinds, metrics and goal answers
too): English, German, French, Spanish, Portuguese, Dutch and Italian. The longer list in
:mod:`careerlog.parsers.languages` is for spotting quotes and signatures only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Literal, NamedTuple

from careerlog.parsers.model import Metric
from careerlog.parsers.patterns import reads_alike_lowered
from careerlog.parsers.wordtrie import trie_pattern

Valence = Literal["energised", "drained"]

# The word careerlog stores, whether it energised or drained, and how each language
# writes it. Adding a language is adding its words here and to CUES and the subject
# tables below (tests/parsers/test_feelings.py checks every table has every language).
FEELINGS: dict[str, tuple[Valence, dict[str, tuple[str, ...]]]] = {
    "proud": ("energised", {
        "en": ("proud",), "de": ("stolz",), "fr": ("fier", "fière"),
        "es": ("orgulloso", "orgullosa"), "pt": ("orgulhoso", "orgulhosa"),
        "nl": ("trots",), "it": ("orgoglioso", "orgogliosa"),
    }),
    "energised": ("energised", {
        "en": ("energised", "energized", "energising", "energizing", "pumped", "excited",
               "exciting", "fun", "inspired", "inspiring", "motivated"),
        "de": ("motiviert", "begeistert", "inspiriert"),
        "fr": ("motivé", "motivée", "enthousiaste", "inspiré", "inspirée"),
        "es": ("motivado", "motivada", "emocionado", "emocionada"),
        "pt": ("motivado", "motivada", "animado", "animada", "empolgado", "empolgada"),
        "nl": ("gemotiveerd", "enthousiast", "geïnspireerd"),
        "it": ("motivato", "motivata", "entusiasta"),
    }),
    "happy": ("energised", {
        "en": ("happy", "glad", "great", "satisfied", "satisfying", "rewarding", "fulfilled",
               "fulfilling", "relieved"),
        "de": ("glücklich", "froh", "zufrieden", "erleichtert"),
        "fr": ("heureux", "heureuse", "content", "contente", "satisfait", "satisfaite",
               "soulagé", "soulagée"),
        "es": ("feliz", "contento", "contenta", "satisfecho", "satisfecha", "aliviado"),
        "pt": ("feliz", "contente", "satisfeito", "satisfeita", "aliviado", "aliviada"),
        "nl": ("blij", "tevreden", "opgelucht"),
        "it": ("felice", "contento", "contenta", "soddisfatto", "soddisfatta"),
    }),
    "drained": ("drained", {
        "en": ("drained", "draining", "exhausted", "exhausting", "tired", "tiring",
               "burned out", "burnt out", "wiped out", "depleted"),
        "de": ("erschöpft", "erschöpfend", "müde", "anstrengend", "ausgelaugt"),
        "fr": ("épuisé", "épuisée", "épuisant", "épuisante", "fatigué", "fatiguée",
               "fatigant", "fatigante", "vidé", "vidée"),
        "es": ("agotado", "agotada", "agotador", "agotadora", "cansado", "cansada"),
        "pt": ("exausto", "exausta", "esgotado", "esgotada", "cansado", "cansada",
               "cansativo", "cansativa", "exaustivo"),
        "nl": ("uitgeput", "moe", "vermoeiend", "leeggezogen"),
        "it": ("esausto", "esausta", "stanco", "stanca", "estenuante", "sfinito"),
    }),
    "frustrated": ("drained", {
        "en": ("frustrated", "frustrating", "annoyed", "annoying", "stressed", "stressful",
               "anxious", "nervous", "worried", "overwhelmed", "overwhelming", "bored", "boring",
               "tedious"),
        "de": ("frustriert", "frustrierend", "gestresst", "stressig", "genervt", "überfordert",
               "langweilig", "nervös"),
        "fr": ("frustré", "frustrée", "frustrant", "frustrante", "stressé", "stressée",
               "stressant", "débordé", "débordée", "ennuyeux", "nerveux", "nerveuse"),
        "es": ("frustrado", "frustrada", "frustrante", "estresado", "estresada", "estresante",
               "aburrido", "agobiado", "agobiada", "nervioso", "nerviosa"),
        "pt": ("frustrado", "frustrada", "frustrante", "estressado", "estressada",
               "estressante", "entediado", "sobrecarregado", "sobrecarregada", "nervoso",
               "nervosa"),
        "nl": ("gefrustreerd", "frustrerend", "gestrest", "stressvol", "saai", "overweldigd",
               "zenuwachtig"),
        "it": ("frustrato", "frustrata", "frustrante", "stressato", "stressata", "stressante",
               "noioso", "nervoso", "nervosa"),
    }),
}  # fmt: skip

# What comes before a feeling word: labels end in ":", verbs are followed by the word.
CUES: dict[str, tuple[str, ...]] = {
    "en": ("feeling:", "felt:", "mood:", "how it felt:", "felt", "feel", "feeling", "i'm",
           "i am", "was", "is", "it's", "made me", "left me", "super", "so", "very", "really",
           "quite", "pretty", "a bit", "kind of", "and", "which"),
    "de": ("gefühl:", "stimmung:", "fühlte mich", "fühle mich", "war", "ist", "bin", "sehr",
           "ziemlich", "echt", "total"),
    "fr": ("ressenti:", "sentiment:", "humeur:", "je me suis senti", "je me suis sentie",
           "je me sens", "c'était", "c’était", "était", "suis", "très", "vraiment", "assez"),
    "es": ("sensación:", "sentimiento:", "me sentí", "me siento", "fue", "era", "estoy",
           "estaba", "muy", "bastante", "súper"),
    "pt": ("sentimento:", "sensação:", "me senti", "me sinto", "foi", "era", "estou",
           "estava", "fiquei", "muito", "bem", "bastante"),
    "nl": ("gevoel:", "voelde me", "voel me", "was", "ben", "erg", "heel", "best", "echt"),
    "it": ("sensazione:", "mi sono sentito", "mi sono sentita", "mi sento", "è stato",
           "è stata", "era", "sono", "molto", "davvero"),
}  # fmt: skip

# Whose feeling it is. A verb of being ties a feeling to the subject before it ("he was
# really motivated"); CUES that are not such a verb ("really", "made me") stand between.
COPULAS: dict[str, tuple[str, ...]] = {
    "en": ("was", "is", "were", "are", "seemed", "seems", "looked", "looks", "got", "felt",
           "feels", "feel", "it's", "that's"),
    "de": ("war", "ist", "waren", "sind", "wirkte", "wirkt"),
    "fr": ("était", "est", "étaient", "sont", "semblait", "c'était", "c'est"),
    "es": ("fue", "era", "estaba", "está", "estaban", "parecía"),
    "pt": ("foi", "era", "estava", "está", "estavam", "ficou", "parecia"),
    "nl": ("was", "is", "waren", "zijn", "leek"),
    "it": ("era", "è", "è stato", "è stata", "erano", "sembrava"),
}  # fmt: skip
# Subjects whose feelings are their own, not the writer's.
OTHERS: dict[str, tuple[str, ...]] = {
    "en": ("he", "she", "they", "who", "everyone", "everybody"),
    "de": ("er", "sie"),
    "fr": ("il", "elle", "ils", "elles"),
    "es": ("él", "ella", "ellos", "ellas"),
    "pt": ("ele", "ela", "eles", "elas"),
    "nl": ("hij", "zij", "ze"),
    "it": ("lui", "lei", "loro"),
}
# Subjects that include the writer: "I was happy for Priya" is the writer's feeling.
FIRST_PERSON: dict[str, tuple[str, ...]] = {
    "en": ("i", "we"),
    "de": ("ich", "wir"),
    "fr": ("je", "nous"),
    "es": ("yo", "nosotros", "nosotras"),
    "pt": ("eu", "nós"),
    "nl": ("ik", "wij", "we"),
    "it": ("io", "noi"),
}
# A thing is "great for triage": a feeling word followed by this word describes a use.
FOR: dict[str, tuple[str, ...]] = {
    "en": ("for",), "de": ("für",), "fr": ("pour",), "es": ("para",), "pt": ("para",),
    "nl": ("voor",), "it": ("per",),
}  # fmt: skip
# An article before the feeling word makes it a thing's adjective ("the very tired
# rotation"). Italian "i" is left out: it is English "I".
ARTICLES: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an"),
    "de": ("der", "die", "das", "den", "dem", "ein", "eine", "einen"),
    "fr": ("le", "la", "les", "un", "une"),
    "es": ("el", "la", "los", "las", "un", "una"),
    "pt": ("o", "a", "os", "as", "um", "uma"),
    "nl": ("de", "het", "een"),
    "it": ("il", "lo", "la", "gli", "le", "un", "una"),
}

EMOJI: dict[str, str] = {
    **dict.fromkeys("😊🙂😀😃😄😁🥳🤩😎🎉💪🙌🚀✨", "energised"),
    **dict.fromkeys("😫😩😓😞😔🥱😴😵🫠💀", "drained"),
    **dict.fromkeys("😤😠😡🤬😰😬🙄😒", "frustrated"),
}

_ANY_EMOJI = re.compile("[" + "".join(EMOJI) + "]")
_LOWEST_EMOJI = min(EMOJI)  # text whose highest character is below it holds none
_WORDS: dict[str, str] = {
    word: name
    for name, (_, langs) in FEELINGS.items()
    for words in langs.values()
    for word in words
}


# A capitalised word followed by another is a name ("Happy Ortiz"), not a feeling.
_NAMED = re.compile(r"[A-ZÀ-Ý]\w*\s+[A-ZÀ-Ý]")
# A remark about how the item before felt is a short line; longer ones are items.
REMARK_CHARS = 80


class _Patterns(NamedTuple):
    # A cue and its feeling word; at the text's start (``match``) or after a blank or one of
    # "(,;.!—–-", which is the first character of its match: a pattern that starts with a
    # character from a set is searched for that character first instead of being tried at
    # every position, and blanks are about a fifth of a text. Case-blind, and the same in
    # lower case for lowered text (see _after_cues).
    at_start: re.Pattern[str]
    after_mark: re.Pattern[str]
    at_start_lowered: re.Pattern[str]
    after_mark_lowered: re.Pattern[str]
    # An item that is only a feeling.
    only: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Built on first use: the word tries take ~10 ms to build; ``careerlog log`` and
    ``list`` import this module for :func:`normal_feeling` and must not pay for patterns
    they never use.
    """
    cues = {c for cues in CUES.values() for c in cues}
    cue = trie_pattern(cues)
    word = trie_pattern(_WORDS)
    after_cue = rf"(?:{cue})\s*(?P<word>{word})(?![\w'’])"
    # The cues' first letters, looked at once before the trie tries them one by one.
    first_letter = "(?=[" + re.escape("".join(sorted({c[0] for c in cues}))) + "])"
    after_mark = rf"[\s(,;.!—–-]{first_letter}{after_cue}"
    # An item that says nothing but how it felt ("Proud of this one."): it belongs to the
    # item before it. After the word, at most three words; more ("nach der Demo für alle
    # 5 Teams") is an item of its own that happens to say how it felt.
    only = re.compile(
        rf"^\W*(?:(?:{cue})\s*)*(?P<word>{word})(?![\w'’])(?:\s+[^\W\d_]+){{0,3}}[\s.!?]*$",
        re.IGNORECASE,
    )
    return _Patterns(
        at_start=re.compile(after_cue, re.IGNORECASE),
        after_mark=re.compile(after_mark, re.IGNORECASE),
        at_start_lowered=re.compile(after_cue),
        after_mark_lowered=re.compile(after_mark),
        only=only,
    )


def _after_cues(text: str) -> Iterator[re.Match[str]]:
    """Each cue and feeling word that starts the text or follows a blank or a mark, in
    order, as one pattern with a lookbehind for the mark would find them with ``finditer``:
    a match ends with its word's letter, never with a mark, so the next one's mark is at
    or after that end either way.

    The cues and words are in lower case, so the lowered text is read case-sensitively
    where that finds the same (``reads_alike_lowered``), in half the time. A match's word is
    then in lower case; its only reader lowers it anyway."""
    patterns = _patterns()
    low = text.lower()
    if reads_alike_lowered(text, low):
        at_start, after_mark, text = patterns.at_start_lowered, patterns.after_mark_lowered, low
    else:
        at_start, after_mark = patterns.at_start, patterns.after_mark
    first = at_start.match(text)
    if first:
        yield first
    yield from after_mark.finditer(text, first.end() if first else 0)


def valence(word: str | None) -> Valence | None:
    """Whether a stored feeling energised or drained; ``None`` for a word careerlog lacks."""
    row = FEELINGS.get((word or "").lower())
    return row[0] if row else None


def _covered(
    start: int, end: int, text: str, metrics: Sequence[Metric], people: Sequence[str]
) -> bool:
    """Is text[start:end] part of a metric or a person's name?"""
    lowered = text.lower()
    for piece in [m.text for m in metrics] + list(people):
        at = lowered.find(piece.lower())
        while at != -1:
            if at < end and start < at + len(piece):
                return True
            at = lowered.find(piece.lower(), at + 1)
    return False


Phrase = tuple[str, ...]
_TOKEN = re.compile(r"[^\W\d_][\w']*")
_CLAUSE_END = re.compile(r"[.;!?,:()—–\n]")


class _Subjects(NamedTuple):
    """The words of the subject tables, every language together."""

    between: frozenset[Phrase]  # cues that are no verb of being ("really", "made me")
    copulas: frozenset[Phrase]
    others: frozenset[str]
    first_person: frozenset[str]
    articles: frozenset[str]
    for_words: frozenset[str]


def _phrases(table: dict[str, tuple[str, ...]]) -> frozenset[Phrase]:
    return frozenset(tuple(_TOKEN.findall(p.lower())) for words in table.values() for p in words)


def _words(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(w for words in table.values() for w in words)


@cache
def _subjects() -> _Subjects:
    """Built on first use, as :func:`_patterns` is."""
    copulas = _phrases(COPULAS)
    return _Subjects(
        between=frozenset(c for c in _phrases(CUES) if c and c not in copulas),
        copulas=copulas,
        others=_words(OTHERS),
        first_person=_words(FIRST_PERSON),
        articles=_words(ARTICLES),
        for_words=_words(FOR),
    )


def _ends_with(words: list[str], phrases: frozenset[Phrase]) -> int:
    """How many of the last ``words`` make up one of ``phrases`` (the longest), else 0."""
    return next((n for n in range(min(len(words), 4), 0, -1) if tuple(words[-n:]) in phrases), 0)


def _not_the_writers(text: str, start: int, end: int, people: Sequence[str]) -> bool:
    """Does the feeling word at text[start:end] say how someone else or a thing was?

    Its subject is the word before the verb of being that leads to it: "he was really
    motivated" and "Priya was thrilled" are theirs, "which is great for triage" says what
    a thing is good for, and an article makes the word a thing's adjective ("the very
    tired rotation"). "I was", "Felt", "Feeling:" and "which was exhausting" stay the
    writer's.
    """
    known = _subjects()
    words = _TOKEN.findall(_CLAUSE_END.split(text[:start].replace("’", "'"))[-1])
    lowered = [w.lower() for w in words]
    while n := _ends_with(lowered, known.between):
        del lowered[-n:], words[-n:]
    if lowered and lowered[-1] in known.articles:
        return True
    n = _ends_with(lowered, known.copulas)
    if not n:
        return False
    subject = words[-n - 1] if len(words) > n else ""
    names = {part.casefold() for person in people for part in person.split()}
    if subject.lower() in known.others or (subject[:1].isupper() and subject.casefold() in names):
        return True
    # "it's", "c'était": the verb carries its subject, a thing.
    about_a_thing = "'" in lowered[-n] or subject.lower() not in known.first_person | {""}
    after = _TOKEN.match(text[end:].lstrip().lower())
    return about_a_thing and after is not None and after.group() in known.for_words


def find_feeling(
    text: str, metrics: Sequence[Metric] = (), people: Sequence[str] = ()
) -> str | None:
    """The writer's first feeling the text states after a cue, else its first emoji's; else
    ``None``."""
    for m in _after_cues(text):
        start, end = m.start("word"), m.end("word")
        if not _covered(start, end, text, metrics, people) and not _not_the_writers(
            text, start, end, people
        ):
            return _WORDS[" ".join(m.group("word").lower().split())]
    emoji = None if text.isascii() or max(text) < _LOWEST_EMOJI else _ANY_EMOJI.search(text)
    return EMOJI[emoji.group()] if emoji else None


def feeling_remark(text: str) -> str | None:
    """The feeling of an item that only says how the one before it felt, else ``None``."""
    stripped = text.strip()
    if len(stripped) > REMARK_CHARS:
        return None
    if stripped and all(c in EMOJI or not c.isalnum() for c in stripped):
        return next((EMOJI[c] for c in stripped if c in EMOJI), None)
    m = _patterns().only.match(stripped)
    if m is None or _NAMED.match(stripped[m.start("word") :]):
        return None  # "Happy Ortiz owns it" is about a person
    return _WORDS[" ".join(m.group("word").lower().split())]


# The labels the prompt asks a feeling under ("Felt: proud", "Feeling: drained"), in every
# language: a short line under one says how the item before felt, whatever words it uses.
_LABELS = tuple(cue for cues in CUES.values() for cue in cues if cue.endswith(":"))


def feeling_line(text: str) -> bool:
    """Is this a short line under a feeling label ("Felt: nervous but good")? It is no item
    of its own, even when its words are none careerlog knows as a feeling."""
    stripped = text.strip().lower()
    return len(stripped) <= REMARK_CHARS and stripped.startswith(_LABELS)


# The mark ending the second-to-last sentence and the blank after it. The mark is the
# match's first character: a pattern opening with a set is scanned for it in C instead of
# being tried (here with a lookbehind) at every position.
_LAST_SENTENCE = re.compile(r"[.!?;]\s+(?=\S[^.!?;]*[.!?]*\s*$)")


def split_remark(text: str) -> tuple[str, str | None]:
    """(the text without a closing feeling remark, that feeling): "Shipped it. Feeling:
    drained" is the entry "Shipped it." that felt drained; a bullet stays résumé-ready."""
    body = text.rstrip()
    m = _LAST_SENTENCE.search(body)
    if (
        m
        and (head := body[: m.start() + 1]).strip()
        and (feeling := feeling_remark(body[m.end() :]))
    ):
        return head.rstrip(" ;,"), feeling
    return text, None


def normal_feeling(word: str) -> str | None:
    """A feeling given on the command line as its table word ("stolz" → "proud"), else as
    written in lower case; ``None`` when it is not one word (a number, a phrase)."""
    cleaned = " ".join(word.strip().lower().split())
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    if cleaned in EMOJI:
        return EMOJI[cleaned]
    return cleaned if re.fullmatch(r"[^\W\d_][\w'’-]{0,30}", cleaned) else None
