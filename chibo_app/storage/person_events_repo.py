"""Queries over person_events (discipline, conclusions, đình chỉ, long leave, temporary
membership). Writes go through storage.records from services.person_events."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlite_utils

from chibo_app.core.person_events import EventKind, PersonEvent

_COLUMNS = (
    "id, person_id, kind, form, scope, start_date, end_date, document, authority, place,"
    " comments, notes"
)
_FIELDS = [c.strip() for c in _COLUMNS.split(",")]


def event_values(event: PersonEvent) -> dict[str, object]:
    """The person_events row (without id)."""
    values = {name: getattr(event, name) for name in _FIELDS[1:]}
    values["kind"] = str(event.kind)
    return values


def _event(row: tuple[Any, ...]) -> PersonEvent:
    values: dict[str, Any] = dict(zip(_FIELDS, row, strict=True))
    values["kind"] = EventKind(values["kind"])
    return PersonEvent(**values)


def get(db: sqlite_utils.Database, event_id: int) -> PersonEvent | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM person_events WHERE id = ?", [event_id]).fetchone()
    return _event(row) if row else None


def of_person(db: sqlite_utils.Database, person_id: int) -> list[PersonEvent]:
    """A person's records, oldest first."""
    cursor = db.execute(
        f"SELECT {_COLUMNS} FROM person_events WHERE person_id = ?"
        " ORDER BY coalesce(start_date, ''), id",
        [person_id],
    )
    return [_event(row) for row in cursor.fetchall()]


def by_person(db: sqlite_utils.Database) -> dict[int, tuple[PersonEvent, ...]]:
    """person id → their records (a cell has few: one query for a year's list)."""
    found: dict[int, list[PersonEvent]] = defaultdict(list)
    cursor = db.execute(
        f"SELECT {_COLUMNS} FROM person_events ORDER BY person_id, coalesce(start_date, ''), id"
    )
    for row in cursor.fetchall():
        event = _event(row)
        found[event.person_id].append(event)
    return {person: tuple(events) for person, events in found.items()}
