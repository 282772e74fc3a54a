"""The nomination list (danh sách đăng ký điển hình) as a print-ready .xlsx for the
superior committee: the party header, the title merged and centred, a header merged
over two rows ("Nội dung đăng ký" over field and content), sections I/II/III each
numbered from 1, totals and the signature block under the table; Times New Roman,
thin borders, wrapped text, A4 landscape fitted to one page wide, both header rows
repeated on every printed page.

A committee of several cells can send thousands of rows. Written with XlsxWriter
(xlsx_book) and saved atomically: the workbook's default font is Times New Roman 12,
the grid comes from one conditional format over the table, and every body cell shares
one format (wrap, vertical centre); row heights are estimated from the text
(party_sheet.row_lines: spreadsheet programs do not grow a wrapped row when they open a
file). Every text goes through safe_cells.
"""

from __future__ import annotations

import os
from typing import Any

from xlsxwriter.format import Format

from chibo_app.core.cell import CellSettings
from chibo_app.core.nomination_list import (
    COLUMNS,
    DOC_TYPE,
    GROUP_LABEL,
    NominationListData,
    recipients,
    row_values,
    sections,
    title_lines,
    totals_line,
)
from chibo_app.core.paper_dates import place_date_line
from chibo_app.core.party_header import PARTY_HEADER
from chibo_app.core.verification import display_code, number_text
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.party_sheet import LINE_HEIGHT, row_lines
from chibo_app.spreadsheets.xlsx_book import Book, Sheet, print_setup

# Column widths in characters, from the PDF's millimetres (≈ 1.9 mm per character).
WIDTHS = [max(5.0, w / 1.9) for _l, _g, w in COLUMNS]
_LEFT_SPAN = 3  # the committee and the cell over columns A–C; the party header D–last
_MARGINS = (20 / 25.4, 15 / 25.4, 20 / 25.4, 20 / 25.4)  # inches: left, right, top, bottom


