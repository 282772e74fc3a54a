"""The rule sets the app ships (as data: storage migration 5 inserts these rows).

- Quy định 366-QĐ/TW (30/8/2025), Điều 11 clause by clause, in three frames (Phụ lục 3
  leaders: the units they run; Phụ lục 4 no leadership post; Phụ lục 5 outside the
  political system): 30 points of general criteria entered by the cell and 70 points
  from the task results by result and timeliness (or entered with their source); four
  levels by score floor and conditions; the forcing cases of k4.1 and k4.2; "xuất sắc"
  at most 20 % (25 % exceptionally) of those rated "tốt" (k1.4, a check).
- Quy định 124-QĐ/TW (04/10/2023): four levels without points; the app proposes a level
  from the task results only, so that earlier years keep their meaning.

Storage migration 5 inserted the first 366 definition; migration 13 replaced it with
DEFINITION_366_JSON. A test checks that the migrated rows say exactly what these say.
"""

from __future__ import annotations

from typing import Any

from chibo_app.core.rules import (
    FRAME_LABELS,
    LEADER,
    OUTSIDE,
    STAFF,
    RuleSet,
    definition_json,
    parse_definition,
)

EXCELLENT_LABEL = "Hoàn thành xuất sắc nhiệm vụ"
GOOD_LABEL = "Hoàn thành tốt nhiệm vụ"
COMPLETED_LABEL = "Hoàn thành nhiệm vụ"
NOT_COMPLETED_LABEL = "Không hoàn thành nhiệm vụ"

CODE_366 = "366-QĐ/TW"
CODE_124 = "124-QĐ/TW"

TASKS_366: dict[str, Any] = {
    "max": 70,
    # Phụ lục 4 II: the 70 points measured "bằng sản phẩm, tiến độ, chất lượng": a task
    # partly done earns half, a task done late three quarters of its weight.
    "weights": {"exceeded": 1, "done": 1, "partly": 0.5, "not_done": 0},
    "late_factor": 0.75,
}
LEVELS: list[dict[str, str]] = [
    {"code": "excellent", "label": EXCELLENT_LABEL},
    {"code": "good", "label": GOOD_LABEL},
    {"code": "completed", "label": COMPLETED_LABEL},
    {"code": "not_completed", "label": NOT_COMPLETED_LABEL},
]


def _share(kind: str, bound: float, side: str = "min") -> dict[str, Any]:
    return {"kind": kind, side: bound}


def _member_frame(code: str, label: str, form: str) -> dict[str, Any]:
    """Phụ lục 4 (no leadership post) and Phụ lục 5 (outside the political system):
    Điều 11 k1.2, k2.2, k3.2 and k4.2 say the same of both."""
    return {
        "code": code,
        "label": label,
        "form": form,
        "bands": [
            {
                "code": "excellent",
                "min": 90,
                "cite": "Điều 11 k1.2, k1.3",
                "conditions": [
                    _share("done_share", 1),
                    _share("on_time_share", 1),
                    _share("exceeded_share", 0.3),
                    _share("remedied_share", 1),
                ],
            },
            {
                "code": "good",
                "min": 70,
                "cite": "Điều 11 k2.2",
                "conditions": [_share("done_share", 1), _share("on_time_share", 1)],
            },
            {
                "code": "completed",
                "min": 50,
                "cite": "Điều 11 k3.2",
                "conditions": [_share("done_share", 1), _share("late_share", 0.2, "max")],
            },
            {
                "code": "not_completed",
                "min": None,
                "below": 50,
                "cite": "Điều 11 k4",
                "conditions": [],
            },
        ],
        "forcing": [
            {
                "kind": "conclusion",
                "kinds": ["suy_thoai", "dieu_cam", "neu_guong"],
                "cite": "Điều 11 k4.2",
            },
            {"kind": "discipline", "from": "khien_trach", "cite": "Điều 11 k4.2"},
            {"kind": "not_done_share", "over": 0.5, "cite": "Điều 11 k4.2"},
        ],
        "forced": "not_completed",
    }


