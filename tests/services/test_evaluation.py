"""Mid-year review and year-end evaluation through the services: proposal, final
classification, locking and reopening, exempt people, non-party staff, rule sets."""

import copy
import datetime as dt

import pytest

from chibo_app.core.evaluation import (
    EXEMPT_NEW,
    EvaluationLocked,
    EvaluationStatus,
    Progress,
    Result,
    TaskResult,
    TaskReview,
)
from chibo_app.core.meetings import Attendance, Presence
from chibo_app.core.people import Kind, Person, Status
from chibo_app.core.plans import PlanTask, StepRefused
from chibo_app.core.rule_presets import DEFINITION_366
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import (
    evaluation,
    evaluation_lists,
    history,
    meetings,
    midyear,
    people,
    person_history,
    plans,
    rule_set_editing,
    rule_sets,
)
from chibo_app.services.evaluation_standing import voters_allowed, voters_fixed
from chibo_app.storage import nominations_repo

YEAR = 2026


def _person(session, name="Nguyễn Văn An", kind=Kind.FULL, **extra):
    admitted = None if kind == Kind.NON_PARTY else extra.pop("admitted_on", "2010-05-19")
    return people.save_person(
        session, Person(full_name=name, kind=kind, admitted_on=admitted, **extra)
    )


def _confirmed_plan(session, person_id, year=YEAR, tasks=10):
    plan = plans.start_plan(session, person_id, year)
    plan = plans.save_plan(
        session,
        plan.with_changes(
            remedies=("Khắc phục việc chậm trễ xử lý văn bản.", "Học ngoại ngữ."),
            tasks=tuple(
                PlanTask(f"Nhiệm vụ số {n}", f"Chỉ tiêu {n}", f"{year}-0{1 + n % 9}")
                for n in range(tasks)
            ),
        ),
    )
    plans.submit(session, plan.id, on=f"{year}-03-01")
    return plans.confirm(session, plan.id, on=f"{year}-03-10")


def _evaluate(session, plan, general, results, remedied=(True, True)):
    started = evaluation.start_evaluation(session, plan.person_id, plan.year)
    filled = started.with_changes(
        general_points=general,
        tasks=tuple(TaskResult(t.id, Result(r)) for t, r in zip(plan.tasks, results, strict=True)),
        remedied=remedied,
        self_assessment="Tôi hoàn thành tốt nhiệm vụ.",
        self_classification="good",
    )
    return evaluation.save_evaluation(session, filled)


EXCELLENT = ["exceeded"] * 3 + ["done"] * 7


def test_proposal_final_lock_and_reopen(session):
    plan = _confirmed_plan(session, _person(session))
    saved = _evaluate(session, plan, 20, EXCELLENT)
    assert saved.score == 90 and saved.proposed == "excellent"
    assert str(saved.explanation[-1]).startswith("Đạt “Hoàn thành xuất sắc nhiệm vụ”")
    lower = _evaluate(session, plan, 19.9, EXCELLENT)
    assert lower.score == 89.9 and lower.proposed == "good"
    # Another level than the proposal needs the chi bộ's reason (366 Điều 12 step 2).
    with pytest.raises(ValidationError) as refused:
        evaluation.finish(session, saved.id, "excellent", on="15/12/2026")
    assert "cần ghi lý do" in refused.value.problems["notes"]
    evaluation.save_evaluation(session, lower.with_changes(notes="Có sáng kiến được công nhận."))
    done = evaluation.finish(session, saved.id, "excellent", on="15/12/2026")
    assert done.status == EvaluationStatus.EVALUATED and done.classification == "excellent"
    assert done.cell_level == "excellent" and done.decided_level is None
    assert evaluation.plan_is_evaluated(session, plan.id)
    with pytest.raises(EvaluationLocked):
        evaluation.save_evaluation(session, done.with_changes(general_points=30))
    with pytest.raises(StepRefused):
        evaluation.reopen(session, done.id, "  ")
    reopened = evaluation.reopen(session, done.id, "Bổ sung minh chứng nhiệm vụ 3")
    assert reopened.status == EvaluationStatus.OPEN and reopened.cell_level == "excellent"
    steps = [(e.step, e.reason) for e in evaluation.events(session, done.id)]
    assert steps[-1] == ("reopened", "Bổ sung minh chứng nhiệm vụ 3")
    again = evaluation.save_evaluation(session, reopened.with_changes(general_points=30))
    assert again.score == 100
    entries = history.record_history(session, "evaluations", done.id)
    assert entries[0].kind_label == "Đánh giá, xếp loại cuối năm"


