"""Real files, really damaged: helpers for the backup and recovery tests."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path

from chibo_app.storage.database import open_database


def populated(path: Path, people: int = 3000) -> Path:
    """A Chi bộ file with enough rows for multi-level indexes."""
    db = open_database(path)
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO people (full_name, party_card, notes) VALUES (?, ?, ?)",
            [
                (f"Nguyễn Văn {i}", f"{i:010d}-{i * 7919 % 10007:05d}", "x" * 40)
                for i in range(people)
            ],
        )
    db.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def index_leaf_pages(path: Path, index: str) -> list[int]:
    """Leaf pages of an index b-tree, found by walking it from its root page."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [index]).fetchone()[0]
    conn.close()
    data, size = path.read_bytes(), page_size(path)
    leaves: list[int] = []
    todo = [root]
    while todo:
        number = todo.pop()
        page = data[(number - 1) * size : number * size]
        start = 100 if number == 1 else 0
        kind = page[start]
        if kind == 10:  # index leaf
            leaves.append(number)
            continue
        assert kind == 2, f"page {number} is not an index page ({kind})"
        cells = int.from_bytes(page[start + 3 : start + 5], "big")
        todo.append(int.from_bytes(page[start + 8 : start + 12], "big"))
        for i in range(cells):
            offset = int.from_bytes(page[start + 12 + 2 * i : start + 14 + 2 * i], "big")
            todo.append(int.from_bytes(page[offset : offset + 4], "big"))
    return sorted(leaves)


def overwrite(path: Path, offset: int, length: int, seed: int = 7) -> None:
    noise = random.Random(seed).randbytes(length)
    with open(path, "rb+") as file:
        file.seek(offset)
        file.write(noise)


def break_index_page(path: Path, index: str = "people_party_card") -> int:
    """Random bytes over the cell area of a leaf page in the middle of the index."""
    leaves = index_leaf_pages(path, index)
    number = leaves[len(leaves) // 2]
    size = page_size(path)
    overwrite(path, (number - 1) * size + 8, size - 8)
    return number


def truncate_to_half(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "rb+") as file:
        file.truncate(size // 2)


def crash_copy(path: Path, target: Path, people: int = 50) -> None:
    """`target` as a crash would leave it: committed rows still only in its -wal."""
    db = open_database(path)
    db.execute("PRAGMA wal_autocheckpoint = 0")
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO people (full_name) VALUES (?)",
            [(f"Sau sự cố {i}",) for i in range(people)],
        )
    shutil.copyfile(path, target)
    shutil.copyfile(path.with_name(path.name + "-wal"), target.with_name(target.name + "-wal"))
    db.close()
