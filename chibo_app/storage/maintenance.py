"""The SQL side of "Kiểm tra dữ liệu": checks, counts, VACUUM and ANALYZE."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import sqlite_utils

from chibo_app.storage.sqlite_files import sidecar


def integrity_problems(db: sqlite_utils.Database, limit: int = 50) -> list[str]:
    rows = [str(r[0]) for r in db.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(db: sqlite_utils.Database) -> Counter[tuple[str, str]]:
    """(table, referenced table) -> number of rows pointing at a row that doesn't exist."""
    rows = db.execute("PRAGMA foreign_key_check").fetchall()
    return Counter((str(table), str(parent)) for table, _rowid, parent, _fk in rows)


def row_counts(db: sqlite_utils.Database) -> dict[str, int]:
    names = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY rowid"
        ).fetchall()
    ]
    return {n: int(db.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0]) for n in names}


def vacuum_and_analyze(db: sqlite_utils.Database) -> None:
    db.execute("VACUUM")
    db.execute("ANALYZE")
    # In WAL mode VACUUM's result sits in the -wal until a checkpoint shrinks the file.
    fold_wal(db.conn)


def fold_wal(conn: Any) -> bool:
    """Fold the -wal into the file; False when another connection still holds it open
    (the checkpoint is then busy and the -wal stays)."""
    return not conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]


def size_on_disk(path: Path) -> int:
    """The file and its -wal: what the data really takes."""
    return sum(p.stat().st_size for p in (path, sidecar(path, "-wal")) if p.exists())
