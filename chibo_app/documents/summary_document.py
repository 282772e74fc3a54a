"""A party document made of tables and paragraphs, in PDF and .docx: what the đảng ủy's
combined documents are (the nominations of all cells grouped by cell, the summaries per
cell, the combined year report). The .xlsx of the same document is written by
spreadsheets/summary_sheet.py from the same data.

Rows of a table are plain rows, group headings over the whole width (a cell's name,
"I. TẬP THỂ"), or totals in bold. The register record hashes the document's data, not
its file, so its PDF, .xlsx and .docx carry the same verification code.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.section import Section
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph

from chibo_app.core.cell import CellSettings
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents import list_frame as frame
from chibo_app.documents.nomination_list import LandscapeSettings
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    RenderResult,
    SignatureBlock,
    markup,
    table_style,
    write_recorded,
)
from chibo_app.documents.word_document import WordDocument, write_word

ROW, GROUP, SUBGROUP, TOTAL = "row", "group", "subgroup", "total"


@dataclass(frozen=True)
class Row:
    values: tuple[str, ...]
    style: str = ROW  # ROW, GROUP / SUBGROUP (one text over the whole row), TOTAL (bold)


@dataclass(frozen=True)
class Table:
    columns: tuple[tuple[str, float], ...]  # header label, width (relative, in mm)
    rows: tuple[Row, ...]
    centred: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Text:
    text: str
    heading: bool = False


Block = Table | Text


@dataclass(frozen=True)
class SummaryDocument:
    doc_type: str  # 'DS', 'BC'
    number: int | None
    year: int
    dated: dt.date | None
    title: tuple[str, ...]  # the centred title, line by line
    register_title: str  # the register's one-line title
    blocks: tuple[Block, ...]
    subject_table: str
    subject_ids: tuple[int, ...]
    summary: str = ""
    landscape: bool = False
    signing: tuple[str, ...] = ("T/M ĐẢNG ỦY", "BÍ THƯ")
    recipients: tuple[str, ...] = field(default_factory=tuple)


def content(doc: SummaryDocument, cell: CellSettings) -> dict[str, object]:
    """What the verification code stands for: every text printed but the date line."""
    blocks: list[object] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            blocks.append(
                [[c for c, _w in block.columns], [[r.style, *r.values] for r in block.rows]]
            )
        else:
            blocks.append([block.heading, block.text])
    return {
        "title": list(doc.title),
        "summary": doc.summary,
        "blocks": blocks,
        "issuer": cell.cell_name,
        "signer": cell.secretary,
    }


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


def recipients(doc: SummaryDocument, cell: CellSettings) -> list[str]:
    return frame.recipients(doc.recipients, cell, "Lưu Văn phòng Đảng ủy")


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
    commands: list[tuple[object, ...]] = [
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
