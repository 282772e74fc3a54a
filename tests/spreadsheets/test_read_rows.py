"""ReadRows: the rows of a list held a column per field (ordinary rows) or whole (rows
read one by one) give the same RawRows and the same columns as a list of RawRow."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kind_shapes  # noqa: E402
import xlsx_shapes as shapes  # noqa: E402

from chibo_app.spreadsheets.member_sheet import read_member_sheet  # noqa: E402
from chibo_app.spreadsheets.read_rows import RawRow, ReadRows  # noqa: E402


def _transposed(rows: list[RawRow]) -> dict[str, list[object]]:
    keys = set().union(*(row.values for row in rows))
    return {key: [row.values.get(key) for row in rows] for key in keys}


@pytest.mark.parametrize(
    "make",
    [
        shapes.make_simple_list,  # ordinary rows only
        shapes.make_merged_units,  # a unit merged down: those rows read whole
        shapes.make_two_row_header,  # Nam|Nữ sub-columns: every row whole
        kind_shapes.make_by_headings,  # headings' units and kinds
    ],
)
def test_columns_are_the_rows_values(tmp_path, make):
    rows = read_member_sheet(make(tmp_path / "list.xlsx")).rows
    as_list = list(rows)
    assert len(as_list) == len(rows) > 0
    assert rows.columns() == _transposed(as_list)
    assert rows.layout_sexes() == [row.sex_from_layout for row in as_list]
    assert rows.headings == [row.heading for row in as_list]
    assert [rows.values(i) for i in range(len(rows))] == [row.values for row in as_list]
    assert rows[-1] == as_list[-1] and rows[1:3] == as_list[1:3]
    assert rows == as_list


def test_a_heading_s_unit_is_a_column_of_its_own():
    rows = ReadRows(["full_name"])
    rows.add(3, ("An",), None, ("An",))
    rows.add_whole(RawRow(5, {"full_name": "Bình", "unit": "Văn phòng"}, heading="Quần chúng"))
    rows.add(6, ("Chi",), None, ("Chi",))
    assert rows.columns() == {
        "full_name": ["An", "Bình", "Chi"],
        "unit": [None, "Văn phòng", None],
    }
    assert rows[1].values == {"full_name": "Bình", "unit": "Văn phòng"}
    assert rows[2] == RawRow(6, {"full_name": "Chi"}, cells=("Chi",))
    assert ReadRows(["full_name"]).columns() == {}
    with pytest.raises(IndexError):
        rows[3]
