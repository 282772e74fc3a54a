"""The change history read as a feed: what was written since a mark.

Every write leaves a row in change_history (storage.records), committed with the write
itself, and the history's ids only grow. The window keeps the newest id it has seen;
what came after it — from this window, a background job or another process — is what
its pages must catch up with.
"""

from __future__ import annotations

import sqlite_utils

from chibo_app.core.changes import Changes


def mark(db: sqlite_utils.Database) -> int:
    """The newest history id: the feed's position now."""
    return int(db.execute("SELECT coalesce(max(id), 0) FROM change_history").fetchone()[0])


def since(db: sqlite_utils.Database, seen: int) -> tuple[int, Changes]:
    """(the new mark, what was written after `seen`)."""
    rows = db.execute(
        "SELECT id, table_name, row_id FROM change_history WHERE id > ? ORDER BY id", [seen]
    ).fetchall()
    if not rows:
        return seen, Changes()
    return int(rows[-1][0]), Changes.of((table, row_id) for _id, table, row_id in rows)
