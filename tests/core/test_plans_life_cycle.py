"""The plan's life cycle: each step, what it refuses, and the lock after confirmation."""

import pytest

from chibo_app.core import plans as rules
from chibo_app.core.plans import Plan, PlanStatus, PlanTask, Step


def draft():
    return Plan(person_id=1, year=2026, tasks=(PlanTask("Số hóa văn bản", "95%", "2026-Q2"),))


def test_full_cycle_with_a_return():
    plan, event = rules.submit(draft(), "2026-03-10", "Văn phòng")
    assert (plan.status, plan.submitted_on, event.step) == (
        PlanStatus.SUBMITTED,
        "2026-03-10",
        Step.SUBMITTED,
    )
    plan, event = rules.return_for_revision(plan, "2026-03-12", "Bí thư", " chỉ tiêu chưa rõ ")
    assert plan.status == PlanStatus.RETURNED
    assert (plan.return_reason, event.reason) == ("chỉ tiêu chưa rõ", "chỉ tiêu chưa rõ")
    plan, _ = rules.submit(plan, "2026-03-20", "Văn phòng")
    assert plan.submitted_on == "2026-03-20"
    plan, event = rules.confirm(plan, "2026-03-25", "Nguyễn Văn An")
    assert (plan.status, plan.confirmed_on, plan.confirmed_by) == (
        PlanStatus.CONFIRMED,
        "2026-03-25",
        "Nguyễn Văn An",
    )
    assert plan.is_locked and event.who == "Nguyễn Văn An"


def test_confirmed_plan_refuses_edits_in_vietnamese():
    plan, _ = rules.submit(draft(), "2026-03-10", "x")
    plan, _ = rules.confirm(plan, "2026-03-11", "Bí thư")
    with pytest.raises(rules.PlanLocked, match="đã được chi bộ xác nhận"):
        rules.ensure_editable(plan)
    rules.ensure_editable(draft())  # a draft is editable


def test_reopen_needs_a_reason_and_unlocks():
    plan, _ = rules.submit(draft(), "2026-03-10", "x")
    plan, _ = rules.confirm(plan, "2026-03-11", "Bí thư")
    with pytest.raises(rules.StepRefused, match="lý do"):
        rules.reopen(plan, "2026-04-01", "Bí thư", "   ")
    plan, event = rules.reopen(plan, "2026-04-01", "Bí thư", "Bổ sung nhiệm vụ mới")
    assert plan.status == PlanStatus.SUBMITTED and not plan.is_locked
    assert plan.confirmed_on is None and event.reason == "Bổ sung nhiệm vụ mới"


@pytest.mark.parametrize(
    "status, step",
    [
        (PlanStatus.DRAFT, "confirm"),
        (PlanStatus.DRAFT, "return"),
        (PlanStatus.SUBMITTED, "submit"),
        (PlanStatus.CONFIRMED, "submit"),
        (PlanStatus.CONFIRMED, "confirm"),
        (PlanStatus.SUBMITTED, "reopen"),
    ],
)
def test_steps_that_do_not_apply_are_refused(status, step):
    plan = draft().with_changes(status=status)
    calls = {
        "submit": lambda: rules.submit(plan, "2026-03-01", "x"),
        "confirm": lambda: rules.confirm(plan, "2026-03-01", "x"),
        "return": lambda: rules.return_for_revision(plan, "2026-03-01", "x", "lý do"),
        "reopen": lambda: rules.reopen(plan, "2026-03-01", "x", "lý do"),
    }
    with pytest.raises(rules.StepRefused):
        calls[step]()


def test_return_needs_a_reason():
    plan, _ = rules.submit(draft(), "2026-03-10", "x")
    with pytest.raises(rules.StepRefused, match="lý do trả lại"):
        rules.return_for_revision(plan, "2026-03-11", "x", "")


def test_confirmation_cannot_precede_submission():
    plan, _ = rules.submit(draft(), "2026-03-10", "x")
    with pytest.raises(rules.StepRefused, match="trước ngày nộp"):
        rules.confirm(plan, "2026-03-01", "Bí thư")


def test_split_items_drops_bullets_and_blank_lines():
    typed = "- Khắc phục chậm trễ\n\n• Học ngoại ngữ \r\n2. Giữ đoàn kết\n  "
    assert rules.split_items(typed) == ("Khắc phục chậm trễ", "Học ngoại ngữ", "Giữ đoàn kết")
    assert rules.split_items(rules.join_items(["a b", "c"])) == ("a b", "c")


def test_move_task_and_numbering_follow_the_order():
    tasks = (PlanTask("một"), PlanTask("hai"), PlanTask("ba"))
    assert [t.text for t in rules.move_task(tasks, 2, -1)] == ["một", "ba", "hai"]
    assert rules.move_task(tasks, 0, -1) == tasks


def test_copy_from_last_year_moves_due_dates():
    old = Plan(1, 2025, ("Sửa",), (PlanTask("a", "b", "2025-Q2"), PlanTask("c", "", "ongoing")))
    new = rules.copy_from(old, 2026)
    assert new.year == 2026 and new.source == rules.Source.LAST_YEAR
    assert [t.due for t in new.tasks] == ["2026-Q2", "ongoing"]
    assert new.id is None and new.status == PlanStatus.DRAFT
