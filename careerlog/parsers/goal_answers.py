"""Read a goal answer into its fields: current state, gap, next action, why, and closure.

The quarterly prompt asks, for each goal, where it stands, what the gap is and what comes
next. Users answer with labels ("Gap: …", "Next: …", "Why: …", in any order, in the
languages the parser reads) or in prose ("The gap is still scope; next step is a plan";
"still want it because I want to set direction": what follows "because" is the why).
A labelled part runs until the next label; a sentence that opens with "gap" or "next"
holds only itself. Whatever is not under a label is the current state.

Closing words ("done", "achieved", "got it"; "dropping", "parking", "no longer …") close
the goal, unless the sentence hedges ("not done yet", "almost done", "mostly closed").
Labels, closing words and hedges are tables per language, one row for each language the
content parser reads, so adding a language is adding a row to each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careerlog.parsers.model import GoalStatus
from careerlog.parsers.patterns import by_first_letter, opening_letters

_I = re.IGNORECASE
# Each table holds regex fragments per language the content parser reads (en, de, fr, es,
# pt, nl, it; tests/parsers/test_goal_answers.py checks every table has every one).
FIELD_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "current_state": {
        "en": (r"current\s+state", r"state", r"status", r"where\s+i\s+am", r"now",
               r"progress"),
        "de": (r"aktueller\s+stand", r"stand", r"fortschritt"),
        "fr": (r"état(?:\s+actuel)?", r"situation(?:\s+actuelle)?", r"avancement"),
        "es": (r"estado(?:\s+actual)?", r"situaci[oó]n(?:\s+actual)?", r"progreso"),
        "pt": (r"estado(?:\s+atual)?", r"situa[cç][aã]o(?:\s+atual)?", r"progresso"),
        "nl": (r"huidige\s+stand", r"stand\s+van\s+zaken", r"voortgang"),
        "it": (r"stato(?:\s+attuale)?", r"situazione(?:\s+attuale)?", r"progressi"),
    },
    "gap": {
        "en": (*(rf"{first}\s+gaps?(?:\s+now)?" for first in ("the", "new", "remaining",
                                                                "main", "biggest")),
               r"gaps?(?:\s+now)?", r"missing"),
        "de": (r"lücke",),
        "fr": (r"écart", r"manque"),
        "es": (r"brecha", r"carencia"),
        "pt": (r"lacuna", r"falta"),
        "nl": (r"gat", r"hiaat", r"kloof"),
        "it": (r"lacuna", r"divario"),
    },
    "actions": {
        "en": (r"next(?:\s+(?:steps?|actions?|up))?", r"actions?", r"plan", r"to\s?do"),
        "de": (r"nächste[rn]?\s+schritte?", r"maßnahmen?"),
        "fr": (r"prochaines?\s+[ée]tapes?", r"actions?"),
        "es": (r"pr[oó]xim[oa]s?\s+pasos?", r"siguientes?\s+pasos?", r"acci[oó]n(?:es)?"),
        "pt": (r"pr[oó]xim[oa]s?\s+passos?", r"a[cç][aã]o", r"a[cç][oõ]es"),
        "nl": (r"volgende\s+stap(?:pen)?", r"acties?"),
        "it": (r"prossim[oi]\s+pass[oi]", r"azion[ei]"),
    },
    "motivation": {
        "en": (r"why(?:\s+it\s+matters)?", r"motivation", r"because"),
        "de": (r"warum", r"motivation"),
        "fr": (r"pourquoi", r"motivation"),
        "es": (r"por\s+qu[eé]", r"motivaci[oó]n"),
        "pt": (r"por\s+qu[eê]", r"porqu[eê]", r"motiva[cç][aã]o"),
        "nl": (r"waarom", r"motivatie"),
        "it": (r"perch[eé]", r"motivazione"),
    },
}  # fmt: skip


def _words(table: dict[str, tuple[str, ...]]) -> str:
    """One alternation of every language's fragments, each once, in table order."""
    return "|".join(dict.fromkeys(w for words in table.values() for w in words))


