"""The mid-year review (sơ kết 6 tháng) of confirmed plans; every write recorded.

Per task a progress and a note, per plan a comment of the cell. `midyear_rows` says,
for everyone with a confirmed plan, whether they were reviewed and how many tasks due
by mid-year (the year's "midyear_to" day) are not done: who is behind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from chibo_app.core.evaluation import MidyearReview, Progress, TaskReview, late_count
from chibo_app.core.messages import msg
from chibo_app.core.plans import PlanStatus
from chibo_app.core.text import clean
from chibo_app.errors import ChiboError
from chibo_app.services import plans, years
from chibo_app.services.evaluation import parse_day
from chibo_app.services.session import Session
from chibo_app.storage import evaluation_repo, plans_repo, records


@dataclass(frozen=True)
class MidyearRow:
    person_id: int
    full_name: str
    unit: str | None
    plan_id: int
    reviewed: bool
    tasks: int
    done: int
    behind: int  # tasks due by mid-year and not done (all of them when not reviewed)
    comment: str = ""
    reviewed_on: str | None = None


def get_review(session: Session, plan_id: int) -> MidyearReview | None:
    return evaluation_repo.review_of_plan(session.db, plan_id)


def save_review(
    session: Session,
    plan_id: int,
    tasks: Sequence[TaskReview],
    comment: str = "",
    on: str | None = None,
) -> MidyearReview:
    """Record the review of a confirmed plan (again: changes what differs)."""
    plan = plans.get_plan_by_id(session, plan_id)
    if plan.status != PlanStatus.CONFIRMED:
        raise ChiboError(msg("Chỉ sơ kết kế hoạch đã được chi bộ xác nhận."))
    own = {t.id for t in plan.tasks}
    strangers = [t.task_id for t in tasks if t.task_id not in own]
    if strangers:
        raise ChiboError(msg("Có nhiệm vụ không thuộc kế hoạch này; hãy tải lại kế hoạch."))
    day = parse_day(session, on)
    db, editor = session.db, session.editor
    values = {"comment": clean(comment), "reviewed_on": day, "reviewed_by": editor.name}
    with db.atomic():
        stored = evaluation_repo.review_of_plan(db, plan_id)
        if stored is None or stored.id is None:
            records.insert(db, editor, "midyear_reviews", {"plan_id": plan_id, **values})
        else:
            records.update(db, editor, "midyear_reviews", stored.id, values)
        existing = evaluation_repo.task_review_ids(db, [t.task_id for t in tasks])
        for task in tasks:
            row = {"progress": str(Progress(task.progress)), "note": clean(task.note)}
            if task.task_id in existing:
                records.update(db, editor, "task_reviews", existing[task.task_id], row)
            else:
                records.insert(db, editor, "task_reviews", {"task_id": task.task_id, **row})
    found = get_review(session, plan_id)
    assert found is not None
    return found


def midyear_rows(session: Session, year: int) -> list[MidyearRow]:
    """One row per confirmed plan of the year (people in the plans list order)."""
    found = midyear_by_person(session, year)
    return [
        replace(found[person_id], full_name=name, unit=unit)
        for person_id, name, unit in plans_repo.year_people(session.db, year)
        if person_id in found
    ]


_PROGRESS = {str(p): p for p in Progress}  # a dict, not Progress(): 20,000 tasks a year


def midyear_by_person(session: Session, year: int) -> dict[int, MidyearRow]:
    """person id → where their confirmed plan stands at mid-year, read in one query (the
    plans page shows it for thousands of people); names are left empty."""
    midyear = years.get_year(session, year).deadline("midyear_to")
    plans: dict[int, list[Any]] = {}
    tasks: dict[int, list[tuple[str | None, Progress | None]]] = defaultdict(list)
    rows = evaluation_repo.midyear_task_rows(session.db, year)
    for person_id, plan_id, reviewed, on, comment, task_id, due, progress in rows:
        plans.setdefault(person_id, [plan_id, bool(reviewed), on, comment or ""])
        if task_id is not None:
            tasks[person_id].append((due, _PROGRESS[progress] if progress else None))
    found = {}
    for person_id, (plan_id, reviewed, on, comment) in plans.items():
        own = tasks.get(person_id, [])
        found[person_id] = MidyearRow(
            person_id=person_id,
            full_name="",
            unit=None,
            plan_id=plan_id,
            reviewed=reviewed,
            tasks=len(own),
            done=sum(1 for _due, progress in own if progress == Progress.DONE),
            behind=late_count(own, midyear),
            comment=comment,
            reviewed_on=on,
        )
    return found
