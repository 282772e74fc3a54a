"""A document of tables and paragraphs (core.summary_document: the đảng ủy's combined
documents, the cell's numbered lists) in PDF and .docx, in the party layout: the
header with its number, the title and summary, each table with its header repeated
on every page (two rows where a group label spans columns), group headings across
the row, the paragraphs, the signature and Nơi nhận. The two writers read the same
model, so the files say the same; the verification code is given by the caller (the
register record hashes the document's data, not its file).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from chibo_app.core.cell import CellSettings
from chibo_app.core.summary_document import (
    GROUP,
    NOTE,
    SUBGROUP,
    TOTAL,
    SummaryDocument,
    Table,
    content,
    recipients,
)
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents import fonts
from chibo_app.documents import list_frame as frame
from chibo_app.documents.page_settings import PageSettings, turned
from chibo_app.documents.paged_table import CellParagraph, PagedTable, text_cell
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    RenderResult,
    SignatureBlock,
    TableCommand,
    markup,
    table_style,
    write_recorded,
)

if TYPE_CHECKING:  # python-docx is loaded only when a Word file is written
    from chibo_app.documents.word_document import WordDocument

SIGNING_PADDING = (6, 8)  # points above and below a row's text: room to sign in the PDF
SIGNING_ROW_MM = 12  # the same room as a Word row's least height


def printed_record(doc: SummaryDocument, cell: CellSettings) -> PrintedDocument:
    return printed(
        doc.doc_type,
        cell.term,
        doc.number,
        doc.year,
        doc.register_title,
        content(doc, cell),
        Subject(doc.subject_table, doc.subject_ids),
    )


def page_settings(doc: SummaryDocument, settings: PageSettings | None) -> PageSettings:
    return turned(settings) if doc.landscape else settings or PageSettings()


def _header(doc: SummaryDocument, cell: CellSettings) -> DocumentHeader:
    return DocumentHeader.for_cell(
        cell, doc.year, doc.dated, doc_type=doc.doc_type, number=doc.number
    )


def _signature(doc: SummaryDocument, cell: CellSettings) -> SignatureBlock:
    return SignatureBlock(heading=doc.signing, name=cell.secretary)


# PDF ------------------------------------------------------------------------------------


def pdf_document(
    doc: SummaryDocument, cell: CellSettings, settings: PageSettings, code: str | None
) -> PartyDocument:
    party = PartyDocument(
        _header(doc, cell), doc.title, summary=doc.summary or None, code=code, settings=settings
    )
    for block in doc.blocks:
        if isinstance(block, Table):
            party.add(_pdf_table(block, party))
        elif block.heading:
            party.heading(block.text)
        else:
            party.paragraph(block.text, indent=block.indent)
    party.close(right=_signature(doc, cell), recipients=recipients(doc, cell))
    return party


def _pdf_table(block: Table, doc: PartyDocument) -> PagedTable:
    """The table laid out a page at a time (documents/paged_table: a list of thousands
    of rows stays linear in its length); body cells are plain TextBlocks in the row's
    font, the header Paragraphs laid out once per width."""
    cell, centre, head = frame.cell_styles(doc, "summary")
    last = len(block.columns) - 1
    commands: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    rows: list[list[object]] = _pdf_header(block, head, commands)
    header_rows = len(rows)
    if block.signing:
        above, below = SIGNING_PADDING
        commands.append(("TOPPADDING", (0, header_rows), (-1, -1), above))
        commands.append(("BOTTOMPADDING", (0, header_rows), (-1, -1), below))
    for row in block.rows:
        at = len(rows)
        if row.style in (GROUP, SUBGROUP):
            commands.append(("SPAN", (0, at), (last, at)))
            if row.style == GROUP:
                commands.append(("BACKGROUND", (0, at), (last, at), "#f2f2f2"))
            across = fonts.BOLD if row.style == GROUP else fonts.BOLD_ITALIC
            rows.append([text_cell(row.values[0], cell, across)] + [""] * last)
            continue
        font = _ROW_FONTS.get(row.style)
        rows.append(
            [
                text_cell(v, centre if i in block.centred else cell, font) if v else ""
                for i, v in enumerate(row.values)
            ]
        )
    scale = doc.settings.frame_width / (sum(w for _l, w in block.columns) * mm)
    return PagedTable(
        rows,
        col_widths=[w * mm * scale for _l, w in block.columns],
        header_rows=header_rows,  # the header again at the top of every page
        style=table_style(commands),
        space_after=doc.settings.paragraph_space * 2,
    )


_ROW_FONTS = {TOTAL: fonts.BOLD, NOTE: fonts.ITALIC}


def _pdf_header(
    block: Table, head: ParagraphStyle, commands: list[TableCommand]
) -> list[list[object]]:
    """One header row, or two: a group's label spanning its columns over their own
    labels, a column outside any group spanning both rows."""
    labels = [label for label, _w in block.columns]
    if not block.groups:
        return [[CellParagraph(markup(label), head) for label in labels]]
    top: list[object] = []
    below: list[object] = []
    for column, (label, group) in enumerate(zip(labels, block.groups, strict=True)):
        if group is None:
            commands.append(("SPAN", (column, 0), (column, 1)))
            top.append(CellParagraph(markup(label), head))
            below.append("")
            continue
        first = column == 0 or block.groups[column - 1] != group
        if first:
            end = column
            while end + 1 < len(labels) and block.groups[end + 1] == group:
                end += 1
            commands.append(("SPAN", (column, 0), (end, 0)))
        top.append(CellParagraph(markup(group), head) if first else "")
        below.append(CellParagraph(markup(label), head))
    return [top, below]


def write_pdf(
    path: PdfOutput,
    doc: SummaryDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the PDF; record the returned PrintedDocument in the register afterwards."""
    record = printed_record(doc, cell)
    return write_layout_pdf(path, doc, record, cell, settings), record


