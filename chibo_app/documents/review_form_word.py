"""The bản kiểm điểm (Mẫu 2A/2B/2C, documents/review_form.py) as a Word file: the same
blocks in the same party layout, for the member to type the free-text sections in."""

from __future__ import annotations

import os
from collections.abc import Sequence

from chibo_app.core.cell import CellSettings
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import DocumentHeader
from chibo_app.documents.review_form import (
    Heading,
    Lines,
    Para,
    ReviewFormData,
    Table,
    printed_form,
    review_blocks,
    signature,
    summary_line,
    title_lines,
)
from chibo_app.documents.word_document import WordDocument, WordResult, write_word


def review_word(
    data: ReviewFormData,
    cell: CellSettings,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    settings = settings or PageSettings()
    header = DocumentHeader.for_cell(cell, data.year, None if blank else data.dated)
    doc = WordDocument(
        header, title_lines(data.year), summary=summary_line(data.form), code=code,
        settings=settings,
    )  # fmt: skip
    frame_mm = settings.frame_width / 72 * 25.4
    for block in review_blocks(data, cell, blank=blank):
        if isinstance(block, Heading):
            doc.heading(block.text)
        elif isinstance(block, Para):
            doc.paragraph(block.text, indent=block.indent)
        elif isinstance(block, Lines):
            doc.writing_lines(block.count)
        elif isinstance(block, Table):
            rest = frame_mm - sum(block.widths_mm)
            widths = [w or rest for w in block.widths_mm]
            doc.table(block.header, block.rows, widths, centred=block.centred)
    doc.close(right=signature(data, blank))
    return doc


def write_review_words(
    path: str | os.PathLike[str],
    forms: Sequence[ReviewFormData],
    cell: CellSettings,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
) -> tuple[WordResult, list[PrintedDocument]]:
    """Every form in one .docx (each in its own section), written atomically; filled
    forms carry the code their PDF would carry (record them afterwards)."""
    documents = []
    records: list[PrintedDocument] = []
    for data in forms:
        code = None
        if not blank:
            record = printed_form(data, cell)
            records.append(record)
            code = record.code
        documents.append(review_word(data, cell, blank=blank, settings=settings, code=code))
    year = f" năm {forms[0].year}" if forms else ""
    result = write_word(
        path,
        documents,
        title=f"Bản kiểm điểm, tự đánh giá, xếp loại cá nhân{year}",
        author=cell.cell_name,
    )
    return result, records
