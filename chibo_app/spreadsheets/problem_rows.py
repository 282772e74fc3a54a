"""The rows an import could not take, written back out so the user can fix them.

Every column of the original is kept as it was read (dates as real dates shown
dd/mm/yyyy), after the original row number and the reason; the header is bold,
wrapped and frozen, with a filter, and each column as wide as what it holds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets import scratch  # noqa: F401 - openpyxl's temporaries beside the output
from chibo_app.spreadsheets.safe_cells import DATE_FORMAT, safe_text

FONT_NAME = "Times New Roman"
MIN_WIDTH, MAX_WIDTH = 8.0, 50.0  # characters
REASON_WIDTH = 45.0
_THIN = Side(style="thin", color="999999")


def column_label(index: int) -> str:
    """What to call a column the file gave no header: 'Cột F'."""
    return f"Cột {get_column_letter(index)}"


def write_problem_rows(path: Path, header: list[str], rows: list[list[object]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Dòng cần sửa"
    sheet.append([safe_text(v) for v in header])  # labels come from the user's file
    body = Font(name=FONT_NAME, size=12)
    for row in rows:
        sheet.append([safe_text(v) for v in row])
    bold = Font(name=FONT_NAME, size=12, bold=True)
    fill = PatternFill("solid", start_color="FFF2CC")
    wrap = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        cell.border = Border(bottom=_THIN, top=_THIN, left=_THIN, right=_THIN)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.font = body
            if isinstance(cell.value, dt.date):
                cell.number_format = DATE_FORMAT
    for index, label in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _width(
            label, [r[index - 1] if index - 1 < len(r) else None for r in rows], index
        )
    longest_label = max((len(str(h)) for h in header), default=10)
    sheet.row_dimensions[1].height = 16 * min(3, 1 + longest_label // 20)
    sheet.freeze_panes = "C2"
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    with atomic_path(path) as tmp:
        workbook.save(tmp)


def _width(label: str, values: list[object], index: int) -> float:
    if index == 2:
        return REASON_WIDTH  # the reasons wrap
    shown = [10 if isinstance(v, dt.date) else len(str(v)) for v in values if v is not None]
    longest = max(shown, default=0)
    return min(MAX_WIDTH, max(MIN_WIDTH, longest * 1.1 + 2, min(len(label), 24) * 0.8 + 2))
