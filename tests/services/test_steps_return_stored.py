"""A life-cycle step of a plan or an evaluation returns the record as stored (it no
longer reads it back: what it returns must be what a read gives)."""

from __future__ import annotations

from chibo_app.services import evaluation, plans
from tests.services.test_evaluation import EXCELLENT, _confirmed_plan, _evaluate, _person

YEAR = 2026


def test_each_plan_step_returns_the_plan_as_stored(session):
    person = _person(session)
    plan = plans.start_plan(session, person, YEAR)
    steps = [
        lambda: plans.submit(session, plan.id, on=f"{YEAR}-03-01"),
        lambda: plans.return_for_revision(
            session, plan.id, "  Bổ sung   chỉ tiêu. ", on="2/3/2026"
        ),
        lambda: plans.submit_from_file(session, plan.id, f"{YEAR}-03-04", "kế hoạch.docx"),
        lambda: plans.confirm(session, plan.id, on=f"{YEAR}-03-10"),
        lambda: plans.reopen(session, plan.id, "Sửa thời hạn nhiệm vụ 2"),
    ]
    for step in steps:
        returned = step()
        assert returned == plans.get_plan_by_id(session, plan.id)
    assert plans.bulk_confirm(session, YEAR, [person]) == 1
    assert plans.get_plan_by_id(session, plan.id).is_locked


def test_each_evaluation_step_returns_the_evaluation_as_stored(session):
    plan = _confirmed_plan(session, _person(session))
    saved = _evaluate(session, plan, 20, EXCELLENT)
    steps = [
        lambda: evaluation.finish(session, saved.id, on="15/12/2026"),
        lambda: evaluation.reopen(session, saved.id, "Bổ sung minh chứng"),
        lambda: evaluation.finish(session, saved.id, on="16/12/2026"),
        lambda: evaluation.record_decision(
            session, saved.id, "good", by=" Đảng ủy  Sở ", number="12-QĐ/ĐU", on="10/01/2027"
        ),
        lambda: evaluation.record_decision(session, saved.id, None),
    ]
    for step in steps:
        returned = step()
        assert returned == evaluation.get_evaluation_by_id(session, saved.id)
