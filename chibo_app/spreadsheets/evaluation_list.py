"""The year's evaluation list (danh sách đánh giá, xếp loại) as a print-ready .xlsx:
the party header, the title and the rule set, STT … "Ghi chú", the totals per level
with percentages and the signature; A4 portrait fitted to the page width, the header
row repeated on every printed page, each row as tall as its wrapped text, and the
totals and signature kept on one page with the last table rows. Laid out like
spreadsheets/signed_off_list.py (a normal workbook: a cell's list has tens, at most a
few hundred rows); the score is a number cell, every text goes through safe_cells.
"""

from __future__ import annotations

import os

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from chibo_app.core.cell import CellSettings
from chibo_app.documents.evaluation_list import (
    CENTRED,
    COLUMNS,
    DOC_TYPE,
    EvaluationListData,
    recipients,
    row_values,
    summary_line,
    title_lines,
    totals_lines,
)
from chibo_app.fileio import atomic_path
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

_WIDTH = len(COLUMNS)
# Column widths in characters, from the PDF's millimetres (≈ 2 mm per character).
_WIDTHS = [max(5.0, w / 1.9) for _l, w in COLUMNS]
_TITLE_HEIGHT = 18.0  # 13 pt bold


def write_evaluation_xlsx(
    path: str | os.PathLike[str],
    data: EvaluationListData,
    cell: CellSettings,
    *,
    code: str | None = None,
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    workbook = new_workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    row = party_header(
        sheet,
        cell,
        doc_type=DOC_TYPE,
        number=data.number,
        dated=data.dated,
        year=data.year,
        width=_WIDTH,
    )
    for line in title_lines(data.year):
        merged(
            sheet, row, line, Font(name=FONT_NAME, size=13, bold=True), CENTRE, first=1, last=_WIDTH
        )
        sheet.row_dimensions[row].height = _TITLE_HEIGHT
        row += 1
    merged(
        sheet,
        row,
        summary_line(data),
        Font(name=FONT_NAME, size=12, italic=True),
        CENTRE,
        first=1,
        last=_WIDTH,
    )
    row += 1
    row += 1
    header_row = row
    for column, (label, _w) in enumerate(COLUMNS, start=1):
        boxed(sheet, row, column, label, Font(name=FONT_NAME, size=12, bold=True), CENTRE)
    sheet.row_dimensions[row].height = 32
    body = Font(name=FONT_NAME, size=12)
    for number, entry in enumerate(data.rows, start=1):
        row += 1
        values: list[object] = [number, *row_values(number, entry)[1:]]
        values[3] = entry.score
        for column, value in enumerate(values, start=1):
            align = CENTRE if column - 1 in CENTRED else LEFT
            boxed(sheet, row, column, value if value not in ("", None) else None, body, align)
        sheet.row_dimensions[row].height = LINE_HEIGHT * row_lines(values[1:], _WIDTHS[1:])
    last_body = row
    row += 1
    for line in totals_lines(data):
        row += 1
        set_text(sheet.cell(row, 1), line).font = body
    row = closing(sheet, row + 2, recipients(data, cell), cell, _WIDTH)
    verification_line(sheet, row + 1, code)
    page_setup(sheet, header_row, _WIDTH)
    for number in range(1, sheet.max_row + 1):  # every height known: pages can be counted
        sheet.row_dimensions[number].height = sheet.row_dimensions[number].height or LINE_HEIGHT
    keep_together(sheet, header_row, last_body + 2, sheet.max_row, _WIDTH, carry_from=last_body - 1)
    with atomic_path(path) as temporary:
        workbook.save(temporary)
