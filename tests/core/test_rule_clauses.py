"""Quy định 366-QĐ/TW Điều 11 clause by clause through the engine (the cases are shared
with the `chibo rules try` test), the reasons a secretary can defend, the cap of k1.4,
the exemptions of Điều 5 k2.1 and the notes of HD 43 mục 7.5 and 7.6."""

import datetime as dt

import pytest

from chibo_app.core.people import Kind, PersonFact, Status
from chibo_app.core.person_events import EventKind, PersonEvent
from chibo_app.core.rule_cap import cap_checks, cap_warning
from chibo_app.core.rule_cases import BadCase, parse_cases
from chibo_app.core.rule_engine import Facts, UnitFacts, propose, task_points
from chibo_app.core.rule_presets import RULE_SET_124, RULE_SET_366
from chibo_app.core.standing import (
    EXEMPT_NEW,
    EXEMPT_STATUS,
    EXEMPT_SUSPENDED,
    exemption,
    frame_from_position,
    standing,
)
from tests.rule_clauses import ALL_CASES

D366 = RULE_SET_366.definition


@pytest.mark.parametrize("item", ALL_CASES, ids=[c["case"]["id"] for c in ALL_CASES])
def test_each_clause(item):
    (case,) = parse_cases([item["case"]])
    proposal = propose(D366, case.facts)
    reasons = _said(proposal)
    assert proposal.code == item["expected"], "\n".join(reasons)
    # Whatever the outcome, the last reason says it in words.
    last = reasons[-1]
    if proposal.exempt:
        assert last.startswith("Không đánh giá, xếp loại:")
    elif proposal.code is None:
        assert last in (
            "Không mức xếp loại nào đủ điều kiện: chi bộ xem xét, quyết định và ghi rõ lý do.",
            "Chưa đề xuất mức xếp loại.",
        )
    else:
        assert proposal.label in " ".join(reasons)


def _said(proposal):
    """The reasons as the Vietnamese sentences they stand for."""
    return [str(r) for r in proposal.reasons]


def _staff(general, results, late=0, remedied=(True, True), **extra):
    on_time = tuple(i >= late for i in range(len(results)))
    return Facts(general, tuple(results), on_time, remedied, frame="staff", **extra)


def test_the_issue_cases_are_no_longer_proposed():
    # 2 of 3 tasks late: not "xuất sắc" (k1.2 đúng hạn) — no level at all (k3.2 ≤ 20 %).
    late = propose(D366, _staff(30, ("exceeded", "done", "done"), late=2))
    assert late.code is None
    assert any("đúng hạn 33,3% (1/3) < 100%" in r for r in _said(late))
    assert any("chưa bảo đảm tiến độ 66,7% (2/3) > 20%" in r for r in _said(late))
    # 6 of 10 done: not "hoàn thành" (k3.2 100 %).
    six = propose(D366, _staff(30, ("done",) * 6 + ("not_done",) * 4))
    assert six.code is None and six.score == 72
    assert any("Chưa đạt “Hoàn thành nhiệm vụ” (Điều 11 k3.2)" in r and "60% (6/10) < 100%" in r
               for r in _said(six))  # fmt: skip
    # All done, 2 of 4 late: the late tasks earn less, and no level holds (50 % late).
    half = propose(D366, _staff(30, ("done",) * 4, late=2))
    assert half.score == 91.25 and half.code is None
    assert _said(half)[-1].startswith("Không mức xếp loại nào đủ điều kiện")


def test_task_points_reflect_progress_and_quality():
    assert task_points(D366, _staff(0, ("done",) * 4)) == 70
    assert task_points(D366, _staff(0, ("done",) * 4, late=1)) == 65.62  # 70 × 3.75/4
    assert task_points(D366, _staff(0, ("done", "partly"))) == 52.5  # 70 × 1.5/2
    assert task_points(D366, _staff(0, ("done", "partly"), late=2)) == 39.38
    assert task_points(D366, _staff(0, ("exceeded", None))) == 35  # unrecorded: nothing
    entered = _staff(25, ("done",), task_points=80, task_points_source="Đánh giá công chức")
    assert task_points(D366, entered) == 70  # capped at the maximum
    reasons = _said(propose(D366, entered))
    assert "Điểm kết quả nhiệm vụ do chi bộ nhập (nguồn: Đánh giá công chức)." in reasons


