"""Writes that leave a trace: every insert, update and delete goes to change_history.

Callers wrap several of these in `db.atomic()` so a multi-row change is one
transaction; each function is also atomic on its own (its row and its trace commit
together, or inside the caller's transaction, roll back together). The `Editor` (the session's
`editor`) names who writes and stamps the change with the session's clock.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.storage import settled
from chibo_app.storage.transactions import own_or_enclosing

Row = dict[str, Any]


def insert(db: sqlite_utils.Database, editor: Editor, table: str, values: Row) -> int:
    with own_or_enclosing(db):
        cursor = db.execute(_insert_sql(table, tuple(values)), list(values.values()))
        row_id = int(cursor.lastrowid or 0)
        record_change(db, editor, table, row_id, "insert", None, _present(values))
    return row_id


def update(db: sqlite_utils.Database, editor: Editor, table: str, row_id: int, values: Row) -> bool:
    """Change the given columns; return False (and write nothing) if nothing differs."""
    with own_or_enclosing(db):
        old = fetch(db, table, row_id)
        changed = {k: v for k, v in values.items() if old.get(k) != v}
        if not changed:
            return False
        db.execute(_update_sql(table, tuple(changed)), [*changed.values(), row_id])
        record_change(
            db, editor, table, row_id, "update", {k: old.get(k) for k in changed}, changed
        )
    return True


def delete(db: sqlite_utils.Database, editor: Editor, table: str, row_id: int) -> None:
    with own_or_enclosing(db):
        old = fetch(db, table, row_id)
        db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        record_change(db, editor, table, row_id, "delete", _present(old), None)


# The statements' text made once per table and columns (a few dozen shapes in all).
@functools.lru_cache(maxsize=512)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return (
        f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )


@functools.lru_cache(maxsize=512)
def _update_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"UPDATE [{table}] SET {', '.join(f'[{k}] = ?' for k in columns)} WHERE id = ?"


def fetch(db: sqlite_utils.Database, table: str, row_id: int) -> Row:
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    row = cursor.fetchone()
    if row is None:
        raise KeyError(f"{table} {row_id}")
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


def _present(values: Row) -> Row:
    return {k: v for k, v in values.items() if v is not None and k != "id"}


def record_change(
    db: sqlite_utils.Database,
    editor: Editor,
    table: str,
    row_id: int | None,
    action: str,
    old: Row | None,
    new: Row | None,
) -> None:
    settled.forget(db, table)  # a block's kept settings are read again after this write
    db.execute(
        "INSERT INTO change_history (at, user, table_name, row_id, action, old_values, new_values)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [editor.stamp(), editor.name, table, row_id, action, _json(old), _json(new)],
    )


# json.dumps(values, ensure_ascii=False, default=str), its encoder made once: dumps makes
# a new encoder at every call given options, and every write of the app makes a row here.
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=str)


def _json(values: Row | None) -> str | None:
    return None if values is None else _ENCODER.encode(values)


def history_of(db: sqlite_utils.Database, table: str, row_id: int) -> list[Row]:
    cursor = db.execute(
        "SELECT at, user, action, old_values, new_values FROM change_history"
        " WHERE table_name = ? AND row_id = ? ORDER BY id",
        [table, row_id],
    )
    return [
        {
            "at": at,
            "user": user,
            "action": action,
            "old": json.loads(old) if old else {},
            "new": json.loads(new) if new else {},
        }
        for at, user, action, old, new in cursor.fetchall()
    ]
