"""careerlog's layers hold (issue 19), read from the source with ``ast``.

* the cadence prompts (``careerlog.prompts``) are a job the service and the commands
  run, not a library: everyone else sends mail through ``careerlog.mail`` (compose,
  render) and ``careerlog.outbox`` (record, queue);
* no two subpackages import each other, however indirectly, also from inside a
  function (only ``if TYPE_CHECKING:`` imports do not count: they never run);
* only ``careerlog/store`` speaks SQL; everyone else calls a named function there;
* every table has one owner module in ``careerlog/store``: only it writes the table,
  and no module outside the store names it, so the exactly-once rules and the
  columns have one place (other store modules may read it in a join).

Each check is a function over a source tree, run on careerlog's own and on a small
bad tree, so each can be seen to fail.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import careerlog

SOURCE = Path(careerlog.__file__).parent
MAY_IMPORT_PROMPTS = ("daemon", "commands", "prompts")
#: every table of the schema, and the store module that owns it
TABLE_OWNERS = {
    "entries": "store.entries",
    "prompts": "store.prompts",
    "outbox": "store.outbox",
    "mailbox_state": "store.mailboxes",
    "maildir_seen": "store.mailboxes",
    "settings": "store.mailboxes",
    "relationship_notes": "store.briefs",
    "surfaced": "store.briefs",
    "skill_links_rejected": "store.skill_links",
    "entry_edits": "store.entries",
    "goals": "store.goals",
    "goal_updates": "store.goals",
    "entry_goals": "store.goals",
    "calendar_objects": "store.calendar_sources",
    "calendar_sync": "store.calendar_sources",
    "calendar_events": "store.calendar_events",
    "interactions": "store.interactions",
    "people": "store.people",
    "entry_people": "store.entries",
    "inbound_messages": "store.inbound",
    "quarantine": "store.quarantine",
    "health": "store.health",
}
#: creates the tables and moves old rows to new columns: append-only history, exempt
SCHEMA = "store.migrations"
#: what running SQL from Python looks like (sqlite-utils or sqlite3)
SQL_CALLS = {"execute", "executemany", "executescript", "query", "table", "rows_where"}


@dataclass(frozen=True)
class Import:
    importer: str  # dotted module name, e.g. careerlog.briefs.due
    imported: str
    line: int

    def __str__(self) -> str:
        return f"{self.importer}:{self.line} imports {self.imported}"


@cache
def _modules(root: Path) -> tuple[tuple[str, Path, ast.Module], ...]:
    """(dotted name, path, tree) of every module under the package folder ``root``.

    Parsed once per tree: the checks read the same source two dozen times.
    """
    found = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        found.append((".".join(parts), path, tree))
    return tuple(found)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node, function bodies included, except under ``if TYPE_CHECKING:``."""
    for child in ast.iter_child_nodes(tree):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for node in child.orelse:
                yield node
                yield from _nodes(node)
            continue
        yield child
        yield from _nodes(child)


def imports(root: Path) -> Iterator[Import]:
    """Every import of the package's own modules, with relative imports resolved."""
    package = root.name
    modules = list(_modules(root))
    names = {name for name, _path, _tree in modules}
    for name, path, tree in modules:
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in _nodes(tree):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    prefix = here[: len(here) - node.level + 1]
                    base = ".".join([*prefix, *([node.module] if node.module else [])])
                # ``from careerlog import prompts`` imports the module careerlog.prompts
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in names else base for a in node.names
                ]
            for target in dict.fromkeys(targets):
                if target == package or target.startswith(package + "."):
                    yield Import(name, target, node.lineno)


def component(module: str) -> str:
    """The subpackage (or top-level module) a module belongs to: careerlog.store."""
    return ".".join(module.split(".")[:2])


def prompts_importers(root: Path) -> list[str]:
    """Imports of the prompts package from outside the modules allowed to run it."""
    package = root.name
    allowed = tuple(f"{package}.{name}" for name in MAY_IMPORT_PROMPTS)
    prompts = f"{package}.prompts"
    return [
        str(found)
        for found in imports(root)
        if component(found.imported) == prompts and component(found.importer) not in allowed
    ]


