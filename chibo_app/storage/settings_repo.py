"""Key–value cell settings, and the column choices remembered for import files."""

from __future__ import annotations

import json

import sqlite_utils

from chibo_app.core.clock import Editor
from chibo_app.storage import records, settled


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


def import_mapping(db: sqlite_utils.Database, signature: str) -> dict[str, int] | None:
    """The columns chosen by hand for a spreadsheet of this header shape, if any."""
    row = db.execute(
        "SELECT mapping FROM import_mappings WHERE signature = ?", [signature]
    ).fetchone()
    return {k: int(v) for k, v in json.loads(row[0]).items()} if row else None


def remember_import_mapping(
    db: sqlite_utils.Database, editor: Editor, signature: str, mapping: dict[str, int]
) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO import_mappings (signature, mapping) VALUES (?, ?)"
            " ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping",
            [signature, json.dumps(mapping)],
        )
        records.record_change(
            db,
            editor,
            "import_mappings",
            None,
            "update",
            None,
            {"signature": signature, "mapping": mapping},
        )


def drop_flag(db: sqlite_utils.Database, key: str) -> None:
    """Remove a bookkeeping flag a schema step left (not a setting the user sees)."""
    settled.forget(db, "settings")
    db.execute("DELETE FROM settings WHERE key = ?", [key])
