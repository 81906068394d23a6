"""The words of goal titles as replies write them: other languages, synonyms, compounds.

Goals are titled in one language ("Get better at cross-team influence"), and answered in
whatever the user writes that day: "Einfluss über Teams hinweg: …", "Saindo da meta da
palestra", "Konferenzvortrag: Abstract eingereicht", "my KubeCon CFP". Each word here
stands for the English word of a title, so a reply's word counts as the title's word when
``goals`` compares them. A compound counts as its parts ("Konferenzvortrag" is conference
and talk, so is "Conferentietalk"). The words that only say "goal" (``Ziel``, ``meta``) are
no title word. A goal to reach a level ("Reach Staff Engineer") is a promotion, and "the
packet" or "mi promoción" names it (``title_words``).
"""

from __future__ import annotations

import functools
import re

# Folded (lower case, no accents) word → the English title word it stands for; one row per
# English word, in the languages the parser reads (de, fr, es, pt, nl, it) and synonyms.
_ROWS: dict[str, tuple[str, ...]] = {
    "influence": ("einfluss", "influencia", "invloed", "influenza"),
    "talk": (
        "vortrag", "vortrage", "vortrags", "charla", "charlas", "palestra", "palestras",
        "lezing", "lezingen", "praatje", "intervento", "expose", "keynote", "cfp", "speaking",
        "ponencia", "ponencias", "abstract", "abstracts",
    ),
    "conference": (
        "konferenz", "konferenzen", "conference", "conferences", "conferencia",
        "conferencias", "conferentie", "conferenza", "conferenze", "congreso", "congresos",
        "congresso", "congressi", "congres",
    ),
    "engineer": ("ingenieur", "ingenieurin", "ingeniero", "ingeniera", "engenheiro",
                 "engenheira", "ingegnere"),
    "external": ("extern", "externe", "externen", "externo", "externa", "esterno", "esterna"),
    "mentor": ("mentorin", "mentora", "mentore"),
    "team": ("equipe", "equipes", "equipo", "equipos", "equipa", "equipas", "squadra",
             "squadre"),
    "promotion": ("promo", "packet", "promotie", "beforderung",
                  "promocion", "promocao", "promozione"),
}  # fmt: skip
GLOSS: dict[str, str] = {word: english for english, words in _ROWS.items() for word in words}
# A compound's part is a glossed word or the English word itself ("conferentie|talk").
_PARTS: dict[str, str] = {**GLOSS, **{english: english for english in _ROWS}}
# The words of a title that name a level: reaching one is a promotion.
_LEVELS = frozenset({"staff", "senior", "principal", "promoted"})
# Words that say "goal" in each language: they name no goal of their own.
GOAL_WORDS = frozenset(
    """
    goal goals objective objectives ziel ziele objectif objectifs objetivo objetivos meta
    metas doel doelen obiettivo obiettivi
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_LINKS = ("", "s", "es", "n", "en")  # what joins a German compound's parts: Vortrags|reise


# A compound is split only when it ends with a glossed word: one look says whether it does.
_GLOSSED_END = re.compile("(?:" + "|".join(sorted(_PARTS, key=len, reverse=True)) + ")$")


@functools.lru_cache(maxsize=8192)
def gloss(word: str) -> tuple[str, ...]:
    """The title words a folded reply word stands for: itself, or its gloss, or, for a long
    compound made of two glossed or English title words, both ("konferenzvortrag",
    "conferentietalk" → conference, talk). The same words come back in every reply: each
    is worked out once."""
    if (english := GLOSS.get(word)) is not None:
        return (english,)
    if len(word) < 9 or not _GLOSSED_END.search(word):
        return (word,)
    for cut in range(4, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if (second := _PARTS.get(tail)) is None:
            continue
        for link in _LINKS:
            if head.endswith(link) and (first := _PARTS.get(head[: len(head) - len(link)])):
                return (first, second)
    return (word,)


def title_words(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A title's distinct words (as ``goals`` reads them), each with the reply words that
    count as it: a level ("Reach Staff Engineer by Q3 2027") counts as itself or as the
    promotion to it, as replies speak of either ("the packet", "mi promoción")."""
    return tuple((key, "promotion") if key in _LEVELS else (key,) for key in dict.fromkeys(keys))
