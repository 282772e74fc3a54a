"""The msg("…") templates, and the command line's help texts, written in a source
file, read without running it.

packaging/update_translations.py collects them into the translation catalogue, and a
test checks that every template is a literal (an f-string or a variable could not be
looked up by its id).
"""

from __future__ import annotations

import ast
from pathlib import Path

MESSAGE_CALLS = ("msg", "plural_msg")


def _is_msg_call(node: ast.AST, names: tuple[str, ...] = MESSAGE_CALLS) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in names


def templates_in(path: Path, names: tuple[str, ...] = MESSAGE_CALLS) -> list[str]:
    """Every literal template of a msg() or plural_msg() call in the file, in order
    (`names`: only those calls)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _is_msg_call(node, names):
            first = node.args[0] if node.args else None  # type: ignore[attr-defined]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value)
    return found


def plural_templates_in(path: Path) -> list[str]:
    """The templates of plural_msg() calls: plural messages in the catalogue."""
    return templates_in(path, ("plural_msg",))


def non_literal_templates(path: Path) -> list[int]:
    """Lines of msg() calls whose template is not a plain string literal."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _is_msg_call(node):
            first = node.args[0] if node.args else None  # type: ignore[attr-defined]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                lines.append(node.lineno)  # type: ignore[attr-defined]
    return lines


HELP_KEYWORDS = ("help", "description")


def help_texts_in(path: Path) -> list[str]:
    """The literal help= and description= texts of the command line's parsers."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                value = keyword.value
                if (
                    keyword.arg in HELP_KEYWORDS
                    and isinstance(value, ast.Constant)
                    and isinstance(value.value, str)
                ):
                    found.append(value.value)
    return found
