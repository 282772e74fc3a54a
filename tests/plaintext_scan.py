"""Look for readable text in files, as whoever finds the laptop would (strings, grep)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_under(*roots: Path) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.is_file())
    return found


def plaintext_hits(words: Iterable[str], *roots: Path) -> list[tuple[str, str, str]]:
    """(file, word, encoding) for every word found in any file under `roots`."""
    words = list(words)
    hits = []
    for path in files_under(*roots):
        data = path.read_bytes()
        for word in words:
            for encoding in ENCODINGS:
                if word.encode(encoding) in data:
                    hits.append((path.name, word, encoding))
    return hits


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes: to prove nothing was touched or added."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in files_under(folder)}
