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
# Services that still hold SQL, moving into storage repositories; remove as done.
SQL_PENDING = {
    "demo_evaluation.py",
    "demo_meetings.py",
    "demo_nominations.py",
    "demo_plans.py",
    "evaluation.py",
    "meetings.py",
    "password.py",
    "people.py",
    "plans.py",
    "read_only.py",
    "rule_sets.py",
}


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
        if path.name not in SQL_PENDING and (lines := sql_strings(path))
    }
    assert offenders == {}