def write_nomination_list_xlsx(
    path: str | os.PathLike[str],
    data: NominationListData,
    cell: CellSettings,
    *,
    code: str | None = None,
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    with atomic_path(path) as temporary:
        book = Book(temporary)
        _lay_out(book.sheet("Danh sách"), data, cell, code)
        book.save()


def _lay_out(sheet: Sheet, data: NominationListData, cell: CellSettings, code: str | None) -> None:
    looks = _Looks(sheet.book)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.set_width(index, width)
    _party_header(sheet, data, cell, looks)
    for row, line in enumerate(title_lines(data.year), start=6):
        sheet.merge(row, 1, len(COLUMNS), line, looks.title)
    header_row = 10
    _header(sheet, header_row, looks)
    row = _body(sheet, header_row + 2, data, looks)
    sheet.grid(header_row, row - 1, len(COLUMNS))
    _closing(sheet, row, data, cell, looks, code)
    print_setup(
        sheet,
        landscape=True,
        margins=_MARGINS,
        title_rows=(header_row, header_row + 1),
        last_column=len(COLUMNS),
    )
    sheet.worksheet.freeze_panes(header_row + 1, 0)


def _party_header(
    sheet: Sheet, data: NominationListData, cell: CellSettings, looks: _Looks
) -> None:
    """Committee and cell left; "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line right."""
    number = number_text(data.number, DOC_TYPE, cell.symbol or "CB") or ""
    left = [
        (cell.superior.upper(), looks.plain_centre),
        (cell.cell_name.upper(), looks.bold_centre),
        ("*", looks.plain_centre),
        (number, looks.plain_centre),
    ]
    right = [
        (PARTY_HEADER, looks.party),
        (place_date_line(cell.place, data.dated, data.year), looks.italic_centre),
    ]
    for row, (text, look) in enumerate(left, start=1):
        sheet.merge(row, 1, _LEFT_SPAN, text, look)
    for row, (text, look) in enumerate(right, start=1):
        sheet.merge(row, _LEFT_SPAN + 1, len(COLUMNS), text, look)


def _header(sheet: Sheet, row: int, looks: _Looks) -> None:
    """Two rows: "Nội dung đăng ký" over its columns, every other label over both."""
    grouped = [index for index, c in enumerate(COLUMNS, start=1) if c[1]]
    for index, (label, group, _w) in enumerate(COLUMNS, start=1):
        if group:
            sheet.write(row + 1, index, label, looks.header)
        else:
            sheet.merge(row, index, index, label, looks.header, to_row=row + 1)
    sheet.merge(row, grouped[0], grouped[-1], GROUP_LABEL, looks.header)
    for offset in range(2):
        sheet.set_height(row + offset, LINE_HEIGHT * 1.6)


def _body(sheet: Sheet, row: int, data: NominationListData, looks: _Looks) -> int:
    """A section title, then its numbered rows, per section; returns the next row."""
    last = len(COLUMNS)
    for title, rows in sections(data):
        sheet.merge(row, 1, last, title, looks.section)
        row += 1
        if not rows:
            sheet.write(row, 2, "Không có", looks.italic)
            row += 1
        for number, entry in enumerate(rows, start=1):
            texts = row_values(number, entry)[1:]
            sheet.write(row, 1, number, looks.number)
            for column, text in enumerate(texts, start=2):
                if text:  # an empty cell is not written: the grid borders it
                    sheet.write(row, column, text, looks.wrap)
            lines = row_lines(texts, WIDTHS[1:])
            if lines > 1:
                sheet.set_height(row, LINE_HEIGHT * lines)
            row += 1
    return row


def _closing(
    sheet: Sheet,
    row: int,
    data: NominationListData,
    cell: CellSettings,
    looks: _Looks,
    code: str | None,
) -> None:
    """Totals; recipients bottom left, "T/M CHI BỘ / BÍ THƯ", room and the name right."""
    sheet.write(row + 1, 1, totals_line(data), looks.plain)
    row += 3
    names = recipients(data, cell)
    left: list[tuple[str, Format]] = [("Nơi nhận:", looks.label)] + [
        (f"- {name}{'.' if i == len(names) - 1 else ','}", looks.small)
        for i, name in enumerate(names)
    ]
    right: dict[int, str] = {0: "T/M CHI BỘ", 1: "BÍ THƯ", 6: cell.secretary}
    for offset, (text, look) in enumerate(left):
        sheet.write(row + offset, 1, text, look)
    for offset, text in right.items():
        if text:
            sheet.merge(row + offset, _LEFT_SPAN + 2, len(COLUMNS), text, looks.bold_centre)
    row += max(len(left), 7)
    if code:
        sheet.write(row + 1, 1, f"Mã xác thực: {display_code(code)}", looks.tiny)


class _Looks:
    """One format per look; body cells share theirs."""

    def __init__(self, book: Book) -> None:
        centre: dict[str, Any] = {"align": "center", "valign": "vcenter", "text_wrap": True}
        left: dict[str, Any] = {"align": "left", "valign": "vcenter", "text_wrap": True}
        self.wrap = book.format(**left)
        self.number = book.format(**centre)
        self.italic = book.format(italic=True, **left)
        self.section = book.format(
            bold=True, align="left", valign="vcenter", pattern=1, bg_color="#F2F2F2"
        )
        self.header = book.format(bold=True, border=1, **centre)
        self.title = book.format(font_size=14, bold=True, **centre)
        self.plain_centre = book.format(**centre)
        self.bold_centre = book.format(bold=True, **centre)
        self.italic_centre = book.format(italic=True, **centre)
        self.party = book.format(font_size=13, bold=True, underline=1, **centre)
        self.plain = book.format()
        self.label = book.format(bold=True, italic=True)
        self.small = book.format(font_size=11)
        self.tiny = book.format(font_size=9)


__all__ = ["GROUP_LABEL", "write_nomination_list_xlsx"]
