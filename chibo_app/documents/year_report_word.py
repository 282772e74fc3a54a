"""The year report as a Word file: the same header, number, title, narrative, figure
tables (captions kept with them), closing, signature and Nơi nhận as the PDF of
documents/year_report.py, with the same verification code.

The PDF's two bar charts are the same reportlab drawings, as pictures (PNG, drawn with
Pillow by documents/chart_image.py: reportlab's own rasteriser needs pycairo, which
the app does not ship) under the same captions."""

from __future__ import annotations

import os

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

from chibo_app.core import report_tables as tables
from chibo_app.core.cell import CellSettings
from chibo_app.core.report_tables import FigureTable
from chibo_app.core.verification import PrintedDocument
from chibo_app.core.year_report import ReportFigures, section_titles
from chibo_app.documents import year_report
from chibo_app.documents.chart_image import drawing_png
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import DocumentHeader, SignatureBlock
from chibo_app.documents.word_document import (
    Run,
    WordDocument,
    WordResult,
    write_word_recorded,
)
from chibo_app.documents.year_report import ROMAN, ReportData


def report_word(
    data: ReportData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    f = data.figures
    header = DocumentHeader.for_cell(
        cell, f.period.year, data.dated, doc_type=year_report.DOC_TYPE, number=data.number
    )
    doc = WordDocument(
        header,
        year_report.title_lines(f.period),
        summary=year_report.summary_line(f),
        code=code,
        settings=settings,
    )
    doc.paragraph(year_report.intro(data, cell))
    titles = section_titles(f.period)
    texts = data.narrative.texts()
    doc.heading(f"{ROMAN[0]}. {titles[0]}")
    _paragraphs(doc, texts[0])
    _figures(doc, f)
    for n in range(1, 4):
        doc.heading(f"{ROMAN[n]}. {titles[n]}")
        _paragraphs(doc, texts[n])
    doc.paragraph(year_report.closing_sentence(f.period, cell))
    doc.close(
        right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary),
        recipients=[r for r in year_report.recipients(data, cell) if r],
    )
    return doc


def _paragraphs(doc: WordDocument, text: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines or ["……………"]:
        doc.paragraph(line)


def _figures(doc: WordDocument, f: ReportFigures) -> None:
    doc.runs([Run("Số liệu cụ thể:", bold=True, italic=True)])
    _captioned(doc, tables.people_table(f))
    _captioned(doc, tables.plans_table(f))  # no caption of its own: under the people's
    _captioned(doc, tables.tasks_table(f))
    _captioned(doc, tables.meetings_table(f))
    if any(line.rate is not None for line in f.meetings.months):
        _attendance(doc, f)
    if f.topics:
        _captioned(doc, tables.topics_table(f), bold=False)
    _captioned(doc, tables.nominations_table(f))
    doc.paragraph(tables.nomination_results(f))
    if f.commendations:
        _captioned(doc, tables.commendations_table(f), bold=False)
    if tables.shows_classification(f):
        _captioned(doc, tables.classification_table(f))
        if f.classification.classified:
            _classification(doc, f)


def _captioned(doc: WordDocument, table: FigureTable, *, bold: bool = True) -> None:
    """The caption kept with its table, as in the PDF."""
    if table.caption:
        if bold:
            doc.heading(table.caption)
        else:
            doc.paragraph(table.caption, keep_with_next=True)
    rows = [[str(cell) for cell in r] for r in table.rows]
    bold_rows = {len(rows) - 1} if table.total_row and rows else set()
    doc.table(
        list(table.header),
        rows,
        list(table.widths),
        centred=set(table.centred_columns),
        bold_rows=bold_rows,
    )


def _chart(doc: WordDocument, chart: Drawing, caption: str) -> None:
    """The PDF's chart as a picture as wide as the text, captioned under it."""
    doc.image(drawing_png(chart), chart.width / mm, caption)


def _attendance(doc: WordDocument, f: ReportFigures) -> None:
    chart = year_report.attendance_chart(doc.settings, f)
    _chart(doc, chart, year_report.ATTENDANCE_CAPTION)


def _classification(doc: WordDocument, f: ReportFigures) -> None:
    chart = year_report.classification_chart(doc.settings, f)
    _chart(doc, chart, year_report.CLASSIFICATION_CAPTION)


def write_report_docx(
    path: str | os.PathLike[str],
    data: ReportData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[WordResult, PrintedDocument]:
    """Write the report as .docx; record the returned PrintedDocument afterwards."""
    record = year_report.printed_report(data, cell)
    document = report_word(data, cell, settings=settings, code=record.code)
    return write_word_recorded(path, document, record, cell.cell_name)
