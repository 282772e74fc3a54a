"""Writing a print-ready .xlsx through XlsxWriter's public API (openpyxl still reads).

Why XlsxWriter: a cell is written with the type asked for (`write_string` never makes
a formula, and `strings_to_formulas` is off besides); the default font is an option
(Times New Roman 12, the font column widths and row heights are measured in); a format
is one shared object, so styling every cell costs nothing; and `in_memory` keeps each
sheet's XML in memory, so no temporary file holds names and card numbers anywhere but
the output. It is faster than openpyxl's write-only mode with its internals hooked
(benchmarks/bench_nomination_export.py, bench_import_export.py).

Rows and columns count from 1 here, as on screen and in openpyxl (XlsxWriter counts
from 0). Every value goes through safe_cells: text that could be read as a formula is
written as text with quotePrefix.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from chibo_app.spreadsheets.safe_cells import DATE_FORMAT, is_risky, storable

FONT_NAME = "Times New Roman"
LINE_HEIGHT = 15.75  # points per line of 12 pt text
A4 = 9  # the paper size code of A4
# A column width unit is the default font's digit width: 8 px in Times New Roman 12
# (XlsxWriter's metrics for a 72 px default column; Liberation Serif has the same).
PIXELS_PER_WIDTH = 8
_TIME_FORMATS = {dt.time: "hh:mm:ss", dt.timedelta: "[h]:mm:ss"}
_NOT_TEXT = (int, float, dt.date, dt.time, dt.timedelta, type(None))  # bool is an int
_OPTIONS: dict[str, Any] = {
    "strings_to_formulas": False,  # a text is never a formula (see safe_cells)
    "strings_to_numbers": False,  # "01234567" stays the card number it is
    "strings_to_urls": False,
    "in_memory": True,  # no temporary sheet files (see the module notes)
    "default_format_properties": {"font_name": FONT_NAME, "font_size": 12},
    "default_column_width": 72,  # Times New Roman 12: digit 8 px, padding 5 px
}


class Book:
    """One workbook being written to `path`, and its formats (one per look)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.workbook = Workbook(os.fspath(path), _OPTIONS)
        self._formats: dict[tuple[tuple[str, Any], ...], Format] = {}
        self._properties: dict[int, dict[str, Any]] = {}
        self._twins: dict[tuple[int, str, object], Format] = {}

    def format(self, **properties: Any) -> Format:
        """The format with XlsxWriter's `properties` (bold, font_size, align, border…),
        made once per workbook."""
        key = tuple(sorted(properties.items()))
        found = self._formats.get(key)
        if found is None:
            found = self._formats[key] = self.workbook.add_format(properties)
            self._properties[id(found)] = properties
        return found

    def twin(self, base: Format | None, name: str, value: object) -> Format:
        """`base` (None: the default look) with one more property, e.g. quote_prefix."""
        key = (id(base), name, value)
        found = self._twins.get(key)
        if found is None:
            properties = self._properties[id(base)] if base is not None else {}
            found = self._twins[key] = self.format(**{**properties, name: value})
        return found

    def sheet(self, name: str) -> Sheet:
        return Sheet(self, self.workbook.add_worksheet(name))

    def save(self) -> None:
        """Write the file (its folder's errors come out as OSError, for fileio)."""
        try:
            self.workbook.close()
        except FileCreateError as error:
            cause = error.args[0] if error.args else None
            raise cause if isinstance(cause, OSError) else OSError(str(error)) from error


