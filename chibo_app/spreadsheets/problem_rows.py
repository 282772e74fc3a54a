"""The rows an import could not take, written back out so the user can fix them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets import scratch  # noqa: F401 - openpyxl's temporaries beside the output
from chibo_app.spreadsheets.safe_cells import safe_text


def write_problem_rows(path: Path, header: list[str], rows: list[list[object]]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Dòng cần sửa"
    sheet.append([safe_text(v) for v in header])  # labels come from the user's file
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([safe_text(v) for v in row])
    sheet.column_dimensions["B"].width = 60
    sheet.freeze_panes = "A2"
    with atomic_path(path) as tmp:
        workbook.save(tmp)
