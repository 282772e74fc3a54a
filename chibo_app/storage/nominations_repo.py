"""Queries over nominations. Writes go through storage.records from services.nominations."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from chibo_app.core.nominations import Kind, Nomination, Status

COLUMNS = (
    "year",
    "kind",
    "title",
    "person_id",
    "unit_id",
    "field",
    "description",
    "registered_on",
    "notes",
    "status",
    "commended_on",
    "occasion",
    "proposed_on",
    "award_form",
    "award_level",
    "decision_number",
    "decision_date",
    "not_selected_reason",
)
_SELECT = f"SELECT id, {', '.join(COLUMNS)} FROM nominations"


def _nomination(row: tuple[Any, ...]) -> Nomination:
    values = dict(zip(COLUMNS, row[1:], strict=True))
    values["kind"] = Kind(values["kind"])
    values["status"] = Status(values["status"])
    return Nomination(id=row[0], **values)


def values_of(item: Nomination) -> dict[str, object]:
    """The nominations row of a Nomination (without id)."""
    values = {name: getattr(item, name) for name in COLUMNS}
    values["kind"] = str(item.kind)
    values["status"] = str(item.status)
    return values


def get(db: sqlite_utils.Database, nomination_id: int) -> Nomination | None:
    row = db.execute(f"{_SELECT} WHERE id = ?", [nomination_id]).fetchone()
    return _nomination(row) if row else None


def of_year(db: sqlite_utils.Database, year: int) -> list[Nomination]:
    cursor = db.execute(f"{_SELECT} WHERE year = ? ORDER BY id", [year])
    return [_nomination(row) for row in cursor]


def unit_names(db: sqlite_utils.Database) -> dict[int, str]:
    return {i: name for i, name in db.execute("SELECT id, name FROM units")}


def active_units(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(id, name) of the units in use, in their order."""
    cursor = db.execute("SELECT id, name FROM units WHERE active = 1 ORDER BY sort_order, name")
    return [(i, name) for i, name in cursor]


def people_info(
    db: sqlite_utils.Database, ids: list[int]
) -> dict[int, tuple[str, int | None, str]]:
    """person id → (full name, unit id, current positions joined)."""
    if not ids:
        return {}
    marks = ", ".join("?" for _ in set(ids))
    cursor = db.execute(
        "SELECT p.id, p.full_name, p.unit_id,"
        " (SELECT group_concat(title, '; ') FROM positions"
        "  WHERE person_id = p.id AND end_date IS NULL ORDER BY kind DESC)"
        f" FROM people p WHERE p.id IN ({marks})",
        list(set(ids)),
    )
    return {i: (name, unit, titles or "") for i, name, unit, titles in cursor}


def plan_statuses(db: sqlite_utils.Database, year: int) -> dict[int, str]:
    """person id → status of their plan of `year`."""
    cursor = db.execute("SELECT person_id, status FROM plans WHERE year = ?", [year])
    return {person: status for person, status in cursor}


def classifications(db: sqlite_utils.Database, before: int) -> dict[int, list[tuple[int, str]]]:
    """person id → [(year, classification)] of years before `before`.

    The seam for the year-end evaluation: until its table exists there is nothing to
    read. It is expected as evaluations(person_id, year, classification).
    """
    if "evaluations" not in db.table_names():
        return {}
    found: dict[int, list[tuple[int, str]]] = {}
    try:
        cursor = db.execute(
            "SELECT person_id, year, classification FROM evaluations"
            " WHERE year < ? AND classification IS NOT NULL ORDER BY year DESC",
            [before],
        )
    except Exception:  # a differently shaped table: no hints rather than no page
        return {}
    for person, year, value in cursor:
        found.setdefault(person, []).append((year, value))
    return found


def field_usage(db: sqlite_utils.Database) -> dict[str, int]:
    """field → how many nominations (every year) use it."""
    cursor = db.execute("SELECT field, count(*) FROM nominations WHERE field != '' GROUP BY field")
    return {str(field): int(count) for field, count in cursor}


def ids_of_field(db: sqlite_utils.Database, field: str) -> list[int]:
    return [int(r[0]) for r in db.execute("SELECT id FROM nominations WHERE field = ?", [field])]