# Every label, each field's in table order (each opens with its first letter).
_LABEL_FORMS = [
    form
    for table in FIELD_WORDS.values()
    for form in dict.fromkeys(form for forms in table.values() for form in forms)
]
# The labels grouped by first letter (``by_first_letter``), behind a lookahead of those
# letters: most word starts fail on it at once, and where one passes only the labels
# opening with its letter are tried, not every label of every field. Which field one
# names is read after a match (``_field``).
_LABEL = re.compile(
    rf"(?:^|(?<=[\s.;!?(])){opening_letters(_LABEL_FORMS)}"
    rf"(?P<label>{by_first_letter(_LABEL_FORMS)})"
    # a verb of staying after it: "Lücke bleibt: kein schriftliches Strategiepapier."
    + r"(?:\s+(?:still|remains|bleibt|blijft|reste|sigue|segue|continua|resta|rimane))?"
    + r"\s*[:：]\s*",
    _I,
)
# Each field's labels: the first field whose labels read all of a matched label is the one
# it names (the alternation tries the fields in this order, so no earlier one could read it).
_FIELD_LABELS = {name: re.compile(_words(words), _I) for name, words in FIELD_WORDS.items()}


def _field(label: str) -> str:
    """The field a label ``_LABEL`` matched names."""
    return next(name for name, labels in _FIELD_LABELS.items() if labels.fullmatch(label))


# Prose that opens a field without a colon: "The gap is still scope", "next step is …".
# What the cue words say ("New gap is", "next step is") is dropped from the field.
_CUES = (
    ("gap", re.compile(r"^(?:the\s+|my\s+|new\s+|remaining\s+|main\s+)*gaps?\b"
                       r"(?:\s+(?:is|now|remains)\b)*\s*", _I)),
    ("actions", re.compile(r"^next(?:\s+(?:steps?|actions?|up))?\b(?:\s+(?:is|are)\b)?\s*",
                           _I)),
)  # fmt: skip
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
# "Still want it because I want to set direction": what follows "because" is the why.
_BECAUSE = re.compile(
    r"(?:^|,?\s+)(?:because|weil|parce\s+que|porque|omdat|"
    r"perch[eé]|poich[eé])\s+(?=\S)",
    _I,
)

