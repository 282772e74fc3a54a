"""Every database file is opened by chibo_app.storage.connection, and errors are caught
as its classes: a sqlcipher3 connection never raises sqlite3.Error, so an
`except sqlite3.OperationalError` elsewhere would silently catch nothing."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "chibo_app"
DOOR = "storage/connection.py"
# Type names are fine: sqlcipher3 mirrors them (annotations, casts).
TYPES = {"Connection", "Cursor", "Row"}
# Written by another helper before the engine changed; to be switched to
# chibo_app.storage.connection (connect / Error / OperationalError …). Remove as done.
PENDING: set[str] = set()


def sqlite3_uses(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{node.lineno}: sqlite3.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "sqlite3"
        and node.attr not in TYPES
    ]


def test_only_the_connection_module_uses_sqlite3():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        name = path.relative_to(PACKAGE).as_posix()
        if name in (DOOR, *PENDING):
            continue
        uses = sqlite3_uses(path)
        if uses:
            offenders[name] = uses
    assert offenders == {}


def test_the_check_itself_sees_sqlite3(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\n"
        "def f(c: sqlite3.Connection):\n"
        "    try:\n        sqlite3.connect('x')\n"
        "    except sqlite3.OperationalError:\n        pass\n"
    )
    assert sorted(sqlite3_uses(sample)) == ["4: sqlite3.connect", "5: sqlite3.OperationalError"]
