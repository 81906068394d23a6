"""How an item felt: "Felt proud of this one", "Feeling: drained", "which was exhausting", 😫.

A feeling is only read after a cue (a label such as "Feeling:", a verb such as "felt" or
"was") or from an emoji, and only as a word of :data:`FEELINGS`: a bare "Joy" in
"paired with Joy" is a name, not a feeling. A word inside a metric ("stress test: 3x")
or a person's name is never taken as one. Each word is stored as its table's English
word, so the digest can count "stolz" and "proud" together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Literal

from careerlog.parsers.model import Metric
from careerlog.parsers.wordtrie import trie_pattern

Valence = Literal["energised", "drained"]

# The word careerlog stores, whether it energised or drained, and how each language
# writes it. Adding a language is adding its words here and its cues to CUES.
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
               "anxious", "overwhelmed", "overwhelming", "bored", "boring", "tedious"),
        "de": ("frustriert", "frustrierend", "gestresst", "stressig", "genervt", "überfordert",
               "langweilig"),
        "fr": ("frustré", "frustrée", "frustrant", "frustrante", "stressé", "stressée",
               "stressant", "débordé", "débordée", "ennuyeux"),
        "es": ("frustrado", "frustrada", "frustrante", "estresado", "estresada", "estresante",
               "aburrido", "agobiado", "agobiada"),
        "pt": ("frustrado", "frustrada", "frustrante", "estressado", "estressada",
               "estressante", "entediado", "sobrecarregado", "sobrecarregada"),
        "nl": ("gefrustreerd", "frustrerend", "gestrest", "stressvol", "saai", "overweldigd"),
        "it": ("frustrato", "frustrata", "frustrante", "stressato", "stressata", "stressante",
               "noioso"),
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

EMOJI: dict[str, str] = {
    **dict.fromkeys("😊🙂😀😃😄😁🥳🤩😎🎉💪🙌🚀✨", "energised"),
    **dict.fromkeys("😫😩😓😞😔🥱😴😵🫠💀", "drained"),
    **dict.fromkeys("😤😠😡🤬😰😬🙄😒", "frustrated"),
}

_ANY_EMOJI = re.compile("[" + "".join(EMOJI) + "]")
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


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a feeling after a cue, an item that is only a feeling), built on first use.

    The word tries take ~10 ms to build; ``careerlog log`` and ``list`` import this
    module for :func:`normal_feeling` and must not pay for patterns they never use.
    """
    cue = trie_pattern({c for cues in CUES.values() for c in cues})
    word = trie_pattern(_WORDS)
    after_cue = re.compile(
        rf"(?:^|(?<=[\s(,;.!—–-]))(?:{cue})\s*(?P<word>{word})(?![\w'’])", re.IGNORECASE
    )
    # An item that says nothing but how it felt ("Proud of this one."): it belongs to the
    # item before it. After the word, at most three words; more ("nach der Demo für alle
    # 5 Teams") is an item of its own that happens to say how it felt.
    only = re.compile(
        rf"^\W*(?:(?:{cue})\s*)*(?P<word>{word})(?![\w'’])(?:\s+[^\W\d_]+){{0,3}}[\s.!?]*$",
        re.IGNORECASE,
    )
    return after_cue, only


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


def find_feeling(
    text: str, metrics: Sequence[Metric] = (), people: Sequence[str] = ()
) -> str | None:
    """The first feeling the text states after a cue, else its first emoji's; else ``None``."""
    for m in _patterns()[0].finditer(text):
        if not _covered(m.start("word"), m.end("word"), text, metrics, people):
            return _WORDS[" ".join(m.group("word").lower().split())]
    emoji = _ANY_EMOJI.search(text)
    return EMOJI[emoji.group()] if emoji else None


def feeling_remark(text: str) -> str | None:
    """The feeling of an item that only says how the one before it felt, else ``None``."""
    stripped = text.strip()
    if len(stripped) > REMARK_CHARS:
        return None
    if stripped and all(c in EMOJI or not c.isalnum() for c in stripped):
        return next((EMOJI[c] for c in stripped if c in EMOJI), None)
    m = _patterns()[1].match(stripped)
    if m is None or _NAMED.match(stripped[m.start("word") :]):
        return None  # "Happy Ortiz owns it" is about a person
    return _WORDS[" ".join(m.group("word").lower().split())]


_LAST_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=\S[^.!?;]*[.!?]*\s*$)")


def split_remark(text: str) -> tuple[str, str | None]:
    """(the text without a closing feeling remark, that feeling): "Shipped it. Feeling:
    drained" is the entry "Shipped it." that felt drained; a bullet stays résumé-ready."""
    parts = _LAST_SENTENCE.split(text.rstrip(), maxsplit=1)
    if len(parts) == 2 and parts[0].strip() and (feeling := feeling_remark(parts[1])):
        return parts[0].rstrip(" ;,"), feeling
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
