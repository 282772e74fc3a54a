"""Reading the change history (table change_history) and the records it names.

storage.records writes it; services.history turns these rows into entries a secretary
can read. Queries are newest first and paged on the primary key, so a file with 100,000
entries answers a page in milliseconds; text search folds diacritics on both sides
(core.text.fold) through a SQL function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from chibo_app.core.text import fold

RawRow = tuple[Any, ...]  # id, at, user, table_name, row_id, action, old JSON, new JSON
_COLUMNS = "h.id, h.at, h.user, h.table_name, h.row_id, h.action, h.old_values, h.new_values"
_FOLD_FUNCTION = "chibo_fold"


@dataclass(frozen=True)
class HistoryFilter:
    tables: tuple[str, ...] = ()  # change_history.table_name values; () = every kind
    user: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    text: str = ""  # folded on both sides
    person_id: int | None = None  # this person and their positions
    record: tuple[str, int] | None = None  # one record: (table, row id)


def page(db: sqlite_utils.Database, where: HistoryFilter, limit: int, offset: int) -> list[RawRow]:
    """One page of raw rows matching `where`, newest first (limit -1: all)."""
    sql, params = _select(db, where, _COLUMNS)
    cursor = db.execute(f"{sql} ORDER BY h.id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    return list(cursor.fetchall())


def count(db: sqlite_utils.Database, where: HistoryFilter) -> int:
    sql, params = _select(db, where, "count(*)")
    return int(db.execute(sql, params).fetchone()[0])


def users(db: sqlite_utils.Database) -> list[str]:
    rows = db.execute("SELECT DISTINCT user FROM change_history ORDER BY user")
    return [str(r[0]) for r in rows.fetchall()]


def table_names(db: sqlite_utils.Database) -> set[str]:
    """The kinds of record the history holds entries for."""
    rows = db.execute("SELECT DISTINCT table_name FROM change_history").fetchall()
    return {str(r[0]) for r in rows}


def rows_by_id(
    db: sqlite_utils.Database, table: str, ids: Iterable[int]
) -> dict[int, dict[str, Any]]:
    """Today's values of the records of `table` with these ids (those that still exist)."""
    wanted = list(ids)
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id IN ({marks})", wanted)
    columns = [c[0] for c in cursor.description]
    rows = (dict(zip(columns, values, strict=True)) for values in cursor.fetchall())
    return {int(row["id"]): row for row in rows}


def recorded_values(
    db: sqlite_utils.Database, table: str, ids: Iterable[int]
) -> list[tuple[int, str | None, str | None]]:
    """(row id, old JSON, new JSON) of every entry about these records, oldest first:
    what a deleted record last held."""
    wanted = list(ids)
    if not wanted:
        return []
    marks = ", ".join("?" for _ in wanted)
    cursor = db.execute(
        "SELECT row_id, old_values, new_values FROM change_history"
        f" WHERE table_name = ? AND row_id IN ({marks}) ORDER BY id",
        [table, *wanted],
    )
    return [(int(row_id), old, new) for row_id, old, new in cursor.fetchall()]


def positions(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, tuple[int | None, str]]:
    """position id → (person id, title)."""
    wanted = list(ids)
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    cursor = db.execute(f"SELECT id, person_id, title FROM positions WHERE id IN ({marks})", wanted)
    return {int(i): (person_id, str(title)) for i, person_id, title in cursor.fetchall()}


def _select(db: sqlite_utils.Database, where: HistoryFilter, columns: str) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if where.tables:
        clauses.append(f"h.table_name IN ({', '.join('?' for _ in where.tables)})")
        params += list(where.tables)
    if where.user:
        clauses.append("h.user = ?")
        params.append(where.user)
    if where.date_from:
        clauses.append("h.at >= ?")
        params.append(where.date_from)
    if where.date_to:
        day_after = dt.date.fromisoformat(where.date_to) + dt.timedelta(days=1)
        clauses.append("h.at < ?")
        params.append(day_after.isoformat())
    if where.record is not None:
        clauses.append("h.table_name = ? AND h.row_id = ?")
        params += list(where.record)
    if where.person_id is not None:
        clauses.append(
            "((h.table_name = 'people' AND h.row_id = ?) OR (h.table_name = 'positions' AND"
            " h.row_id IN (SELECT id FROM positions WHERE person_id = ? UNION"
            " SELECT row_id FROM change_history WHERE table_name = 'positions'"
            " AND action = 'insert' AND json_extract(new_values, '$.person_id') = ?))"
            # their records the classification rules read (discipline, leave…)
            " OR (h.table_name = 'person_events' AND json_extract(coalesce(h.new_values,"
            " h.old_values), '$.person_id') = ?)"
            " OR (h.table_name = 'person_events' AND h.row_id IN"
            " (SELECT id FROM person_events WHERE person_id = ?)))"
        )
        params += [where.person_id] * 5
    joins = ""
    needle = fold(where.text)
    if needle:
        db.conn.create_function(_FOLD_FUNCTION, 1, _fold_or_empty)
        # The person's current name too: a position's entry does not hold it.
        joins = (
            " LEFT JOIN positions q ON h.table_name = 'positions' AND q.id = h.row_id"
            " LEFT JOIN people p ON p.id = CASE h.table_name WHEN 'people' THEN h.row_id"
            " ELSE q.person_id END"
            " LEFT JOIN units u ON h.table_name = 'units' AND u.id = h.row_id"
        )
        clauses.append(
            f"instr({_FOLD_FUNCTION}(h.user || ' ' || coalesce(h.old_values, '') || ' ' ||"
            " coalesce(h.new_values, '') || ' ' || coalesce(p.full_name, '') || ' ' ||"
            " coalesce(u.name, '')), ?) > 0"
        )
        params.append(needle)
    where_sql = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return f"SELECT {columns} FROM change_history h{joins}{where_sql}", params


def _fold_or_empty(text: str | None) -> str:
    return fold(text) if text else ""
