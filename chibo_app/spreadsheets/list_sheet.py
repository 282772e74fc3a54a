"""A numbered list of the cell as a print-ready .xlsx (signed-off plans, evaluation):
the party header, the title (and a summary line), the table with its header repeated
on every printed page and each row as tall as its wrapped text, the totals, the
signature and Nơi nhận (kept on one page with the last table rows, or not); A4
portrait. A cell's list has tens, at most a few hundred rows: a normal
workbook. Every text goes through safe_cells."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from chibo_app.core.cell import CellSettings
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets import scratch  # noqa: F401 - openpyxl's temporaries beside the output
from chibo_app.spreadsheets.party_sheet import (
    CENTRE,
    FONT_NAME,
    LEFT,
    LINE_HEIGHT,
    boxed,
    closing,
    keep_together,
    merged,
    new_workbook,
    page_setup,
    party_header,
    row_lines,
    verification_line,
)
from chibo_app.spreadsheets.safe_cells import set_text

_TITLE_HEIGHT = 18.0  # 13 pt bold
_HEADER_HEIGHT = 32.0


@dataclass(frozen=True)
class ListSheet:
    doc_type: str
    number: int | None
    dated: dt.date | None
    year: int
    title: Sequence[str]
    columns: Sequence[tuple[str, float]]  # label, width in the PDF (mm)
    # values ("" and None leave a cell empty), or a string: a part's title across the table
    rows: Sequence[Sequence[object] | str]
    totals: Sequence[str]
    sent_to: Sequence[str]
    centred: Collection[int] = ()  # column indexes
    summary: str = ""
    min_row_height: float = LINE_HEIGHT  # e.g. room for a handwritten signature
    # The closing kept on one page with the last rows: printed at a fixed scale then,
    # since spreadsheet programs ignore manual breaks when fitting to the page width.
    keep_closing: bool = True


def write_list_xlsx(
    path: str | os.PathLike[str], sheet_data: ListSheet, cell: CellSettings, code: str | None
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    data = sheet_data
    width = len(data.columns)
    # Column widths in characters, from the PDF's millimetres (≈ 2 mm per character).
    widths = [max(5.0, w / 1.9) for _l, w in data.columns]
    workbook = new_workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    for index, chars in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = chars
    row = party_header(
        sheet,
        cell,
        doc_type=data.doc_type,
        number=data.number,
        dated=data.dated,
        year=data.year,
        width=width,
    )
    title_font = Font(name=FONT_NAME, size=13, bold=True)
    for line in data.title:
        merged(sheet, row, line, title_font, CENTRE, first=1, last=width)
        sheet.row_dimensions[row].height = _TITLE_HEIGHT
        row += 1
    if data.summary:
        italic = Font(name=FONT_NAME, size=12, italic=True)
        merged(sheet, row, data.summary, italic, CENTRE, first=1, last=width)
        row += 1
    row += 1
    header_row = row
    bold = Font(name=FONT_NAME, size=12, bold=True)
    for column, (label, _w) in enumerate(data.columns, start=1):
        boxed(sheet, row, column, label, bold, CENTRE)
    sheet.row_dimensions[row].height = _HEADER_HEIGHT
    body = Font(name=FONT_NAME, size=12)
    for values in data.rows:
        row += 1
        if isinstance(values, str):  # "I. ĐẢNG VIÊN": bold, merged over the table, boxed
            for column in range(1, width + 1):
                boxed(sheet, row, column, values if column == 1 else None, bold, LEFT)
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            sheet.row_dimensions[row].height = LINE_HEIGHT
            continue
        for column, value in enumerate(values, start=1):
            align = CENTRE if column - 1 in data.centred else LEFT
            boxed(sheet, row, column, value if value not in ("", None) else None, body, align)
        lines = row_lines(list(values[1:]), widths[1:])
        sheet.row_dimensions[row].height = max(data.min_row_height, LINE_HEIGHT * lines)
    last_body = row
    row += 1
    for line in data.totals:
        row += 1
        set_text(sheet.cell(row, 1), line).font = body
    row = closing(sheet, row + 2, list(data.sent_to), cell, width)
    verification_line(sheet, row + 1, code)
    page_setup(sheet, header_row, width)
    if data.keep_closing:
        for number in range(1, sheet.max_row + 1):  # every height known: pages can be counted
            height = sheet.row_dimensions[number].height
            sheet.row_dimensions[number].height = height or LINE_HEIGHT
        keep_together(
            sheet, header_row, last_body + 2, sheet.max_row, width, carry_from=last_body - 1
        )
    with atomic_path(path) as temporary:
        workbook.save(temporary)
