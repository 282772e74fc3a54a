"""Read-only sheets without a <dimension> element must not be parsed whole at open.

openpyxl (3.1) learns a read-only sheet's size by parsing its XML until the
<dimension> element — or, when there is none, until the *end* of <sheetData>, that
is the whole sheet, keeping every parsed row attached to the tree. Excel always
writes <dimension>, but a hostile or odd file leaves it out: a sheet of a million
rows then took 57 s and 300 MB before the first row could be read (measured).

`install()` replaces that step with one that stops at the *start* of <sheetData>;
the result is the same for every file that has a <dimension> element (it precedes
<sheetData> in the schema), and "size unknown" for the others, which read-only
iteration handles (rows are streamed until the end of the data).
"""

from __future__ import annotations

from typing import Any

from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet import _read_only
from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
from openpyxl.xml.functions import iterparse  # defusedxml's when installed


def declared_size(worksheet: Any) -> tuple[int, int, int, int] | None:
    """(min_col, min_row, max_col, max_row) from <dimension>, reading no cell."""
    source = worksheet._get_source()  # noqa: SLF001 - openpyxl's part reader
    try:
        for _event, element in iterparse(source, events=("start",)):
            if element.tag == DATA_TAG:
                return None
            if element.tag == DIMENSION_TAG:
                try:
                    low_col, low_row, high_col, high_row = range_boundaries(
                        element.get("ref") or ""
                    )
                except (ValueError, TypeError):
                    return None
                if low_col and low_row and high_col and high_row:
                    return int(low_col), int(low_row), int(high_col), int(high_row)
                return None
        return None
    finally:
        source.close()


def _get_size(self: Any) -> None:
    bounds = declared_size(self)
    if bounds is not None:
        self._min_column, self._min_row, self._max_column, self._max_row = bounds


def install() -> None:
    """Idempotent; a no-op if a future openpyxl no longer has the method."""
    cls = _read_only.ReadOnlyWorksheet
    if hasattr(cls, "_get_size") and cls._get_size is not _get_size:
        cls._get_size = _get_size
