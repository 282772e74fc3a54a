"""The rule-set editor's use cases: usage per year, copies, field checks, saving (one
transaction, proposals refreshed, years following a new code) and deleting."""

import pytest

from chibo_app.core.evaluation import Result, TaskResult
from chibo_app.core.people import Kind, Person
from chibo_app.core.plans import PlanTask
from chibo_app.core.rule_editing import band_key, definition_of, fields_of, formula_text
from chibo_app.core.rule_editing import check as check_fields
from chibo_app.core.rule_examples import examples
from chibo_app.core.rule_presets import CODE_124, CODE_366, RULE_SET_124, RULE_SET_366
from chibo_app.errors import ChiboError, ValidationError
from chibo_app.services import (
    evaluation,
    history,
    people,
    plans,
    rule_set_editing,
    rule_sets,
    years,
)

YEAR = 2026


def _builtin(session, code):
    return next(r for r in rule_sets.list_rule_sets(session) if r.code == code)


def _band(fields, code, frame="staff"):
    return next(b for b in fields.frame(frame).bands if b.code == code)


def _with_band(fields, code, **changes):
    """The level changed alike in every frame."""
    frames = []
    for frame in fields.frames:
        bands = tuple(
            b.__class__(**{**b.__dict__, **changes}) if b.code == code else b for b in frame.bands
        )
        frames.append(frame.__class__(**{**frame.__dict__, "bands": bands}))
    return fields.with_changes(frames=tuple(frames))


def _evaluated_plan(session, general, results):
    person = people.save_person(
        session, Person(full_name="Nguyễn Văn An", kind=Kind.FULL, admitted_on="2010-05-19")
    )
    plan = plans.start_plan(session, person, YEAR)
    plan = plans.save_plan(
        session,
        plan.with_changes(
            remedies=("Khắc phục chậm trễ.",),
            tasks=tuple(PlanTask(f"Nhiệm vụ {n}", f"Chỉ tiêu {n}", "2026-09") for n in range(10)),
        ),
    )
    plans.submit(session, plan.id, on="2026-03-01")
    plan = plans.confirm(session, plan.id, on="2026-03-10")
    started = evaluation.start_evaluation(session, person, YEAR)
    return evaluation.save_evaluation(
        session,
        started.with_changes(
            general_points=general,
            tasks=tuple(
                TaskResult(t.id, Result(r)) for t, r in zip(plan.tasks, results, strict=True)
            ),
            remedied=(True,),
        ),
    )


# Core: fields, checks, formula, examples ------------------------------------------------


def test_fields_round_trip_the_shipped_definitions():
    for rule_set in (RULE_SET_366, RULE_SET_124):
        fields = fields_of(rule_set)
        assert check(fields) == {}
        assert definition_of(fields) == rule_set.definition


def check(fields):
    """The problems as the Vietnamese sentences the secretary reads."""
    return {key: str(problem) for key, problem in check_fields(fields).items()}


def test_checks_name_the_field_in_vietnamese():
    fields = fields_of(RULE_SET_366)
    wrong = _with_band(fields, "good", min_score=95.0)  # above "xuất sắc" (90)
    wrong = _with_band(wrong, "excellent", bounds={"exceeded_share": 1.5})
    wrong = wrong.with_changes(late_factor=1.2)
    wrong = wrong.with_changes(general_max=40.0, excellent_cap=0.0)  # 40 + 70 > 100
    problems = check(wrong)
    assert (
        "thấp hơn điểm tối thiểu của mức “Hoàn thành xuất sắc nhiệm vụ” (90)"
        in (problems[band_key("staff", "good", "min")])
    )
    assert "100 %" in problems[band_key("leader", "excellent", "exceeded_share")]
    assert "từ 0 đến 1" in problems["late_factor"]
    assert "vượt quá 100 điểm" in problems["task_max"]
    assert "Tỷ lệ tối đa" in problems["excellent_cap"]
    unordered = fields.with_changes(weights={**fields.weights, "partly": 1.5})
    assert "giảm dần" in check(unordered)["weights"]
    no_floor = _with_band(fields, "completed", min_score=None)
    assert check(no_floor) == {
        band_key(frame, "completed", "min"): "Cần ghi điểm tối thiểu của mức này."
        for frame in ("leader", "staff", "outside")
    }
    wide_cap = fields.with_changes(excellent_cap=0.3, exceptional_cap=0.25)
    assert "trường hợp đặc biệt" in check(wide_cap)["exceptional_cap"]


def test_formula_and_examples_follow_the_fields():
    fields = fields_of(RULE_SET_366)
    assert str(formula_text(fields)) == (
        "Điểm nhiệm vụ = 70 × (số nhiệm vụ vượt mức × 1 + hoàn thành × 1 + hoàn thành một "
        "phần × 0,5) ÷ tổng số nhiệm vụ (không quá điểm tối đa); nhiệm vụ trễ hạn chỉ được "
        "tính 0,75 hệ số của nó."
    )
    assert str(formula_text(fields.with_changes(late_factor=1.0))).endswith(
        "(không quá điểm tối đa)."
    )
    first = examples(RULE_SET_366.definition)[0]
    assert first.line == (
        "92 điểm, mọi nhiệm vụ hoàn thành, 40% vượt mức, khắc phục mọi hạn chế "
        "→ Hoàn thành xuất sắc nhiệm vụ"
    )
    stricter = definition_of(_with_band(fields, "excellent", min_score=95.0))
    assert examples(stricter)[0].proposal.label == "Hoàn thành tốt nhiệm vụ"
    assert not str(examples(RULE_SET_124.definition)[0].text).startswith("92")


