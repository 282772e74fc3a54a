"""Qt lives only in chibo_app/ui: the rule that keeps every other layer testable."""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "chibo_app"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")]
    return found


def test_no_qt_below_ui():
    offenders = {
        str(path.relative_to(PACKAGE)): qt_imports(path)
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and qt_imports(path)
    }
    assert offenders == {}


def test_the_check_itself_sees_qt(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n")
    assert qt_imports(sample) == ["PySide6.QtCore"]


# --- no SQL above storage/ -----------------------------------------------------------

DATABASE_CALLS = {"execute", "executemany", "executescript", "atomic", "query", "table"}


def database_calls(path: Path) -> list[str]:
    """Lines that talk to the database directly: `….execute(…)`, `db.atomic()`, …"""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in DATABASE_CALLS and "db" in ast.unparse(node.func.value):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_sql_in_the_interface():
    offenders = [hit for path in (PACKAGE / "ui").rglob("*.py") for hit in database_calls(path)]
    assert offenders == []


def test_the_sql_check_sees_a_query(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("rows = self.session.db.execute('SELECT 1')\nwith db.atomic():\n    pass\n")
    assert database_calls(sample) == ["sample.py:1", "sample.py:2"]


SQL_WORDS = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA)\b")


def sql_strings(path: Path) -> list[int]:
    """Lines of string literals that read as SQL."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and SQL_WORDS.search(node.value)
    ]


def test_no_sql_in_services():
    offenders = {
        path.name: lines
        for path in (PACKAGE / "services").rglob("*.py")
        if (lines := sql_strings(path))
    }
    assert offenders == {}


# --- the layers, and no import cycles ---------------------------------------------------

# Lower layers first: a module may import only from its own layer and those before it;
# siblings (documents and spreadsheets, cli and ui) never import each other.
LAYERS = (
    {"core", "errors", "fileio", "resources_path"},
    {"storage"},
    {"documents"},
    {"spreadsheets"},
    {"services"},
    {"cli"},
    {"ui"},
)
SIBLINGS = ({"documents", "spreadsheets"}, {"cli", "ui"})
# Imports still crossing a layer, moving down as they are done; remove as done.
LAYER_PENDING: set[tuple[str, str]] = set()


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """The package's modules `path` imports (inside functions too), by their name below
    chibo_app; `from package import module` counts as the module, not the package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            base = node.module
            subs = [f"{base}.{a.name}" for a in node.names]
            names = [s for s in subs if s.removeprefix("chibo_app.") in known] or [base]
        else:
            continue
        for name in names:
            if name.startswith("chibo_app.") and name.removeprefix("chibo_app.") in known:
                found.add(name.removeprefix("chibo_app."))
    return found


def layer(module: str) -> int:
    top = module.split(".")[0]
    return next(n for n, names in enumerate(LAYERS) if top in names)


def test_each_layer_imports_only_the_layers_below_it():
    known = modules()
    wrong = set()
    for name, path in known.items():
        if name in ("__main__", ""):
            continue
        for target in imports_of(path, known):
            here, there = name.split(".")[0], target.split(".")[0]
            upward = layer(target) > layer(name)
            sideways = here != there and any({here, there} <= pair for pair in SIBLINGS)
            if (upward or sideways) and (name, target) not in LAYER_PENDING:
                wrong.add((name, target))
    assert wrong == set()


def test_no_import_cycles():
    known = modules()
    graph = {name: imports_of(path, known) - {name} for name, path in known.items()}
    cycles = strongly_connected(graph)
    assert cycles == []


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, round and round (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_the_cycle_check_sees_a_cycle():
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
