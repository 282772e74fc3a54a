"""Qt lives only in chibo_app/ui: the rule that keeps every other layer testable."""

import ast
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
