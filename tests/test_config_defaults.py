"""Each option is defined once: its default lives in the schema and nowhere else.

Three checks, each failing on a default written a second time: the model's dataclasses
declare no defaults; a file that sets only what is required yields every schema default
on the model (and every model field is an option or a value worked out from them); and
no function or class in careerlog gives a parameter named after an option that option's
default.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import inspect
from pathlib import Path
from typing import Any

import pytest

from careerlog.config import model, parse_config
from careerlog.config.build import typed
from careerlog.config.model import Config
from careerlog.config.schema import DEFAULT_PORTS, SCHEMA, Option

PACKAGE = Path(__file__).resolve().parents[1] / "careerlog"

#: Config fields holding a table whose name differs from the field's.
TABLE_FIELDS = {"mail.imap": "imap", "mail.smtp": "smtp", "calendar.sources": "calendars"}
#: Model fields that are not options: where a value came from, and the secret's parts.
NOT_OPTIONS = {"section", "index", "credentials", "env_var"}
#: Parameter names feature code uses for an option whose key would be ambiguous there.
ALIASES = {"secret_timeout": "command_timeout"}


def _model_classes() -> list[type]:
    return [
        cls
        for _, cls in inspect.getmembers(model, inspect.isclass)
        if dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
    ]


def test_the_model_declares_no_defaults() -> None:
    written = [
        f"{cls.__name__}.{f.name}"
        for cls in _model_classes()
        for f in dataclasses.fields(cls)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    ]
    assert written == [], "defaults belong in config/schema.py; the loader fills every field"


def _table(config: Config, section: str) -> Any:
    value = getattr(config, TABLE_FIELDS.get(section, section))
    return value[0] if section == "calendar.sources" else value


def _on_model(table: Any, key: str) -> Any:
    if hasattr(table, key):
        return getattr(table, key)
    return getattr(table.credentials, key)


def test_a_file_with_only_what_is_required_gets_every_schema_default(home: Path) -> None:
    calendar = home / "work.ics"
    calendar.write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n")
    config = parse_config(
        '[user]\nname = "Ada Lovelace"\nemail = "ada@example.com"\n'
        '[mail.imap]\nhost = "imap.example.com"\n'
        '[mail.smtp]\nhost = "smtp.example.com"\n'
        f'[[calendar.sources]]\nkind = "ics-file"\npath = "{calendar}"\n'
    )
    given = {("calendar.sources", "path")}
    data = home / "data" / "careerlog"
    # options stored resolved: what the docs say an unset one means
    worked_out = {
        ("store", "path"): data / "careerlog.db",
        ("mail", "inbox"): "imap",
        ("mail", "outbox"): "smtp",
        ("mail", "maildir_inbox"): data / "Maildir",
        ("mail", "maildir_outbox"): data / "Maildir",
        ("mail.imap", "port"): DEFAULT_PORTS["mail.imap"]["tls"],
        ("mail.smtp", "port"): DEFAULT_PORTS["mail.smtp"]["tls"],
        ("mail.imap", "username"): "ada@example.com",
        ("mail.smtp", "username"): "ada@example.com",
        ("calendar.sources", "username"): "ada@example.com",
    }
    checked = 0
    for section in SCHEMA:
        table = _table(config, section.name)
        for option in section.options:
            if option.required or (section.name, option.key) in given:
                continue
            expected = worked_out.get((section.name, option.key), typed(option, option.default))
            assert _on_model(table, option.key) == expected, f"[{section.name}] {option.key}"
            checked += 1
        options = {o.key for o in section.options}
        fields = {f.name for f in dataclasses.fields(table)}
        assert fields - options <= NOT_OPTIONS, f"[{section.name}] holds more than its options"
    assert checked > 50


def _constants(tree: ast.Module) -> dict[str, Any]:
    """Module-level ``NAME = literal`` assignments, so ``limit: int = LIMIT`` is seen."""
    found: dict[str, Any] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            with contextlib.suppress(ValueError):  # not a literal: not a default to compare
                found[target.id] = ast.literal_eval(value)
    return found


def _defaults(tree: ast.Module) -> list[tuple[str, ast.expr, int]]:
    """(name, default) of every parameter and every class-level field with a default."""
    pairs: list[tuple[str, ast.expr, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            positional = [*args.posonlyargs, *args.args]
            with_default = positional[len(positional) - len(args.defaults) :]
            for arg, default in zip(with_default, args.defaults, strict=True):
                pairs.append((arg.arg, default, node.lineno))
            for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
                if kw_default is not None:
                    pairs.append((arg.arg, kw_default, node.lineno))
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if (
                    isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and item.value is not None
                ):
                    pairs.append((item.target.id, item.value, item.lineno))
    return pairs


def _value(expr: ast.expr, constants: dict[str, Any]) -> Any:
    if isinstance(expr, ast.Name):
        return constants.get(expr.id, expr)
    try:
        return ast.literal_eval(expr)
    except ValueError:
        return expr


def _same(written: Any, option: Option) -> bool:
    if option.default is None or type(written) is not type(option.default):
        return option.kind == "float" and type(written) is int and written == option.default
    return bool(typed(option, option.default) == typed(option, written))


def duplicated_defaults(root: Path) -> list[str]:
    """``file:line name = value`` for each default in ``root`` that repeats an option's."""
    by_key: dict[str, list[Option]] = {}
    for section in SCHEMA:
        for option in section.options:
            by_key.setdefault(option.key, []).append(option)
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.parent.name == "config":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for name, expr, line in _defaults(tree):
            written = _value(expr, constants)
            for option in by_key.get(ALIASES.get(name, name), []):
                if _same(written, option):
                    where = path.relative_to(root.parent)
                    found.append(f"{where}:{line} {name} = {written!r}")
    return found


def test_no_code_outside_the_config_repeats_an_option_default() -> None:
    assert duplicated_defaults(PACKAGE) == [], "take the value from Config instead"


def test_the_scan_sees_a_repeated_default(tmp_path: Path) -> None:
    """The check above can fail: both spellings of a second default are found."""
    package = tmp_path / "careerlog"
    package.mkdir()
    (package / "feature.py").write_text(
        "MAX_MEETING_SIZE = 50\n"
        "def suggest(max_meeting_size: int = MAX_MEETING_SIZE) -> None: ...\n"
        "class Lead:\n    evening_hour: int = 17\n"
        "def connect(secret_timeout: float = 30.0) -> None: ...\n"
        "def fine(evening_hour: int = 18, folder: str | None = None) -> None: ...\n"
    )
    assert duplicated_defaults(package) == [
        "careerlog/feature.py:2 max_meeting_size = 50",
        "careerlog/feature.py:4 evening_hour = 17",
        "careerlog/feature.py:5 secret_timeout = 30.0",
    ]


@pytest.mark.parametrize("section", [s for s in SCHEMA if not s.array], ids=lambda s: s.name)
def test_each_table_has_one_config_field(section: Any) -> None:
    assert TABLE_FIELDS.get(section.name, section.name) in {
        f.name for f in dataclasses.fields(Config)
    }
