"""The cell's units (phòng, đơn vị, tổ chức đoàn thể) and its years.

Writes go through storage.records from services.cell, so they are in the history.
"""

from __future__ import annotations

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.storage import records


def units(db: sqlite_utils.Database, include_inactive: bool = True) -> list[dict[str, object]]:
    """Each unit with how many people it has, in the cell's order."""
    where = "" if include_inactive else " WHERE active = 1"
    cursor = db.execute(
        f"SELECT id, name, active, (SELECT count(*) FROM people WHERE unit_id = units.id)"
        f" FROM units{where} ORDER BY sort_order, name"
    )
    return [{"id": i, "name": n, "active": bool(a), "people": c} for i, n, a, c in cursor]


def unit_names(db: sqlite_utils.Database) -> dict[int, str]:
    return {int(i): str(name) for i, name in db.execute("SELECT id, name FROM units")}


def next_unit_position(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT coalesce(max(sort_order), 0) + 1 FROM units").fetchone()[0])


def rows_naming_unit(db: sqlite_utils.Database, table: str, unit_id: int) -> int:
    """How many rows of `table` (one with a unit_id column) name the unit; 0 if no table."""
    if table not in db.table_names():
        return 0
    cursor = db.execute(f"SELECT count(*) FROM [{table}] WHERE unit_id = ?", [unit_id])
    return int(cursor.fetchone()[0])


def years(db: sqlite_utils.Database) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT year FROM years ORDER BY year")]


def add_year(db: sqlite_utils.Database, editor: Editor, year: int) -> None:
    """Record `year` once (a year already there is left alone)."""
    if db.execute("SELECT 1 FROM years WHERE year = ?", [year]).fetchone():
        return
    with db.atomic():
        db.execute("INSERT INTO years (year) VALUES (?)", [year])
        records.record_change(db, editor, "years", year, "insert", None, {"year": year})