def test_forcing_wins_over_any_score_and_says_the_competent_level_may_consider():
    forced = propose(D366, _staff(30, ("exceeded",) * 10, discipline=("khien_trach",)))
    assert forced.code == "not_completed" and forced.forced and forced.score == 100
    assert _said(forced)[-2] == (
        "Thuộc trường hợp “Không hoàn thành nhiệm vụ” (Điều 11 k4.2): bị kỷ luật khiển "
        "trách (từ khiển trách trở lên)."
    )
    assert _said(forced)[-1].startswith("Nếu đã tự giác nhận lỗi")
    share = propose(D366, _staff(30, ("done",) * 4 + ("not_done",) * 6))
    assert "tỷ lệ nhiệm vụ không hoàn thành 60% (6/10) > 50%" in _said(share)[-1]
    assert not _said(share)[-1].startswith("Nếu")


def test_a_level_held_names_every_condition_it_checked():
    good = propose(D366, _staff(20, ("done",) * 10))
    assert _said(good)[-1] == (
        "Đạt “Hoàn thành tốt nhiệm vụ” (Điều 11 k2.2): 90 điểm ≥ 70; tỷ lệ nhiệm vụ hoàn "
        "thành 100% (10/10) ≥ 100%; tỷ lệ nhiệm vụ hoàn thành đúng hạn 100% (10/10) ≥ 100%."
    )
    assert _said(good)[0] == "Khung tiêu chí: Cá nhân không giữ chức vụ lãnh đạo, quản lý."


def test_leader_units_not_entered_are_named():
    proposal = propose(D366, Facts(30, ("done",), (True,), frame="leader", unit=UnitFacts()))
    assert proposal.code is None
    assert any("chưa nhập tỷ lệ nhiệm vụ hoàn thành của đơn vị phụ trách" in r
               for r in _said(proposal))  # fmt: skip


def test_124_keeps_its_meaning_for_earlier_years():
    d124 = RULE_SET_124.definition
    excellent = ("exceeded",) * 3 + ("done",) * 7
    assert propose(d124, _staff(None, excellent)).code == "excellent"
    assert propose(d124, _staff(None, ("done",) * 4)).code == "good"
    assert propose(d124, _staff(None, ("done", "done", "partly", "not_done"))).code == "completed"
    low = propose(d124, _staff(None, ("done", "partly", "not_done")))
    assert low.code == "not_completed" and low.score is None


# k1.4: the cap ------------------------------------------------------------------------


def _rated(excellent, good, frame="staff"):
    return [(frame, "excellent")] * excellent + [(frame, "good")] * good + [(frame, None)]


@pytest.mark.parametrize(
    ("excellent", "good", "exceptional", "over"),
    [
        (1, 5, False, False),  # 20 % of 5 = 1
        (2, 5, False, True),
        (2, 10, False, False),
        (3, 10, False, True),
        (2, 8, False, True),  # 20 % of 8 = 1.6 → 1
        (2, 8, True, False),  # 25 % of 8 = 2
        (3, 12, True, False),
        (4, 12, True, True),
        (1, 0, False, True),  # no one rated "tốt": no one may be "xuất sắc"
        (7, 6, False, True),  # the demo of 2025: 7 against 6
    ],
)
def test_cap_counts_against_those_rated_good(excellent, good, exceptional, over):
    (check,) = cap_checks(D366, _rated(excellent, good), exceptional)
    assert check.over is over
    assert check.allowed == int((0.25 if exceptional else 0.2) * good + 1e-9)


def test_cap_text_and_like_positions():
    checks = cap_checks(D366, _rated(7, 6) + _rated(1, 5, "leader"))
    by_frame = {c.frame: c for c in checks}
    assert str(by_frame["staff"].text) == (
        "“Hoàn thành xuất sắc nhiệm vụ”: 7 người, vượt mức tối đa 1 người (20% của 6 người "
        "“Hoàn thành tốt nhiệm vụ”; nhóm cá nhân không giữ chức vụ lãnh đạo, quản lý; "
        "366-QĐ/TW Điều 11 k1.4)."
    )
    assert not by_frame["leader"].over
    warning = cap_warning(checks)
    assert warning == by_frame["staff"].text
    exceptional = str(cap_checks(D366, _rated(2, 8), True)[0].text)
    assert "25%, trường hợp đặc biệt do cấp có thẩm quyền quyết định" in exceptional
    assert cap_checks(D366, _rated(0, 9)) == []


# Điều 5 k2.1 and HD 43 mục 7 ------------------------------------------------------------

DUE = dt.date(2026, 12, 15)


def _member(**changes):
    values = {"id": 1, "kind": Kind.FULL, "status": Status.ACTIVE, "status_date": None,
              "admitted_on": "2010-05-19", "full_member_on": "2011-05-19"}  # fmt: skip
    values.update(changes)
    return PersonFact(**values)


def _event(kind, start, end=None, form=None, **extra):
    return PersonEvent(1, kind, form, start_date=start, end_date=end, **extra)


