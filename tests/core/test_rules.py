"""The classification engine: band edges, extra conditions, reasons, cap, rule sets as data."""

import copy

import pytest

from chibo_app.core.rule_presets import DEFINITION_124, DEFINITION_366, RULE_SET_366
from chibo_app.core.rules import (
    BadRuleSet,
    Facts,
    RuleSet,
    cap_warning,
    definition_json,
    parse_definition,
    propose,
)

D366 = parse_definition(DEFINITION_366)


def facts(general, results=("done",) * 10, on_time=None, remedied=(True, True)):
    on_time = on_time if on_time is not None else (True,) * len(results)
    return Facts(general, tuple(results), tuple(on_time), tuple(remedied))


EXCELLENT_TASKS = ("exceeded",) * 3 + ("done",) * 7  # 30 % exceeded, every task done


@pytest.mark.parametrize(
    ("general", "results", "expected"),
    [
        (20, EXCELLENT_TASKS, "excellent"),  # 90
        (19.9, EXCELLENT_TASKS, "good"),  # 89.9
        (0, EXCELLENT_TASKS, "good"),  # 70
        (29.9, ("done",) * 5 + ("not_done",) * 5, "completed"),  # 64.9
    ],
)
def test_upper_edges(general, results, expected):
    assert propose(D366, facts(general, results)).code == expected


def test_every_band_edge():
    # Task points 70 × done/10; general points make the edges exact.
    half = ("done",) * 5 + ("not_done",) * 5  # 35 task points
    assert propose(D366, facts(15, half)).score == 50
    assert propose(D366, facts(15, half)).code == "completed"
    assert propose(D366, facts(14.9, half)).score == 49.9
    assert propose(D366, facts(14.9, half)).code == "not_completed"
    all_done = ("done",) * 10  # 70 task points
    assert propose(D366, facts(0, all_done)).code == "good"  # 70
    seven = ("done",) * 7 + ("partly",) * 3  # 49 task points
    assert propose(D366, facts(20.9, seven)).score == 69.9
    assert propose(D366, facts(20.9, seven)).code == "completed"
    assert propose(D366, facts(21, seven)).code == "completed"  # 70 but not every task done
    assert propose(D366, facts(19.9, EXCELLENT_TASKS)).score == 89.9
    assert propose(D366, facts(20, EXCELLENT_TASKS)).score == 90


def test_excellent_needs_exceeded_share_and_remedies():
    few = ("exceeded",) * 2 + ("done",) * 8  # 20 % exceeded
    proposal = propose(D366, facts(30, few))
    assert proposal.code == "good" and proposal.score == 100
    assert any("Chưa đạt “Hoàn thành xuất sắc nhiệm vụ”" in r and "20% < 30%" in r
               for r in proposal.reasons)  # fmt: skip
    open_remedy = propose(D366, facts(30, EXCELLENT_TASKS, remedied=(True, False)))
    assert open_remedy.code == "good"
    assert any("còn 1/2 hạn chế chưa khắc phục" in r for r in open_remedy.reasons)
    assert propose(D366, facts(30, EXCELLENT_TASKS)).code == "excellent"


def test_good_needs_every_task_on_time():
    late = (True,) * 9 + (False,)
    proposal = propose(D366, facts(25, ("done",) * 10, on_time=late))
    assert proposal.code == "completed"
    assert any("1 nhiệm vụ không đúng hạn" in r for r in proposal.reasons)
    assert proposal.reasons[-1].startswith("Đạt “Hoàn thành nhiệm vụ”")


def test_missing_results_and_general_points_are_explained():
    proposal = propose(D366, facts(None, ("done", None)))
    assert proposal.score == 35
    assert "chưa nhập, tính 0" in proposal.reasons[0]
    assert any("1 nhiệm vụ chưa ghi kết quả" in r for r in proposal.reasons)


def test_rule_set_without_points():
    d124 = parse_definition(DEFINITION_124)
    assert propose(d124, facts(None, EXCELLENT_TASKS)).code == "excellent"
    assert propose(d124, facts(None, ("done",) * 4)).code == "good"
    assert propose(d124, facts(None, ("done", "done", "partly", "not_done"))).code == "completed"
    low = propose(d124, facts(None, ("done", "partly", "not_done")))
    assert low.code == "not_completed" and low.score is None


def test_cap_is_a_warning():
    twenty = ["excellent"] * 2 + ["good"] * 8
    assert cap_warning(RULE_SET_366, twenty) is None
    warning = cap_warning(RULE_SET_366, ["excellent"] * 3 + ["good"] * 7 + [None])
    assert warning and "3/10 (30%)" in warning and "20%" in warning


def test_new_rule_set_as_data_changes_the_outcome():
    stricter = copy.deepcopy(DEFINITION_366)
    stricter["bands"][0]["min"] = 95
    stricter["bands"][0]["conditions"][1]["min"] = 0.5
    d = parse_definition(stricter)
    assert propose(D366, facts(25, EXCELLENT_TASKS)).code == "excellent"
    assert propose(d, facts(25, EXCELLENT_TASKS)).code == "good"
    assert parse_definition(definition_json(d)) == d


@pytest.mark.parametrize(
    "broken",
    [
        "not json",
        {"points": True, "bands": []},
        {"points": False, "bands": [{"code": "a", "label": "A", "min": 5}]},
        {"points": True, "bands": [{"code": "a", "label": "A", "conditions": [{"kind": "x"}]}]},
        {
            "points": True,
            "general": {"max": 30},
            "bands": [{"code": "a", "label": "A", "conditions": [{"kind": "exceeded_share"}]}],
        },
    ],
)
def test_bad_definitions_are_refused_in_vietnamese(broken):
    with pytest.raises(BadRuleSet):
        parse_definition(broken)


def test_rule_set_dataclass_labels():
    rule_set = RuleSet("x", "X", "", None, D366)
    assert rule_set.definition.label("good") == "Hoàn thành tốt nhiệm vụ"
