"""What core, services, storage, spreadsheets and the command line tell the user is a
Message (core/messages.py): an id the translation catalogue knows, rendered in the
user's language at the edge. A finished Vietnamese sentence raised or returned as a
problem would stay Vietnamese in English — this test finds the ones written since."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "chibo_app"
# Below the interface; documents/ print Vietnamese on purpose (their errors are checked too).
CHECKED = ("core", "storage", "services", "spreadsheets", "documents", "cli")
# Errors meant for programmers (a bug, never a sentence the user reads).
PROGRAMMER_ERRORS = frozenset(
    {
        "AssertionError",
        "AttributeError",
        "DatabaseError",  # sqlite's own, told once by storage/failures
        "IndexError",
        "KeyError",
        "LookupError",
        "NotImplementedError",
        "RuntimeError",
        "TypeError",
        "ValueError",
    }
)


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    return False


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _user_errors(tree: ast.AST) -> Iterator[ast.expr]:
    """Arguments of user-facing errors, values of problem dictionaries."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called(node)
            error_like = name.endswith(("Error", "Refused", "Locked")) or name.startswith("Bad")
            if error_like and name not in PROGRAMMER_ERRORS:
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    if isinstance(argument, ast.Dict):
                        yield from (v for v in argument.values if v is not None)
                    else:
                        yield argument
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Subscript) and getattr(target.value, "id", "") in (
                "problems",
                "found",
            ):
                yield node.value
        elif isinstance(node, ast.FunctionDef) and "problem" in node.name:
            for sub in ast.walk(node):
                if isinstance(sub, ast.Return) and isinstance(sub.value, ast.Dict):
                    yield from (v for v in sub.value.values if v is not None)


def plain_sentences() -> list[str]:
    found = []
    for folder in CHECKED:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in _user_errors(tree):
                if _is_text(node):
                    where = path.relative_to(PACKAGE.parent)
                    found.append(f"{where}:{node.lineno}: {ast.unparse(node)[:70]}")
    return found


def test_errors_and_problems_below_the_interface_are_messages_by_id() -> None:
    assert plain_sentences() == []


def test_the_check_finds_a_plain_sentence() -> None:
    """The walk above is able to fail: a raised f-string and a problem text are found."""
    code = (
        "def f(year):\n"
        "    raise ChiboError(f'Năm {year} không hợp lệ.')\n"
        "def g_problems():\n"
        "    return {'year': 'Năm không hợp lệ.'}\n"
        "def h():\n"
        "    raise ChiboError(msg('Năm {year} không hợp lệ.', year=1))\n"
        "def k():\n"
        "    raise KeyError(f'no {1}')\n"
        "def m(kind):\n"
        "    raise BadDue('Không rõ.' if kind else 'Không đọc được.')\n"
    )
    found = sorted(n.lineno for n in _user_errors(ast.parse(code)) if _is_text(n))
    assert found == [2, 4, 10]
