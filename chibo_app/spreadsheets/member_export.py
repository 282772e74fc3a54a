"""The member list as a print-ready .xlsx: title lines, a bordered header repeated on
every printed page, Times New Roman 12, A4 landscape fitted to the page width.

Dates arrive as ISO text ('YYYY-MM-DD', or 'YYYY' when only the year is known). A
full date is written as a real date cell shown dd/mm/yyyy (Excel sorts and filters
the list by birth or admission date); a year-only date cannot be a real date and
stays text ("1985").

Written in write-only mode and saved atomically. Speed: styling each of 60,000 body
cells costs about 60 % more than writing the values, so body cells carry no style of
their own: the workbook's default font is Times New Roman 12, the grid comes from one
conditional format over the table, and column widths are fitted to the content (no
wrapping needed). Only titles and the header row are styled cell by cell.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import Rule
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from chibo_app.core.dates import to_display
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets import scratch  # noqa: F401 - openpyxl's temporaries beside the output
from chibo_app.spreadsheets.safe_cells import DATE_FORMAT, is_risky, storable, text_cell

FONT_NAME = "Times New Roman"
ROW_NUMBER_KEY = "stt"  # numbered 1, 2, 3 … by the export itself
DATE_KEYS = frozenset({"birth_date", "admitted_on", "full_member_on"})

# (key in each person dict, header label, column width in characters)
DEFAULT_COLUMNS: list[tuple[str, str, float]] = [
    (ROW_NUMBER_KEY, "STT", 5),
    ("full_name", "Họ và tên", 24),
    ("sex", "Giới tính", 8),
    ("birth_date", "Ngày sinh", 11.5),
    ("kind_label", "Loại", 11),
    ("party_card", "Số thẻ đảng viên", 12),
    ("admitted_on", "Ngày vào Đảng", 11.5),
    ("full_member_on", "Ngày chính thức", 11.5),
    ("unit", "Đơn vị", 20),
    ("party_position", "Chức vụ đảng", 13),
    ("government_position", "Chức vụ chính quyền, đoàn thể", 22),
    ("status_label", "Trạng thái", 12),
]

_ISO = re.compile(r"^\d{4}(-\d\d-\d\d)?$")
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_MIDDLE = dict(vertical="center", wrap_text=True)
_MAX_WIDTH = 40


def write_member_list(
    path: str | os.PathLike[str],
    people: list[dict[str, Any]],
    *,
    title_lines: list[str],
    columns: list[tuple[str, str, float]] | None = None,
) -> None:
    """Write `people` (dicts of pre-formatted strings, dates as ISO) under `title_lines`.

    An empty string in `title_lines` leaves a blank line. The header sits two rows
    under the last title line and repeats on every printed page.
    """
    # The file first: a folder that cannot be written fails before any work is done.
    with atomic_path(path) as temporary:
        columns = columns or DEFAULT_COLUMNS
        workbook = Workbook(write_only=True)
        # Font 0 is every unstyled cell's font (openpyxl keeps the list in _fonts).
        workbook._fonts = IndexedList([Font(name=FONT_NAME, size=12)])  # noqa: SLF001
        sheet = workbook.create_sheet("Danh sách")
        last_letter = get_column_letter(len(columns))
        templates = _Templates(sheet)
        body = [
            [_value(sheet, key, person, n, templates.date) for key, _l, _w in columns]
            for n, person in enumerate(people, start=1)
        ]
        for index, (_key, label, chars) in enumerate(columns, start=1):
            longest = max((_shown_length(row[index - 1]) for row in body), default=0)
            fitted = min(_MAX_WIDTH, max(chars, longest * 1.1 + 1, len(label) / 2 + 2))
            sheet.column_dimensions[get_column_letter(index)].width = fitted
        header_row = len(title_lines) + 2
        # Spreadsheet programs do not grow a row for wrapped text on opening: size it here.
        sheet.row_dimensions[header_row].height = 15.75 * _header_lines(columns, sheet)
        # Before the first row: write-only mode writes sheet properties and views first.
        _page_setup(sheet, header_row)
        _grid(sheet, f"A{header_row + 1}:{last_letter}{header_row + len(body)}")

        for row, line in enumerate(title_lines, start=1):
            sheet.append([text_cell(sheet, line, templates.title(line))] if line else [])
            if line:
                sheet.merged_cells.add(f"A{row}:{last_letter}{row}")
        sheet.append([])
        sheet.append([text_cell(sheet, label, templates.header) for _k, label, _w in columns])
        for values in body:
            sheet.append(values)

        workbook.save(temporary)


def _value(sheet: Any, key: str, person: dict[str, Any], number: int, date_style: Cell) -> Any:
    """A plain value for the row; risky text becomes a text cell, never a formula; a
    full date a date cell shown dd/mm/yyyy."""
    if key == ROW_NUMBER_KEY:
        return number
    value = person.get(key)
    if value is None or value == "":
        return None  # no cell at all: the grid still borders it
    if key in DATE_KEYS:
        day = _full_date(value)
        return text_cell(sheet, day, date_style) if day is not None else _date_text(value)
    stored = storable(value)
    return text_cell(sheet, value) if isinstance(stored, str) and is_risky(stored) else stored


def _header_lines(columns: list[tuple[str, str, float]], sheet: Any) -> int:
    """Lines the tallest wrapped header label needs at the fitted column widths."""
    lines = 1
    for index, (_key, label, _w) in enumerate(columns, start=1):
        width = sheet.column_dimensions[get_column_letter(index)].width
        lines = max(lines, -(-int(len(label) * 1.15) // max(1, int(width) - 1)))
    return lines


def _grid(sheet: Any, cells: str) -> None:
    """Thin borders on every body cell through one always-true conditional format."""
    box = DifferentialStyle(border=_BOX)
    sheet.conditional_formatting.add(cells, Rule(type="expression", formula=["TRUE"], dxf=box))


def _full_date(value: object) -> dt.datetime | None:
    text = str(value)
    if len(text) != 10 or not _ISO.match(text):
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def _shown_length(value: object) -> int:
    """Characters the value takes on screen (a date cell shows dd/mm/yyyy)."""
    if isinstance(value, Cell):
        value = value.value
    if isinstance(value, dt.date):
        return 10
    return len(str(value or ""))


def _date_text(value: object) -> str:
    if value is None or value == "":
        return ""
    text = str(value)
    return to_display(text) if _ISO.match(text) else text


def _page_setup(sheet: Any, header_row: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages tall as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins = PageMargins(
        left=0.5, right=0.4, top=0.6, bottom=0.6, header=0.3, footer=0.3
    )
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.oddFooter.center.font = FONT_NAME
    sheet.freeze_panes = f"A{header_row + 1}"


class _Templates:
    """One styled cell per look of the title and header cells."""

    def __init__(self, sheet: Any):
        self.header = self._make(
            sheet,
            Font(name=FONT_NAME, size=12, bold=True),
            Alignment(horizontal="center", **_MIDDLE),
            _BOX,
        )
        center = Alignment(horizontal="center", vertical="center")
        self._title_bold = self._make(sheet, Font(name=FONT_NAME, size=12, bold=True), center)
        self._title_big = self._make(sheet, Font(name=FONT_NAME, size=14, bold=True), center)
        self._title_italic = self._make(sheet, Font(name=FONT_NAME, size=12, italic=True), center)
        # Body dates: the workbook's default font, shown as on paper.
        self.date = text_cell(sheet, None)
        self.date.number_format = DATE_FORMAT

    @staticmethod
    def _make(sheet: Any, font: Font, alignment: Alignment, border: Border | None = None) -> Cell:
        cell = text_cell(sheet, None)
        cell.font = font
        cell.alignment = alignment
        if border is not None:
            cell.border = border
        return cell

    def title(self, line: str) -> Cell:
        # "DANH SÁCH …" large; other capitals bold; a date line "(Tính đến …)" italic.
        if line.upper().startswith("DANH SÁCH"):
            return self._title_big
        return self._title_bold if line == line.upper() else self._title_italic