LEADER_FRAME: dict[str, Any] = {
    "code": LEADER,
    "label": FRAME_LABELS[LEADER],
    "form": "2A",
    "bands": [
        {
            "code": "excellent",
            "min": 90,
            "cite": "Điều 11 k1.1, k1.3",
            "conditions": [
                _share("unit_done_share", 1),
                _share("unit_exceeded_share", 0.3),
                _share("remedied_share", 1),
            ],
        },
        {
            "code": "good",
            "min": 70,
            "cite": "Điều 11 k2.1",
            "conditions": [_share("unit_done_share", 1), _share("unit_on_time_share", 1)],
        },
        {
            "code": "completed",
            "min": 50,
            "cite": "Điều 11 k3.1",
            "conditions": [_share("unit_done_share", 1), _share("unit_late_share", 0.2, "max")],
        },
        {"code": "not_completed", "min": None, "below": 50, "cite": "Điều 11 k4", "conditions": []},
    ],
    "forcing": [
        {"kind": "unit_done_share", "under": 0.7, "cite": "Điều 11 k4.1"},
        {"kind": "discipline", "from": "khien_trach", "cite": "Điều 11 k4.1"},
        {"kind": "conclusion", "kinds": ["suy_thoai"], "cite": "Điều 11 k4.1"},
    ],
    "forced": "not_completed",
}

DEFINITION_366: dict[str, Any] = {
    "points": True,
    "general": {"max": 30},
    "tasks": TASKS_366,
    "levels": LEVELS,
    "frames": [
        LEADER_FRAME,
        _member_frame(STAFF, FRAME_LABELS[STAFF], "2B"),
        _member_frame(OUTSIDE, FRAME_LABELS[OUTSIDE], "2C"),
    ],
    # Điều 11 k1.4: at most 20 % of those rated "tốt" (25 % when the competent level
    # so decides for an outstanding unit).
    "excellent_cap": {"share": 0.2, "exceptional_share": 0.25, "level": "excellent", "of": "good"},
}

DEFINITION_124: dict[str, Any] = {
    "points": False,
    "bands": [
        {
            "code": "excellent",
            "label": EXCELLENT_LABEL,
            "min": None,
            "conditions": [
                {"kind": "all_tasks_done"},
                {"kind": "exceeded_share", "min": 0.3},
                {"kind": "all_remedied"},
            ],
        },
        {
            "code": "good",
            "label": GOOD_LABEL,
            "min": None,
            "conditions": [{"kind": "all_tasks_done"}],
        },
        {
            "code": "completed",
            "label": COMPLETED_LABEL,
            "min": None,
            "conditions": [{"kind": "done_share", "min": 0.5}],
        },
        {"code": "not_completed", "label": NOT_COMPLETED_LABEL, "min": None, "conditions": []},
    ],
}

RULE_SET_366 = RuleSet(
    code=CODE_366,
    name="Quy định 366-QĐ/TW",
    regulation="Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị về kiểm điểm, đánh giá, "
    "xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    issued_on="2025-08-30",
    definition=parse_definition(DEFINITION_366),
    builtin=True,
)
RULE_SET_124 = RuleSet(
    code=CODE_124,
    name="Quy định 124-QĐ/TW",
    regulation="Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về kiểm điểm và đánh giá, "
    "xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị",
    issued_on="2023-10-04",
    definition=parse_definition(DEFINITION_124),
    builtin=True,
)
BUILTIN = (RULE_SET_366, RULE_SET_124)


def default_code(year: int) -> str:
    """The rule set a year uses until the secretary chooses one: 366 from 2025 on."""
    return CODE_366 if year >= 2025 else CODE_124


# The exact text migration 13 stores (a test checks the two agree).
DEFINITION_366_JSON = definition_json(RULE_SET_366.definition)
