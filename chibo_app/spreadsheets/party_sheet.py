"""The party-document frame of a list sheet: header rows over the table, the closing
under it (Nơi nhận, T/M CHI BỘ / BÍ THƯ), and the A4 print setup. Used by the lists
that are small enough for a normal (not write-only) workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from chibo_app.core.cell import CellSettings
from chibo_app.documents.dates import place_date_line
from chibo_app.documents.flowables import PARTY_HEADER
from chibo_app.documents.verification import display_code, number_text
from chibo_app.spreadsheets.safe_cells import set_text

FONT_NAME = "Times New Roman"
_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def merged(
    sheet: Worksheet, row: int, text: str, font: Font, align: Alignment, *, first: int, last: int
) -> None:
    target = sheet.cell(row, first)
    set_text(target, text)
    target.font = font
    target.alignment = align
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def boxed(
    sheet: Worksheet, row: int, column: int, value: object, font: Font, align: Alignment
) -> None:
    target = sheet.cell(row, column)
    set_text(target, value)
    target.font = font
    target.alignment = align
    target.border = BOX


def party_header(
    sheet: Worksheet,
    cell: CellSettings,
    *,
    doc_type: str,
    number: int | None,
    dated: dt.date | None,
    year: int,
    width: int,
) -> int:
    """Rows 1–4 as on paper: committee and cell left, party header and date right.
    Returns the first free row."""
    regular = Font(name=FONT_NAME, size=12)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    left = [
        (cell.superior.upper(), regular),
        (cell.cell_name.upper(), bold),
        ("*", regular),
        (number_text(number, doc_type, cell.symbol or "CB") or "", regular),
    ]
    right = [
        (PARTY_HEADER, Font(name=FONT_NAME, size=13, bold=True, underline="single")),
        (place_date_line(cell.place, dated, year), Font(name=FONT_NAME, size=12, italic=True)),
    ]
    for offset, (text, font) in enumerate(left):
        merged(sheet, 1 + offset, text, font, CENTRE, first=1, last=4)
    for offset, (text, font) in enumerate(right):
        merged(sheet, 1 + offset, text, font, CENTRE, first=5, last=width)
    return len(left) + 2


def closing(
    sheet: Worksheet, row: int, names: Sequence[str], cell: CellSettings, width: int
) -> int:
    """Recipients bottom left, "T/M CHI BỘ / BÍ THƯ", signing room and name right.
    Returns the first free row."""
    label = Font(name=FONT_NAME, size=12, bold=True, italic=True)
    small = Font(name=FONT_NAME, size=11)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    set_text(sheet.cell(row, 1), "Nơi nhận:").font = label
    for offset, name in enumerate(names, start=1):
        ending = "." if offset == len(names) else ","
        set_text(sheet.cell(row + offset, 1), f"- {name}{ending}").font = small
    for offset, text in enumerate(("T/M CHI BỘ", "BÍ THƯ")):
        merged(sheet, row + offset, text, bold, CENTRE, first=5, last=width)
    name_row = row + 6
    merged(sheet, name_row, cell.secretary, bold, CENTRE, first=5, last=width)
    return max(name_row, row + len(names)) + 1


def verification_line(sheet: Worksheet, row: int, code: str | None) -> None:
    if code:
        set_text(sheet.cell(row, 1), f"Mã xác thực: {display_code(code)}").font = Font(
            name=FONT_NAME, size=9
        )


def page_setup(sheet: Worksheet, header_row: int, width: int) -> None:
    """A4 portrait fitted to the width, the header row on every page, party margins."""
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
    sheet.print_area = f"A1:{get_column_letter(width)}{sheet.max_row}"
