"""A combined document of the đảng ủy (documents.summary_document) as a print-ready
.xlsx: the party header, the title, each table with its header and its group headings
merged over the row, paragraphs merged over the width and as tall as their text, the
signature and Nơi nhận, the verification code; A4 (landscape when the document is),
fitted to one page wide, the first table's header repeated on every printed page.
Every text goes through safe_cells."""

from __future__ import annotations

import os

from openpyxl.styles import Alignment, Font, PatternFill

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
    FONT_NAME,
    LEFT,
    LINE_HEIGHT,
    boxed,
    closing,
    merged,
    new_workbook,
    page_setup,
    party_header,
    row_lines,
    text_lines,
    verification_line,
)

_MIN_COLUMNS = 7  # the party header needs room on both sides
_SHADE = PatternFill("solid", fgColor="F2F2F2")
_JUSTIFY = Alignment(horizontal="justify", vertical="top", wrap_text=True)


def write_summary_xlsx(
    path: str | os.PathLike[str], doc: SummaryDocument, cell: CellSettings, code: str | None
) -> None:
    """Write `doc` to `path` atomically; `code` is the register's verification code."""
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    widest = max(tables, key=lambda t: len(t.columns)) if tables else None
    width = max(_MIN_COLUMNS, len(widest.columns) if widest else 0)
    chars = [max(5.0, w / 1.9) for _l, w in widest.columns] if widest else []
    chars += [10.0] * (width - len(chars))
    workbook = new_workbook()
    sheet = workbook.active
    sheet.title = "Tổng hợp"
    for index, value in enumerate(chars, start=1):
        sheet.column_dimensions[_letter(index)].width = value
    regular = Font(name=FONT_NAME, size=12)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    italic_bold = Font(name=FONT_NAME, size=12, bold=True, italic=True)
    row = party_header(
        sheet,
        cell,
        doc_type=doc.doc_type,
        number=doc.number,
        dated=doc.dated,
        year=doc.year,
        width=width,
    )
    title = Font(name=FONT_NAME, size=13, bold=True)
    for text in doc.title:
        merged(sheet, row, text, title, CENTRE, first=1, last=width)
        sheet.row_dimensions[row].height = 18.0
        row += 1
    if doc.summary:
        summary = Font(name=FONT_NAME, size=12, italic=True)
        merged(sheet, row, doc.summary, summary, CENTRE, first=1, last=width)
        row += 1
    row += 1
    header_row = 0
    for block in doc.blocks:
        if isinstance(block, Table):
            header_row = header_row or row
            span = len(block.columns)
            for column, (label, _w) in enumerate(block.columns, start=1):
                boxed(sheet, row, column, label, bold, CENTRE)
            sheet.row_dimensions[row].height = LINE_HEIGHT * max(
                2, row_lines([label for label, _w in block.columns], chars[:span])
            )
            for line in block.rows:
                row += 1
                if line.style in (GROUP, SUBGROUP):
                    font = bold if line.style == GROUP else italic_bold
                    for column in range(1, span + 1):
                        boxed(sheet, row, column, None, font, LEFT)
                    merged(sheet, row, line.values[0], font, LEFT, first=1, last=span)
                    if line.style == GROUP:
                        for column in range(1, span + 1):
                            sheet.cell(row, column).fill = _SHADE
                    continue
                font = bold if line.style == TOTAL else regular
                for column, shown in enumerate(line.values, start=1):
                    align = CENTRE if column - 1 in block.centred else LEFT
                    boxed(sheet, row, column, shown or None, font, align)
                lines = row_lines(list(line.values), chars[: len(line.values)])
                sheet.row_dimensions[row].height = LINE_HEIGHT * lines
            row += 2
        else:
            font = bold if block.heading else regular
            merged(
                sheet,
                row,
                block.text,
                font,
                LEFT if block.heading else _JUSTIFY,
                first=1,
                last=width,
            )
            sheet.row_dimensions[row].height = LINE_HEIGHT * text_lines(block.text, sum(chars))
            row += 1
    row = closing(sheet, row + 1, recipients(doc, cell), cell, width, doc.signing)
    verification_line(sheet, row + 1, code)
    page_setup(sheet, header_row or row, width)
    if not header_row:
        sheet.print_title_rows = None
    if doc.landscape:
        sheet.page_setup.orientation = "landscape"
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    return str(get_column_letter(index))
