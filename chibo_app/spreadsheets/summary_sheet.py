"""A combined document of the đảng ủy (documents.summary_document) as a print-ready
.xlsx: the party header, the title, each table with its header and its group headings
merged over the row, paragraphs merged over the width and as tall as their text, the
signature and Nơi nhận, the verification code; A4 (landscape when the document is),
fitted to one page wide, the first table's header repeated on every printed page.
Every text goes through safe_cells."""

from __future__ import annotations

import os

from chibo_app.core.cell import CellSettings
from chibo_app.core.summary_document import (
    GROUP,
    SUBGROUP,
    TOTAL,
    SummaryDocument,
    Table,
    recipients,
)
from chibo_app.fileio import atomic_path
from chibo_app.spreadsheets.party_sheet import (
    CENTRE,
    LEFT,
    LINE_HEIGHT,
    boxed,
    closing,
    merged,
    page_setup,
    party_header,
    row_lines,
    text_lines,
    verification_line,
)
from chibo_app.spreadsheets.xlsx_book import Book, Sheet

_MIN_COLUMNS = 7  # the party header needs room on both sides
_SHADE = {"pattern": 1, "bg_color": "#F2F2F2"}
_JUSTIFY = {"align": "justify", "valign": "top", "text_wrap": True}


def write_summary_xlsx(
    path: str | os.PathLike[str], doc: SummaryDocument, cell: CellSettings, code: str | None
) -> None:
    """Write `doc` to `path` atomically; `code` is the register's verification code."""
    with atomic_path(path) as temporary:
        book = Book(temporary)
        _lay_out(book.sheet("Tổng hợp"), doc, cell, code)
        book.save()


def _lay_out(sheet: Sheet, doc: SummaryDocument, cell: CellSettings, code: str | None) -> None:
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    widest = max(tables, key=lambda t: len(t.columns)) if tables else None
    width = max(_MIN_COLUMNS, len(widest.columns) if widest else 0)
    chars = [max(5.0, w / 1.9) for _l, w in widest.columns] if widest else []
    chars += [10.0] * (width - len(chars))
    for index, value in enumerate(chars, start=1):
        sheet.set_width(index, value)
    book = sheet.book
    row = party_header(
        sheet,
        cell,
        doc_type=doc.doc_type,
        number=doc.number,
        dated=doc.dated,
        year=doc.year,
        width=width,
    )
    title = book.format(font_size=13, bold=True, **CENTRE)
    for text in doc.title:
        merged(sheet, row, text, title, first=1, last=width)
        sheet.set_height(row, 18.0)
        row += 1
    if doc.summary:
        merged(sheet, row, doc.summary, book.format(italic=True, **CENTRE), first=1, last=width)
        row += 1
    row += 1
    header_row = 0
    heading = book.format(bold=True, **CENTRE)
    group = book.format(bold=True, border=1, **LEFT, **_SHADE)
    subgroup = book.format(bold=True, italic=True, border=1, **LEFT)
    looks = {
        (total, centred): book.format(bold=total, **(CENTRE if centred else LEFT))
        for total in (False, True)
        for centred in (False, True)
    }
    for block in doc.blocks:
        if isinstance(block, Table):
            header_row = header_row or row
            span = len(block.columns)
            for column, (label, _w) in enumerate(block.columns, start=1):
                boxed(sheet, row, column, label, heading)
            sheet.set_height(
                row,
                LINE_HEIGHT
                * max(2, row_lines([label for label, _w in block.columns], chars[:span])),
            )
            for line in block.rows:
                row += 1
                if line.style in (GROUP, SUBGROUP):
                    look = group if line.style == GROUP else subgroup
                    sheet.merge(row, 1, span, line.values[0], look)
                    continue
                for column, shown in enumerate(line.values, start=1):
                    look = looks[line.style == TOTAL, column - 1 in block.centred]
                    boxed(sheet, row, column, shown or None, look)
                lines = row_lines(list(line.values), chars[: len(line.values)])
                sheet.set_height(row, LINE_HEIGHT * lines)
            row += 2
        else:
            look = book.format(bold=True, **LEFT) if block.heading else book.format(**_JUSTIFY)
            merged(sheet, row, block.text, look, first=1, last=width)
            sheet.set_height(row, LINE_HEIGHT * text_lines(block.text, sum(chars)))
            row += 1
    row = closing(sheet, row + 1, recipients(doc, cell), cell, width, doc.signing)
    verification_line(sheet, row + 1, code)
    page_setup(sheet, header_row or None, width)
    if doc.landscape:
        sheet.worksheet.set_landscape()
