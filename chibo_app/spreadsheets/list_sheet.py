"""A numbered list of the cell as a print-ready .xlsx (signed-off plans, evaluation):
the party header, the title (and a summary line), the table with its header repeated
on every printed page and each row as tall as its wrapped text, the totals, the
signature and Nơi nhận (kept on one page with the last table rows, or not); A4
portrait. A cell's list has tens, at most a few hundred rows: a normal
workbook. Every text goes through safe_cells."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from chibo_app.core.cell import CellSettings
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.party_sheet import (
    CENTRE,
    LEFT,
    LINE_HEIGHT,
    boxed,
    closing,
    keep_together,
    merged,
    page_setup,
    party_header,
    row_lines,
    verification_line,
)
from chibo_app.spreadsheets.xlsx_book import Book, Sheet

_TITLE_HEIGHT = 18.0  # 13 pt bold
_HEADER_HEIGHT = 32.0


@dataclass(frozen=True)
class ListSheet:
    doc_type: str
    number: int | None
    dated: dt.date | None
    year: int
    title: Sequence[str]
    columns: Sequence[tuple[str, float]]  # label, width in the PDF (mm)
    # values ("" and None leave a cell empty), or a string: a part's title across the table
    rows: Sequence[Sequence[object] | str]
    totals: Sequence[str]
    sent_to: Sequence[str]
    centred: Collection[int] = ()  # column indexes
    summary: str = ""
    min_row_height: float = LINE_HEIGHT  # e.g. room for a handwritten signature
    # The closing kept on one page with the last rows: printed at a fixed scale then,
    # since spreadsheet programs ignore manual breaks when fitting to the page width.
    keep_closing: bool = True


def write_list_xlsx(
    path: str | os.PathLike[str], sheet_data: ListSheet, cell: CellSettings, code: str | None
) -> None:
    """Write the list to `path` atomically; `code` is the register's verification code."""
    with atomic_path(path) as temporary:
        book = Book(temporary)
        _lay_out(book.sheet("Danh sách"), sheet_data, cell, code)
        book.save()


def _lay_out(sheet: Sheet, data: ListSheet, cell: CellSettings, code: str | None) -> None:
    book = sheet.book
    width = len(data.columns)
    # Column widths in characters, from the PDF's millimetres (≈ 2 mm per character).
    widths = [max(5.0, w / 1.9) for _l, w in data.columns]
    for index, chars in enumerate(widths, start=1):
        sheet.set_width(index, chars)
    row = party_header(
        sheet,
        cell,
        doc_type=data.doc_type,
        number=data.number,
        dated=data.dated,
        year=data.year,
        width=width,
    )
    title_look = book.format(font_size=13, bold=True, **CENTRE)
    for line in data.title:
        merged(sheet, row, line, title_look, first=1, last=width)
        sheet.set_height(row, _TITLE_HEIGHT)
        row += 1
    if data.summary:
        merged(sheet, row, data.summary, book.format(italic=True, **CENTRE), first=1, last=width)
        row += 1
    row += 1
    header_row = row
    bold_centre = book.format(bold=True, **CENTRE)
    for column, (label, _w) in enumerate(data.columns, start=1):
        boxed(sheet, row, column, label, bold_centre)
    sheet.set_height(row, _HEADER_HEIGHT)
    centred, left = book.format(**CENTRE), book.format(**LEFT)
    for values in data.rows:
        row += 1
        if isinstance(values, str):  # "I. ĐẢNG VIÊN": bold, merged over the table, boxed
            part = book.format(bold=True, border=1, **LEFT)
            sheet.merge(row, 1, width, values, part)
            sheet.set_height(row, LINE_HEIGHT)
            continue
        for column, value in enumerate(values, start=1):
            boxed(sheet, row, column, value, centred if column - 1 in data.centred else left)
        lines = row_lines(list(values[1:]), widths[1:])
        sheet.set_height(row, max(data.min_row_height, LINE_HEIGHT * lines))
    last_body = row
    row += 1
    for line in data.totals:
        row += 1
        sheet.write(row, 1, line)
    row = closing(sheet, row + 2, list(data.sent_to), cell, width)
    verification_line(sheet, row + 1, code)
    page_setup(sheet, header_row, width)
    if data.keep_closing:
        for number in range(1, sheet.last_row + 1):  # every height known: pages can be counted
            sheet.set_height(number, sheet.height(number))
        keep_together(
            sheet, header_row, last_body + 2, sheet.last_row, width, carry_from=last_body - 1
        )
