"""The đảng ủy's view of its cells for a year: what each has sent, when, and what is
still missing before each deadline (the same deadlines as a cell's overview, set in the
đảng bộ file's own years). The combined documents are in services.dang_bo_documents.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from chibo_app.core import package as core
from chibo_app.core import stored_messages
from chibo_app.core.messages import Message
from chibo_app.core.package import Part
from chibo_app.core.plans import PlanStatus
from chibo_app.core.text import fold
from chibo_app.services import level, years
from chibo_app.services.session import Session
from chibo_app.storage import received_repo
from chibo_app.storage.received_repo import Received, SubCell


@dataclass(frozen=True)
class PartStatus:
    part: Part
    deadline: dt.date
    days_left: int  # from today; negative once passed
    received: Received | None = None  # the current package of the part
    version: int = 0  # how many packages of the part the cell has sent for the year
    # What the received package still lacks: people's names, or a unit's shortfall (a
    # message, a sentence in a package of format 1).
    missing: tuple[Message | str, ...] = ()

    @property
    def overdue(self) -> bool:
        return self.days_left < 0 and (self.received is None or bool(self.missing))


@dataclass(frozen=True)
class CellStatus:
    cell: SubCell
    parts: tuple[PartStatus, ...]

    def part(self, part: Part) -> PartStatus:
        return next(p for p in self.parts if p.part == part)


def status(session: Session, year: int) -> list[CellStatus]:
    """Every cell known to the đảng bộ (from any package received), in name order."""
    level.require_committee(session)
    db = session.db
    today = session.today()
    deadlines = years.get_year(session, year).deadlines
    every = received_repo.received(db, year=year)
    current = [r for r in every if r.current]
    contents = received_repo.contents(db, [r.id for r in current])
    found = []
    for cell in sorted(received_repo.sub_cells(db), key=lambda c: _name_key(c.name)):
        parts = []
        for part in core.PARTS:
            day = dt.date.fromisoformat(deadlines[core.PART_DEADLINES[part]])
            mine = [r for r in every if r.sub_cell_id == cell.id and r.part == part]
            now = next((r for r in mine if r.current), None)
            missing = _missing(part, contents[now.id]) if now is not None else ()
            parts.append(PartStatus(part, day, (day - today).days, now, len(mine), missing))
        found.append(CellStatus(cell, tuple(parts)))
    return found


def _name_key(name: str) -> tuple[object, ...]:
    return (fold(name), name)


def rows_of(content: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """A part's rows as received (an older package's rows lack the columns added since:
    None)."""
    shape = core.TABLES_BY_NAME[table]
    return [core.as_dict(shape, row) for row in content.get(table, [])]


def _quota_line(row: dict[str, Any]) -> Message | str:
    """A unit's shortfall as the cell's package said it: the message by id and values,
    or the Vietnamese sentence of a package of format 1 (shown as written)."""
    try:
        found = stored_messages.load(json.loads(row["message"] or "null"))
    except ValueError:
        found = None
    return found if isinstance(found, Message) else str(row["text"] or row["unit"])


def _missing(part: Part, content: dict[str, Any]) -> tuple[Message | str, ...]:
    """What the cell's own overview would still list for the deadline, as of its package."""
    if part == Part.NOMINATIONS:
        return tuple(_quota_line(r) for r in rows_of(content, "nomination_quotas"))
    if part == Part.PLANS:
        return tuple(
            r["full_name"] for r in rows_of(content, "plans") if r["status"] != PlanStatus.CONFIRMED
        )
    if part == Part.EVALUATION:
        return tuple(
            r["full_name"]
            for r in rows_of(content, "evaluations")
            if not r["final_level"] and not r["exempt_reason"]
        )
    return ()


def status_json(found: list[CellStatus], year: int) -> dict[str, Any]:
    return {
        "year": year,
        "cells": [
            {
                "uid": c.cell.uid,
                "name": c.cell.name,
                "parts": {
                    str(p.part): {
                        "received": p.received is not None,
                        "created_at": p.received.created_at if p.received else None,
                        "received_at": p.received.received_at if p.received else None,
                        "version": p.version,
                        "sequence": p.received.sequence if p.received else None,
                        "app_version": p.received.app_version if p.received else None,
                        "schema_version": p.received.schema_version if p.received else None,
                        "deadline": p.deadline.isoformat(),
                        "days_left": p.days_left,
                        "overdue": p.overdue,
                        "missing": [str(line) for line in p.missing],  # Vietnamese
                    }
                    for p in c.parts
                },
            }
            for c in found
        ],
    }
