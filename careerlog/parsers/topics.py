"""A topic said at a sentence's start: "People-wise, …", "On the Staff side …", "As for X, …".

Writers turn to a topic before they say anything of it, in every language replies come in.
One table of those turns serves two readers: the kind a topic sets ("People-wise, …" is
about someone: ``kind_labels``), and that a sentence turning to a topic opens a new point
(``openers``). Most turns end at a comma after the topic; a few close on their own words
("On the Staff side she still wants …", "Was Leute angeht").
"""

from __future__ import annotations

import re

# How a turn to a topic is said, "{w}" standing for the topic's words.
_CLOSED = (
    r"on the {w} (?:side|front)",
    r"as far as {w} goes",
    r"was (?:die )?{w} angeht",
    r"wat (?:de |het )?{w} betreft",
)
_BEFORE_COMMA = (
    r"{w}[- ]wise",
    r"as (?:for|to) (?:the )?{w}",
    r"in terms of {w}",
    r"côté {w}",
    r"en cuanto a (?:las? |los )?{w}",
    r"(?:del|por el) lado de (?:las? |los )?{w}",
    r"quanto (?:a|às|aos) {w}",
    r"do lado d[aeo]s? {w}",
    r"em termos de {w}",
    r"in sachen {w}",
    r"qua {w}",
    r"per quanto riguarda (?:le |i |gli |la |il )?{w}",
    r"lato {w}",
    r"sul fronte (?:\w+ )?{w}",
    r"quant (?:à|aux) (?:la |le |l['’])?{w}",
    r"pour ce qui est d[eu]s? (?:la |l['’])?{w}",
)


def _turns(words: str) -> str:
    """The turns, each with ``words`` for the topic, ending where the topic's turn ends."""
    closed = "|".join(form.format(w=words) for form in _CLOSED)
    before_comma = "|".join(form.format(w=words) for form in _BEFORE_COMMA)
    return rf"(?i:{closed}|(?:{before_comma})\s*,)"


# A topic of one word, as a label's kind reads it ("People-wise, …", "Côté relations, …").
TOPIC = re.compile(r"^\W*" + _turns(r"[^\W\d_]+"))
# A topic of up to two words, turned to as a sentence opens ("On the Staff side …").
OPENS_TOPIC = re.compile(_turns(r"[\w-]+(?: [\w-]+)?"))
