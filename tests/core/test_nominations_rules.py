import pytest

from chibo_app.core import eligibility
from chibo_app.core.nominations import Kind, Nomination, Status, StepRefused, move, reopen, validate
from chibo_app.core.plans import PlanStatus
from chibo_app.core.quotas import QuotaRules, check_quotas, validate_rules
from chibo_app.errors import ValidationError


def _item(status=Status.REGISTERED):
    return Nomination(
        2026, Kind.INDIVIDUAL, "Số hóa hồ sơ", person_id=1, field="Khác", status=status
    )


def test_full_path_to_award_and_details():
    item = move(_item(), Status.CULTIVATING)
    item = move(item, Status.COMMENDED, on="2026-05-19", occasion="Ngày sinh nhật Bác (19/5)")
    assert item.commended_on == "2026-05-19"
    item = move(item, Status.COMMENDED, on="2026-09-02")  # commended again
    item = move(item, Status.PROPOSED, on="2026-11-20")
    item = move(item, Status.AWARDED, on="2026-12-10", award_form="Giấy khen", decision_number="1")
    assert (item.status, item.award_form, item.decision_date) == (
        Status.AWARDED,
        "Giấy khen",
        "2026-12-10",
    )
    with pytest.raises(StepRefused):
        move(item, Status.NOT_SELECTED, reason="x")
    assert reopen(item).status == Status.CULTIVATING and reopen(item).award_form is None


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (Status.REGISTERED, Status.AWARDED),
        (Status.CULTIVATING, Status.REGISTERED),
        (Status.NOT_SELECTED, Status.CULTIVATING),
        (Status.PROPOSED, Status.COMMENDED),
    ],
)
def test_refused_steps(start, target):
    with pytest.raises(StepRefused):
        move(_item(start), target, on="2026-01-01", award_form="x", reason="x")


def test_steps_need_their_details():
    with pytest.raises(ValidationError) as error:
        move(_item(Status.PROPOSED), Status.AWARDED, on="2026-12-01")
    assert "award_form" in error.value.problems
    with pytest.raises(ValidationError):
        move(_item(), Status.NOT_SELECTED, reason="  ")
    with pytest.raises(ValidationError):
        move(_item(), Status.COMMENDED)


def test_validate_by_kind():
    assert "person_id" in validate(Nomination(2026, Kind.INDIVIDUAL, "x", field="f"))
    assert "unit_id" in validate(Nomination(2026, Kind.COLLECTIVE, "x", field="f"))
    assert "title" in validate(Nomination(2026, Kind.MODEL, "", field="f", unit_id=1))
    assert "field" in validate(Nomination(2026, Kind.MODEL, "Mô hình", unit_id=1))


def test_quotas_default_and_edited_rules():
    counted = [
        (Kind.COLLECTIVE, "Phòng A"),
        (Kind.INDIVIDUAL, "Phòng A"),
        (Kind.INDIVIDUAL, "Phòng A"),
        (Kind.INDIVIDUAL, "Phòng B"),
    ]
    lines = check_quotas(QuotaRules(), ["Phòng A", "Phòng B", "Phòng C"], counted)
    short = {line.unit: line.short for line in lines}
    assert short == {
        "Phòng A": (0, 0, 0),
        "Phòng B": (1, 1, 0),
        "Phòng C": (1, 2, 0),
        "Toàn chi bộ": (0, 0, 0),
    }
    assert str(lines[1].short_text()) == "thiếu 1 tập thể, 1 cá nhân"
    assert str(lines[1].unit_short_text()) == "Phòng B: thiếu 1 tập thể, 1 cá nhân"
    assert lines[0].short_text() == lines[0].unit_short_text() == ""
    edited = QuotaRules(unit_collectives=0, unit_individuals=1, cell_models=1)
    lines = check_quotas(edited, ["Phòng A", "Phòng B", "Phòng C"], counted)
    assert [line.short_by for line in lines] == [0, 0, 1, 1]
    assert str(QuotaRules().describe()) == (
        "mỗi đơn vị ≥ 1 tập thể, ≥ 2 cá nhân; chi bộ ≥ 1 cá nhân"
    )
    assert str(edited.describe()) == "mỗi đơn vị ≥ 1 cá nhân; chi bộ ≥ 1 cá nhân, ≥ 1 mô hình"
    assert str(QuotaRules(*[0] * 6).describe()) == "không đặt chỉ tiêu"
    assert str(QuotaRules(cell_individuals=3, unit_individuals=0).describe()) == (
        "mỗi đơn vị ≥ 1 tập thể; chi bộ ≥ 3 cá nhân"
    )
    assert validate_rules({"unit_models": -1, "nope": 1}).keys() == {"unit_models", "nope"}


def test_eligibility_hints_and_warnings():
    past = [(2025, "excellent"), (2024, "Hoàn thành xuất sắc nhiệm vụ"), (2023, "good")]
    assert [str(hint) for hint in eligibility.classification_hints(past)] == [
        "Hoàn thành xuất sắc nhiệm vụ 2025, 2024",
        "Hoàn thành tốt nhiệm vụ 2023",
    ]
    assert eligibility.warnings(2026, PlanStatus.CONFIRMED, past) == []
    found = eligibility.warnings(2026, PlanStatus.SUBMITTED, [(2025, "completed")])
    assert list(map(str, found)) == [
        "Chưa có kế hoạch cá nhân được chi bộ xác nhận năm 2026.",
        "Năm 2025 được xếp loại “Hoàn thành nhiệm vụ” (dưới mức hoàn thành tốt).",
    ]
    assert len(eligibility.warnings(2026, None, [])) == 1
