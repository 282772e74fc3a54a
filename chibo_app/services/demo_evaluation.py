"""Demo mid-year reviews and year-end evaluations: the two years before the demo year
planned, reviewed and evaluated (the older under Quy định 124-QĐ/TW when it falls
before 2025), and the demo year reviewed at mid-year, with evaluations under way once
its November has come."""

from __future__ import annotations

import datetime as dt
import random

from chibo_app.core.evaluation import (
    Evaluation,
    Progress,
    Result,
    TaskResult,
    TaskReview,
)
from chibo_app.core.people import Status
from chibo_app.core.plans import Plan, PlanStatus
from chibo_app.errors import ChiboError
from chibo_app.services import evaluation, midyear, plans, years
from chibo_app.services.demo_plans import _write, honest_plan
from chibo_app.services.session import Session
from chibo_app.storage import people_repo

_RESULTS = [Result.EXCEEDED] * 3 + [Result.DONE] * 5 + [Result.PARTLY, Result.NOT_DONE]
_SELF = [
    "Hoàn thành các nhiệm vụ đã đăng ký, chủ động trong công việc được giao.",
    "Đã khắc phục cơ bản các hạn chế; một số việc còn chậm so với kế hoạch.",
    "Thực hiện nghiêm túc kế hoạch; vượt chỉ tiêu ở một số nhiệm vụ chuyên môn.",
]
_CELL = [
    "Chi bộ thống nhất với tự đánh giá của đồng chí.",
    "Đồng chí cần chú ý hoàn thành nhiệm vụ đúng thời hạn.",
    "Có nhiều cố gắng, là tấm gương để đảng viên trong chi bộ học tập.",
]


def fill_evaluations(session: Session, year: int, seed: int = 2026) -> int:
    """Three years of history; returns how many evaluations were made. Everyone active
    has a plan and its evaluation in the past years; someone who joined the party after
    a year's evaluation deadline is evaluated as the non-party staff they then were."""
    rng = random.Random(seed + 366)
    facts = [f for f in people_repo.person_facts(session.db) if f.status == Status.ACTIVE]
    made = 0
    for past in (year - 2, year - 1):
        years.create_year(session, past)
        for person_id in [f.id for f in facts]:
            plan = plans.get_plan(session, person_id, past)
            if plan is None:
                day = f"{past}-03-{rng.randint(2, 28):02d}"
                plan = _write(session, honest_plan(rng, person_id, past), day)
                plan = plans.get_plan_by_id(session, plan.id or 0)
            if plan.status != PlanStatus.CONFIRMED:
                continue
            _review(session, rng, plan, past)
            made += _evaluate(session, rng, plan, finish=True)
    current = _confirmed(session, year)
    for plan in current:
        _review(session, rng, plan, year)
    if session.today() >= dt.date(year, 11, 1):
        for plan in current[::2]:
            made += _evaluate(session, rng, plan, finish=rng.random() < 0.4)
    return made


def _confirmed(session: Session, year: int) -> list[Plan]:
    rows = session.db.execute(
        "SELECT id FROM plans WHERE year = ? AND status = 'confirmed' ORDER BY id", [year]
    ).fetchall()
    return [plans.get_plan_by_id(session, r[0]) for r in rows]


def _review(session: Session, rng: random.Random, plan: Plan, year: int) -> None:
    assert plan.id is not None
    steps = [Progress.DONE, Progress.IN_PROGRESS, Progress.IN_PROGRESS, Progress.NOT_STARTED]
    tasks = [
        TaskReview(t.id or 0, rng.choice(steps), "Đang triển khai theo kế hoạch.")
        for t in plan.tasks
    ]
    comment = rng.choice(["Thực hiện đúng tiến độ.", "Cần đẩy nhanh tiến độ một số nhiệm vụ."])
    midyear.save_review(session, plan.id, tasks, comment, on=f"{year}-07-{rng.randint(1, 28):02d}")


def _evaluate(session: Session, rng: random.Random, plan: Plan, finish: bool) -> int:
    try:
        started = evaluation.start_evaluation(session, plan.person_id, plan.year)
    except ChiboError:
        return 0
    results = tuple(
        TaskResult(t.id or 0, rng.choice(_RESULTS), rng.random() < 0.85, "Báo cáo kết quả công tác")
        for t in plan.tasks
    )
    filled: Evaluation = started.with_changes(
        self_assessment=rng.choice(_SELF),
        cell_assessment=rng.choice(_CELL),
        general_points=rng.choice([22, 24, 25, 26, 27, 28, 28.5, 29, 30]),
        tasks=results,
        remedied=tuple(rng.random() < 0.85 for _ in plan.remedies),
    )
    saved = evaluation.save_evaluation(session, filled)
    if finish and saved.id is not None:
        evaluation.finish(session, saved.id, on=f"{plan.year}-12-{rng.randint(1, 15):02d}")
    return 1
