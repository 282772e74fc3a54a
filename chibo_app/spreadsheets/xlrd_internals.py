"""The xlrd internals the .xls reading uses, in one place.

xlrd's public accessors (`Sheet.row_types`, `row_values`, `cell_xf_index`) cost a call
per row and per cell: half the reading time of a 5,000-row list (benchmarks/
bench_old_formats.py). The sheet keeps the same data in per-row lists, which `row_lists`
returns. tests/spreadsheets/test_xlrd_internals.py compares them with the public
accessors on real .xls files, so an xlrd release that changes them fails there
(pyproject bounds xlrd below the next major version too).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple


class RowLists(NamedTuple):
    """Per row, per cell: xlrd's cell type codes, values and format (XF) indexes; an
    XF index is -1 where the file has no cell record (an empty cell: the public
    `cell_xf_index` then falls back to the row's, the column's or 15)."""

    types: Sequence[Sequence[int]]
    values: Sequence[list[Any]]
    xf_indexes: Sequence[Sequence[int]]


def row_lists(sheet: Any) -> RowLists:
    """The rows of an xlrd sheet opened with formatting_info (the XF indexes need it)."""
    internals: Any = sheet
    return RowLists(internals._cell_types, internals._cell_values, internals._cell_xf_indexes)
