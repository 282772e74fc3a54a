"""Queries over personal plans, their tasks and events, and the years' settings.

Writes go through storage.records (change history) from services.plans / services.years.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, NamedTuple

import sqlite_utils

from chibo_app.core.plan_checks import Outline, words_if_short
from chibo_app.core.plans import Plan, PlanEvent, PlanStatus, PlanTask, Source, Step

_PLAN_COLUMNS = (
    "id, person_id, year, status, source, remedies, commitments, submitted_on, returned_on,"
    " return_reason, confirmed_on, confirmed_by"
)


def _plan(row: tuple[Any, ...], tasks: tuple[PlanTask, ...]) -> Plan:
    return Plan(
        id=row[0],
        person_id=row[1],
        year=row[2],
        status=PlanStatus(row[3]),
        source=Source(row[4]),
        remedies=tuple(json.loads(row[5] or "[]")),
        commitments=tuple(json.loads(row[6] or "[]")),
        submitted_on=row[7],
        returned_on=row[8],
        return_reason=row[9],
        confirmed_on=row[10],
        confirmed_by=row[11],
        tasks=tasks,
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps' own, made once


def plan_values(plan: Plan) -> dict[str, object]:
    """The plans row of a Plan (without id and tasks)."""
    return {
        "person_id": plan.person_id,
        "year": plan.year,
        "status": str(plan.status),
        "source": str(plan.source),
        "remedies": _ENCODER.encode(list(plan.remedies)),
        "commitments": _ENCODER.encode(list(plan.commitments)),
        "submitted_on": plan.submitted_on,
        "returned_on": plan.returned_on,
        "return_reason": plan.return_reason,
        "confirmed_on": plan.confirmed_on,
        "confirmed_by": plan.confirmed_by,
    }


def get(db: sqlite_utils.Database, plan_id: int) -> Plan | None:
    row = db.execute(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE id = ?", [plan_id]).fetchone()
    return _plan(row, tasks_of(db, plan_id)) if row else None


def find(db: sqlite_utils.Database, person_id: int, year: int) -> Plan | None:
    row = db.execute(
        "SELECT id FROM plans WHERE person_id = ? AND year = ?", [person_id, year]
    ).fetchone()
    return get(db, row[0]) if row else None


def latest_before(db: sqlite_utils.Database, person_id: int, year: int) -> Plan | None:
    """The person's most recent plan of a year before `year`."""
    row = db.execute(
        "SELECT id FROM plans WHERE person_id = ? AND year < ? ORDER BY year DESC LIMIT 1",
        [person_id, year],
    ).fetchone()
    return get(db, row[0]) if row else None


def tasks_of(db: sqlite_utils.Database, plan_id: int) -> tuple[PlanTask, ...]:
    cursor = db.execute(
        "SELECT id, text, target, due FROM plan_tasks WHERE plan_id = ? ORDER BY position, id",
        [plan_id],
    )
    return tuple(PlanTask(text, target, due, task_id) for task_id, text, target, due in cursor)


