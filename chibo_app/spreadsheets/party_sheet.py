"""The party-document frame of a list sheet: header rows over the table, the closing
under it (Nơi nhận, T/M CHI BỘ / BÍ THƯ), and the A4 print setup. Used by the lists
that are small enough for a normal (not write-only) workbook.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from chibo_app.core.cell import CellSettings
from chibo_app.core.paper_dates import place_date_line
from chibo_app.core.party_header import PARTY_HEADER
from chibo_app.core.verification import display_code, number_text
from chibo_app.resources_path import fonts_folder
from chibo_app.spreadsheets import scratch  # noqa: F401 - openpyxl's temporaries beside the output
from chibo_app.spreadsheets.safe_cells import DATE_FORMAT, set_text

FONT_NAME = "Times New Roman"
LINE_HEIGHT = 15.75  # points per line of 12 pt text
# The party layout's A4 page: margins left, right, top, bottom in millimetres.
_PAGE_MM = (210, 297)
_MARGINS_MM = (30, 15, 20, 20)
_POINTS_PER_MM = 72 / 25.4
# A column width unit is the default font's digit width: 8 px (6 pt) in Times New Roman
# 12, the default of new_workbook (metrics shared by Liberation Serif, so the same on
# every machine; a sheet left with Calibri would be measured in whatever replaces it).
_POINTS_PER_WIDTH = 8 * 0.75
_CELL_PADDING = 4.0  # points of a column's width that text does not use
_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def new_workbook() -> Workbook:
    """A workbook whose default font is Times New Roman 12: column widths and the row
    heights estimated for them mean the same wherever the file is opened."""
    workbook = Workbook()
    workbook._fonts = IndexedList([Font(name=FONT_NAME, size=12)])  # noqa: SLF001
    return workbook


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
    if isinstance(value, dt.date):  # a real date Excel can sort and filter, shown as on paper
        target.number_format = DATE_FORMAT
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
    sheet: Worksheet,
    row: int,
    names: Sequence[str],
    cell: CellSettings,
    width: int,
    heading: Sequence[str] = ("T/M CHI BỘ", "BÍ THƯ"),
) -> int:
    """Recipients bottom left, the signing heading ("T/M CHI BỘ / BÍ THƯ", or the đảng
    ủy's), signing room and name right. Returns the first free row."""
    label = Font(name=FONT_NAME, size=12, bold=True, italic=True)
    small = Font(name=FONT_NAME, size=11)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    set_text(sheet.cell(row, 1), "Nơi nhận:").font = label
    for offset, name in enumerate(names, start=1):
        ending = "." if offset == len(names) else ","
        set_text(sheet.cell(row + offset, 1), f"- {name}{ending}").font = small
    for offset, text in enumerate(heading):
        merged(sheet, row + offset, text, bold, CENTRE, first=5, last=width)
    name_row = row + 6
    merged(sheet, name_row, cell.secretary, bold, CENTRE, first=5, last=width)
    return max(name_row, row + len(names)) + 1


@functools.lru_cache(maxsize=8192)  # names, positions and levels repeat down a list
def text_lines(text: str, width: float) -> int:
    """Lines `text` takes in a wrapped cell `width` column units wide, broken between
    words as spreadsheet programs do, measured with the documents' Times-metric font
    (12 pt). Spreadsheet programs do not grow a wrapped row when they open a file, so
    the row heights are written with it; the estimate errs on the tall side."""
    room = width * _POINTS_PER_WIDTH - _CELL_PADDING
    space = _word_width(" ")
    lines = 0
    for part in text.split("\n"):
        lines += 1
        sizes = list(map(_word_width, part.split()))  # syllables: nearly all cached
        if sum(sizes) + space * (len(sizes) - 1) <= room:
            continue  # the whole part on one line
        used = 0.0
        for size in sizes:
            if used and used + space + size <= room:
                used += space + size
            elif size <= room:
                lines += 1 if used else 0
                used = size
            else:  # a word longer than a line is cut
                lines += (1 if used else 0) + int(size // room)
                used = size % room
    return max(1, lines)


_SIZE = 12
_SPARE = 1.02  # a little more than the font's widths: screen hinting widens text


@functools.lru_cache(maxsize=50_000)
def _word_width(word: str) -> float:
    return float(_font().stringWidth(word, _SIZE)) * _SPARE


@functools.cache
def _font() -> Any:
    """The documents' regular face (Liberation Serif: Times New Roman's metrics), parsed
    once from the TTF the app ships; reportlab is imported only when a sheet is sized."""
    from reportlab.pdfbase.ttfonts import TTFont  # noqa: PLC0415 - only for sizing rows

    return TTFont("ChiBoSheetMetrics", str(fonts_folder() / "LiberationSerif-Regular.ttf"))


def row_lines(texts: Sequence[object], widths: Sequence[float]) -> int:
    """Lines the tallest of a row's wrapped texts needs, at the columns' widths."""
    return max(
        (text_lines(str(t), w) for t, w in zip(texts, widths, strict=True) if t not in ("", None)),
        default=1,
    )


def keep_together(
    sheet: Worksheet, header_row: int, first: int, last: int, width: int, *, carry_from: int
) -> None:
    """Print rows `first`–`last` (the totals and the signature) on one page: when a page
    would end among them, or close to them (pages are estimated, within a line and a
    half), break the page before `carry_from` (the last table rows, as in the PDF, so
    the signature never stands alone under the repeated header). Row heights are the
    written ones (LINE_HEIGHT where none is set). The sheet is printed at a fixed scale
    fitted to the page width, since spreadsheet programs ignore manual breaks when they
    fit a sheet to pages."""
    total = sum(_width_of(sheet, c) for c in range(1, width + 1)) * _POINTS_PER_WIDTH
    across = (_PAGE_MM[0] - _MARGINS_MM[0] - _MARGINS_MM[1]) * _POINTS_PER_MM
    scale = min(100, int(97 * across / total)) if total else 100
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    sheet.page_setup.scale = scale
    room = (_PAGE_MM[1] - _MARGINS_MM[2] - _MARGINS_MM[3]) * _POINTS_PER_MM * 100 / scale
    near = 1.5 * LINE_HEIGHT
    repeated = _height_of(sheet, header_row)
    page, used, starts_at, ends_at = 0, 0.0, (0, 0.0), (0, 0.0)
    for row in range(1, last + 1):
        height = _height_of(sheet, row)
        if used + height > room:
            page += 1
            used = repeated if row > header_row else 0.0
        if row == first:
            starts_at = (page, used)
        used += height
    ends_at = (page, used)
    split = starts_at[0] != ends_at[0]
    at_top = starts_at[0] > 0 and starts_at[1] < repeated + near
    at_bottom = ends_at[1] > room - near
    if split or at_top or at_bottom:
        sheet.row_breaks.append(Break(id=max(header_row + 1, carry_from) - 1))


def _height_of(sheet: Worksheet, row: int) -> float:
    height = sheet.row_dimensions[row].height
    return float(height) if height else LINE_HEIGHT


def _width_of(sheet: Worksheet, column: int) -> float:
    width = sheet.column_dimensions[get_column_letter(column)].width
    return float(width) if width else 8.43


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
    left, right, top, bottom = (mm / 25.4 for mm in _MARGINS_MM)
    sheet.page_margins = PageMargins(
        left=left, right=right, top=top, bottom=bottom, header=0.3, footer=0.3
    )
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = FONT_NAME
    sheet.print_area = f"A1:{get_column_letter(width)}{sheet.max_row}"