def test_final_classification_must_exist_in_the_rule_set(session):
    plan = _confirmed_plan(session, _person(session))
    saved = _evaluate(session, plan, 25, ["done"] * 10)
    with pytest.raises(ChiboError):
        evaluation.finish(session, saved.id, "gold")


def test_unconfirmed_plan_cannot_be_evaluated(session):
    person_id = _person(session)
    plans.start_plan(session, person_id, YEAR)
    with pytest.raises(ChiboError, match="chưa được chi bộ xác nhận"):
        evaluation.start_evaluation(session, person_id, YEAR)


def test_exempt_people(session):
    new = _person(session, "Trần Thị Bình", kind=Kind.PROBATIONARY, admitted_on="2026-08-01")
    exempted = _person(session, "Lê Văn Cường", status=Status.EXEMPTED, status_date="2026-02-01")
    rows = {r.person_id: r for r in evaluation_lists.list_year(session, YEAR)}
    assert rows[new].exempt_reason == EXEMPT_NEW
    started = evaluation.start_evaluation(session, new, YEAR)  # no plan needed
    assert started.exempt_reason == EXEMPT_NEW and started.proposed is None
    assert "Không đánh giá" in str(started.explanation[0])
    done = evaluation.finish(session, started.id, "excellent")
    assert done.classification is None and done.status == EvaluationStatus.EVALUATED
    assert evaluation.exemption_hint(session, exempted, YEAR) is not None
    older = _person(session, "Phạm Văn Dũng", kind=Kind.PROBATIONARY, admitted_on="2026-06-14")
    assert evaluation.exemption_hint(session, older, YEAR) is None  # 6 months by 15/12


def test_non_party_staff_are_evaluated_but_not_classified(session):
    staff = _person(session, "Hoàng Thị Hoa", kind=Kind.NON_PARTY)
    plan = _confirmed_plan(session, staff)
    saved = _evaluate(session, plan, 30, EXCELLENT)
    assert saved.proposed is None and saved.score is None
    assert "Quần chúng" in str(saved.explanation[0])
    done = evaluation.finish(session, saved.id)
    assert done.classification is None


def test_new_rule_set_chosen_for_the_year_changes_the_proposal(session):
    plan = _confirmed_plan(session, _person(session))
    strict = copy.deepcopy(DEFINITION_366)
    for frame in strict["frames"]:
        frame["bands"][0]["min"] = 95
    added = rule_sets.add_rule_set(
        session, "CB-2026", "Hướng dẫn của chi bộ 2026", strict, issued_on="01/01/2026"
    )
    assert _evaluate(session, plan, 20, EXCELLENT).proposed == "excellent"
    rule_sets.set_year_rule_set(session, 2027, added.id)
    assert rule_sets.year_rule_set(session, 2027).code == "CB-2026"
    assert rule_sets.year_rule_set(session, 2024).code == "124-QĐ/TW"
    plan27 = _confirmed_plan(session, plan.person_id, year=2027)
    assert _evaluate(session, plan27, 20, EXCELLENT).proposed == "good"
    with pytest.raises(ChiboError):
        rule_set_editing.update_rule_set(session, 1, "x", "y", strict)  # shipped: copy first
    copied = rule_sets.copy_rule_set(session, 1, "366-copy", "Bản sao 366")
    assert copied.definition == rule_sets.get_rule_set(session, 1).definition


