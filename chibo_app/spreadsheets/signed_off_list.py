"""The signed-off list (danh sách kế hoạch đã được chi bộ xác nhận) as a print-ready
.xlsx: the party header over the list, STT … "Ký tên", totals and the signature,
A4 portrait fitted to the page width with the header row on every printed page.

A cell's list has tens, at most a few hundred rows, so a normal (not write-only)
workbook is used: merged title cells and a signature block under the table are
simpler there, and speed is not at stake. Every text cell goes through safe_cells
so a name like "=HYPERLINK(…)" stays text.
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from chibo_app.core.cell import CellSettings
from chibo_app.documents.signed_off_list import (
    COLUMNS,
    DOC_TYPE,
    SignedOffListData,
    recipients,
    row_values,
    title_lines,
    totals_line,
)
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.party_sheet import (
    CENTRE,
    FONT_NAME,
    LEFT,
    boxed,
    closing,
    merged,
    page_setup,
    party_header,
    verification_line,
)
from chibo_app.spreadsheets.safe_cells import set_text

_WIDTH = len(COLUMNS)
# Column widths in characters, from the PDF's millimetres (≈ 2 mm per character).
_WIDTHS = [max(5.0, w / 1.9) for _l, w in COLUMNS]
CENTRED_COLUMNS = {0, 5, 6}


def write_signed_off_xlsx(
    path: str | os.PathLike[str],
    data: SignedOffListData,
    cell: CellSettings,
    *,
    code: str | None = None,
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    workbook = Workbook()
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
        for column, value in enumerate(values, start=1):
            align = CENTRE if column - 1 in CENTRED_COLUMNS else LEFT
            boxed(sheet, row, column, value or None, body, align)
        sheet.row_dimensions[row].height = 30  # room for a signature
    row += 2
    set_text(sheet.cell(row, 1), totals_line(data)).font = body
    row = closing(sheet, row + 2, recipients(data, cell), cell, _WIDTH)
    verification_line(sheet, row + 1, code)
    page_setup(sheet, header_row, _WIDTH)
    with atomic_path(path) as temporary:
        workbook.save(temporary)
