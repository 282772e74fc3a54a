"""The year's evaluation list (danh sách đánh giá, xếp loại) as a print-ready .xlsx:
the party header, the title and the rule set, STT … "Ghi chú", the totals per level
with percentages and the signature; A4 portrait fitted to the page width, the header
row repeated on every printed page. Laid out like spreadsheets/signed_off_list.py (a
normal workbook: a cell's list has tens, at most a few hundred rows); the score is a
number cell, every text goes through safe_cells.
"""

from __future__ import annotations

import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from chibo_app.core.cell import CellSettings
from chibo_app.documents.dates import place_date_line
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
from chibo_app.documents.flowables import PARTY_HEADER
from chibo_app.documents.verification import display_code, number_text
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.safe_cells import set_text

FONT_NAME = "Times New Roman"
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
# Column widths in characters, from the PDF's millimetres (≈ 2 mm per character).
_WIDTHS = [max(5.0, w / 1.9) for _l, w in COLUMNS]
_LAST = get_column_letter(len(COLUMNS))


def write_evaluation_xlsx(
    path: str | os.PathLike[str],
    data: EvaluationListData,
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
    row = _party_header(sheet, data, cell)
    for line in title_lines(data.year):
        _merged(sheet, row, line, Font(name=FONT_NAME, size=13, bold=True), _CENTRE)
        row += 1
    _merged(sheet, row, summary_line(data), Font(name=FONT_NAME, size=12, italic=True), _CENTRE)
    row += 1
    row += 1
    header_row = row
    for column, (label, _w) in enumerate(COLUMNS, start=1):
        _boxed(sheet, row, column, label, Font(name=FONT_NAME, size=12, bold=True), _CENTRE)
    sheet.row_dimensions[row].height = 32
    body = Font(name=FONT_NAME, size=12)
    for number, entry in enumerate(data.rows, start=1):
        row += 1
        values: list[object] = [number, *row_values(number, entry)[1:]]
        values[3] = entry.score
        for column, value in enumerate(values, start=1):
            align = _CENTRE if column - 1 in CENTRED else _LEFT
            _boxed(sheet, row, column, value if value not in ("", None) else None, body, align)
    row += 1
    for line in totals_lines(data):
        row += 1
        set_text(sheet.cell(row, 1), line).font = body
    row = _closing(sheet, row + 2, data, cell)
    if code:
        set_text(sheet.cell(row + 1, 1), f"Mã xác thực: {display_code(code)}").font = Font(
            name=FONT_NAME, size=9
        )
    _page_setup(sheet, header_row)
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _party_header(sheet: Worksheet, data: EvaluationListData, cell: CellSettings) -> int:
    """Rows 1–4 as on paper: committee and cell left, party header and date right."""
    regular = Font(name=FONT_NAME, size=12)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    left = [
        (cell.superior.upper(), regular),
        (cell.cell_name.upper(), bold),
        ("*", regular),
        (number_text(data.number, DOC_TYPE, cell.symbol or "CB") or "", regular),
    ]
    right = [
        (PARTY_HEADER, Font(name=FONT_NAME, size=13, bold=True, underline="single")),
        (
            place_date_line(cell.place, data.dated, data.year),
            Font(name=FONT_NAME, size=12, italic=True),
        ),
    ]
    for offset, (text, font) in enumerate(left):
        _merged(sheet, 1 + offset, text, font, _CENTRE, first=1, last=4)
    for offset, (text, font) in enumerate(right):
        _merged(sheet, 1 + offset, text, font, _CENTRE, first=5, last=len(COLUMNS))
    return len(left) + 2


def _closing(sheet: Worksheet, row: int, data: EvaluationListData, cell: CellSettings) -> int:
    """Recipients bottom left, "T/M CHI BỘ / BÍ THƯ", signing room and name right."""
    label = Font(name=FONT_NAME, size=12, bold=True, italic=True)
    small = Font(name=FONT_NAME, size=11)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    set_text(sheet.cell(row, 1), "Nơi nhận:").font = label
    names = recipients(data, cell)
    for offset, name in enumerate(names, start=1):
        ending = "." if offset == len(names) else ","
        set_text(sheet.cell(row + offset, 1), f"- {name}{ending}").font = small
    for offset, text in enumerate(("T/M CHI BỘ", "BÍ THƯ")):
        _merged(sheet, row + offset, text, bold, _CENTRE, first=5, last=len(COLUMNS))
    name_row = row + 6
    _merged(sheet, name_row, cell.secretary, bold, _CENTRE, first=5, last=len(COLUMNS))
    return max(name_row, row + len(names)) + 1


def _merged(
    sheet: Worksheet,
    row: int,
    text: str,
    font: Font,
    align: Alignment,
    *,
    first: int = 1,
    last: int = len(COLUMNS),
) -> None:
    target = sheet.cell(row, first)
    set_text(target, text)
    target.font = font
    target.alignment = align
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _boxed(
    sheet: Worksheet, row: int, column: int, value: object, font: Font, align: Alignment
) -> None:
    target = sheet.cell(row, column)
    set_text(target, value)
    target.font = font
    target.alignment = align
    target.border = _BOX


def _page_setup(sheet: Worksheet, header_row: int) -> None:
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages tall as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    # The party layout's margins (left 30 mm, right 15 mm, top and bottom 20 mm).
    sheet.page_margins = PageMargins(
        left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4, header=0.3, footer=0.3
    )
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = FONT_NAME
    sheet.print_area = f"A1:{_LAST}{sheet.max_row}"