def test_cap_warning_over_the_year(session):
    """366 Điều 11 k1.4: "xuất sắc" at most 20 % of those rated "tốt" (not of everyone)."""
    names = ["Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hồ Văn Em",
             "Vũ Văn Giang", "Đỗ Văn Hải"]  # fmt: skip
    for n, name in enumerate(names):
        plan = _confirmed_plan(session, _person(session, name))
        excellent = n < 2
        saved = _evaluate(session, plan, 30, EXCELLENT if excellent else ["done"] * 10)
        evaluation.finish(session, saved.id)
    warning = evaluation_lists.year_cap_warning(session, YEAR)
    assert warning and "2 người, vượt mức tối đa 1 người (20% của 5 người" in str(warning)
    from chibo_app.storage import records  # noqa: PLC0415

    exception = {"year": YEAR, "key": "cap_exception", "value": "Quyết định số 12-QĐ/ĐU"}
    records.insert(session.db, session.editor, "year_settings", exception)
    assert evaluation_lists.cap_exception(session, YEAR) == "Quyết định số 12-QĐ/ĐU"
    assert evaluation_lists.year_cap_warning(session, YEAR)  # 25 % of 5 is still 1
    (check,) = evaluation_lists.cap_checks(session, YEAR)
    assert check.exceptional and check.allowed == 1 and check.share == 0.25


def test_midyear_review_and_who_is_behind(session):
    plan = _confirmed_plan(session, _person(session), tasks=3)  # due Feb, Mar, Apr
    rows = midyear.midyear_rows(session, YEAR)
    assert rows[0].reviewed is False and rows[0].behind == 3
    reviews = [TaskReview(plan.tasks[0].id, Progress.DONE, "Xong"),
               TaskReview(plan.tasks[1].id, Progress.IN_PROGRESS)]  # fmt: skip
    saved = midyear.save_review(session, plan.id, reviews, "Đúng tiến độ", on="15/07/2026")
    assert saved.reviewed_on == "2026-07-15" and len(saved.tasks) == 2
    row = midyear.midyear_rows(session, YEAR)[0]
    assert row.reviewed and row.done == 1 and row.behind == 2


def test_history_and_nomination_seam(session):
    person_id = _person(session)
    for year, general in ((2024, 0), (2025, 30)):
        plan = _confirmed_plan(session, person_id, year=year)
        saved = _evaluate(session, plan, general, EXCELLENT)
        evaluation.finish(session, saved.id)
    found = person_history.person_history(session, person_id)
    assert [y.year for y in found.years] == [2025, 2024]
    assert found.years[0].classification == "excellent"
    assert found.years[1].rule_set == "Quy định 124-QĐ/TW"
    assert nominations_repo.classifications(session.db, 2026)[person_id] == [
        (2025, "excellent"),
        (2024, "excellent"),
    ]


def test_an_evaluated_plan_cannot_be_reopened_from_the_plans_side(session):
    from chibo_app.core.plans import PlanLocked  # noqa: PLC0415
    from chibo_app.services import demo, evaluation, plans  # noqa: PLC0415

    demo.fill_demo(session, 30, 5)
    locked = next(
        row[0]
        for row in session.db.execute("SELECT id FROM plans WHERE year = 2025")
        if evaluation.plan_is_evaluated(session, row[0])
    )
    with pytest.raises(PlanLocked):
        plans.reopen(session, locked, "Sửa lại")


