"""Fill a config dataclass from a validated table, field by field, by name.

Validation leaves every option of a section in its table (the schema's default
where the file has none), so a dataclass field named after an option takes its
value from there and the model never needs a default of its own.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

from careerlog.config.schema import Option, Section

T = TypeVar("T")


def typed(option: Option, value: Any) -> Any:
    """The validated value in the model's type: lists become tuples, numbers of a
    ``float`` option floats (TOML writes ``timeout = 30`` as an integer)."""
    if value is None:
        return None
    if option.kind == "float":
        return float(value)
    if option.kind in ("list", "command"):
        return tuple(value)
    return value


def from_table(cls: type[T], section: Section, values: dict[str, Any], /, **worked_out: Any) -> T:
    """``cls`` with each field named after an option of ``section`` set from ``values``.

    ``worked_out`` gives the fields that are not plain options (or are stored resolved,
    like a path made absolute); it wins over the table.
    """
    kwargs: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        option = section.option(f.name)
        if f.name in worked_out:
            kwargs[f.name] = worked_out[f.name]
        elif option is not None:
            kwargs[f.name] = typed(option, values[f.name])
    return cls(**kwargs)
