"""A cell's list on paper — title, one bordered table, its totals, the secretary's
signature and Nơi nhận — as PDF (the numbered-list frame of documents/list_frame.py) or
as .docx (documents/word_document.py), from one description, so both say the same.

The evaluation papers of Hướng dẫn 43-HD/BTCTW use it: the chi bộ's tổng hợp kết quả
biểu quyết, đề nghị xếp loại (documents/vote_list.py) and the Mẫu 04 danh mục hồ sơ
(documents/dossier_list.py)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from chibo_app.core.cell import CellSettings
from chibo_app.core.summary_document import cell_recipients
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import list_frame as frame
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    RenderResult,
    SignatureBlock,
    plain,
    write_documents,
)
from chibo_app.documents.text_blocks import Column, GridTable
from chibo_app.documents.word_document import WordDocument, write_word


@dataclass(frozen=True)
class ListPaper:
    year: int
    doc_type: str
    title: Sequence[str]
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_mm: Sequence[float]  # relative; scaled to the text width
    centred: frozenset[int] = frozenset()
    totals: Sequence[str] = ()
    summary: str | None = None
    number: int | None = None
    dated: dt.date | None = None
    recipients: Sequence[str] = field(default_factory=tuple)
    # The title's words as the content hash first took them, when the printed title
    # changed only in layout (case, line breaks): papers printed before keep their code.
    hashed_title: Sequence[str] = ()

    def content(self) -> dict[str, object]:
        """What the paper says, for its content hash."""
        return {
            "title": list(self.hashed_title or self.title),
            "summary": self.summary,
            "rows": [list(r) for r in self.rows],
            "totals": list(self.totals),
            "dated": self.dated,
        }


def paper_document(
    paper: ListPaper,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    return frame.list_document(
        cell,
        year=paper.year,
        dated=paper.dated,
        doc_type=paper.doc_type,
        number=paper.number,
        title=list(paper.title),
        table=lambda doc: _grid(paper, doc),
        totals=paper.totals,
        sent_to=cell_recipients(paper.recipients, cell),
        summary=paper.summary,
        settings=settings,
        code=code,
    )


def _grid(paper: ListPaper, doc: PartyDocument) -> Flowable:
    t = doc.styles.text
    scale = doc.settings.frame_width / (sum(paper.widths_mm) * mm)
    columns = [
        Column(w * mm * scale, t.cell_centre if n in paper.centred else t.cell,
               middle=n in paper.centred)
        for n, w in enumerate(paper.widths_mm)
    ]  # fmt: skip
    rows = [[plain(v) for v in row] for row in paper.rows]
    table = GridTable(list(paper.header), rows, columns, t.cell_header)
    table.spaceAfter = float(doc.styles.body.spaceAfter) * 2
    return table


def paper_word(
    paper: ListPaper,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    header = DocumentHeader.for_cell(
        cell, paper.year, paper.dated, doc_type=paper.doc_type, number=paper.number
    )
    doc = WordDocument(header, paper.title, summary=paper.summary, code=code, settings=settings)
    doc.table(paper.header, paper.rows, paper.widths_mm, centred=paper.centred)
    for line in paper.totals:
        doc.paragraph(line, indent=False)
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary),
        recipients=cell_recipients(paper.recipients, cell),
    )
    return doc


def write_paper(
    path: str | os.PathLike[str],
    paper: ListPaper,
    record: PrintedDocument,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> Path:
    """The paper as PDF or .docx by the suffix of `path`, written atomically; the caller
    records `record` in the register afterwards."""
    target = Path(path)
    if target.suffix.lower() == ".docx":
        document = paper_word(paper, cell, settings=settings, code=record.code)
        write_word(target, [document], title=record.title, author=cell.cell_name)
    else:
        write_paper_pdf(target, paper, record, cell, settings=settings)
    return target


def write_paper_pdf(
    out: PdfOutput,
    paper: ListPaper,
    record: PrintedDocument,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> int:
    """The paper as PDF into a file or a stream (the print preview's memory); its pages."""
    pdf = paper_document(paper, cell, settings=settings, code=record.code)
    render: RenderResult = write_documents(
        out, [pdf], settings=settings, title=record.title, author=cell.cell_name
    )
    return render.pages
