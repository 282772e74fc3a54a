"""Key–value cell settings."""

from __future__ import annotations

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.storage import records


def read_all(db: sqlite_utils.Database) -> dict[str, str]:
    return {k: v for k, v in db.execute("SELECT key, value FROM settings").fetchall()}


def write_many(db: sqlite_utils.Database, editor: Editor, values: dict[str, str]) -> None:
    """Upsert each key; the history keeps old and new values under table 'settings'."""
    with db.atomic():
        current = read_all(db)
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        for key, value in changed.items():
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
        if changed:
            records.record_change(
                db,
                editor,
                "settings",
                None,
                "update",
                {k: current.get(k) for k in changed},
                changed,
            )