def plans_of_year(db: sqlite_utils.Database, year: int) -> list[Plan]:
    """Every plan of the year with its tasks, in two queries (5,000 plans at once)."""
    tasks: dict[int, list[PlanTask]] = defaultdict(list)
    cursor = db.execute(
        "SELECT t.plan_id, t.id, t.text, t.target, t.due FROM plan_tasks t"
        " JOIN plans p ON p.id = t.plan_id WHERE p.year = ? ORDER BY t.plan_id, t.position, t.id",
        [year],
    )
    for plan_id, task_id, text, target, due in cursor:
        tasks[plan_id].append(PlanTask(text, target, due, task_id))
    rows = db.execute(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE year = ?", [year]).fetchall()
    return [_plan(row, tuple(tasks.get(row[0], ()))) for row in rows]


# What str.strip() strips (str.isspace), for SQL's trim(): core.plan_checks tells an
# empty target or task by Python's strip.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


_STATUSES = {str(s): s for s in PlanStatus}


class PlanLine(NamedTuple):
    """A plan as the plans list shows it: its status and dates, and its checks' inputs."""

    id: int
    person_id: int
    status: PlanStatus
    submitted_on: str | None
    confirmed_on: str | None
    outline: Outline


def year_lines(db: sqlite_utils.Database, year: int) -> list[PlanLine]:
    """Every plan of the year as the plans list shows it, the tasks left in SQLite: per
    plan its task count and its tasks' text (for the word count), per task lacking a
    target or a due date its number; the other sections only of the plans whose tasks
    have too few words for the count."""
    values = {"year": year, "space": WHITESPACE}
    tasks: dict[int, tuple[int, str]] = {}
    # In the index's order (plan, position): one plan's tasks are aggregated at a time.
    cursor = db.execute(
        "SELECT plan_id, count(*), group_concat(text || ' ' || target, char(10))"
        " FROM plan_tasks WHERE plan_id IN (SELECT id FROM plans WHERE year = :year)"
        " GROUP BY plan_id",
        values,
    )
    for plan_id, count, text in cursor:
        tasks[plan_id] = (count, text)
    incomplete: dict[int, list[tuple[int, bool, bool]]] = defaultdict(list)
    # A target is blank when Python's strip() empties it; only one starting with a space
    # can be (trim with the whole set is slow over every task).
    blank = (
        "(t.target = '' OR (instr(:space, substr(t.target, 1, 1)) AND trim(t.target, :space) = ''))"
    )
    cursor = db.execute(
        f"SELECT t.plan_id, {blank}, t.due IS NULL OR t.due = '',"
        " (SELECT count(*) FROM plan_tasks u WHERE u.plan_id = t.plan_id"
        "  AND (u.position < t.position OR (u.position = t.position AND u.id <= t.id)))"
        " FROM plan_tasks t JOIN plans p ON p.id = t.plan_id"
        f" WHERE p.year = :year AND ({blank} OR t.due IS NULL OR t.due = '')",
        values,
    )
    for plan_id, no_target, no_due, number in cursor:
        incomplete[plan_id].append((number, bool(no_target), bool(no_due)))
    cursor = db.execute(
        "SELECT id, person_id, status, submitted_on, confirmed_on,"
        " json_array_length(coalesce(nullif(remedies, ''), '[]'))"
        " FROM plans WHERE year = :year",
        values,
    )
    lines: list[PlanLine] = []
    short: list[int] = []  # plans whose tasks have too few words: their other sections
    for plan_id, person_id, status, submitted, confirmed, remedies in cursor:
        count, text = tasks.get(plan_id, (0, ""))
        words = words_if_short(text)
        if words is not None:
            short.append(len(lines))
        lacking = tuple(sorted(incomplete.get(plan_id, ())))
        outline = Outline(remedies, count, lacking, None, has_items=True)
        line = PlanLine(plan_id, person_id, _STATUSES[status], submitted, confirmed, outline)
        lines.append(line)
    sections = _sections(db, [lines[i].id for i in short])
    for i in short:
        line = lines[i]
        items = [item for item in sections[line.id] if item]
        text = tasks.get(line.id, (0, ""))[1]
        if text.strip():  # a task's text and target, stripped, is an item when not empty
            items.append(text)
        words = words_if_short("\n".join(items))
        lines[i] = line._replace(outline=replace(line.outline, words=words, has_items=bool(items)))
    return lines


def _sections(db: sqlite_utils.Database, plan_ids: list[int]) -> dict[int, list[str]]:
    """plan id → the items of its sections 1 and 3 (remedies, commitments)."""
    found: dict[int, list[str]] = {}
    for start in range(0, len(plan_ids), 500):
        chunk = plan_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(
            f"SELECT id, remedies, commitments FROM plans WHERE id IN ({marks})", chunk
        )
        for plan_id, remedies, commitments in cursor:
            found[plan_id] = [*json.loads(remedies or "[]"), *json.loads(commitments or "[]")]
    return found


def plan_ids(db: sqlite_utils.Database, year: int) -> dict[int, int]:
    """person id → the id of their plan of `year`."""
    cursor = db.execute("SELECT person_id, id FROM plans WHERE year = ?", [year])
    return {person: plan for person, plan in cursor}


def plan_texts(db: sqlite_utils.Database, year: int) -> Iterator[tuple[int, int, list[str]]]:
    """(plan id, person id, items as Plan.items() has them) of every plan of the year,
    one plan at a time: copy detection over 20,000 plans never holds them all."""
    tasks = db.execute(
        "SELECT t.plan_id, t.text, t.target FROM plan_tasks t JOIN plans p ON p.id = t.plan_id"
        " WHERE p.year = ? ORDER BY t.plan_id, t.position, t.id",
        [year],
    )
    pending = next(tasks, None)
    plans = db.execute(
        "SELECT id, person_id, remedies, commitments FROM plans WHERE year = ? ORDER BY id",
        [year],
    )
    for plan_id, person_id, remedies, commitments in plans:
        items: list[str] = [r for r in json.loads(remedies or "[]") if r]
        while pending is not None and pending[0] < plan_id:
            pending = next(tasks, None)  # a task of a plan of another year: never (joined)
        while pending is not None and pending[0] == plan_id:
            task = f"{pending[1]} {pending[2]}".strip()
            if task:
                items.append(task)
            pending = next(tasks, None)
        items.extend(c for c in json.loads(commitments or "[]") if c)
        yield plan_id, person_id, items


def events_of(db: sqlite_utils.Database, plan_id: int) -> list[PlanEvent]:
    cursor = db.execute(
        "SELECT id, step, on_date, who, reason FROM plan_events WHERE plan_id = ? ORDER BY id",
        [plan_id],
    )
    return [PlanEvent(Step(step), on, who, reason, i) for i, step, on, who, reason in cursor]


def year_people(db: sqlite_utils.Database, year: int) -> list[tuple[int, str, str | None]]:
    """(id, full name, unit) of everyone the year's plans concern: the active people,
    and anyone who left but already has a plan that year."""
    cursor = db.execute(
        "SELECT p.id, p.full_name, u.name FROM people p LEFT JOIN units u ON u.id = p.unit_id"
        " WHERE p.status = 'active'"
        " OR EXISTS (SELECT 1 FROM plans WHERE person_id = p.id AND year = ?)",
        [year],
    )
    return [(i, name, unit) for i, name, unit in cursor]


def person_names(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    cursor = db.execute(f"SELECT id, full_name FROM people WHERE id IN ({marks})", ids)
    return {i: name for i, name in cursor}


# Years -----------------------------------------------------------------------------


def year_values(db: sqlite_utils.Database, year: int) -> dict[str, tuple[int, str | None]]:
    """key → (row id, value) of the year's settings."""
    cursor = db.execute("SELECT key, id, value FROM year_settings WHERE year = ?", [year])
    return {key: (row_id, value) for key, row_id, value in cursor}


def year_setting_ids(db: sqlite_utils.Database, key: str, value: str) -> list[int]:
    """The year settings `key` whose value is `value` (e.g. the years choosing a rule set)."""
    cursor = db.execute("SELECT id FROM year_settings WHERE key = ? AND value = ?", [key, value])
    return [row_id for (row_id,) in cursor]


def year_exists(db: sqlite_utils.Database, year: int) -> bool:
    return db.execute("SELECT 1 FROM years WHERE year = ?", [year]).fetchone() is not None


def previous_year(db: sqlite_utils.Database, year: int) -> int | None:
    """The latest year before `year` that has settings to copy."""
    row = db.execute("SELECT max(year) FROM year_settings WHERE year < ?", [year]).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def years_of_person(db: sqlite_utils.Database, person_id: int) -> list[int]:
    """The years the person has a plan for."""
    cursor = db.execute("SELECT year FROM plans WHERE person_id = ? ORDER BY year", [person_id])
    return [int(r[0]) for r in cursor]
