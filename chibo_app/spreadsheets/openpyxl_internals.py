"""The openpyxl internals the import still uses (reading only), all in one place.

openpyxl's read-only mode streams a sheet's rows but offers no public way to the
sheet's XML part, which two guards against odd and hostile files read themselves;
tests/spreadsheets/test_openpyxl_internals.py fails when an openpyxl release renames,
removes or changes one, so an upgrade stops at the test instead of silently dropping
a guard (pyproject bounds openpyxl below the next major version too).

- `sheet_part(worksheet)`: a read-only worksheet's XML part, opened
  (`ReadOnlyWorksheet._get_source`: the workbook's zip and the sheet's path in it).
  xlsx_source reads the merged ranges from it (read-only mode skips <mergeCells>);
  sheet_size reads <dimension> from it.
- `replace_size_reader(read)`: what a read-only worksheet runs when it is opened to
  learn its size (`ReadOnlyWorksheet._get_size`). openpyxl's own parses a sheet without
  <dimension> to its end (57 s and 300 MB for a million rows); sheet_size's stops at
  <sheetData>.
- `set_bounds(worksheet, bounds)`: the size that reader found (`_min_column`,
  `_min_row`, `_max_column`, `_max_row`, which the public min_/max_ properties return).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from openpyxl.worksheet._read_only import ReadOnlyWorksheet  # its only home

__all__ = ["Bounds", "ReadOnlyWorksheet", "replace_size_reader", "set_bounds", "sheet_part"]

# (min_col, min_row, max_col, max_row), 1-based and inclusive.
Bounds = tuple[int, int, int, int]


def sheet_part(worksheet: ReadOnlyWorksheet) -> IO[bytes]:
    """The worksheet's XML part, open for reading (close it after use)."""
    internals: Any = worksheet  # openpyxl's part reader; not in its stubs
    part: IO[bytes] = internals._get_source()
    return part


def replace_size_reader(read: Callable[[ReadOnlyWorksheet], None]) -> None:
    """Make every read-only worksheet opened from now on learn its size with `read`."""
    internals: Any = ReadOnlyWorksheet
    if internals._get_size is not read:
        internals._get_size = read


def set_bounds(worksheet: ReadOnlyWorksheet, bounds: Bounds) -> None:
    internals: Any = worksheet
    internals._min_column, internals._min_row, internals._max_column, internals._max_row = bounds
