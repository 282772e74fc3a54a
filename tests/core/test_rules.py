"""Rule sets as data: the shipped definitions, round trips, older definitions still read,
a new rule set as data changing the outcome, bad definitions refused in Vietnamese."""

import copy

import pytest

from chibo_app.core.rule_engine import Facts, propose
from chibo_app.core.rule_presets import (
    DEFINITION_124,
    DEFINITION_366,
    DEFINITION_366_JSON,
    RULE_SET_366,
)
from chibo_app.core.rules import (
    BadRuleSet,
    RuleSet,
    definition_data,
    definition_json,
    parse_definition,
)

D366 = parse_definition(DEFINITION_366)
EXCELLENT_TASKS = ("exceeded",) * 3 + ("done",) * 7


def facts(general, results=("done",) * 10, late=0, remedied=(True, True), frame="staff"):
    on_time = tuple(i >= late for i in range(len(results)))
    return Facts(general, tuple(results), on_time, tuple(remedied), frame=frame)


def test_366_has_three_frames_with_their_forms_and_the_cap_on_the_right_base():
    assert [(f.code, f.form) for f in D366.frames] == [
        ("leader", "2A"),
        ("staff", "2B"),
        ("outside", "2C"),
    ]
    assert [b.label for b in D366.bands] == [
        "Hoàn thành xuất sắc nhiệm vụ",
        "Hoàn thành tốt nhiệm vụ",
        "Hoàn thành nhiệm vụ",
        "Không hoàn thành nhiệm vụ",
    ]
    cap = D366.cap
    assert (cap.share, cap.exceptional_share, cap.level, cap.of) == (0.2, 0.25, "excellent", "good")
    assert D366.weights == {"exceeded": 1, "done": 1, "partly": 0.5, "not_done": 0}
    assert D366.late_factor == 0.75
    assert [f.kind for f in D366.frame("staff").forcing] == [
        "conclusion",
        "discipline",
        "not_done_share",
    ]
    assert [f.kind for f in D366.frame("leader").forcing] == [
        "unit_done_share",
        "discipline",
        "conclusion",
    ]
    assert D366.frame("leader").forcing[2].kinds == ("suy_thoai",)


def test_definitions_round_trip():
    for data in (DEFINITION_366, DEFINITION_124):
        parsed = parse_definition(data)
        assert parse_definition(definition_data(parsed)) == parsed
        assert parse_definition(definition_json(parsed)) == parsed
    assert parse_definition(DEFINITION_366_JSON) == RULE_SET_366.definition


def test_an_older_definition_is_read_as_one_frame_for_everyone():
    older = {
        "points": True,
        "general": {"max": 30},
        "tasks": {"max": 70, "weights": {"exceeded": 1, "done": 1}},
        "bands": [
            {"code": "excellent", "label": "Hoàn thành xuất sắc nhiệm vụ", "min": 90,
             "conditions": [{"kind": "all_tasks_done"}, {"kind": "exceeded_share", "min": 0.3},
                            {"kind": "all_remedied"}]},
            {"code": "good", "label": "Hoàn thành tốt nhiệm vụ", "min": 70,
             "conditions": [{"kind": "all_tasks_done"}, {"kind": "all_on_time"}]},
            {"code": "completed", "label": "Hoàn thành nhiệm vụ", "min": 50, "conditions": []},
            {"code": "not_completed", "label": "Không hoàn thành nhiệm vụ", "min": None},
        ],
        "excellent_cap": 0.2,
    }  # fmt: skip
    parsed = parse_definition(older)
    assert [f.code for f in parsed.frames] == ["all"] and not parsed.framed
    assert [c.kind for c in parsed.bands[1].conditions] == ["done_share", "late_share"]
    assert parsed.cap.share == 0.2 and parsed.cap.of == "good"
    assert parsed.late_factor == 1
    assert propose(parsed, facts(20, EXCELLENT_TASKS, frame="leader")).code == "excellent"
    assert propose(parsed, facts(25, late=1)).code == "completed"


def test_new_rule_set_as_data_changes_the_outcome():
    stricter = copy.deepcopy(DEFINITION_366)
    for frame in stricter["frames"]:
        frame["bands"][0]["min"] = 95
    d = parse_definition(stricter)
    assert propose(D366, facts(24, EXCELLENT_TASKS)).code == "excellent"  # 94 points
    assert propose(d, facts(24, EXCELLENT_TASKS)).code == "good"
    assert parse_definition(definition_json(d)) == d


def _broken_frame(change):
    data = copy.deepcopy(DEFINITION_366)
    change(data)
    return data


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
        _broken_frame(lambda d: d["frames"][0]["bands"].pop()),  # a level missing
        _broken_frame(lambda d: d["frames"][1]["forcing"].append({"kind": "moon"})),
        _broken_frame(
            lambda d: d["frames"][1]["forcing"].append({"kind": "discipline", "from": "x"})
        ),
        _broken_frame(lambda d: d["frames"][1].update(code="leader")),  # two frames alike
        _broken_frame(lambda d: d.update(excellent_cap={"share": 0.3, "exceptional_share": 0.2})),
        _broken_frame(lambda d: d["tasks"].update(late_factor=1.5)),
        _broken_frame(
            lambda d: d["frames"][1]["bands"][0]["conditions"].append(
                {"kind": "done_share", "min": 2}
            )
        ),  # fmt: skip
    ],
)
def test_bad_definitions_are_refused_in_vietnamese(broken):
    with pytest.raises(BadRuleSet):
        parse_definition(broken)


def test_rule_set_dataclass_labels():
    rule_set = RuleSet("x", "X", "", None, D366)
    assert rule_set.definition.label("good") == "Hoàn thành tốt nhiệm vụ"
    assert rule_set.definition.frame("nobody").code == "staff"
