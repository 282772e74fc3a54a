"""The đảng ủy's combined documents (core.summary_document: the nominations of all cells
grouped by cell, the summaries per cell, the combined year report) in PDF and .docx, in
the party layout. Group headings span the row in the PDF; Word tables here have no
spans, so there a heading sits bold in the second column. The register record hashes
the document's data, not its file: its PDF, .xlsx and .docx carry the same code.
"""

from __future__ import annotations

import os

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.section import Section
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph

from chibo_app.core.cell import CellSettings
from chibo_app.core.summary_document import (
    GROUP,
    SUBGROUP,
    TOTAL,
    SummaryDocument,
    Table,
    content,
    recipients,
)
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents import list_frame as frame
from chibo_app.documents.nomination_list import LandscapeSettings
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    RenderResult,
    SignatureBlock,
    TableCommand,
    markup,
    table_style,
    write_recorded,
)
from chibo_app.documents.word_document import WordDocument, write_word


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
    base = settings or PageSettings()
    if doc.landscape and not isinstance(base, LandscapeSettings):
        return LandscapeSettings(**base.__dict__)
    return base


# PDF ------------------------------------------------------------------------------------


def pdf_document(
    doc: SummaryDocument, cell: CellSettings, settings: PageSettings, code: str | None
) -> PartyDocument:
    header = DocumentHeader.for_cell(
        cell, doc.year, doc.dated, doc_type=doc.doc_type, number=doc.number
    )
    party = PartyDocument(
        header, doc.title, summary=doc.summary or None, code=code, settings=settings
    )
    for block in doc.blocks:
        if isinstance(block, Table):
            party.add(_pdf_table(block, party))
        elif block.heading:
            party.heading(block.text)
        else:
            party.paragraph(block.text)
    party.close(
        right=SignatureBlock(heading=doc.signing, name=cell.secretary),
        recipients=recipients(doc, cell),
    )
    return party


def _pdf_table(block: Table, doc: PartyDocument) -> LongTable:
    cell, centre, head = frame.cell_styles(doc, "summary")
    rows: list[list[object]] = [[Paragraph(markup(label), head) for label, _w in block.columns]]
    last = len(block.columns) - 1
    commands: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in block.rows:
        at = len(rows)
        if row.style in (GROUP, SUBGROUP):
            commands.append(("SPAN", (0, at), (last, at)))
            if row.style == GROUP:
                commands.append(("BACKGROUND", (0, at), (last, at), "#f2f2f2"))
            text = markup(row.values[0])
            shown = f"<b>{text}</b>" if row.style == GROUP else f"<b><i>{text}</i></b>"
            rows.append([Paragraph(shown, cell)] + [""] * last)
            continue
        bold = row.style == TOTAL
        rows.append(
            [
                Paragraph(
                    f"<b>{markup(v)}</b>" if bold and v else markup(v),
                    centre if i in block.centred else cell,
                )
                for i, v in enumerate(row.values)
            ]
        )
    scale = doc.settings.frame_width / (sum(w for _l, w in block.columns) * mm)
    return LongTable(
        rows,
        colWidths=[w * mm * scale for _l, w in block.columns],
        repeatRows=1,
        style=table_style(commands),
        spaceAfter=doc.settings.paragraph_space * 2,
    )


def write_pdf(
    path: str | os.PathLike[str],
    doc: SummaryDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the PDF; record the returned PrintedDocument in the register afterwards."""
    chosen = page_settings(doc, settings)
    record = printed_record(doc, cell)
    party = pdf_document(doc, cell, chosen, record.code)
    return write_recorded(path, party, record, cell, chosen)


# Word -----------------------------------------------------------------------------------


def write_docx(
    path: str | os.PathLike[str],
    doc: SummaryDocument,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> PrintedDocument:
    """Write the .docx (the same content and code as the PDF); record it afterwards."""
    chosen = page_settings(doc, settings)
    record = printed_record(doc, cell)
    header = DocumentHeader.for_cell(
        cell, doc.year, doc.dated, doc_type=doc.doc_type, number=doc.number
    )
    word = _TurnedWordDocument(
        header, doc.title, summary=doc.summary or None, code=record.code, settings=chosen
    )
    for block in doc.blocks:
        if isinstance(block, Table):
            rows, bold = _word_rows(block)
            word.table(
                [label for label, _w in block.columns],
                rows,
                [w for _l, w in block.columns],
                centred=block.centred,
                bold_rows=bold,
            )
        elif block.heading:
            word.heading(block.text)
        else:
            word.paragraph(block.text)
    word.close(
        right=SignatureBlock(heading=doc.signing, name=cell.secretary),
        recipients=recipients(doc, cell),
    )
    write_word(path, [word], title=record.title, author=cell.cell_name, dated=doc.dated)
    return record


def _word_rows(block: Table) -> tuple[list[list[str]], set[int]]:
    """Group headings go in the second column (Word tables here have no spans), bold."""
    rows: list[list[str]] = []
    bold: set[int] = set()
    width = len(block.columns)
    for row in block.rows:
        if row.style in (GROUP, SUBGROUP):
            bold.add(len(rows))
            rows.append(["", row.values[0], *[""] * (width - 2)])
            continue
        if row.style == TOTAL:
            bold.add(len(rows))
        rows.append(list(row.values))
    return rows, bold


class _TurnedWordDocument(WordDocument):
    """A WordDocument whose section says landscape when its page is wider than tall (the
    page size alone leaves Word's orientation flag at portrait, which printers read)."""

    def render(self, document: Document, section: Section) -> None:
        super().render(document, section)
        width, height = self.settings.page_size
        if width > height:
            section.orientation = WD_ORIENT.LANDSCAPE
