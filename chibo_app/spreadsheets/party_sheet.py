"""The party-document frame of a list sheet: header rows over the table, the closing
under it (Nơi nhận, T/M CHI BỘ / BÍ THƯ), and the A4 print setup. Used by the lists
that are small enough to be laid out cell by cell (xlsx_book.Sheet).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from xlsxwriter.format import Format

from chibo_app.core.cell import CellSettings
from chibo_app.core.paper_dates import place_date_line
from chibo_app.core.party_header import PARTY_HEADER
from chibo_app.core.verification import display_code, number_text
from chibo_app.resources_path import fonts_folder
from chibo_app.spreadsheets.xlsx_book import (
    FONT_NAME,
    LINE_HEIGHT,
    PIXELS_PER_WIDTH,
    Sheet,
    print_setup,
)

__all__ = ["FONT_NAME", "LINE_HEIGHT"]

# The party layout's A4 page: margins left, right, top, bottom in millimetres.
_PAGE_MM = (210, 297)
_MARGINS_MM = (30, 15, 20, 20)
_POINTS_PER_MM = 72 / 25.4
# A column width unit is the default font's digit width: 8 px (6 pt) in Times New Roman
# 12, the workbook's default (metrics shared by Liberation Serif, so the same on every
# machine; a sheet left with Calibri would be measured in whatever replaces it).
_POINTS_PER_WIDTH = PIXELS_PER_WIDTH * 0.75
_CELL_PADDING = 4.0  # points of a column's width that text does not use
# XlsxWriter format properties of the usual looks (the font is the workbook's default).
CENTRE: dict[str, Any] = {"align": "center", "valign": "vcenter", "text_wrap": True}
LEFT: dict[str, Any] = {"align": "left", "valign": "vcenter", "text_wrap": True}


def merged(sheet: Sheet, row: int, text: str, look: Format, *, first: int, last: int) -> None:
    sheet.merge(row, first, last, text, look)


def boxed(sheet: Sheet, row: int, column: int, value: object, look: Format) -> None:
    """A table cell: `look` with a thin box; a date a real date shown as on paper."""
    sheet.write(row, column, value, sheet.book.twin(look, "border", 1))


def party_header(
    sheet: Sheet,
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
    book = sheet.book
    regular = book.format(**CENTRE)
    left = [
        (cell.superior.upper(), regular),
        (cell.cell_name.upper(), book.format(bold=True, **CENTRE)),
        ("*", regular),
        (number_text(number, doc_type, cell.symbol or "CB") or "", regular),
    ]
    right = [
        (PARTY_HEADER, book.format(font_size=13, bold=True, underline=1, **CENTRE)),
        (place_date_line(cell.place, dated, year), book.format(italic=True, **CENTRE)),
    ]
    for offset, (text, look) in enumerate(left):
        merged(sheet, 1 + offset, text, look, first=1, last=4)
    for offset, (text, look) in enumerate(right):
        merged(sheet, 1 + offset, text, look, first=5, last=width)
    return len(left) + 2


def closing(
    sheet: Sheet,
    row: int,
    names: Sequence[str],
    cell: CellSettings,
    width: int,
    heading: Sequence[str] = ("T/M CHI BỘ", "BÍ THƯ"),
) -> int:
    """Recipients bottom left, the signing heading ("T/M CHI BỘ / BÍ THƯ", or the đảng
    ủy's), signing room and name right. Returns the first free row."""
    book = sheet.book
    bold = book.format(bold=True, **CENTRE)
    sheet.write(row, 1, "Nơi nhận:", book.format(bold=True, italic=True))
    small = book.format(font_size=11)
    for offset, name in enumerate(names, start=1):
        ending = "." if offset == len(names) else ","
        sheet.write(row + offset, 1, f"- {name}{ending}", small)
    for offset, text in enumerate(heading):
        merged(sheet, row + offset, text, bold, first=5, last=width)
    name_row = row + 6
    merged(sheet, name_row, cell.secretary, bold, first=5, last=width)
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
    sheet: Sheet, header_row: int, first: int, last: int, width: int, *, carry_from: int
) -> None:
    """Print rows `first`–`last` (the totals and the signature) on one page: when a page
    would end among them, or close to them (pages are estimated, within a line and a
    half), break the page before `carry_from` (the last table rows, as in the PDF, so
    the signature never stands alone under the repeated header). Row heights are the
    written ones (LINE_HEIGHT where none is set). The sheet is printed at a fixed scale
    fitted to the page width, since spreadsheet programs ignore manual breaks when they
    fit a sheet to pages."""
    total = sum(sheet.width(c) for c in range(1, width + 1)) * _POINTS_PER_WIDTH
    across = (_PAGE_MM[0] - _MARGINS_MM[0] - _MARGINS_MM[1]) * _POINTS_PER_MM
    scale = min(100, int(97 * across / total)) if total else 100
    sheet.worksheet.set_print_scale(scale)  # and no longer fitted to the page
    room = (_PAGE_MM[1] - _MARGINS_MM[2] - _MARGINS_MM[3]) * _POINTS_PER_MM * 100 / scale
    near = 1.5 * LINE_HEIGHT
    repeated = sheet.height(header_row)
    page, used, starts_at, ends_at = 0, 0.0, (0, 0.0), (0, 0.0)
    for row in range(1, last + 1):
        height = sheet.height(row)
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
        # A break after the row numbered (1-based) as XlsxWriter's (0-based) argument.
        sheet.worksheet.set_h_pagebreaks([max(header_row + 1, carry_from) - 1])


def verification_line(sheet: Sheet, row: int, code: str | None) -> None:
    if code:
        tiny = sheet.book.format(font_size=9)
        sheet.write(row, 1, f"Mã xác thực: {display_code(code)}", tiny)


def page_setup(sheet: Sheet, header_row: int | None, width: int) -> None:
    """A4 portrait fitted to the width, the header row on every page, the party
    layout's margins (left 30 mm, right 15 mm, top and bottom 20 mm)."""
    left, right, top, bottom = (mm / 25.4 for mm in _MARGINS_MM)
    title = (header_row, header_row) if header_row else None
    print_setup(
        sheet,
        landscape=False,
        margins=(left, right, top, bottom),
        title_rows=title,
        last_column=width,
    )
