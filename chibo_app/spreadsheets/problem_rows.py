"""The rows an import could not take, written back out so the user can fix them.

Every column of the original is kept as it was read (dates as real dates shown
dd/mm/yyyy), after the original row number and the reason; the header is bold,
wrapped and frozen, with a filter, and each column as wide as what it holds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from xlsxwriter.utility import xl_col_to_name

from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.xlsx_book import A4, Book

MIN_WIDTH, MAX_WIDTH = 8.0, 50.0  # characters
REASON_WIDTH = 45.0
_HEADER = {
    "bold": True,
    "pattern": 1,
    "bg_color": "#FFF2CC",
    "text_wrap": True,
    "valign": "vcenter",
    "align": "center",
    "border": 1,
    "border_color": "#999999",
}


def column_label(index: int) -> str:
    """What to call a column the file gave no header: 'Cột F'."""
    return f"Cột {xl_col_to_name(index - 1)}"


def write_problem_rows(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with atomic_path(path) as temporary:
        book = Book(temporary)
        sheet = book.sheet("Dòng cần sửa")
        sheet.write_row(1, header, book.format(**_HEADER))  # labels come from the user's file
        for number, row in enumerate(rows, start=2):
            sheet.write_row(number, row)
        for index, label in enumerate(header, start=1):
            values = [r[index - 1] if index - 1 < len(r) else None for r in rows]
            sheet.set_width(index, _width(label, values, index))
        longest_label = max((len(str(h)) for h in header), default=10)
        sheet.set_height(1, 16 * min(3, 1 + longest_label // 20))
        worksheet = sheet.worksheet
        worksheet.freeze_panes(1, 2)  # below the header, right of the row number and reason
        if rows:
            worksheet.autofilter(0, 0, len(rows), len(header) - 1)
        worksheet.set_landscape()
        worksheet.set_paper(A4)
        book.save()


def _width(label: str, values: list[object], index: int) -> float:
    if index == 2:
        return REASON_WIDTH  # the reasons wrap
    shown = [10 if isinstance(v, dt.date) else len(str(v)) for v in values if v is not None]
    longest = max(shown, default=0)
    return min(MAX_WIDTH, max(MIN_WIDTH, longest * 1.1 + 2, min(len(label), 24) * 0.8 + 2))
