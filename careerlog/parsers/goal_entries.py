"""Which goal a goal entry is about, and what it says about it.

In order: "New goal: <title>"; an answer under a goal the prompt listed; a ``goal:``
line naming its goal by title, tag or close wording (in a quarterly reply, a line that
names no known goal creates it; one that names two asks which); a first line that is only
a goal's name, top-posted ("1. Reach Staff Engineer" / "Achieved!"); a label at the start
("Staff: …", "Conference talk - …"); the wording of the whole answer.

:func:`goal_change` says what storing the entry would do to its goal, so ``careerlog
parse`` shows it before the reply is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from careerlog.parsers.goal_answers import read_fields, split_at_fields, starts_with_field
from careerlog.parsers.goals import (
    label_of,
    link_goal,
    named_goals,
    new_goal_rest,
    new_goal_title,
    split_name,
)
from careerlog.parsers.items import Item
from careerlog.parsers.kind_labels import explicit_prefix
from careerlog.parsers.model import GoalAnswer, GoalStatus, ParsedEntry

_WORD = re.compile(r"[^\W\d_]{2,}")  # a goal title needs a word, not "..." or "<>"


def _answer(source: str, *, new: bool = False, candidates: tuple[str, ...] = ()) -> GoalAnswer:
    fields = read_fields(source)
    return GoalAnswer(
        current_state=fields.current_state,
        gap=fields.gap,
        actions=fields.actions,
        motivation=fields.motivation,
        status=fields.status,
        new=new,
        candidates=candidates,
    )


def _name_line(item: Item, body: str) -> tuple[str, str]:
    """The name a ``goal:`` line gives its goal, and the rest of the answer.

    A title on a line of its own ends with the line ("goal: migration" / "Done."),
    else at a label separator or the first sentence end.
    """
    head, fields = split_at_fields(body)
    name, rest = split_name(head)
    line = explicit_prefix(split_at_fields(item.first_line)[0])[1].strip()
    if line and head.startswith(line):
        name, rest = split_name(line)[0], head[len(line) :].strip()
    return name, f"{rest} {fields}"


def _name_alone(item: Item, body: str) -> tuple[str, str] | None:
    """(first line, the answer after it) when the item opens with a line of its own.

    A top-posted answer names its goal on one line and answers on the next; read as one
    sentence, "Reach Staff Engineer by Q3 2027 Achieved!" would keep the title in the
    state and hide the closing word. An item of one line is all name and no answer. A
    list number ("1.") is gone with the bullet, or is no word of the name.
    """
    first = item.first_line or item.text
    if not body.startswith(first):
        return None  # the body lost a prefix or a remark at its start: not this shape
    return first, body[len(first) :].strip()


def goal_of(
    item: Item,
    body: str,
    *,
    prefix_goal: bool,
    heading_goal: str | None,
    goals: Sequence[str],
    tags: Mapping[str, str],
    creates: bool,
) -> tuple[str | None, GoalAnswer]:
    """The goal a goal item is about (title, or None) and its answer; see the module doc.

    ``body`` is the item's text without its prefix; ``prefix_goal`` says the user typed
    ``goal:``; ``heading_goal`` is the goal the prompt listed above an inline answer;
    ``creates`` lets a ``goal:`` line naming no known goal create it (quarterly replies).
    """
    source = item.text if starts_with_field(item.text) else body
    head, fields = split_at_fields(item.text)
    if title := new_goal_title(head, goals):
        return title, _answer(f"{new_goal_rest(head)} {fields}", new=title not in goals)
    if heading_goal:
        return heading_goal, _answer(source)
    if prefix_goal and not starts_with_field(item.text):
        name, rest = _name_line(item, body)
        matches = named_goals(name, goals, tags)
        if len(matches) == 1:
            return matches[0], _answer(rest)
        if len(matches) > 1:
            return None, _answer(rest, candidates=tuple(matches))
        if creates and _WORD.search(name):
            return name, _answer(rest, new=True)
    elif (alone := _name_alone(item, body)) and (matches := named_goals(alone[0], goals, tags)):
        if len(matches) > 1:
            return None, _answer(alone[1], candidates=tuple(matches))
        return matches[0], _answer(alone[1])
    elif labelled := label_of(body):
        matches = named_goals(labelled[0], goals, tags)
        if len(matches) > 1:
            return None, _answer(labelled[1], candidates=tuple(matches))
        if len(matches) == 1:
            return matches[0], _answer(labelled[1])
    return link_goal(body, goals, explicit_only=False), _answer(source)


def with_fields(answer: GoalAnswer | None, line: str) -> GoalAnswer:
    """The answer with a following "Gap: …" / "Next: …" line's parts added."""
    answer = answer or GoalAnswer()
    more = read_fields(line)

    def both(old: str | None, new: str | None) -> str | None:
        return " ".join(p for p in (old, new) if p) or None

    return replace(
        answer,
        current_state=both(answer.current_state, more.current_state),
        gap=both(answer.gap, more.gap),
        actions=both(answer.actions, more.actions),
        motivation=both(answer.motivation, more.motivation),
        status=answer.status or more.status,
    )


# An answer's fields, and the word the confirmation mail uses for each.
_FIELD_NAMES = (
    ("current_state", "state"),
    ("gap", "gap"),
    ("actions", "next"),
    ("motivation", "why"),
)
GoalAction = Literal["create", "update", "mention", "ambiguous", "none"]


@dataclass(frozen=True)
class GoalChange:
    """What storing a goal entry does to its goal (as ``store.entries`` applies it).

    ``create`` and ``update`` set ``fields`` and may close the goal (``status``);
    ``mention`` names a goal and changes nothing; ``ambiguous`` could mean any of
    ``candidates`` and changes none; ``none`` names no goal careerlog knows.
    """

    action: GoalAction
    fields: tuple[str, ...] = ()
    status: GoalStatus | None = None
    candidates: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "fields": list(self.fields),
            "status": self.status,
            "candidates": list(self.candidates),
        }

    def words(self) -> str:
        """In the confirmation's words: "update (state, gap), mark done", "new goal (why)"."""
        if self.action == "ambiguous":
            names = " or ".join(f"“{c}”" for c in self.candidates)
            return f"which goal? {names}: changes neither"
        if self.action == "none":
            return "names no goal careerlog knows: changes nothing"
        fields = ", ".join(dict(_FIELD_NAMES)[name] for name in self.fields)
        parts = []
        if self.action == "create":
            parts.append(f"new goal ({fields})" if fields else "new goal")
        elif fields:
            parts.append(f"update ({fields})")
        if self.status:
            parts.append("mark done" if self.status == "done" else "drop")
        return ", ".join(parts) or "changes nothing"


def goal_change(entry: ParsedEntry) -> GoalChange | None:
    """What the entry would do to a goal; ``None`` for entries that are no goal answer."""
    if entry.kind != "goal":
        return None
    answer = entry.goal_answer or GoalAnswer(current_state=entry.text)
    if len(answer.candidates) > 1:
        return GoalChange("ambiguous", candidates=answer.candidates)
    if entry.goal is None:
        return GoalChange("none")
    fields = tuple(name for name, _ in _FIELD_NAMES if getattr(answer, name))
    if answer.new:
        return GoalChange("create", fields, answer.status)
    if fields or answer.status:
        return GoalChange("update", fields, answer.status)
    return GoalChange("mention")
