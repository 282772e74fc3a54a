"""The cell's numbered lists as Word files, in the frame of documents/list_frame.py: the
header with the register number, title (and summary), the table with its header
repeated, the totals, the secretary's signature and Nơi nhận; same wording, columns
and code as the PDF (the builders share each list's title, rows and totals)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection, Sequence

from chibo_app.core.cell import CellSettings
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import evaluation_list, signed_off_list
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import DocumentHeader, SignatureBlock
from chibo_app.documents.word_document import WordDocument, WordResult, write_word_recorded

SIGNING_ROW_MM = 12  # the signed-off list's rows leave room for a handwritten signature


def list_word(
    cell: CellSettings,
    *,
    year: int,
    dated: dt.date | None,
    doc_type: str,
    number: int | None,
    title: Sequence[str],
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[str] | str],
    centred: Collection[int],
    totals: Sequence[str],
    sent_to: Sequence[str],
    summary: str | None = None,
    settings: PageSettings | None = None,
    code: str | None = None,
    min_row_mm: float = 0,
) -> WordDocument:
    header = DocumentHeader.for_cell(cell, year, dated, doc_type=doc_type, number=number)
    doc = WordDocument(header, title, summary=summary, code=code, settings=settings)
    doc.table(
        [label for label, _w in columns],
        rows,
        [w for _l, w in columns],
        centred=centred,
        size=doc.settings.table_size - 1,  # as the PDF lists: many columns share the width
        min_row_mm=min_row_mm,
    )
    for line in totals:
        doc.paragraph(line, indent=False)
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary),
        recipients=sent_to,
    )
    return doc


def signed_off_word(
    data: signed_off_list.SignedOffListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    m = signed_off_list
    return list_word(
        cell,
        year=data.year,
        dated=data.dated,
        doc_type=m.DOC_TYPE,
        number=data.number,
        title=m.title_lines(data),
        columns=m.COLUMNS,
        rows=m.numbered(data),
        centred={0, 5, 6},
        totals=[m.totals_line(data)],
        sent_to=m.recipients(data, cell),
        settings=settings,
        code=code,
        min_row_mm=SIGNING_ROW_MM,
    )


def evaluation_word(
    data: evaluation_list.EvaluationListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    m = evaluation_list
    return list_word(
        cell,
        year=data.year,
        dated=data.dated,
        doc_type=m.DOC_TYPE,
        number=data.number,
        title=m.title_lines(data),
        columns=m.COLUMNS,
        rows=m.numbered(data),
        centred=m.CENTRED,
        totals=m.totals_lines(data),
        sent_to=m.recipients(data, cell),
        summary=m.summary_line(data),
        settings=settings,
        code=code,
    )


def write_signed_off_docx(
    path: str | os.PathLike[str],
    data: signed_off_list.SignedOffListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[WordResult, PrintedDocument]:
    """Write the list; record the returned PrintedDocument afterwards (as for the PDF)."""
    record = signed_off_list.printed_list(data, cell)
    document = signed_off_word(data, cell, settings=settings, code=record.code)
    return write_word_recorded(path, document, record, cell.cell_name)


def write_evaluation_docx(
    path: str | os.PathLike[str],
    data: evaluation_list.EvaluationListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[WordResult, PrintedDocument]:
    record = evaluation_list.printed_list(data, cell)
    document = evaluation_word(data, cell, settings=settings, code=record.code)
    return write_word_recorded(path, document, record, cell.cell_name)
