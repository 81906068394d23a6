"""Write careerlog/parsers/given_names_world.py: given names from Faker's person providers.

The hand-chosen GIVEN_NAMES misses ordinary names writers use ("Florencia", "Catalina",
"Freja", "Garrett"); Faker keeps long first-name lists for many locales. This script reads
every list written in Latin letters (and the romanized lists of locales written otherwise),
folds each name as people.fold does, and leaves out what would make a product, a team or a
word read as a person: names of one or two letters, names careerlog already treats as words
or things, words the system dictionaries write in lower case (see DICTIONARIES), and the
names in CHECKED_WORDS.

Faker is a development tool only, never a runtime dependency. Run it from a throwaway venv
that has faker and rapidfuzz (people.py needs it), from the repository's root:

    python3 -m venv /tmp/fakervenv && /tmp/fakervenv/bin/pip install faker rapidfuzz
    PYTHONPATH=. /tmp/fakervenv/bin/python scripts/build_given_names.py
    PYTHONPATH=. /tmp/fakervenv/bin/python scripts/build_given_names.py --check

``--check`` writes nothing: it prints the names that would be added and that stand
capitalised in the labelled replies' tune part or the samples without being anyone's name
there, for a person to judge and, if they are things, add to CHECKED_WORDS.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import faker
from faker.providers import person

from careerlog.parsers import given_names
from careerlog.parsers.people import _NOT_NAMES, fold

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "careerlog" / "parsers" / "given_names_world.py"
# The system word lists, with the language of Faker's locales each is written in. A
# capitalised entry is a proper noun, a lower-case one a word; but most of these lists write
# given names in lower case too (the French and Spanish ones have no capitals at all), so a
# lower-case entry that Faker gives as a name of the list's own language, Spanish
# "florencia" or Dutch "wouter", is not taken for a word. An English word always is: English
# words open the names of products and titles ("Destiny Dashboard") in every language.
DICTIONARIES = {
    Path("/usr/share/dict") / name: language
    for name, language in (
        ("american-english", None),
        ("ngerman", "de"),
        ("french", "fr"),
        ("spanish", "es"),
        ("portuguese", "pt"),
        ("italian", "it"),
        ("dutch", "nl"),
    )
}
REPLIES = ROOT / "tests" / "fixtures" / "prose" / "replies.json"
SAMPLES = ROOT / "careerlog" / "demo" / "replies"  # what each gives: tests/fixtures/replies
EXPECTED = ROOT / "tests" / "fixtures" / "replies"

# Names in Faker's lists that a reader takes for a tool, a product, a place or an everyday
# word before a person, found with --check and by reading the candidates beside the system
# dictionaries' proper nouns; other rules already leave out "Delta", "Aurora" and "Atlas".
CHECKED_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads better as text)
        # tools, products, brands and fonts: "Athena Queries", "Alexa Skills", "Dev Portal"
        """
        alexa siri athena watson mimir ashby haskell cambria siem mercedes porsche lexus armani
        stetson hoover hilton dev exa geo indy
        """
        # places: "Memphis Warehouse", "Columbia Sportswear", "Basel Accords", "Hong Kong"
        """
        memphis france america francia basel hong alabama arizona atlanta texas tennessee
        melbourne richmond essex hampton columbus cleveland raleigh lafayette houston denver
        venice washington geneva arlington albion avon columbia dijon erie etna goa louisiana
        missouri oman oneida shasta shawnee holland ireland kingston fremont mansfield torrance
        trenton dayton nile
        """
        # words of a language, a calendar or a faith, a god, a planet or a ruler more than a
        # colleague, and abbreviations: "Easter Freeze", "German Market", "Danish Krone", "Saal"
        # (German, a hall), "Royal Albert Hall"
        """
        easter muslim danish german gregorian georgian philippine gallego saal salud amico
        dossie isis uranus taurus lenin saddam maj albert
        """
    ).split()
)

_DEPRECATED = {"fr_QC"}  # Faker's own copy of fr_CA, which warns when imported
# Faker's lists of first names: all of them, in whichever script, female and male, common
# and by religion; the kana lists and the name pairs repeat the others in other scripts.
_FIRST_NAME_LIST = re.compile(r"first_(?:romanized_)?names(?:_\w+)?$")


def _latin(name: str) -> bool:
    """Is ``name`` written in Latin letters (with accents, hyphens and apostrophes: Kenyan
    "Ng'ang'a")?"""
    return all(
        c in "-'" or unicodedata.combining(c) or "LATIN" in unicodedata.name(c, "") for c in name
    )


def faker_names() -> tuple[dict[str, set[str]], list[str]]:
    """Each folded Latin-letter given name with the locales it comes from, and the locales."""
    found: dict[str, set[str]] = {}
    locales: list[str] = []
    for module in pkgutil.iter_modules(person.__path__):
        if not module.ispkg or module.name in _DEPRECATED:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider(
            faker.Generator()
        )
        took = False
        for attr in dir(provider):
            if not _FIRST_NAME_LIST.match(attr):
                continue
            for name in _words(getattr(provider, attr)):
                if _latin(name):
                    found.setdefault(fold(name), set()).add(module.name)
                    took = True
        if took:
            locales.append(module.name)
    return found, locales


def _words(names: Iterable[str]) -> Iterable[str]:
    """The single names of a list: "María José" gives both."""
    for name in names:
        yield from name.split()


def dictionary_words() -> dict[str, set[str | None]]:
    """Folded lower-case entries of the system word lists, with the languages listing them."""
    words: dict[str, set[str | None]] = {}
    for path, language in DICTIONARIES.items():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            word = line.strip()
            if word and word.islower():
                words.setdefault(fold(word), set()).add(language)
    return words


def _a_word(name: str, locales: set[str], dictionary: dict[str, set[str | None]]) -> bool:
    """Is ``name`` a word in a list that does not give it as a name of its own language?"""
    languages = {locale.partition("_")[0] for locale in locales}
    return any(
        language is None or language not in languages for language in dictionary.get(name, ())
    )


def why_left_out(
    name: str, locales: set[str], dictionary: dict[str, set[str | None]]
) -> str | None:
    """The rule that leaves ``name`` out, or None if it is added."""
    careerlog_words = (
        given_names.NOT_PEOPLE
        | given_names.PRODUCT_WORDS
        | given_names.WORD_NAMES
        | given_names.LOWER_WORDS
        | given_names.WORD_NICKNAMES
        | _NOT_NAMES
    )
    if len(name) <= 2:
        return "one or two letters"
    if name in careerlog_words:
        return "careerlog's word lists"
    if _a_word(name, locales, dictionary):
        return "dictionary word"
    if name in CHECKED_WORDS:
        return "checked: a tool, product or place"
    return None


def capitalised_non_names(names: set[str]) -> Counter[str]:
    """Of ``names``, those that open a capitalised word in the tune replies or the samples
    without standing in the name of anyone labelled there, with how often."""
    texts: list[tuple[str, list[str]]] = []
    doc = json.loads(REPLIES.read_text(encoding="utf-8"))
    for reply in doc["replies"]:
        if reply["part"] == "tune":  # never the held-out part
            people = [p for e in reply["entries"] for p in e["people"]]
            texts.append((reply["body"], people))
    for eml in sorted(SAMPLES.glob("*.eml")):
        labels = EXPECTED / f"{eml.stem}.json"
        if not labels.exists():  # a demo reply that is not one of the labelled samples
            continue
        expected = json.loads(labels.read_text(encoding="utf-8"))
        people = [p for e in expected["entries"] for p in e.get("people", [])]
        texts.append((eml.read_text(encoding="utf-8", errors="replace"), people))
    seen: Counter[str] = Counter()
    for text, people in texts:
        named = {fold(w) for p in people for w in p.split()}
        for word in re.findall(r"\b[A-Z][^\W\d_]+", text):
            folded = fold(word)
            if folded in names and folded not in named:
                seen[folded] += 1
    return seen


def module_text(names: list[str], locales: list[str]) -> str:
    """The generated module: a docstring saying where the names come from, and the set."""
    body = textwrap.fill(
        " ".join(names),
        width=88,
        initial_indent="    ",
        subsequent_indent="    ",
        break_on_hyphens=False,  # "yu-ting" is one name
    )
    where = textwrap.fill(", ".join(locales) + ".", width=92)
    return (
        f'"""Given names from Faker {faker.VERSION}\'s person providers, '
        "folded as people.fold does.\n"
        "\n"
        "Generated by scripts/build_given_names.py (its docstring says how to run it); do not\n"
        "edit by hand. Names written in Latin letters, and the romanized lists, of the locales\n"
        f"{where}\n"
        "Left out: names of one or two letters, names careerlog's lists treat as words or things,\n"
        "words of the system dictionaries (not the names a language's list writes in lower\n"
        "case), and names read as tools, products or places (the script's CHECKED_WORDS).\n"
        '"""\n'
        "\n"
        "WORLD_GIVEN_NAMES = frozenset(\n"
        '    """\n'
        f"{body}\n"
        '    """.split()  # noqa: SIM905 (a word list reads better as text)\n'
        ")\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="print candidates, write nothing")
    args = parser.parse_args()
    found, locales = faker_names()
    dictionary = dictionary_words()
    kept: list[str] = []
    left_out: Counter[str] = Counter()
    for name in sorted(found):
        reason = why_left_out(name, found[name], dictionary)
        if reason is None:
            kept.append(name)
        else:
            left_out[reason] += 1
    if args.check:
        for name, count in capitalised_non_names(set(kept)).most_common():
            print(f"{name}\t{count}\t{','.join(sorted(found[name]))}")
        return
    OUTPUT.write_text(module_text(kept, locales), encoding="utf-8")
    print(f"{len(found)} names from {len(locales)} locales; {len(kept)} written to {OUTPUT}")
    for reason, count in left_out.most_common():
        print(f"  left out, {reason}: {count}")


if __name__ == "__main__":
    main()
