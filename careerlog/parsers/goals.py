"""Link items to the user's open goals.

Goal titles are known from the context (the store) and from the prompt itself: a quarterly
prompt lists ``N. <title>`` with ``State:``/``Gap:`` lines, a brief names ``Goal "<title>"``.
An item links to a goal by ``#tag``, by naming it (word overlap with the title, with light
stemming so "Mentoring" finds "Mentor a new hire…"), or, for evidence and relationship
notes, only when the user says so ("my cross-team influence goal", "mi objetivo de
influencia"). A reply's words count in the languages replies come in, by synonyms and as
compounds (``goal_words``: "Konferenzvortrag" is a conference talk), and a hyphenated word
by its parts ("Staff-promotie"), but not one that only describes ("staff-level examples").
Speaking at a named event is a conference talk ("ik spreek in april op Devoxx Belgium");
talking to someone is not ("the person to talk to about FX rates"), nor is an internal
talk ("minha palestra interna").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from careerlog.parsers.goal_words import GOAL_WORDS, gloss, title_words

_TOKEN = re.compile(r"[^\W_][\w'’-]*")
# (The discipline and the people in it, "the whole engineering org", "~60 engineers", are
# everywhere in a reply and name no goal, not even "Reach Staff Engineer".)
_STOP = frozenset(
    """
    a an the and or of to in on at by for with through from into their his her my our your
    its this that be become get getting better give giving reach reaching improve more new
    first do make have go q1 q2 q3 q4 h1 h2 year years
    engineering engineers developers development
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_NEW_GOAL = re.compile(r"^\s*(?:new goal|add(?:ing)? (?:a )?goal|nieuw doel|neues ziel|"
                       r"nouvel objectif|nuevo objetivo|novo objetivo|nuovo obiettivo|"
                       r"nueva meta|nova meta)\s*[:：-]\s*"
                       r"(.+?)(?:[.!?](?:\s|$)|$)", re.IGNORECASE)  # fmt: skip