def test_not_classified_under_article_5():
    assert exemption(_member(status=Status.EXEMPTED, status_date="2026-03-01"), (), DUE) == (
        EXEMPT_STATUS
    )
    assert exemption(_member(status=Status.EXEMPTED, status_date="2027-01-05"), (), DUE) is None
    suspended = [_event(EventKind.SUSPENSION, "2026-10-01")]
    assert exemption(_member(), suspended, DUE) == EXEMPT_SUSPENDED
    ended = [_event(EventKind.SUSPENSION, "2026-03-01", "2026-09-30")]
    assert exemption(_member(), ended, DUE) is None
    until_due = [_event(EventKind.SUSPENSION, "2026-03-01", "2026-12-15")]
    assert exemption(_member(), until_due, DUE) == EXEMPT_SUSPENDED
    assert exemption(_member(admitted_on="2026-06-16"), (), DUE) == EXEMPT_NEW
    assert exemption(_member(admitted_on="2026-06-15"), (), DUE) is None
    # admitted after the review day: not a party member that year, nothing to exempt
    assert exemption(_member(kind=Kind.PROBATIONARY, admitted_on="2027-01-10"), (), DUE) is None


def test_long_leave_and_temporary_membership_under_hd43():
    sick = [_event(EventKind.LEAVE, "2026-02-01", "2026-05-01", "sick")]  # 90 days
    notes = tuple(map(str, standing(_member(), sick, 2026, DUE).notes))
    assert notes == (
        "Nghỉ ốm 90 ngày trong năm: xếp loại căn cứ kết quả làm việc thực tế (HD 43 mục 7.5).",
    )
    shorter = [_event(EventKind.LEAVE, "2026-02-01", "2026-04-30", "sick")]  # 89 days
    assert standing(_member(), shorter, 2026, DUE).notes == ()
    split = [  # two spells that add up, one starting the year before
        _event(EventKind.LEAVE, "2025-12-01", "2026-01-31", "sick"),
        _event(EventKind.LEAVE, "2026-10-01", "2026-11-28", "sick"),
    ]  # 31 + 59 days of the year
    assert str(standing(_member(), split, 2026, DUE).notes[0]).startswith("Nghỉ ốm 90 ngày")
    maternity = [_event(EventKind.LEAVE, "2026-03-01", "2026-08-31", "maternity")]
    assert "Nghỉ thai sản (từ 01/03/2026 đến 31/08/2026)" in str(
        standing(_member(), maternity, 2026, DUE).notes[0]
    )
    away = _event(EventKind.TEMPORARY, "2026-02-01", "2026-11-30", place="Chi bộ Sở Tư pháp")
    blocked = standing(_member(), [away], 2026, DUE)
    assert blocked.blockers and "cần lấy ý kiến nhận xét" in str(blocked.blockers[0])
    heard = standing(_member(), [away.with_changes(comments="Gương mẫu.")], 2026, DUE)
    assert not heard.blockers and "“Gương mẫu.”" in str(heard.notes[0])
    last_year = _event(EventKind.TEMPORARY, "2025-02-01", "2025-11-30", place="Chi bộ X")
    assert standing(_member(), [last_year], 2026, DUE) == standing(_member(), [], 2026, DUE)


def test_discipline_and_conclusions_count_in_their_year():
    events = [
        _event(EventKind.DISCIPLINE, "2026-04-02", form="canh_cao", scope="party"),
        _event(EventKind.DISCIPLINE, "2025-04-02", form="khien_trach", scope="administrative"),
        _event(EventKind.CONCLUSION, "2026-07-01", form="neu_guong"),
    ]
    found = standing(_member(), events, 2026, DUE)
    assert found.discipline == ("canh_cao",) and found.conclusions == ("neu_guong",)


def test_frame_follows_the_government_position():
    assert frame_from_position("Phó Giám đốc Sở") == "leader"
    assert frame_from_position("Chuyên viên; Phó Trưởng phòng Lãnh sự") == "leader"
    assert frame_from_position("Chuyên viên chính") == "staff"
    assert frame_from_position("Chủ tịch Công đoàn cơ sở") == "staff"
    assert frame_from_position(None) == "staff"


def test_bad_cases_are_refused_in_vietnamese():
    with pytest.raises(BadCase, match="Trường hợp thứ 1 \\(a\\): “group”"):
        parse_cases([{"id": "a", "group": "boss"}])
    with pytest.raises(BadCase, match="kết quả nhiệm vụ “late” không hợp lệ"):
        parse_cases([{"id": "b", "tasks": [{"result": "late"}]}])
    with pytest.raises(BadCase, match="danh sách JSON"):
        parse_cases({"id": "c"})
