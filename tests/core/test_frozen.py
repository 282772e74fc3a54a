"""core.frozen.with_changes makes what dataclasses.replace makes."""

from __future__ import annotations

import dataclasses

import pytest

from chibo_app.core.evaluation import Evaluation, EvaluationStatus, Result, TaskResult
from chibo_app.core.plans import Plan, PlanStatus, PlanTask


@pytest.mark.parametrize(
    ("record", "changes"),
    [
        (
            Evaluation(3, 2026, general_points=25.0, tasks=(TaskResult(1, Result.DONE),)),
            {"status": EvaluationStatus.EVALUATED, "cell_level": "good", "general_points": 26},
        ),
        (Evaluation(3, 2026), {}),
        (
            Plan(5, 2026, ("Khắc phục.",), (PlanTask("Việc", "", None),)),
            {"status": PlanStatus.CONFIRMED, "id": 9, "tasks": ()},
        ),
    ],
)
def test_the_same_record_as_replace(record, changes):
    made = record.with_changes(**changes)
    assert made == dataclasses.replace(record, **changes)
    assert type(made) is type(record)
    assert made is not record
    assert vars(made) == vars(dataclasses.replace(record, **changes))


def test_an_unknown_field_is_refused():
    with pytest.raises(TypeError, match="no field 'level'"):
        Evaluation(3, 2026).with_changes(level="good")


def test_a_class_it_cannot_copy_faithfully_is_refused():
    from chibo_app.core.frozen import plain

    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            assert self.value >= 0

    with pytest.raises(AssertionError):
        plain(Checked)