_GOAL_CUE = re.compile(r"((?:[\w'’-]+\s+){0,5})(?:goal|objective)\b", re.IGNORECASE)
# The other languages put the goal's name after the word: "mi objetivo de influencia".
_GOAL_CUE_AFTER = re.compile(
    r"\b(?:objetivo|objectif|ziel|meta|doel|obiettivo)\b((?:\s+[\w'’-]+){1,5})", re.IGNORECASE
)
# _GOAL_CUE tries up to five words at every position; most text never says "goal", and
# this one quick look says so first (its lookahead holds the words' first letters).
_GOAL_WORD = re.compile(
    r"(?=[godzm])(?:goal|objective|objetivo|objectif|ziel|meta|doel|obiettivo)", re.IGNORECASE
)
# A goal named as the user's own: "a good sponsor for my Staff case", "my talk proposal".
_MY = re.compile(
    r"\b(?=[mM])(?:my|mon|ma|mes|mi|mis|meine?[mnrs]?|mijn|meu|minha|mio|mia|miei|mie)"
    r"\s+([\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.IGNORECASE,
)
_TAG = re.compile(r"(?=#)(?<![\w&])#([^\W\d_][\w-]{1,60})")  # (the "#" first: it is rare)
_LABEL = re.compile(r"^\s*(.{2,80}?)\s*(?:[:：]|\s[-–—]\s)")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(.{3,120}?)\s*$")
_STATE = re.compile(r"^\s*(?:state|gap|status)\s*:", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"^\s*(.+?)(?:[.!?](?:\s|$)|$)", re.DOTALL)
_QUOTED = re.compile(r"\bgoal\s*[\"“„«]([^\"”“»]{4,120})[\"”“»]", re.IGNORECASE)
# A hyphenated word ending in one of these describes ("staff-level", "org-wide"): its first
# part names no goal.
_DESCRIBING = frozenset({"level", "wide", "based", "like", "style", "grade", "ready", "sized"})
# "talk" the verb: talking to someone is no conference talk.
_TALK_TO = re.compile(r"\btalk(?:ed|ing|s)? (?:to|with)\b", re.IGNORECASE)
# A talk said to be internal is no external-conference talk: "minha palestra interna",
# "an internal talk", "ein interner Vortrag", "un exposé interne".
_INTERNAL_TALK = re.compile(
    r"\b(?:internal|interne[nrs]?|intern[oa]s?)\s+(?:[\w'’-]+\s+)?(?:talks?|vortr[aä]g\w*|"
    r"pr[eä]sentation\w*|presentatie\w*|palestras?|charlas?|lezing\w*|praatje|exposé|"
    r"intervent[io])\b|"
    r"\b(?:talks?|vortr[aä]g\w*|presentatie|palestras?|charlas?|lezing|praatje|exposé|"
    r"presentazione|intervento|présentation)\s+(?:intern[aoe]s?|interne[nrs]?)\b",
    re.IGNORECASE,
)
# Someone else's goal is no goal of the user's: "go through his promo self-review draft",
# "seine Beförderung", "sa promo", "sus objetivos". (Not "su": Italian "su" means "on". Nor
# the Portuguese "a promoção dele", whose owner comes after the noun.)
_THEIRS = re.compile(
    r"\b(?=[hteslzi])(?:his|her|their|seine?[nmr]?|ihre?[nmr]?|son|sa|ses|leur|leurs|sus|"
    r"seu|sua|seus|suas|zijn|hun|il suo|la sua|i suoi|le sue)"
    r" (?!(?:my|the|a|an|about|to|on|for|mein\w*|mon|ma|mes|mi|mis|meu|minha|mijn|il mio|"
    r"la mia)\b)(?:[\w-]+ (?:(?:of|de|du|da|do|di|van|zur|zum) )?)?[\w-]+",
    re.IGNORECASE,
)
# A conference by its name: "KubeCon", "SREcon", "PyConES", "JSConf" (two capitals and a
# "con" or "conf" ending, not "Falcon"), or one of the well-known names without it.
_NAMED_EVENT = re.compile(
    r"\b(?:(?=[A-Z]\w*[A-Z])[A-Z][A-Za-z]*[Cc]onf?(?:[A-Z]{2})?|Devoxx|FOSDEM|LeadDev|"
    r"DevOpsDays|PyData|BSides|DevFest|re:Invent|Monitorama)\b"
)
# Speaking at a named event, in the languages replies come in: a conference talk.
_SPEAK_AT = re.compile(
    r"\b(?=[sihfpj])(?:speak(?:ing)?|spoke|spreek|spreken|sprak|spreche|sprechen|sprach|"
    r"interviens|interviendrai|intervenir|hablo|hablaré|hablar|falo|falarei|falar|palestr\w*|"
    r"parlo|parlerò|parlare|intervengo|interverrò)"
    r"(?!\s+(?:to|with|con|com|mit|met|avec)\b)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:at|op|auf|bei|à|au|en|em|no|na|al|alla|allo)\s+"
    r"(?:(?:der|dem|la|le|el|o|il|het|de|the)\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)
def _keys(text: str, *, parts: bool = False) -> tuple[str, ...]:
    """The distinctive words of ``text``, each as the title word it stands for (``gloss``).
    ``parts``: a hyphenated word counts as its parts too ("Staff-promotie" says "staff");
    only on the reply's side, so that "cross-team" in a title is not any "team". An item's
    text is compared with several goals, and by several rules: it is read once."""
    keys: list[str] = []
    if parts and "alk" in text:  # (the quick look first: most text never says "talk")
        text = _TALK_TO.sub(" ", text)
    if parts and "ntern" in text:
        text = _INTERNAL_TALK.sub(" ", text)
    if parts:
        text = _THEIRS.sub(" ", text)
    for token in _TOKEN.findall(text):
        word = token.lower().rstrip("'’")
        if not word.isascii():
            word = _fold(word)
        if word in _STOP or word in GOAL_WORDS or word[0].isdigit():
            continue
        keys.extend(gloss(word))
        if parts and "-" in word and word.rsplit("-", 1)[1] not in _DESCRIBING:
            keys.extend(p for w in word.split("-") if w and w not in _STOP for p in gloss(w))
    if parts and _SPEAK_AT.search(text):
        keys.extend(("talk", "conference"))
    elif parts and _NAMED_EVENT.search(text):
        keys.append("conference")  # "the KubeCon travel", "budget approved for SREcon"
    return tuple(keys)


@functools.lru_cache(maxsize=256)
def _title_keys(title: str) -> tuple[tuple[str, ...], ...]:
    """A goal title's distinct words, each with the reply words that count as it
    (``title_words``)."""
    return title_words(_keys(title))


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 4


def goals_in_prompt(lines: Iterable[str]) -> list[str]:
    """Goal titles a careerlog prompt lists (quarterly ``N. title`` + ``State:``; brief quotes)."""
    found: list[str] = []
    seq = [line.strip() for line in lines]
    # Cheap looks first, most prompt lines have neither: a stripped line _NUMBERED matches
    # opens with a digit (str.isdecimal is re's \d), and _QUOTED needs "goal" in any case
    # (no other letter lowers to, or matches case-blind, one of its letters).
    for i, line in enumerate(seq):
        m = _NUMBERED.match(line) if line[:1].isdecimal() else None
        if m and i + 1 < len(seq) and _STATE.match(seq[i + 1]):
            found.append(m.group(1))
        if "goal" in line.lower():
            found.extend(q.group(1).strip() for q in _QUOTED.finditer(line))
    return found


def merge_goals(*groups: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for group in groups:
        for title in group:
            key = title.strip().lower()
            if key and key not in seen:
                seen.add(key)
                out.append(title.strip())
    return out


# A title word that counts only beside another: "lend us a hardware engineer" names no goal,
# "Staff Engineer" is two of "Reach Staff Engineer"'s words.
_WEAK_KEYS = frozenset({"engineer"})


def overlap(text: str, goals: Sequence[str], min_hits: int = 1) -> str | None:
    """The goal whose distinctive title words the text shares most (at least ``min_hits``,
    one of them not in ``_WEAK_KEYS``), if unique."""
    words = _keys(text, parts=True)
    if not words:
        return None
    # Words that are the same (``_same_word``) share their first five letters: a title word
    # whose start no reply word shares is no hit, and most are none (one set look each).
    starts = {w[:5] for w in words}
    scored = []
    for title in goals:
        keys = _title_keys(title)
        shared = [
            alts
            for alts in keys
            if any(k[:5] in starts for k in alts)
            and any(_same_word(k, w) for k in alts for w in words)
        ]
        hits = len(shared)
        if hits >= min_hits and any(not _WEAK_KEYS.issuperset(alts) for alts in shared):
            scored.append((hits / (len(keys) ** 0.5), hits, title))
    if not scored:
        return None
    scored.sort(reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None
    return scored[0][2]


def new_goal_title(text: str, goals: Sequence[str]) -> str | None:
    """``New goal: <title>`` → the existing goal it repeats, else the title as written."""
    m = _NEW_GOAL.match(text)
    if not m:
        return None
    title = m.group(1).strip()
    for existing in goals:
        if fuzz.token_sort_ratio(existing.lower(), title.lower()) >= 90:
            return existing
    return title


def new_goal_rest(text: str) -> str:
    """What follows the title of a ``New goal: <title>.`` line."""
    m = _NEW_GOAL.match(text)
    return text[m.end() :].strip() if m else text


def split_name(text: str) -> tuple[str, str]:
    """A ``goal:`` line's name for its goal, and the rest of the line.

    The name is what comes before a label separator ("Staff: …", "Talk - …"), else
    the first sentence: "goal: Reach Staff Engineer by Q3 2027. Senior now." names
    the goal "Reach Staff Engineer by Q3 2027".
    """
    if label := _LABEL.match(text):
        return label.group(1).strip(), text[label.end() :].strip()
    m = _FIRST_SENTENCE.match(text)
    if not m:
        return text.strip(), ""
    return m.group(1).strip(), text[m.end() :].strip()


def label_of(text: str) -> tuple[str, str] | None:
    """(label, rest) when the text opens with a label: "Cross-team influence - …"."""
    if label := _LABEL.match(text):
        return label.group(1).strip(), text[label.end() :].strip()
    return None


def named_goals(name: str, goals: Sequence[str], tags: Mapping[str, str]) -> list[str]:
    """The goals a short name stands for: by tag, title, or close wording.

    Close wording is every distinctive word of the name in the title ("Staff", "conference
    talk", "Mentoring") or nearly the same words in another order. More than one result
    means the name is ambiguous.
    """
    name = name.strip().strip("\"“”'«»").rstrip(".!?:：").strip()
    low = name.lower().lstrip("#")
    by_tag = {tag.lower().lstrip("#"): title for tag, title in tags.items()}
    if low in by_tag:
        return [by_tag[low]]
    for tag in _TAG.findall(name):
        if tag.lower() in by_tag:
            return [by_tag[tag.lower()]]
    exact = [title for title in goals if " ".join(title.split()).lower() == " ".join(low.split())]
    if exact:
        return exact[:1]
    words = _keys(name)
    found = []
    for title in goals:
        keys = [k for alts in _title_keys(title) for k in alts]
        every_word = bool(words) and all(any(_same_word(w, k) for k in keys) for w in words)
        if every_word or fuzz.token_sort_ratio(title.lower(), low) >= 90:
            found.append(title)
    return found


def link_goal(
    text: str, goals: Sequence[str], *, explicit_only: bool, min_hits: int = 1
) -> str | None:
    """The goal an item refers to.

    ``explicit_only`` (evidence, relationships) needs a tag, the word "goal" next to the
    goal's name, or "my" before it ("my Staff case"); goal updates may name it loosely
    ("Conference talk - …", "Staff promo: …").
    ``min_hits``: how many of a goal's title words loose wording must share with it.
    """
    for tag in _TAG.findall(text):
        if found := overlap(tag.replace("-", " ").replace("_", " "), goals):
            return found
    if explicit_only:
        if _GOAL_WORD.search(text):
            for m in [*_GOAL_CUE.finditer(text), *_GOAL_CUE_AFTER.finditer(text)]:
                if found := overlap(m.group(1), goals):
                    return found
        for m in _MY.finditer(text):
            if found := overlap(m.group(1), goals):
                return found
        return None
    if (label := _LABEL.match(text)) and (found := overlap(label.group(1), goals, min_hits)):
        return found
    return overlap(text, goals, min_hits)
