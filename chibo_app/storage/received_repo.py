"""What a đảng bộ file keeps of its cells: the cells (sub_cells, known by the random id
their packages carry) and every package part received (received_packages).

For each cell, year and part at most one package is current (replaced_by NULL: `add`
marks the one it replaces in the same transaction); an older one points at the package
that replaced it and stays in the history. A part's content is stored as the JSON of
its tables (core.package).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.storage import records

CELLS = "sub_cells"
PACKAGES = "received_packages"
_COLUMNS = (
    "r.id, r.sub_cell_id, c.uid, r.year, r.part, r.sequence, r.created_at, r.received_at,"
    " r.received_by, r.cell_name, r.file_name, r.checksum, r.schema_version, r.app_version,"
    " r.replaced_by"
)


@dataclass(frozen=True)
class SubCell:
    id: int
    uid: str
    name: str
    superior: str = ""
    secretary: str = ""
    symbol: str = ""
    term: str = ""


@dataclass(frozen=True)
class Received:
    """One part of one package as received (its content read separately: it is large)."""

    id: int
    sub_cell_id: int
    uid: str
    year: int
    part: str
    sequence: int  # the cell's number for the package (1, 2, 3 …)
    created_at: str  # when the cell made the package
    received_at: str  # when it was imported here
    received_by: str
    cell_name: str  # the cell's name as the package gave it
    file_name: str
    checksum: str
    schema_version: int
    app_version: str
    replaced_by: int | None = None

    @property
    def current(self) -> bool:
        return self.replaced_by is None

    @property
    def order(self) -> tuple[int, str]:
        return (self.sequence, self.created_at)


def has_packages(db: sqlite_utils.Database) -> bool:
    return db.execute(f"SELECT 1 FROM {PACKAGES} LIMIT 1").fetchone() is not None


def sub_cells(db: sqlite_utils.Database) -> list[SubCell]:
    cursor = db.execute(
        f"SELECT id, uid, name, superior, secretary, symbol, term FROM {CELLS} ORDER BY id"
    )
    return [SubCell(*row) for row in cursor.fetchall()]


def sub_cell_by_uid(db: sqlite_utils.Database, uid: str) -> SubCell | None:
    row = db.execute(
        f"SELECT id, uid, name, superior, secretary, symbol, term FROM {CELLS} WHERE uid = ?",
        [uid],
    ).fetchone()
    return SubCell(*row) if row else None


def save_sub_cell(db: sqlite_utils.Database, editor: Editor, cell: SubCell) -> int:
    """Insert the cell, or bring its name and signers up to date; its id."""
    values = {
        "name": cell.name,
        "superior": cell.superior,
        "secretary": cell.secretary,
        "symbol": cell.symbol,
        "term": cell.term,
    }
    found = sub_cell_by_uid(db, cell.uid)
    if found is None:
        return records.insert(db, editor, CELLS, {"uid": cell.uid, **values})
    records.update(db, editor, CELLS, found.id, values)
    return found.id


def received(
    db: sqlite_utils.Database,
    *,
    year: int | None = None,
    sub_cell_id: int | None = None,
    part: str | None = None,
    current_only: bool = False,
) -> list[Received]:
    """Packages received, oldest first (by the cell's number for them)."""
    where: list[str] = []
    params: list[object] = []
    for column, value in (("r.year", year), ("r.sub_cell_id", sub_cell_id), ("r.part", part)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if current_only:
        where.append("r.replaced_by IS NULL")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    cursor = db.execute(
        f"SELECT {_COLUMNS} FROM {PACKAGES} r JOIN {CELLS} c ON c.id = r.sub_cell_id"
        f"{clause} ORDER BY r.sequence, r.created_at, r.id",
        params,
    )
    return [Received(*row) for row in cursor.fetchall()]


def current(db: sqlite_utils.Database, sub_cell_id: int, year: int, part: str) -> Received | None:
    found = received(db, year=year, sub_cell_id=sub_cell_id, part=part, current_only=True)
    return found[0] if found else None


def with_checksum(
    db: sqlite_utils.Database, sub_cell_id: int, year: int, part: str, checksum: str
) -> Received | None:
    for item in received(db, year=year, sub_cell_id=sub_cell_id, part=part):
        if item.checksum == checksum:
            return item
    return None


def content(db: sqlite_utils.Database, package_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT content FROM {PACKAGES} WHERE id = ?", [package_id]).fetchone()
    if row is None:
        raise KeyError(package_id)
    found: dict[str, Any] = json.loads(row[0])
    return found


def contents(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """package id → content, for many at once."""
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        cursor = db.execute(f"SELECT id, content FROM {PACKAGES} WHERE id IN ({marks})", chunk)
        for package_id, text in cursor:
            found[int(package_id)] = json.loads(text)
    return found


def add(
    db: sqlite_utils.Database,
    editor: Editor,
    values: dict[str, Any],
    content_json: str,
    replaces: int | None = None,
) -> int:
    """Record one received part, current from now on (the package it `replaces` points
    at it); the history notes it without its (large) content."""
    with db.atomic():
        columns = [*values, "content"]
        cursor = db.execute(
            f"INSERT INTO {PACKAGES} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
            [*values.values(), content_json],
        )
        row_id = int(cursor.lastrowid or 0)
        noted = {k: v for k, v in values.items() if v is not None}
        records.record_change(db, editor, PACKAGES, row_id, "insert", None, noted)
        if replaces is not None:
            records.update(db, editor, PACKAGES, replaces, {"replaced_by": row_id})
    return row_id