class Sheet:
    """One worksheet; it remembers the heights and widths it set, so pages can be
    counted before the file is written."""

    def __init__(self, book: Book, worksheet: Worksheet) -> None:
        self.book = book
        self.worksheet = worksheet
        self.heights: dict[int, float] = {}
        self.widths: dict[int, float] = {}
        self.last_row = 0

    def set_width(self, column: int, width: float) -> None:
        """`width` in digit widths of the default font, as openpyxl writes it (the
        cell's padding included)."""
        pixels = round(width * PIXELS_PER_WIDTH)
        self.worksheet.set_column_pixels(column - 1, column - 1, pixels)
        self.widths[column] = pixels / PIXELS_PER_WIDTH

    def width(self, column: int) -> float:
        return self.widths.get(column, 8.43)

    def set_height(self, row: int, points: float) -> None:
        pixels = int(points * 4 / 3 + 0.5)  # XlsxWriter keeps whole pixels
        self.worksheet.set_row_pixels(row - 1, pixels)
        self.heights[row] = pixels * 0.75
        self.last_row = max(self.last_row, row)

    def height(self, row: int) -> float:
        return self.heights.get(row, LINE_HEIGHT)

    def write(self, row: int, column: int, value: object, look: Format | None = None) -> None:
        """`value` in the cell: a number, a real date shown dd/mm/yyyy, or text that
        stays text (quotePrefix when it could be read as a formula). None and "" leave
        the cell empty (styled, when a look is given)."""
        if row > self.last_row:
            self.last_row = row
        sheet, r, c = self.worksheet, row - 1, column - 1
        if isinstance(value, str) or not isinstance(value, _NOT_TEXT):
            text = storable(value)
            if text == "":
                if look is not None:
                    sheet.write_blank(r, c, None, look)
                return
            if is_risky(text) or (text is not value and is_risky(str(value))):
                look = self.book.twin(look, "quote_prefix", True)
            sheet.write_string(r, c, text, look)
        elif isinstance(value, bool):
            sheet.write_boolean(r, c, value, look)
        elif isinstance(value, (int, float)):
            sheet.write_number(r, c, value, look)
        elif value is None:
            if look is not None:
                sheet.write_blank(r, c, None, look)
        else:  # a date or a time
            shown = _TIME_FORMATS.get(type(value), DATE_FORMAT)
            sheet.write_datetime(r, c, value, self.book.twin(look, "num_format", shown))

    def write_row(self, row: int, values: Iterable[object], look: Format | None = None) -> None:
        for column, value in enumerate(values, start=1):
            self.write(row, column, value, look)

    def merge(
        self,
        row: int,
        first: int,
        last: int,
        value: object,
        look: Format | None = None,
        *,
        to_row: int | None = None,
    ) -> None:
        """`value` in columns `first`–`last` of `row` (down to `to_row`), merged."""
        bottom = to_row or row
        if (last, bottom) != (first, row):
            # merge_range writes its value with write(): an empty one, then the value
            # goes in through write() here, typed and guarded.
            self.worksheet.merge_range(row - 1, first - 1, bottom - 1, last - 1, "", look)
            self.last_row = max(self.last_row, bottom)
        self.write(row, first, value, look)

    def grid(self, first_row: int, last_row: int, last_column: int) -> None:
        """Thin borders on every cell of the block, empty ones too, through one
        always-true conditional format (cheaper than a border on each cell)."""
        box = self.book.format(border=1)
        self.worksheet.conditional_format(
            first_row - 1,
            0,
            last_row - 1,
            last_column - 1,
            {"type": "formula", "criteria": "TRUE", "format": box},
        )


def print_setup(
    sheet: Sheet,
    *,
    landscape: bool,
    margins: tuple[float, float, float, float],
    title_rows: tuple[int, int] | None,
    last_column: int | None = None,
) -> None:
    """A4 fitted to the page width, as many pages tall as needed, centred; margins
    (left, right, top, bottom) in inches; `title_rows` repeated on every page; "Trang
    x/y" in the footer; the print area over the written rows when `last_column` is
    given."""
    worksheet = sheet.worksheet
    worksheet.set_paper(A4)
    if landscape:
        worksheet.set_landscape()
    else:
        worksheet.set_portrait()
    worksheet.fit_to_pages(1, 0)
    if title_rows is not None:
        worksheet.repeat_rows(title_rows[0] - 1, title_rows[1] - 1)
    worksheet.center_horizontally()
    left, right, top, bottom = margins
    worksheet.set_margins(left=left, right=right, top=top, bottom=bottom)
    worksheet.set_footer(f'&C&"{FONT_NAME},Regular"Trang &P/&N', {"margin": 0.3})
    if last_column is not None:
        worksheet.print_area(0, 0, sheet.last_row - 1, last_column - 1)