# Services -------------------------------------------------------------------------------


def test_usage_lists_the_years_of_each_rule_set(session):
    for year in (2024, 2025):
        years.create_year(session, year)
    found = rule_set_editing.usage(session)
    r366, r124 = _builtin(session, CODE_366), _builtin(session, CODE_124)
    assert 2026 in found[r366.id].years and 2025 in found[r366.id].years
    assert 2024 in found[r124.id].years
    assert found[r366.id].chosen_years == ()


def test_copy_edit_and_choose_for_a_year_changes_the_proposal(session):
    saved = _evaluated_plan(session, 22, ["exceeded"] * 4 + ["done"] * 6)
    assert saved.proposed == "excellent"  # 92 points under 366
    copy = rule_set_editing.copy_for_editing(session, _builtin(session, CODE_366).id)
    assert (copy.code, copy.name, copy.builtin) == (
        "366-QĐ/TW (bản sao)",
        "Quy định 366-QĐ/TW (bản sao)",
        False,
    )
    again = rule_set_editing.copy_for_editing(session, _builtin(session, CODE_366).id)
    assert again.code == "366-QĐ/TW (bản sao 2)"
    fields = _with_band(fields_of(copy), "excellent", min_score=95.0)
    fields = fields.with_changes(name="Hướng dẫn của chi bộ 2026", issued_on="05/01/2026")
    edited = rule_set_editing.save_fields(session, copy.id, fields)
    assert edited.issued_on == "2026-01-05"
    assert edited.definition.frame("staff").bands[0].min_score == 95.0
    rule_sets.set_year_rule_set(session, YEAR, copy.id)
    assert rule_set_editing.usage(session)[copy.id].chosen_years == (YEAR,)
    # The same results under the saved copy: 92 points no longer reach "xuất sắc".
    proposal = evaluation.proposal_for(session, saved, rule_set=edited)
    assert proposal.code == "good"
    assert any("92 điểm < 95" in str(line) for line in proposal.reasons)


def test_saving_refreshes_open_proposals_and_years_follow_a_new_code(session):
    copy = rule_set_editing.copy_for_editing(session, _builtin(session, CODE_366).id)
    rule_sets.set_year_rule_set(session, YEAR, copy.id)
    saved = _evaluated_plan(session, 22, ["exceeded"] * 4 + ["done"] * 6)
    assert saved.rule_set_id == copy.id and saved.proposed == "excellent"
    fields = _with_band(fields_of(copy), "excellent", min_score=93.0)
    rule_set_editing.save_fields(session, copy.id, fields.with_changes(code="CB-2026"))
    assert evaluation.get_evaluation_by_id(session, saved.id).proposed == "good"
    assert rule_sets.year_rule_set(session, YEAR).code == "CB-2026"
    actions = [e.action for e in history.record_history(session, "rule_sets", copy.id)]
    assert actions.count("update") == 1  # one recorded edit, after the insert


def test_bad_fields_write_nothing(session):
    copy = rule_set_editing.copy_for_editing(session, _builtin(session, CODE_366).id)
    bad = _with_band(fields_of(copy), "good", min_score=91.0).with_changes(
        code=CODE_124, name="  ", issued_on="31/02/2026"
    )
    with pytest.raises(ValidationError) as raised:
        rule_set_editing.save_fields(session, copy.id, bad)
    assert set(raised.value.problems) == {
        "code",
        "name",
        "issued_on",
        *(band_key(frame, "good", "min") for frame in ("leader", "staff", "outside")),
    }
    assert rule_sets.get_rule_set(session, copy.id) == copy


def test_shipped_sets_and_locked_years_are_protected(session):
    r366 = _builtin(session, CODE_366)
    with pytest.raises(ChiboError, match="bản sao"):
        rule_set_editing.save_fields(session, r366.id, fields_of(r366))
    with pytest.raises(ChiboError, match="có sẵn"):
        rule_set_editing.delete_rule_set(session, r366.id)
    copy = rule_set_editing.copy_for_editing(session, r366.id)
    rule_sets.set_year_rule_set(session, YEAR, copy.id)
    saved = _evaluated_plan(session, 22, ["exceeded"] * 4 + ["done"] * 6)
    with pytest.raises(ChiboError, match="Năm 2026 đang áp dụng"):
        rule_set_editing.delete_rule_set(session, copy.id)
    evaluation.finish(session, saved.id)
    stricter = _with_band(fields_of(copy), "excellent", min_score=95.0)
    with pytest.raises(ChiboError, match="đã chốt"):
        rule_set_editing.save_fields(session, copy.id, stricter)
    renamed = rule_set_editing.save_fields(
        session, copy.id, fields_of(copy).with_changes(name="Tên mới")
    )  # the rules unchanged: a new name is fine
    assert renamed.name == "Tên mới"
    rule_sets.set_year_rule_set(session, YEAR, r366.id)
    with pytest.raises(ChiboError, match="1 bản đánh giá"):
        rule_set_editing.delete_rule_set(session, copy.id)


def test_unused_copy_is_deleted(session):
    copy = rule_set_editing.copy_for_editing(session, _builtin(session, CODE_124).id)
    rule_set_editing.delete_rule_set(session, copy.id)
    assert copy.id not in {r.id for r in rule_sets.list_rule_sets(session)}