def write_layout_pdf(
    path: PdfOutput,
    doc: SummaryDocument,
    record: PrintedDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> RenderResult:
    """Write `doc` as PDF carrying `record`'s number and code (a list hashes its own
    data, the đảng ủy's documents their model)."""
    chosen = page_settings(doc, settings)
    party = pdf_document(doc, cell, chosen, record.code)
    return write_recorded(path, party, record, cell, chosen)[0]


# Word -----------------------------------------------------------------------------------


def word_document(
    doc: SummaryDocument, cell: CellSettings, settings: PageSettings, code: str | None
) -> WordDocument:
    """The same document as a WordDocument (tables at the PDF's size, group headings
    merged across the row, the same paragraphs and closing)."""
    from chibo_app.documents.word_document import WordDocument  # noqa: PLC0415 - .docx only

    word = WordDocument(
        _header(doc, cell), doc.title, summary=doc.summary or None, code=code, settings=settings
    )
    for block in doc.blocks:
        if isinstance(block, Table):
            _word_table(word, block)
        elif block.heading:
            word.heading(block.text)
        else:
            word.paragraph(block.text, indent=block.indent)
    word.close(right=_signature(doc, cell), recipients=recipients(doc, cell))
    return word


def _word_table(word: WordDocument, block: Table) -> None:
    rows: list[list[str] | str] = []
    bold: set[int] = set()
    italic: set[int] = set()
    shaded: set[int] = set()
    for row in block.rows:
        if row.style in (GROUP, SUBGROUP):  # bold across the table: grey, or italic
            (shaded if row.style == GROUP else italic).add(len(rows))
            rows.append(row.values[0])
            continue
        if row.style == TOTAL:
            bold.add(len(rows))
        elif row.style == NOTE:
            italic.add(len(rows))
        rows.append(list(row.values))
    word.table(
        [label for label, _w in block.columns],
        rows,
        [w for _l, w in block.columns],
        centred=block.centred,
        size=word.settings.table_size - 1,  # as the PDF: many columns share the width
        bold_rows=bold,
        italic_rows=italic,
        shaded_rows=shaded,
        groups=block.groups,
        min_row_mm=SIGNING_ROW_MM if block.signing else 0,
    )


def write_docx(
    path: str | os.PathLike[str],
    doc: SummaryDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> PrintedDocument:
    """Write the .docx (the same content and code as the PDF); record it afterwards."""
    record = printed_record(doc, cell)
    write_layout_docx(path, doc, record, cell, settings)
    return record


def write_layout_docx(
    path: str | os.PathLike[str],
    doc: SummaryDocument,
    record: PrintedDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> None:
    """Write `doc` as .docx carrying `record`'s code (a list hashes its own data)."""
    from chibo_app.documents.word_document import write_word  # noqa: PLC0415 - .docx only

    word = word_document(doc, cell, page_settings(doc, settings), record.code)
    write_word(path, [word], title=record.title, author=cell.cell_name, dated=doc.dated)