# Words that keep a closing word from closing: "not done yet", "presque atteint".
HEDGES: dict[str, tuple[str, ...]] = {
    "en": ("not", "n't", "nearly", "almost", "mostly", "partly", "half", "yet", "once",
           "when", "if", "until", "before"),
    "de": ("nicht", "noch", "fast", "beinahe", "halb"),
    "fr": ("pas", "presque", "encore", "moitié"),
    "es": ("casi", "todav[ií]a", "a[uú]n", "mitad", r"no\s+(?:est[aá]|es|lo|he|hemos)"),
    "pt": ("quase", "ainda", "n[aã]o", "metade"),
    "nl": ("bijna", "nog", "niet", "half"),
    "it": ("quasi", "ancora", "non(?!-)", "metà"),
}  # fmt: skip
_HEDGE = re.compile(rf"\b(?:{_words(HEDGES)})\b", _I)
# A goal's closing word, in a sentence that says it of the goal ("Ziel erreicht").
DONE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("done", "achieved", "accomplished", "complete[d]?"),
    "de": ("erledigt", "erreicht", "geschafft"),
    "fr": ("atteint", "accompli"),
    "es": ("logrado", "conseguido", "cumplido"),
    "pt": ("alcan[cç]ado", "conclu[ií]do", "atingido"),
    "nl": ("bereikt", "gehaald"),
    "it": ("raggiunto",),
}  # fmt: skip
# Words that close a goal only as the whole answer ("Fait.", "Klaar!"): inside a sentence
# they say other things ("fait partie du plan", "klaar met de eerste versie").
DONE_ALONE: dict[str, tuple[str, ...]] = {
    "en": (r"finished", r"nailed\s+it"),
    "de": ("fertig", "abgeschlossen"),
    "fr": ("fait", r"c['’]est\s+fait", "termin[ée]e?", "réussi"),
    "es": ("hecho", "terminado", "completado", "listo"),
    "pt": ("feito", "terminado", "completo"),
    "nl": ("klaar", "gedaan", "afgerond", "voltooid"),
    "it": ("fatto", "finito", "completato", "terminato"),
}  # fmt: skip
_DONE_WORD = f"(?:{_words(DONE_WORDS)})"
_GOAL_WORDS = ("goal", "ziel", "objectif", "objetivo", "doel", "obiettivo")
_THIS_OR_IT = ("this", "it", "that", r"the\s+goal")
# What says the goal is reached, each form starting a word (with its first letter, for
# ``by_first_letter``).
_DONE_AT_WORD = (
    # "Marking this one done", "I'd count it as achieved"
    *(rf"{verb}\s+(?:{'|'.join(_THIS_OR_IT)})(?:\s+(?:one|goal))?\s+(?:as\s+)?"
      rf"(?:{_DONE_WORD}|closed)\b"
      for verb in ("marking", "mark", "calling", "call", r"consider(?:ing)?", r"count(?:ing)?")),
    # "This one is done", "it's achieved now"
    *(rf"{subject}(?:\s+(?:one|goal))?(?:\s+is|'s|’s)\s+(?:now\s+)?{_DONE_WORD}\b"
      for subject in _THIS_OR_IT),
    r"got\s+it\s*[.!]*$",
    *(rf"{verb}\s+(?:it|this|that|the\s+goal)\b" for verb in ("achieved", "reached", "hit")),
    # "Ziel erreicht", "Objectif atteint", "Doel bereikt"
    *(rf"{goal}\b[^.!?]{{0,30}}\b{_DONE_WORD}\b" for goal in _GOAL_WORDS),
)  # fmt: skip
# The word forms grouped by first letter, as _DROPPED's below; and the answer that is only
# the word: "Done.", "Got it: …", "Achieved!", "Fait." (not "Achieved a 20% cut").
_DONE = re.compile(
    rf"\b{opening_letters(_DONE_AT_WORD)}(?:{by_first_letter(_DONE_AT_WORD)})"
    rf"|^(?:got\s+it|{_DONE_WORD}|{_words(DONE_ALONE)}|goal\s+(?:reached|met))"
    r"\s*(?:[.!:,;—–-]|$)",
    _I,
)
# What says a goal is dropped, per language ("Dropping this one", "Lo dejo por ahora"). Each
# form starts a word ("\b" and a letter, for ``by_first_letter``) or the answer ("^").
_THIS_GOAL = r"\s+(?:this|it|that|the\s+goal)\b"
DROPPED_PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        *(rf"\b{verb}{_THIS_GOAL}" for verb in (
            "dropping", r"drop(?:ped)?", "parking", r"park(?:ed)?", "shelving", r"shelve[d]?",
            "abandoning", r"abandon(?:ed)?", r"giving\s+up(?:\s+on)?", r"letting\s+go\s+of")),
        r"^(?:dropping|dropped|parking|parked|shelving|shelved|abandoned)\s*(?:[.!,;:—–-]|for\s+now|$)",
        r"\bno\s+longer\s+(?:a\s+goal|a\s+priority|relevant|pursuing|want|wanted|care|"
        r"interested|matters?|important|needed|going\s+for)",
        r"\bnot\s+a\s+(?:goal|priority)\s+any\s?more\b",
    ),
    "de": (*(rf"\b{verb}\b.*\b(?:fallen|ziel)\b" for verb in ("streiche", "verwerfe", "lasse")),
           r"\bnicht\s+mehr\s+(?:relevant|wichtig)\b", r"\blege\b.*\bauf\s+eis\b"),
    "fr": (r"\bj['’]abandonne\b", r"\bplus\s+(?:une\s+priorité|d'actualité)\b",
           r"\blaisse\s+tomber\b", r"\bmets?\b.*\bde\s+côté\b"),
    "es": (*(rf"\b{verb}\s+(?:este|el|esto)\b" for verb in ("descarto", "abandono")),
           r"\bya\s+no\s+es\s+(?:una\s+prioridad|un\s+objetivo)\b",
           r"\blo\s+dejo\s+(?:por\s+ahora|de\s+lado|aparcado)\b",
           r"\bdejo\s+(?:este|el)\s+objetivo\b"),
    "pt": (r"\bdesisto\b", r"\bdeixo\s+de\s+lado\b", r"\bdeixo\s+(?:este|esse|o)\s+objetivo\b",
           r"\bj[aá]\s+n[aã]o\s+é\s+(?:uma\s+prioridade|um\s+objetivo)\b"),
    "nl": (r"\blaat\b.*\bvallen\b", r"\bstop\s+ermee\b",
           r"\bniet\s+meer\s+(?:relevant|belangrijk)\b"),
    "it": (r"\blascio\s+perdere\b", r"\bnon\s+è\s+più\s+(?:una\s+priorità|un\s+obiettivo)\b",
           r"\bmetto\s+da\s+parte\b"),
}  # fmt: skip
_DROPPED_AT_WORD = [form.removeprefix(r"\b") for forms in DROPPED_PHRASES.values()
                    for form in forms if form.startswith(r"\b")]  # fmt: skip