def test_past_years_use_the_kind_as_of_the_evaluation_deadline(session):
    """Admitted after the year's deadline: non-party staff that year (evaluated, not
    classified, never "chưa đủ 6 tháng"); full member after it: probationary then."""
    from chibo_app.core.people import Position, PositionKind  # noqa: PLC0415

    dat = _person(session, "Lê Xuân Đạt", kind=Kind.PROBATIONARY, admitted_on="2026-09-03")
    people.save_position(session, Position(dat, PositionKind.GOVERNMENT, "Trưởng phòng"))
    late_full = _person(session, "Trần Văn Bình", admitted_on="2025-03-01",
                        full_member_on="2026-03-01")  # fmt: skip
    secretary = _person(session, "Nguyễn Văn An")
    people.save_position(session, Position(secretary, PositionKind.PARTY, "Bí thư"))
    people.save_position(session, Position(secretary, PositionKind.GOVERNMENT, "Giám đốc Sở"))

    past = {r.person_id: r for r in evaluation_lists.list_year(session, 2025)}
    assert past[dat].kind == Kind.NON_PARTY and not past[dat].party_member
    assert past[dat].exempt_reason is None
    assert past[late_full].kind == Kind.PROBATIONARY and past[late_full].party_member
    now = {r.person_id: r for r in evaluation_lists.list_year(session, YEAR)}
    assert now[dat].exempt_reason == EXEMPT_NEW and now[late_full].kind == Kind.FULL
    assert evaluation.exemption_hint(session, dat, 2025) is None

    plan = _confirmed_plan(session, dat, year=2025)
    saved = _evaluate(session, plan, 30, EXCELLENT)
    assert saved.exempt_reason is None and saved.proposed is None and saved.score is None
    assert "Quần chúng" in str(saved.explanation[0])
    assert evaluation.finish(session, saved.id, "excellent").classification is None

    data = evaluation_lists.list_data(session, 2025, number=1, as_of=session.today())
    printed = {r.person_id: r for r in data.rows}
    assert printed[dat].positions == "Trưởng phòng" and printed[dat].notes == "Quần chúng"
    assert printed[late_full].positions == ""  # party status is not a position
    assert printed[secretary].positions == "Bí thư; Giám đốc Sở"
    assert (data.non_party, data.not_evaluated, data.not_classified) == (1, 0, 2)


def test_progress_counts_the_year_as_the_list_does(session):
    dat = _person(session, "Lê Xuân Đạt", kind=Kind.PROBATIONARY, admitted_on="2026-09-03")
    total, waiting = evaluation_lists.progress(session, 2025)
    assert (total, waiting) == (1, ("Lê Xuân Đạt",))  # to evaluate as non-party staff
    total, waiting = evaluation_lists.progress(session, YEAR)
    assert (total, waiting) == (0, ())  # exempt: admitted less than 6 months ago
    assert dat


def test_a_list_voted_at_one_meeting_counts_its_voters_once(session):
    """The demo votes a whole year's list at one meeting: its voters are counted once
    (voters_fixed) and every vote is still checked against that count."""
    ids = [_person(session, f"Nguyễn Văn {name}") for name in ("An", "Bình", "Cường")]
    meeting = meetings.save_meeting(session, meetings.new_meeting(session, dt.date(YEAR, 12, 10)))
    saved = _evaluate(session, _confirmed_plan(session, ids[0]), 25, EXCELLENT)
    vote = {"vote_meeting_id": meeting.id, "votes_for": 3, "votes_against": 0}
    with voters_fixed(session, meeting.id) as voters:
        assert voters == voters_allowed(session, meeting.id) == 3
        with pytest.raises(ValidationError) as refused:
            evaluation.save_evaluation(session, saved.with_changes(**vote, voters=4))
        assert "chỉ có 3 đảng viên chính thức" in str(refused.value.problems["voters"])
        voted = evaluation.save_evaluation(session, saved.with_changes(**vote, voters=3))
        assert voted.voters == 3
    excused = Attendance(ids[2], Presence.EXCUSED, "Đi công tác")
    meetings.save_meeting(
        session, meeting.with_changes(attendance=(*meeting.attendance[:2], excused))
    )
    assert voters_allowed(session, meeting.id) == 2  # counted afresh outside the block