def cycles(root: Path) -> list[str]:
    """Each group of subpackages that import one another, with the imports that close it."""
    edges: dict[str, dict[str, Import]] = {}
    for found in imports(root):
        source, target = component(found.importer), component(found.imported)
        if source != target and source != root.name:
            edges.setdefault(source, {}).setdefault(target, found)
    found = []
    for group in _strongly_connected(edges):
        if len(group) > 1:
            witnesses = [
                str(edges[a][b]) for a in sorted(group) for b in sorted(edges[a]) if b in group
            ]
            found.append(f"{' <-> '.join(sorted(group))}: " + "; ".join(witnesses))
    return found


def _strongly_connected(edges: dict[str, dict[str, Import]]) -> list[set[str]]:
    """Tarjan's algorithm over the component graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            groups.append(group)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes: prose may say "read from prompts"."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def table_sql_outside_owner(root: Path, table: str) -> list[str]:
    """SQL on ``table``, or ``db.table(table)``, outside its owner module.

    Other modules of the store may *read* the table in a query that joins it (the
    entries of a brief with their goal's title); only the owner writes it.
    """
    package = root.name
    owner, schema = f"{package}.{TABLE_OWNERS[table]}", f"{package}.{SCHEMA}"
    # "into" only after "insert": prose says "reads into entries", SQL never does that
    writes = rf"\binsert(\s+or\s+\w+)?\s+into\s+{table}\b|\b(update|delete\s+from)\s+{table}\b"
    any_statement = re.compile(rf"{writes}|\b(from|join)\s+{table}\b", re.I)
    writes = re.compile(writes, re.I)
    problems = []
    for name, _path, tree in _modules(root):
        if name in (owner, schema):
            continue
        statement = writes if name.startswith(f"{package}.store.") else any_statement
        prose = _docstrings(tree)
        for node in ast.walk(tree):
            text = None
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = None if id(node) in prose else node.value
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "table"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value == table
            ):
                problems.append(f"{name}:{node.lineno} uses table({table!r})")
            if text is not None and statement.search(text):
                problems.append(f"{name}:{node.lineno} {' '.join(text.split())[:70]!r}")
    return problems


def _runs_sql(node: ast.AST) -> bool:
    """``x.execute(...)``, ``x.query(...)`` …, or ``x.table("name")`` (not a method that
    happens to be called ``table``, like the config validator's)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return False
    if node.func.attr == "table":
        return bool(node.args) and isinstance(node.args[0], ast.Constant)
    return node.func.attr in SQL_CALLS


def sql_outside_store(root: Path) -> list[str]:
    """Calls that run SQL (``db.execute``, ``db.query``, ``db.table`` …) outside the store."""
    store = f"{root.name}.store"
    return sorted(
        f"{name}:{node.lineno} calls .{node.func.attr}()"  # type: ignore[attr-defined]
        for name, _path, tree in _modules(root)
        if name != store and not name.startswith(store + ".")
        for node in ast.walk(tree)
        if _runs_sql(node)
    )


def schema_tables(root: Path) -> set[str]:
    """The tables the migrations create."""
    text = (root / (SCHEMA.replace(".", "/") + ".py")).read_text(encoding="utf-8")
    return set(re.findall(r"""\.table\(["'](\w+)["']\)\.create\(""", text))


# -- careerlog's own source -----------------------------------------------------------


def test_only_the_service_and_the_commands_import_the_prompts() -> None:
    assert prompts_importers(SOURCE) == []


def test_no_import_cycles_between_subpackages() -> None:
    assert cycles(SOURCE) == []


@pytest.mark.parametrize("table", sorted(TABLE_OWNERS))
def test_table_sql_lives_in_its_owner_module(table: str) -> None:
    assert table_sql_outside_owner(SOURCE, table) == []
    assert (SOURCE / (TABLE_OWNERS[table].replace(".", "/") + ".py")).is_file()


def test_only_the_store_runs_sql() -> None:
    assert sql_outside_store(SOURCE) == []


def test_every_table_has_an_owner() -> None:
    assert schema_tables(SOURCE) == set(TABLE_OWNERS)


# -- a bad tree: each check fails on it -------------------------------------------------

BAD_TREE = {
    "__init__.py": "",
    "prompts/__init__.py": "from careerlog.prompts.due import send\n",
    "prompts/due.py": "from careerlog.store import db\n\ndef send(): ...\n",
    "commands/send.py": "from careerlog.prompts import send\n",
    "briefs/__init__.py": "",
    # a relative import and an import inside a function both count
    "briefs/due.py": (
        "from ..prompts import due\n\n"
        "def later():\n"
        "    from careerlog import prompts\n"
        "    return prompts\n"
    ),
    "store/__init__.py": "",
    "store/db.py": "",
    # store -> intake only inside a function, intake -> store at the top: still a cycle
    "store/migrations.py": (
        "def m001(db):\n"
        "    from careerlog.intake.record import key\n"
        "    db.table('prompts').create({'id': int})\n"
    ),
    "intake/__init__.py": "",
    "intake/record.py": "from careerlog.store.db import iso\n\ndef key(): ...\n",
    # TYPE_CHECKING imports never run: mail -> outbox -> mail is no cycle
    "mail/__init__.py": (
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n"
        "    from careerlog.outbox import Queued\n"
    ),
    "outbox/__init__.py": "from careerlog.mail import compose\n",
    "store/prompts.py": 'def subject(db, i):\n    return db.query("select subject from prompts")\n',
    "insights/digest.py": (
        '"""Says it reads from prompts, which is prose, not SQL."""\n\n'
        "def last(db):\n"
        "    return db.query('''select period\n    FROM   prompts where kind = ?''')\n"
    ),
    "intake/reimport.py": "def put(db):\n    db.table('prompts').insert({})\n",
    "outbox/deliver.py": 'SQL = f"update prompts set sent_at = {1}"\n',
    "outbox/queue.py": "def count(db):\n    return db.execute('select count(*) from outbox')\n",
    # another store module may read the table in a join, never write it
    "store/briefs.py": "def sent(db):\n    return db.query('select 1 from outbox join prompts')\n",
    "store/goals.py": "def fix(db):\n    db.execute('update outbox set status = 1')\n",
    # words to the user, not SQL: "into" counts only after "insert"
    "parsers/model.py": 'NOTE = f"longer than careerlog reads into prompts ({1} left)"\n',
    "commands/status.py": (
        "def status(db):\n    return db.execute('select 1').fetchone(), db.table('health').count\n"
    ),
}


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    root = tmp_path / "careerlog"
    for relative, text in BAD_TREE.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_prompts_importers_are_found(bad_tree: Path) -> None:
    assert prompts_importers(bad_tree) == [
        "careerlog.briefs.due:1 imports careerlog.prompts.due",
        "careerlog.briefs.due:4 imports careerlog.prompts",
    ]


def test_cycles_are_found(bad_tree: Path) -> None:
    assert cycles(bad_tree) == [
        "careerlog.intake <-> careerlog.store: "
        "careerlog.intake.record:1 imports careerlog.store.db; "
        "careerlog.store.migrations:2 imports careerlog.intake.record"
    ]


def test_table_sql_outside_its_owner_is_found(bad_tree: Path) -> None:
    assert table_sql_outside_owner(bad_tree, "outbox") == [
        "careerlog.outbox.queue:2 'select count(*) from outbox'",
        "careerlog.store.goals:2 'update outbox set status = 1'",
    ]
    assert table_sql_outside_owner(bad_tree, "prompts") == [
        "careerlog.insights.digest:4 'select period FROM prompts where kind = ?'",
        "careerlog.intake.reimport:2 uses table('prompts')",
        "careerlog.outbox.deliver:1 'update prompts set sent_at ='",
    ]


def test_sql_outside_the_store_is_found(bad_tree: Path) -> None:
    assert sql_outside_store(bad_tree) == [
        "careerlog.commands.status:2 calls .execute()",
        "careerlog.commands.status:2 calls .table()",
        "careerlog.insights.digest:4 calls .query()",
        "careerlog.intake.reimport:2 calls .table()",
        "careerlog.outbox.queue:2 calls .execute()",
    ]


def test_a_table_without_an_owner_is_found(bad_tree: Path) -> None:
    assert schema_tables(bad_tree) == {"prompts"}
