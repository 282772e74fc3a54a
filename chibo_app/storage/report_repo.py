"""The rows the year report is computed from (one query per kind of record), and its
saved narrative (table report_texts) with the figures it was written against (basis).

Writes of the narrative go through storage.records (change history) from
services.year_report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import sqlite_utils

from chibo_app.core.report_basis import basis_from_json, basis_json
from chibo_app.core.report_figures import (
    EvaluationFact,
    MeetingFact,
    NominationFact,
    PlanFact,
    TaskFact,
)
from chibo_app.core.year_report import SECTION_KEYS, Basis, Narrative
from chibo_app.storage import meetings_repo

TEXTS = "report_texts"


def plans(db: sqlite_utils.Database, year: int) -> list[PlanFact]:
    """The year's plans with their steps (step, date) in the order they were taken."""
    cursor = db.execute(
        "SELECT p.id, p.person_id, p.status, p.submitted_on, p.confirmed_on, e.step, e.on_date"
        " FROM plans p LEFT JOIN plan_events e ON e.plan_id = p.id"
        " WHERE p.year = ? ORDER BY p.id, e.id",
        [year],
    )
    heads: dict[int, tuple[int, int, str, str | None, str | None]] = {}
    steps: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for plan_id, person_id, status, submitted, confirmed, step, on in cursor:
        heads.setdefault(plan_id, (plan_id, person_id, status, submitted, confirmed))
        if step is not None:
            steps[plan_id].append((step, on))
    return [PlanFact(*head, tuple(steps.get(plan_id, ()))) for plan_id, head in heads.items()]


def tasks(db: sqlite_utils.Database, year: int) -> list[TaskFact]:
    """Every task of the year's plans with its mid-year progress and year-end result."""
    cursor = db.execute(
        "SELECT t.plan_id, t.id, t.due, r.progress, x.result FROM plan_tasks t"
        " JOIN plans p ON p.id = t.plan_id"
        " LEFT JOIN task_reviews r ON r.task_id = t.id"
        " LEFT JOIN task_results x ON x.task_id = t.id"
        " WHERE p.year = ? ORDER BY t.plan_id, t.position, t.id",
        [year],
    )
    return [TaskFact(*row) for row in cursor]


def reviews(db: sqlite_utils.Database, year: int) -> dict[int, str | None]:
    """plan id → date of its mid-year review."""
    cursor = db.execute(
        "SELECT m.plan_id, m.reviewed_on FROM midyear_reviews m"
        " JOIN plans p ON p.id = m.plan_id WHERE p.year = ?",
        [year],
    )
    return {plan_id: on for plan_id, on in cursor}


def evaluations(db: sqlite_utils.Database, year: int) -> list[EvaluationFact]:
    """The party members' evaluations: Quy định 366 classifies đảng viên, and the report
    counts "đảng viên được xếp loại" (a quần chúng's plan evaluated is not one)."""
    cursor = db.execute(
        "SELECT e.status, e.classification, e.exempt_reason, e.evaluated_on FROM evaluations e"
        " JOIN people p ON p.id = e.person_id WHERE e.year = ? AND p.kind != 'non_party'",
        [year],
    )
    return [EvaluationFact(*row) for row in cursor]


def nominations(db: sqlite_utils.Database, year: int) -> list[NominationFact]:
    cursor = db.execute(
        "SELECT kind, field, status, registered_on, commended_on, proposed_on, award_form,"
        " decision_date FROM nominations WHERE year = ? ORDER BY id",
        [year],
    )
    return [NominationFact(*row) for row in cursor]


def meetings(db: sqlite_utils.Database, year: int) -> list[MeetingFact]:
    """The year's meetings with their attendance counted: the people on each meeting's
    roll (the party members of its day), as the meetings page and the person's page."""
    return [
        MeetingFact(day, kind, c.present, c.excused, c.absent)
        for day, kind, c in meetings_repo.counted(db, year)
    ]


def commendations(db: sqlite_utils.Database, year: int) -> list[tuple[str, str, int | None]]:
    """(meeting date, text, nomination id) of every commendation announced in the year;
    the text as announced: "Biểu dương đồng chí … (unit): what for"."""
    return [
        (day, sentence, nomination)
        for _meeting, day, sentence, nomination in meetings_repo.announced(db, year=year)
    ]


def topics_held(db: sqlite_utils.Database, year: int, until: str) -> dict[int, str]:
    """topic id → the first meeting (by an ISO date) that discussed it."""
    cursor = db.execute(
        "SELECT mt.topic_id, min(m.held_on) FROM meeting_topics mt"
        " JOIN meetings m ON m.id = mt.meeting_id JOIN topics t ON t.id = mt.topic_id"
        " WHERE t.year = ? AND m.held_on <= ? GROUP BY mt.topic_id",
        [year, until],
    )
    return {topic: day for topic, day in cursor}


# The narrative ------------------------------------------------------------------------------


def narrative(db: sqlite_utils.Database, year: int, period: str) -> Narrative | None:
    row = db.execute(
        f"SELECT id, until_date, basis, {', '.join(SECTION_KEYS)} FROM {TEXTS}"
        " WHERE year = ? AND period = ?",
        [year, period],
    ).fetchone()
    if row is None:
        return None
    until = dt.date.fromisoformat(row[1]) if row[1] else None
    results, shortcomings, lessons, directions = row[3:]
    return Narrative(
        results,
        shortcomings,
        lessons,
        directions,
        until=until,
        id=row[0],
        basis=basis_from_json(row[2]),
    )


def save_basis(db: sqlite_utils.Database, row_id: int, basis: Basis | None) -> None:
    """The figures the narrative was written against: bookkeeping derived from rows that
    have their own history, so written without a change-history entry."""
    db.execute(f"UPDATE {TEXTS} SET basis = ? WHERE id = ?", [basis_json(basis), row_id])


def narrative_values(narrative: Narrative) -> dict[str, object]:
    values: dict[str, object] = dict(zip(SECTION_KEYS, narrative.texts(), strict=True))
    values["until_date"] = narrative.until.isoformat() if narrative.until else None
    return values
