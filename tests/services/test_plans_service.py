"""Plans service: saving, the life cycle in the database, history, locks and bulk steps."""

import pytest

from chibo_app.core.people import Person
from chibo_app.core.plans import LOCKED_MESSAGE, PlanLocked, PlanStatus, PlanTask, Source, Step
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import people, plan_lists, plans, years
from chibo_app.storage import records
from tests.core.plan_corpus import EDITS, HONEST


@pytest.fixture
def crew(session):
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]
    session.ids = [people.save_person(session, Person(full_name=n)) for n in names]
    return session


def write(session, person_id, corpus_plan, year=2026):
    plan = plans.start_plan(session, person_id, year)
    return plans.save_plan(
        session,
        plan.with_changes(
            remedies=corpus_plan.remedies,
            tasks=corpus_plan.tasks,
            commitments=corpus_plan.commitments,
        ),
    )


def test_save_keeps_order_and_history(crew):
    plan = write(crew, crew.ids[0], HONEST["van_thu_1"])
    assert [t.text for t in plan.tasks] == [t.text for t in HONEST["van_thu_1"].tasks]
    reordered = plan.with_changes(tasks=(plan.tasks[2], plan.tasks[0]))
    saved = plans.save_plan(crew, reordered)
    assert [t.id for t in saved.tasks] == [plan.tasks[2].id, plan.tasks[0].id]
    assert records.history_of(crew.db, "plan_tasks", plan.tasks[1].id)[-1]["action"] == "delete"
    assert [e.step for e in plans.events(crew, plan.id)] == [Step.CREATED]


def test_one_plan_per_person_per_year(crew):
    plans.start_plan(crew, crew.ids[0], 2026)
    with pytest.raises(ChiboError, match="đã có kế hoạch năm 2026"):
        plans.start_plan(crew, crew.ids[0], 2026)


def test_bad_due_date_is_refused(crew):
    plan = plans.start_plan(crew, crew.ids[0], 2026)
    with pytest.raises(ValidationError, match="Nhiệm vụ 1"):
        plans.save_plan(crew, plan.with_changes(tasks=(PlanTask("a", "b", "2026-13"),)))


def test_confirmed_plan_is_locked_and_reopen_reason_recorded(crew):
    plan = write(crew, crew.ids[0], HONEST["ke_toan_1"])
    plans.submit(crew, plan.id, on="10/03/2026")
    confirmed = plans.confirm(crew, plan.id, on="2026-03-15")
    assert confirmed.confirmed_by == "Nguyễn Văn An"  # the cell secretary by default
    with pytest.raises(PlanLocked) as refused:
        plans.save_plan(crew, confirmed.with_changes(remedies=("sửa",)))
    assert str(refused.value) == str(LOCKED_MESSAGE)
    assert plans.get_plan_by_id(crew, plan.id).remedies == HONEST["ke_toan_1"].remedies
    with pytest.raises(ChiboError, match="lý do"):
        plans.reopen(crew, plan.id, "")
    reopened = plans.reopen(crew, plan.id, "Bổ sung nhiệm vụ chuyển đổi số")
    assert reopened.status == PlanStatus.SUBMITTED
    history = plans.events(crew, plan.id)
    assert [e.step for e in history] == [
        Step.CREATED,
        Step.SUBMITTED,
        Step.CONFIRMED,
        Step.REOPENED,
    ]
    assert history[-1].reason == "Bổ sung nhiệm vụ chuyển đổi số"
    assert history[1].on == "2026-03-10"
    changes = records.history_of(crew.db, "plans", plan.id)
    assert any(c["new"].get("status") == "confirmed" for c in changes)
    plans.save_plan(crew, reopened.with_changes(remedies=("sửa",)))  # editable again


def test_return_for_revision_keeps_reason(crew):
    plan = write(crew, crew.ids[1], HONEST["lanh_su_1"])
    plans.submit(crew, plan.id)
    returned = plans.return_for_revision(crew, plan.id, "Chỉ tiêu nhiệm vụ 3 chưa rõ")
    assert (returned.status, returned.return_reason) == (
        PlanStatus.RETURNED,
        "Chỉ tiêu nhiệm vụ 3 chưa rõ",
    )
    assert plans.submit(crew, plan.id).status == PlanStatus.SUBMITTED


def test_bulk_submit_makes_paper_plans_and_is_all_or_nothing(crew):
    write(crew, crew.ids[0], HONEST["van_thu_1"])
    assert plans.bulk_submit(crew, 2026, crew.ids[:3]) == 3
    made = plans.get_plan(crew, crew.ids[2], 2026)
    assert made.status == PlanStatus.SUBMITTED and made.source == Source.PAPER
    with pytest.raises(ChiboError):  # the first is already submitted: nothing changes
        plans.bulk_submit(crew, 2026, [crew.ids[3], crew.ids[0]])
    assert plans.get_plan(crew, crew.ids[3], 2026) is None


def test_bulk_confirm_in_one_transaction(crew):
    plans.bulk_submit(crew, 2026, crew.ids[:2])
    with pytest.raises(ChiboError):
        plans.bulk_confirm(crew, 2026, crew.ids[:3])  # the third has no plan
    assert plans.get_plan(crew, crew.ids[0], 2026).status == PlanStatus.SUBMITTED
    assert plans.bulk_confirm(crew, 2026, crew.ids[:2], by="Trần Thị Bình") == 2
    assert plans.get_plan(crew, crew.ids[1], 2026).confirmed_by == "Trần Thị Bình"


