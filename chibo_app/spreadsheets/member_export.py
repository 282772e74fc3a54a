"""The member list as a print-ready .xlsx: title lines, a bordered header repeated on
every printed page, Times New Roman 12, A4 landscape fitted to the page width.

Dates arrive as ISO text ('YYYY-MM-DD', or 'YYYY-MM', 'YYYY-Qn', 'YYYY' when old records
give no day: core.dates). A full date is written as a real date cell shown dd/mm/yyyy
(Excel sorts and filters the list by birth or admission date); a month, quarter or year
alone cannot be a real date and stays text as it was typed ("01/2019", "Quý I/2019",
"1985").

Written with XlsxWriter (xlsx_book) and saved atomically. Body cells carry no style
of their own: the workbook's default font is Times New Roman 12, the grid comes from
one conditional format over the table (empty cells bordered too, without writing
them), and column widths are fitted to the content (no wrapping needed).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any

from xlsxwriter.format import Format

from chibo_app.core.dates import to_display
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.xlsx_book import LINE_HEIGHT, Book, Sheet, print_setup

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

_ISO = re.compile(r"^\d{4}(-\d\d-\d\d|-\d\d|-Q[1-4])?$")
_MAX_WIDTH = 40
_MARGINS = (0.5, 0.4, 0.6, 0.6)  # inches: left, right, top, bottom


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
        book = Book(temporary)
        sheet = book.sheet("Danh sách")
        body = [
            [_value(key, person, n) for key, _l, _w in columns]
            for n, person in enumerate(people, start=1)
        ]
        for index, (_key, label, chars) in enumerate(columns, start=1):
            longest = max((_shown_length(row[index - 1]) for row in body), default=0)
            fitted = min(_MAX_WIDTH, max(chars, longest * 1.1 + 1, len(label) / 2 + 2))
            sheet.set_width(index, fitted)
        width = len(columns)
        for row, line in enumerate(title_lines, start=1):
            if line:
                sheet.merge(row, 1, width, line, _title_look(book, line))
        header_row = len(title_lines) + 2
        header = book.format(bold=True, align="center", valign="vcenter", text_wrap=True, border=1)
        sheet.write_row(header_row, [label for _k, label, _w in columns], header)
        # Spreadsheet programs do not grow a row for wrapped text on opening: size it here.
        sheet.set_height(header_row, LINE_HEIGHT * _header_lines(columns, sheet))
        for row, values in enumerate(body, start=header_row + 1):
            sheet.write_row(row, values)
        if body:
            sheet.grid(header_row + 1, header_row + len(body), width)
        print_setup(sheet, landscape=True, margins=_MARGINS, title_rows=(header_row, header_row))
        sheet.worksheet.freeze_panes(header_row, 0)
        book.save()


def _value(key: str, person: dict[str, Any], number: int) -> Any:
    """The cell's value: the row number, a full date as a date (shown dd/mm/yyyy), a
    month, quarter or year alone as text, anything else as text (Sheet.write keeps risky
    text text)."""
    if key == ROW_NUMBER_KEY:
        return number
    value = person.get(key)
    if value is None or value == "":
        return None  # no cell at all: the grid still borders it
    if key in DATE_KEYS:
        day = _full_date(value)
        return day if day is not None else _date_text(value)
    return value  # as it is: Sheet.write sees what it was before storing it


def _header_lines(columns: list[tuple[str, str, float]], sheet: Sheet) -> int:
    """Lines the tallest wrapped header label needs at the fitted column widths."""
    lines = 1
    for index, (_key, label, _w) in enumerate(columns, start=1):
        width = sheet.width(index)
        lines = max(lines, -(-int(len(label) * 1.15) // max(1, int(width) - 1)))
    return lines


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
    if isinstance(value, dt.date):
        return 10
    return len(str(value or ""))


def _date_text(value: object) -> str:
    if value is None or value == "":
        return ""
    text = str(value)
    return to_display(text) if _ISO.match(text) else text


def _title_look(book: Book, line: str) -> Format:
    """ "DANH SÁCH …" large; other capitals bold; a date line "(Tính đến …)" italic."""
    centre = {"align": "center", "valign": "vcenter"}
    if line.upper().startswith("DANH SÁCH"):
        return book.format(font_size=14, bold=True, **centre)
    if line == line.upper():
        return book.format(bold=True, **centre)
    return book.format(italic=True, **centre)
