"""Queries over rule sets, mid-year reviews and year-end evaluations.

Writes go through storage.records (change history) from services.evaluation and
services.rule_sets. A year's records are read in a few queries (5,000 people at once).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from typing import Any

import sqlite_utils

from chibo_app.core import stored_messages
from chibo_app.core.evaluation import (
    Evaluation,
    EvaluationEvent,
    EvaluationStatus,
    EvaluationStep,
    MidyearReview,
    Progress,
    Result,
    TaskResult,
    TaskReview,
)
from chibo_app.core.people import PersonFact
from chibo_app.core.rules import Definition, RuleSet, definition_json, parse_definition

# Rule sets ------------------------------------------------------------------------------

_RULE_COLUMNS = "id, code, name, regulation, issued_on, definition, builtin"


def _rule_set(row: tuple[Any, ...]) -> RuleSet:
    return RuleSet(
        id=row[0],
        code=row[1],
        name=row[2],
        regulation=row[3],
        issued_on=row[4],
        definition=_parsed(row[5]),
        builtin=bool(row[6]),
    )


@functools.lru_cache(maxsize=32)
def _parsed(definition: str) -> Definition:
    """A stored definition parsed once per text: every evaluation saved reads its rule
    set (a Definition is frozen; the same text always parses to an equal one)."""
    return parse_definition(definition)


def rule_set_values(rule_set: RuleSet) -> dict[str, object]:
    return {
        "code": rule_set.code,
        "name": rule_set.name,
        "regulation": rule_set.regulation,
        "issued_on": rule_set.issued_on,
        "definition": definition_json(rule_set.definition),
        "builtin": int(rule_set.builtin),
    }


def rule_sets(db: sqlite_utils.Database) -> list[RuleSet]:
    """Every rule set, newest regulation first."""
    cursor = db.execute(
        f"SELECT {_RULE_COLUMNS} FROM rule_sets ORDER BY coalesce(issued_on, '') DESC, id"
    )
    return [_rule_set(row) for row in cursor.fetchall()]


def rule_set(db: sqlite_utils.Database, rule_set_id: int) -> RuleSet | None:
    row = db.execute(f"SELECT {_RULE_COLUMNS} FROM rule_sets WHERE id = ?", [rule_set_id])
    found = row.fetchone()
    return _rule_set(found) if found else None


def rule_set_by_code(db: sqlite_utils.Database, code: str) -> RuleSet | None:
    row = db.execute(f"SELECT {_RULE_COLUMNS} FROM rule_sets WHERE code = ?", [code]).fetchone()
    return _rule_set(row) if row else None


def rule_set_locked_years(db: sqlite_utils.Database, rule_set_id: int) -> list[int]:
    """The years with a locked (evaluated) evaluation made under this rule set."""
    cursor = db.execute(
        "SELECT DISTINCT year FROM evaluations WHERE rule_set_id = ? AND status = 'evaluated'"
        " ORDER BY year",
        [rule_set_id],
    )
    return [int(row[0]) for row in cursor]


def rule_set_evaluations(db: sqlite_utils.Database) -> dict[int, dict[int, tuple[int, int]]]:
    """rule set id → year → (evaluations made under it, of which locked)."""
    found: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    cursor = db.execute(
        "SELECT rule_set_id, year, count(*), sum(status = 'evaluated') FROM evaluations"
        " WHERE rule_set_id IS NOT NULL GROUP BY rule_set_id, year"
    )
    for rule_set_id, year, count, locked in cursor:
        found[int(rule_set_id)][int(year)] = (int(count), int(locked or 0))
    return dict(found)


def year_rule_set_codes(db: sqlite_utils.Database, key: str) -> dict[int, str]:
    """year → the rule set code the year chose (year setting `key`)."""
    cursor = db.execute("SELECT year, value FROM year_settings WHERE key = ?", [key])
    return {int(year): str(value) for year, value in cursor if value}


def open_evaluations_of_rule_set(db: sqlite_utils.Database, rule_set_id: int) -> list[Evaluation]:
    return _evaluations(db, "e.rule_set_id = ? AND e.status = 'open'", [rule_set_id])


# Mid-year reviews -----------------------------------------------------------------------


def review_of_plan(db: sqlite_utils.Database, plan_id: int) -> MidyearReview | None:
    found = _reviews(db, "r.plan_id = ?", [plan_id])
    return found.get(plan_id)


def reviews_of_year(db: sqlite_utils.Database, year: int) -> dict[int, MidyearReview]:
    """plan id → its review, for the plans of `year` that have one."""
    return _reviews(db, "p.year = ?", [year])


def _reviews(db: sqlite_utils.Database, where: str, params: list[Any]) -> dict[int, MidyearReview]:
    tasks: dict[int, list[TaskReview]] = defaultdict(list)
    cursor = db.execute(
        "SELECT t.plan_id, v.task_id, v.progress, v.note FROM task_reviews v"
        " JOIN plan_tasks t ON t.id = v.task_id JOIN plans p ON p.id = t.plan_id"
        f" JOIN midyear_reviews r ON r.plan_id = p.id WHERE {where} ORDER BY t.position",
        params,
    )
    for plan_id, task_id, progress, note in cursor:
        tasks[plan_id].append(TaskReview(task_id, Progress(progress), note))
    cursor = db.execute(
        "SELECT r.id, r.plan_id, r.comment, r.reviewed_on, r.reviewed_by FROM midyear_reviews r"
        f" JOIN plans p ON p.id = r.plan_id WHERE {where}",
        params,
    )
    return {
        plan_id: MidyearReview(plan_id, comment, on, by, tuple(tasks.get(plan_id, ())), i)
        for i, plan_id, comment, on, by in cursor.fetchall()
    }


def midyear_task_rows(db: sqlite_utils.Database, year: int) -> list[tuple[Any, ...]]:
    """One query over the year's confirmed plans: (person id, plan id, reviewed (0/1),
    reviewed on, the review's comment, task id, due, progress) per task, a plan without
    tasks once with task id None; ordered by plan and task position."""
    cursor = db.execute(
        "SELECT p.person_id, p.id, r.id IS NOT NULL, r.reviewed_on, r.comment, t.id, t.due,"
        " CASE WHEN r.id IS NULL THEN NULL ELSE v.progress END"
        " FROM plans p LEFT JOIN midyear_reviews r ON r.plan_id = p.id"
        " LEFT JOIN plan_tasks t ON t.plan_id = p.id"
        " LEFT JOIN task_reviews v ON v.task_id = t.id"
        " WHERE p.year = ? AND p.status = 'confirmed' ORDER BY p.id, t.position",
        [year],
    )
    return [tuple(row) for row in cursor]


def task_review_ids(db: sqlite_utils.Database, task_ids: list[int]) -> dict[int, int]:
    """task id → task_reviews row id."""
    return _ids_by_task(db, "task_reviews", task_ids)


def task_result_ids(db: sqlite_utils.Database, task_ids: list[int]) -> dict[int, int]:
    """task id → task_results row id."""
    return _ids_by_task(db, "task_results", task_ids)


def _ids_by_task(db: sqlite_utils.Database, table: str, task_ids: list[int]) -> dict[int, int]:
    if not task_ids:
        return {}
    marks = ", ".join("?" for _ in task_ids)
    cursor = db.execute(f"SELECT task_id, id FROM {table} WHERE task_id IN ({marks})", task_ids)
    return {task: row for task, row in cursor}


# Evaluations ----------------------------------------------------------------------------

_COLUMNS = (
    "id, person_id, year, status, self_assessment, self_classification, cell_assessment,"
    " general_points, score, proposed, explanation, classification, exempt_reason,"
    " rule_set_id, evaluated_on, evaluated_by, notes, frame, task_points, task_points_source,"
    " unit_done_share, unit_exceeded_share, unit_on_time_share, self_general_points,"
    " self_task_points, cell_level, vote_meeting_id, votes_for, votes_against, voters,"
    " decided_level, decided_by, decision_number, decision_date, proposed_before,"
    " proposal_changed"
)
_FIELDS = [c.strip() for c in _COLUMNS.split(",")][1:]  # as named on Evaluation
_E_COLUMNS = ", ".join("e." + c.strip() for c in _COLUMNS.split(","))
_FLAGS = frozenset({"proposal_changed"})


def evaluation_values(evaluation: Evaluation) -> dict[str, object]:
    """The evaluations row (without id, task results and remedies)."""
    values: dict[str, object] = {}
    for name in _FIELDS:
        value = getattr(evaluation, name)
        if name == "status":
            value = str(value)
        elif name == "explanation":
            value = stored_messages.dump_list(value)
        elif name in _FLAGS:
            value = int(bool(value))
        values[name] = value
    return values


def _evaluation(
    row: tuple[Any, ...], tasks: tuple[TaskResult, ...], remedied: tuple[bool, ...]
) -> Evaluation:
    values: dict[str, Any] = dict(zip(_FIELDS, row[1:], strict=True))
    values["status"] = EvaluationStatus(values["status"])
    values["explanation"] = stored_messages.load_list(values["explanation"])
    for name in _FLAGS:
        values[name] = bool(values[name])
    return Evaluation(id=row[0], tasks=tasks, remedied=remedied, **values)


def evaluations_of_year(db: sqlite_utils.Database, year: int) -> dict[int, Evaluation]:
    """person id → their evaluation of `year`, with task results and remedies."""
    return {e.person_id: e for e in _evaluations(db, "e.year = ?", [year])}


def year_statuses(
    db: sqlite_utils.Database, year: int
) -> list[tuple[PersonFact, str, str | None, str | None]]:
    """(membership, name, evaluation status, exempt reason) of the year's people (as
    plans_repo.year_people): what the overview counts, without loading the evaluations
    themselves."""
    cursor = db.execute(
        "SELECT p.id, p.kind, p.status, p.status_date, p.admitted_on, p.full_member_on,"
        " p.full_name, e.status, e.exempt_reason"
        " FROM people p LEFT JOIN evaluations e ON e.person_id = p.id AND e.year = :year"
        " WHERE p.status = 'active'"
        " OR EXISTS (SELECT 1 FROM plans WHERE person_id = p.id AND year = :year)",
        {"year": year},
    )
    return [(PersonFact(*row[:6]), row[6], row[7], row[8]) for row in cursor]


def find(db: sqlite_utils.Database, person_id: int, year: int) -> Evaluation | None:
    found = _evaluations(db, "e.person_id = ? AND e.year = ?", [person_id, year])
    return found[0] if found else None


def get(db: sqlite_utils.Database, evaluation_id: int) -> Evaluation | None:
    found = _evaluations(db, "e.id = ?", [evaluation_id])
    return found[0] if found else None


def of_person(db: sqlite_utils.Database, person_id: int) -> list[Evaluation]:
    return _evaluations(db, "e.person_id = ?", [person_id])


def _evaluations(db: sqlite_utils.Database, where: str, params: list[Any]) -> list[Evaluation]:
    results: dict[int, list[TaskResult]] = defaultdict(list)
    cursor = db.execute(
        "SELECT e.id, r.task_id, r.result, r.on_time, r.evidence FROM task_results r"
        " JOIN plan_tasks t ON t.id = r.task_id JOIN plans p ON p.id = t.plan_id"
        " JOIN evaluations e ON e.person_id = p.person_id AND e.year = p.year"
        f" WHERE {where} ORDER BY t.position",
        params,
    )
    for evaluation_id, task_id, result, on_time, evidence in cursor:
        results[evaluation_id].append(
            TaskResult(task_id, Result(result) if result else None, bool(on_time), evidence)
        )
    remedies: dict[int, list[bool]] = defaultdict(list)
    cursor = db.execute(
        "SELECT m.evaluation_id, m.remedied FROM remedy_results m"
        f" JOIN evaluations e ON e.id = m.evaluation_id WHERE {where} ORDER BY m.position",
        params,
    )
    for evaluation_id, remedied in cursor:
        remedies[evaluation_id].append(bool(remedied))
    rows = db.execute(
        f"SELECT {_E_COLUMNS} FROM evaluations e WHERE {where} ORDER BY e.year",
        params,
    ).fetchall()
    return [
        _evaluation(row, tuple(results.get(row[0], ())), tuple(remedies.get(row[0], ())))
        for row in rows
    ]


def remedy_ids(db: sqlite_utils.Database, evaluation_id: int) -> dict[int, int]:
    """position → remedy_results row id."""
    cursor = db.execute(
        "SELECT position, id FROM remedy_results WHERE evaluation_id = ?", [evaluation_id]
    )
    return {position: row for position, row in cursor}


def events_of(db: sqlite_utils.Database, evaluation_id: int) -> list[EvaluationEvent]:
    cursor = db.execute(
        "SELECT id, step, on_date, who, reason FROM evaluation_events"
        " WHERE evaluation_id = ? ORDER BY id",
        [evaluation_id],
    )
    return [
        EvaluationEvent(EvaluationStep(step), on, who, reason, i)
        for i, step, on, who, reason in cursor
    ]


def evaluated_results(
    db: sqlite_utils.Database, year: int, person_id: int | None = None
) -> dict[int, str]:
    """task id → result code of the tasks of locked (evaluated) evaluations of `year`."""
    sql = (
        "SELECT r.task_id, r.result FROM task_results r JOIN plan_tasks t ON t.id = r.task_id"
        " JOIN plans p ON p.id = t.plan_id JOIN evaluations e"
        " ON e.person_id = p.person_id AND e.year = p.year"
        " WHERE p.year = ? AND e.status = 'evaluated' AND r.result IS NOT NULL"
    )
    params: list[Any] = [year]
    if person_id is not None:
        sql += " AND p.person_id = ?"
        params.append(person_id)
    return {task: result for task, result in db.execute(sql, params)}


def classification_counts(
    db: sqlite_utils.Database, first: int, last: int
) -> list[tuple[int, str, int]]:
    """(year, classification, how many) of the classified evaluations of those years."""
    cursor = db.execute(
        "SELECT year, classification, count(*) FROM evaluations WHERE year BETWEEN ? AND ?"
        " AND classification IS NOT NULL GROUP BY year, classification",
        [first, last],
    )
    return [(int(year), str(code), int(number)) for year, code, number in cursor]


def all_evaluations(db: sqlite_utils.Database) -> list[Evaluation]:
    """Every evaluation of every year, with task results and remedies."""
    return _evaluations(db, "1 = 1", [])
