"""The rule sets the app ships (as data: storage migration 5 inserts these rows).

- Quy định 366-QĐ/TW (30/8/2025): 30 points of general criteria entered by the cell and
  70 points from the task results (proportional to the tasks done, an exceeded task
  counting as done), four levels by score with extra conditions, at most 20 % rated
  excellent (a warning).
- Quy định 124-QĐ/TW (04/10/2023): four levels without points; the app proposes a level
  from the task results only, so that earlier years keep their meaning.

A test checks that the migration's rows say exactly what these dictionaries say.
"""

from __future__ import annotations

from typing import Any

from chibo_app.core.rules import RuleSet, parse_definition

EXCELLENT_LABEL = "Hoàn thành xuất sắc nhiệm vụ"
GOOD_LABEL = "Hoàn thành tốt nhiệm vụ"
COMPLETED_LABEL = "Hoàn thành nhiệm vụ"
NOT_COMPLETED_LABEL = "Không hoàn thành nhiệm vụ"

CODE_366 = "366-QĐ/TW"
CODE_124 = "124-QĐ/TW"

DEFINITION_366: dict[str, Any] = {
    "points": True,
    "general": {"max": 30},
    "tasks": {"max": 70, "weights": {"exceeded": 1, "done": 1, "partly": 0, "not_done": 0}},
    "bands": [
        {
            "code": "excellent",
            "label": EXCELLENT_LABEL,
            "min": 90,
            "conditions": [
                {"kind": "all_tasks_done"},
                {"kind": "exceeded_share", "min": 0.3},
                {"kind": "all_remedied"},
            ],
        },
        {
            "code": "good",
            "label": GOOD_LABEL,
            "min": 70,
            "conditions": [{"kind": "all_tasks_done"}, {"kind": "all_on_time"}],
        },
        {"code": "completed", "label": COMPLETED_LABEL, "min": 50, "conditions": []},
        {"code": "not_completed", "label": NOT_COMPLETED_LABEL, "min": None, "conditions": []},
    ],
    "excellent_cap": 0.2,
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