def test_start_from_last_year(crew):
    old = HONEST["thanh_tra_1"]
    old = old.with_changes(tasks=tuple(t.__class__(t.text, t.target, "2025-Q3") for t in old.tasks))
    write(crew, crew.ids[0], old, year=2025)
    copy = plans.start_from_last_year(crew, crew.ids[0], 2026)
    assert copy.source == Source.LAST_YEAR and copy.tasks[0].due == "2026-Q3"
    assert copy.status == PlanStatus.DRAFT and copy.remedies == old.remedies
    with pytest.raises(ChiboError, match="chưa có kế hoạch của năm trước"):
        plans.start_from_last_year(crew, crew.ids[1], 2026)
    pairs = plan_lists.similar_pairs(crew, 2026)
    assert [(p.name, p.other_year) for p in pairs] == [("Nguyễn Văn An", 2025)]


def test_year_list_rows_checks_and_similar(crew):
    write(crew, crew.ids[0], HONEST["hop_tac_1"])
    write(crew, crew.ids[1], EDITS["a few words changed"](HONEST["hop_tac_1"], 0))
    write(crew, crew.ids[2], HONEST["lanh_su_2"])
    rows = {r.full_name: r for r in plan_lists.list_year_plans(crew, 2026)}
    assert rows["Nguyễn Văn An"].similar_to == "Trần Thị Bình"
    assert rows["Trần Thị Bình"].similar_to == "Nguyễn Văn An"
    assert rows["Trần Thị Bình"].similar_score > 0.8 and rows["Trần Thị Bình"].checks == 1
    assert rows["Lê Văn Cường"].similar_to is None and rows["Lê Văn Cường"].checks == 0
    assert rows["Phạm Thị Dung"].status == PlanStatus.NOT_STARTED
    assert rows["Phạm Thị Dung"].overdue  # today (25/11/2026) is past 31/3


def test_rows_made_with_their_copies_are_the_rows_given_their_copies_later(crew):
    """year_rows with the copies found gives what the plans page gets by adding them to
    rows read without (with_closest); a row already showing its copy is kept as it is."""
    write(crew, crew.ids[0], HONEST["hop_tac_1"])
    write(crew, crew.ids[1], EDITS["a few words changed"](HONEST["hop_tac_1"], 0))
    short = plans.start_plan(crew, crew.ids[2], 2026)
    plans.save_plan(crew, short.with_changes(remedies=("Khắc phục.",)))
    closest = plan_lists.year_closest(crew, 2026)
    assert set(closest) == {crew.ids[0], crew.ids[1]}
    later = [
        plan_lists.with_closest(r, closest.get(r.person_id))
        for r in plan_lists.year_rows(crew, 2026)
    ]
    made = plan_lists.year_rows(crew, 2026, closest)
    assert made == later
    assert [r.checks for r in made] == [len(r.check_messages) for r in made]
    assert any(r.checks > 1 for r in made)  # the short plan: too short, no task
    for row in made:
        assert plan_lists.with_closest(row, closest.get(row.person_id)) is row
    an = next(r for r in made if r.person_id == crew.ids[0])
    gone = plan_lists.with_closest(an, None)
    assert an.similar_to == "Trần Thị Bình"
    assert gone.similar_to is None and gone.checks == an.checks - 1


def test_copy_context_checks_while_typing(crew):
    write(crew, crew.ids[0], HONEST["van_thu_2"])
    context = plan_lists.CopyContext(crew, crew.ids[1], 2026)
    typing = EDITS["tasks reordered"](HONEST["van_thu_2"], crew.ids[1])
    messages = [str(c.message) for c in context.checks(typing)]
    assert any("Nguyễn Văn An" in m for m in messages)
    assert context.checks(HONEST["lanh_su_3"]) == []


def test_years_created_from_the_previous_one(crew):
    first = years.create_year(crew, 2025)
    assert first.deadlines["plans_due"] == "2025-03-31"
    years.update_deadlines(
        crew, 2025, {"plans_due": "15/04/2025"}, plan_number="03-KH/CB", plan_date="10/01/2025"
    )
    second = years.create_year(crew, 2026)
    assert second.deadlines["plans_due"] == "2026-04-15"
    assert second.plan_number is None  # a new year has its own plan
    assert years.get_year(crew, 2025).plan_number == "03-KH/CB"
    with pytest.raises(ValidationError, match="Sơ kết"):
        years.update_deadlines(crew, 2026, {"midyear_to": "01/05/2026"})


def test_similar_pairs_follow_every_change_of_plans_and_names(crew):
    """The pairs are reused only while the plans and names they came from are unchanged."""
    from chibo_app.services import people

    write(crew, crew.ids[0], HONEST["hop_tac_1"])
    write(crew, crew.ids[1], HONEST["lanh_su_2"])
    assert plan_lists.similar_pairs(crew, 2026) == []
    assert plan_lists.similar_pairs(crew, 2026) == []  # from the cache
    write(crew, crew.ids[2], EDITS["a few words changed"](HONEST["hop_tac_1"], 0))
    pairs = plan_lists.similar_pairs(crew, 2026)
    assert [(p.name, p.other_name) for p in pairs] == [("Nguyễn Văn An", "Lê Văn Cường")]
    person = people.get_person(crew, crew.ids[2])
    people.save_person(crew, person.with_changes(full_name="Lê Văn Cương"))
    assert plan_lists.similar_pairs(crew, 2026)[0].other_name == "Lê Văn Cương"
    other = HONEST["lanh_su_1"]
    plan = plans.get_plan(crew, crew.ids[2], 2026)
    plans.save_plan(
        crew,
        plan.with_changes(remedies=other.remedies, tasks=other.tasks, commitments=()),
    )
    assert plan_lists.similar_pairs(crew, 2026) == []
