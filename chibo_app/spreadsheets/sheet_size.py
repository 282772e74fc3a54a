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

from openpyxl.utils.cell import range_boundaries
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse  # defusedxml's when installed

from chibo_app.spreadsheets import openpyxl_internals as internals

DATA_TAG = f"{{{SHEET_MAIN_NS}}}sheetData"
DIMENSION_TAG = f"{{{SHEET_MAIN_NS}}}dimension"


def declared_size(worksheet: internals.ReadOnlyWorksheet) -> internals.Bounds | None:
    """(min_col, min_row, max_col, max_row) from <dimension>, reading no cell."""
    source = internals.sheet_part(worksheet)
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


def _read_size(worksheet: internals.ReadOnlyWorksheet) -> None:
    bounds = declared_size(worksheet)
    if bounds is not None:
        internals.set_bounds(worksheet, bounds)


def install() -> None:
    """Idempotent."""
    internals.replace_size_reader(_read_size)
