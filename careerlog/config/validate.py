"""Check a parsed TOML document against the schema.

Every problem is collected (not just the first), each naming the file, the
line, the key and the fix, so one run of ``careerlog doctor`` lists them all.
"""

from __future__ import annotations

import difflib
import ipaddress
import shlex
from typing import Any

from careerlog.config.checks import CHECKS
from careerlog.config.locate import Place, locate
from careerlog.config.schema import SECRET_KEYS, SECTIONS, Option, Section

_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "list": (list,),
    "command": (list, str),
}
_TYPE_WORDS = {
    "str": "a string in quotes",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "list": 'a list of strings, e.g. ["a", "b"]',
    "command": 'a command as a list of strings ["pass", "show", "x"] or a string',
}
# Values never repeated in an error: secrets, and calendar URLs (a published
# calendar's URL is its password). A wrong type names the key and the type only.
_UNPRINTABLE = (*SECRET_KEYS, "url")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Validator:
    """Walks the document and fills in defaults; ``problems`` collects errors."""

    def __init__(self, text: str, filename: str) -> None:
        self.places = locate(text)
        self.filename = filename
        self.problems: list[str] = []

    def where(self, section: str, index: int | None, key: str = "") -> str:
        line = self.places.get((section, index, key)) or self.places.get((section, index, ""))
        label = f"[{section}]" if index is None else f"[[{section}]] #{index + 1}"
        at = f"{self.filename}, line {line}" if line else self.filename
        return f"{at}: {' '.join(part for part in (label if section else '', key) if part)}"

    def problem(self, place: Place, text: str) -> None:
        self.problems.append(f"{self.where(*place)}: {text}")

    def document(self, data: dict[str, Any]) -> dict[str, Any]:
        """Return ``{section name: values or list of values}`` with defaults filled."""
        flat: dict[str, Any] = {}
        self._collect(data, "", flat)
        result: dict[str, Any] = {}
        for name, value in flat.items():
            section = SECTIONS[name]
            if section.array:
                if not isinstance(value, list):
                    self.problem((name, None, ""), f"write it as [[{name}]], one table per source")
                    continue
                result[name] = [self.table(section, item, i) for i, item in enumerate(value)]
            else:
                result[name] = self.table(section, value, None)
        return result

    def _collect(self, data: dict[str, Any], prefix: str, flat: dict[str, Any]) -> None:
        for key, value in data.items():
            name = f"{prefix}.{key}" if prefix else key
            if name in SECTIONS:
                known = SECTIONS[name]
                if isinstance(value, dict) and not known.array:
                    # A table inside a table ([mail.imapp]) is a sub-table, known or not.
                    sub = {k: v for k, v in value.items() if f"{name}.{k}" in SECTIONS}
                    own = {k: v for k, v in value.items() if f"{name}.{k}" not in SECTIONS}
                    strays = [k for k, v in own.items() if _is_table(v)]
                    for k in [k for k in strays if known.option(k) is None]:
                        self._unknown_table(f"{name}.{k}", array=isinstance(own.pop(k), list))
                    flat[name] = own
                    self._collect(sub, name, flat)
                else:
                    flat[name] = value
            elif isinstance(value, dict) and any(s.startswith(name + ".") for s in SECTIONS):
                self._collect(value, name, flat)
            else:
                self._unknown(prefix, name, key, value)

    def _unknown(self, prefix: str, name: str, key: str, value: Any) -> None:
        if not prefix and not _is_table(value):
            self.problem(("", None, key), "keys belong in a table such as [user]")
            return
        if not prefix or _is_table(value):
            self._unknown_table(name, array=isinstance(value, list))
            return
        self.problem((prefix, None, key), "unknown key")

    def _unknown_table(self, name: str, array: bool = False) -> None:
        """An unknown ``[name]`` (or ``[[name]]``): its line and the table most like it."""
        hint = difflib.get_close_matches(name, list(SECTIONS), n=1)
        fix = (
            f"did you mean {_header(hint[0])}?" if hint else f"known tables: {', '.join(SECTIONS)}"
        )
        label = f"[[{name}]]" if array else f"[{name}]"
        line = self.places.get((name, 0 if array else None, ""))
        at = f"{self.filename}, line {line}" if line else self.filename
        self.problems.append(f"{at}: {label}: unknown table; {fix}")

    def table(self, section: Section, values: Any, index: int | None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if not isinstance(values, dict):
            self.problem((section.name, index, ""), "must be a table")
            return out
        # the tables inside this one ([mail.imap] in [mail]) are among what a key may mean
        tables = {n.rpartition(".")[2]: n for n in SECTIONS if n.rpartition(".")[0] == section.name}
        names = [o.key for o in section.options] + list(tables)
        for key in values:
            if section.option(key) is None:
                hint = difflib.get_close_matches(key, names, n=1)
                if hint:
                    meant = _header(tables[hint[0]]) if hint[0] in tables else repr(hint[0])
                    fix = f"did you mean {meant}?"
                else:
                    fix = f"known keys: {', '.join(names)}"
                self.problem((section.name, index, key), f"unknown key; {fix}")
        for option in section.options:
            out[option.key] = self.value(section, option, values, index)
        return out

    def value(
        self, section: Section, option: Option, values: dict[str, Any], index: int | None
    ) -> Any:
        place = (section.name, index, option.key)
        if option.key not in values:
            if option.required:
                self.problem(place, f"is required: {option.help}")
            return option.default
        value: Any = values[option.key]
        if not _has_type(value, option.kind):
            shown = "" if option.key in _UNPRINTABLE else f", not {value!r}"
            self.problem(place, f"must be {_TYPE_WORDS[option.kind]}{shown}")
            return option.default
        if option.kind in ("list", "command") and not _all_strings(value):
            # The elements are never shown: a password typed as [12345678] is still one.
            self.problem(place, f"must be {_TYPE_WORDS[option.kind]}")
            return option.default
        if option.kind == "command":
            value = _command(value)
            if not value:
                self.problem(place, "is empty; give the command to run")
                return None
        if option.choices and value not in option.choices:
            hint = difflib.get_close_matches(str(value), option.choices, n=1)
            fix = f"did you mean {hint[0]!r}? " if hint else ""
            self.problem(
                place, f"{value!r} is not allowed; {fix}choose one of: {', '.join(option.choices)}"
            )
            return option.default
        if option.bounds() and not _within(value, option):
            self.problem(place, f"{value} is out of range; give a number {option.bounds()}")
            return option.default
        if option.check:
            problem = CHECKS[option.check](value)
            if problem:
                self.problem(place, problem)
        return value


def _is_table(value: Any) -> bool:
    """A TOML table, or an array of tables (``[[name]]``)."""
    return isinstance(value, dict) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
    )


def _header(name: str) -> str:
    return f"[[{name}]]" if SECTIONS[name].array else f"[{name}]"


def _within(value: float, option: Option) -> bool:
    return (option.low is None or value >= option.low) and (
        option.high is None or value <= option.high
    )


def _has_type(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("int", "float"):
        return False
    return isinstance(value, _TYPES[kind])


def _all_strings(value: str | list[Any]) -> bool:
    return isinstance(value, str) or all(isinstance(v, str) for v in value)


def _command(value: str | list[str]) -> list[str]:
    if isinstance(value, str):
        return shlex.split(value)
    return list(value)