_DROPPED_AT_START = [form for forms in DROPPED_PHRASES.values() for form in forms
                     if not form.startswith(r"\b")]  # fmt: skip
# The word forms grouped by first letter behind a lookahead of those letters: a word
# opening with none fails at once, and where one passes only the forms opening with its
# letter are tried, not every form of every language.
_DROPPED = re.compile(
    rf"\b{opening_letters(_DROPPED_AT_WORD)}(?:{by_first_letter(_DROPPED_AT_WORD)})"
    rf"|{'|'.join(_DROPPED_AT_START)}",
    _I,
)


def _colon(text: str) -> bool:
    """Every label ends in a colon: text without one is spared trying them all."""
    return ":" in text or "：" in text


@dataclass
class AnswerFields:
    """The fields one goal answer sets; ``None`` leaves the stored value as it is."""

    current_state: str | None = None
    gap: str | None = None
    actions: str | None = None
    motivation: str | None = None
    status: GoalStatus | None = None


def closing_status(sentence: str) -> GoalStatus | None:
    """``done`` or ``dropped`` when the sentence closes the goal, else ``None``."""
    text = sentence.strip()
    if _DROPPED.search(text):
        return "dropped"
    if _DONE.search(text) and not _HEDGE.search(text):
        return "done"
    return None


def _chunks(text: str) -> list[tuple[str | None, str]]:
    """(field named by a label, text) pieces, in order; an unlabelled start has no field."""
    pieces: list[tuple[str | None, str]] = []
    start, current = 0, None
    for m in _LABEL.finditer(text) if _colon(text) else ():
        pieces.append((current, text[start : m.start()]))
        current = _field(m.group("label"))
        start = m.end()
    pieces.append((current, text[start:]))
    return [(name, piece.strip()) for name, piece in pieces if piece.strip()]


def _join(parts: list[str]) -> str | None:
    text = " ".join(" ".join(p.split()) for p in parts if p.strip()).rstrip(";,")
    return text or None


def _cued(sentence: str) -> tuple[str, str]:
    """The field an unlabelled sentence belongs to, and its words for that field."""
    for name, cue in _CUES:
        m = cue.match(sentence)
        if m and sentence[m.end() :].strip():
            return name, sentence[m.end() :]
    return "current_state", sentence


def read_fields(text: str) -> AnswerFields:
    """Split one goal answer into its fields (see the module docstring)."""
    parts: dict[str, list[str]] = {}
    status: GoalStatus | None = None
    for name, piece in _chunks(text):
        for sentence in _SENTENCE.split(piece):
            if not sentence.strip():
                continue
            if name in (None, "current_state") and (closed := closing_status(sentence)):
                status = status or closed
                continue  # "Marking this one done.", "Status: achieved": not the state
            if name in (None, "current_state") and (why := _BECAUSE.search(sentence)):
                parts.setdefault("motivation", []).append(sentence[why.end() :])
                sentence = sentence[: why.start()]
                if not sentence.strip():
                    continue
            target, sentence = (name, sentence) if name else _cued(sentence)
            parts.setdefault(target, []).append(sentence)
    return AnswerFields(
        current_state=_join(parts.get("current_state", [])),
        gap=_join(parts.get("gap", [])),
        actions=_join(parts.get("actions", [])),
        motivation=_join(parts.get("motivation", [])),
        status=status,
    )


def starts_with_field(text: str) -> bool:
    """Does this line open with a field label ("Gap: …", "Next: …", "Why: …")?"""
    m = _LABEL.match(text.strip()) if _colon(text) else None
    return m is not None and m.start() == 0


def field_heading(quoted: list[str]) -> str | None:
    """The field label a quoted prompt line ends on ("  Gap: what stands between you…").

    An answer written right under it, inline, is that part of the goal answered above.
    """
    lines = [line.strip() for line in quoted if line.strip()]
    m = _LABEL.match(lines[-1]) if lines else None
    return m.group("label") if m and m.start() == 0 else None


def split_at_fields(text: str) -> tuple[str, str]:
    """(text before the first field label, the rest): a ``goal:`` line names its goal first."""
    m = _LABEL.search(text) if _colon(text) else None
    if m is None:
        return text.strip(), ""
    return text[: m.start()].strip(), text[m.start() :].strip()
