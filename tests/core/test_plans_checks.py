"""Advice on a plan's content: targets, due dates, empty sections, very short plans."""

from chibo_app.core.plan_checks import MIN_WORDS, CheckKind, check_plan
from chibo_app.core.plans import Plan, PlanTask
from tests.core.plan_corpus import HONEST


def kinds(plan):
    return [c.kind for c in check_plan(plan)]


def test_honest_plans_raise_nothing_but_what_they_lack():
    for name, plan in HONEST.items():
        assert kinds(plan) == [], name


def test_task_without_target_or_due_is_named_by_number():
    plan = HONEST["van_thu_1"]
    tasks = list(plan.tasks)
    tasks[1] = PlanTask(tasks[1].text, "", None)
    found = check_plan(plan.with_changes(tasks=tuple(tasks)))
    assert [(c.kind, c.task) for c in found] == [(CheckKind.NO_TARGET, 1), (CheckKind.NO_DUE, 1)]
    assert str(found[0].message) == "Nhiệm vụ 2 chưa có chỉ tiêu, sản phẩm hoặc kết quả."
    assert str(found[1].message) == "Nhiệm vụ 2 chưa có thời hạn."


def test_empty_sections():
    assert kinds(Plan(1, 2026)) == [CheckKind.EMPTY_REMEDIES, CheckKind.EMPTY_TASKS]


def test_perfunctory_plan_is_too_short():
    plan = Plan(
        1,
        2026,
        ("Khắc phục hạn chế.",),
        (PlanTask("Thực hiện tốt nhiệm vụ được giao", "Hoàn thành tốt", "2026"),),
    )
    assert kinds(plan) == [CheckKind.TOO_SHORT]
    assert "(14 từ)" in str(check_plan(plan)[0].message)
    assert MIN_WORDS == 25


def test_the_word_count_stops_once_there_are_enough():
    """words_if_fewer is word_count below the limit and None from it on, wherever the
    words are (one item or spread over the remedies and the tasks)."""
    from chibo_app.core.plan_checks import word_count, words_if_fewer

    for words in (0, 1, 12, 24, 25, 26, 60):
        text = " ".join(["từ"] * words)
        half = " ".join(["từ"] * (words // 2))
        rest = " ".join(["từ"] * (words - words // 2))
        for plan in (
            Plan(1, 2026, (text,)),
            Plan(1, 2026, (half,), (PlanTask(rest, "", None),)),
        ):
            assert word_count(plan) == words
            assert words_if_fewer(plan, MIN_WORDS) == (words if words < MIN_WORDS else None)
    long_remedy = Plan(1, 2026, (" ".join(["từ"] * 30),), (PlanTask("Một", "", None),))
    assert CheckKind.TOO_SHORT not in kinds(long_remedy)
