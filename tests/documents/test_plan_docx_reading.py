"""Plans typed in Word in every shape members use, read back exactly."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from plan_docx_shapes import (  # noqa: E402
    COMMITMENTS,
    NAME,
    REMEDIES,
    SHAPES,
    expected_tasks,
    write_shape,
)

from chibo_app.core.plan_reading import read_plan  # noqa: E402
from chibo_app.documents.docx_reader import read_docx  # noqa: E402


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_every_shape_reads_back_exactly(tmp_path, shape):
    path = write_shape(shape, tmp_path / f"{shape}.docx")
    plan = read_plan(read_docx(path).blocks, 2026)
    assert plan.full_name == NAME
    assert plan.year == 2026
    assert plan.dated == dt.date(2026, 3, 12)
    assert list(plan.remedies) == REMEDIES
    assert [(t.text, t.target, t.due) for t in plan.tasks] == expected_tasks()
    expected_commitments = [] if shape == "section_3_none" else COMMITMENTS
    assert list(plan.commitments) == expected_commitments
    assert plan.sections == {1, 2, 3}
    assert plan.notes == ()
