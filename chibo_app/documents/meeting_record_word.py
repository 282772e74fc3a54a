"""A meeting's attendance list and minutes as one Word file (a section each), written
by the same builders as their PDF (documents/meeting_record.py), with the same codes."""

from __future__ import annotations

import os

from chibo_app.core.cell import CellSettings
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents import meeting_record as m
from chibo_app.documents.meeting_record import MeetingRecordData
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.word_document import WordDocument, WordResult, write_word

ATTENDANCE_ROW_MM = 10  # room for a signature, as the PDF's padded rows (28.4 pt)


def minutes_word(
    data: MeetingRecordData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    doc = WordDocument(
        m.header(data, cell, data.number), m.minutes_title(data), code=code, settings=settings
    )
    m.write_minutes(doc, data, cell)
    return doc


def attendance_word(
    data: MeetingRecordData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    doc = WordDocument(
        m.header(data, cell, None),
        m.attendance_title(data),
        summary=m.attendance_summary(data, cell),
        code=code,
        settings=settings,
    )
    doc.table(
        [label for label, _w in m.COLUMNS],
        [m.row_values(n, line) for n, line in enumerate(data.lines, start=1)],
        m.column_widths(doc.settings),  # the PDF's columns, "Có mặt" widened alike
        centred={0, 3, 5},
        min_row_mm=ATTENDANCE_ROW_MM,
    )
    doc.paragraph(
        f"Tổng số: {len(data.lines)} đồng chí; {m.attendance_counts(data)}.", indent=False
    )
    m.signatures(doc, data)
    return doc


def write_meeting_record_docx(
    path: str | os.PathLike[str],
    data: MeetingRecordData,
    cell: CellSettings,
    *,
    attendance: bool = True,
    minutes: bool = True,
    settings: PageSettings | None = None,
) -> tuple[WordResult, list[PrintedDocument]]:
    """The chosen parts (attendance list first) in one .docx; record the returned
    PrintedDocuments afterwards, as for the PDF."""
    documents: list[WordDocument] = []
    records: list[PrintedDocument] = []
    if attendance:
        record = m.printed_attendance(data, cell)
        documents.append(attendance_word(data, cell, settings=settings, code=record.code))
        records.append(record)
    if minutes:
        record = m.printed_minutes(data, cell)
        documents.append(minutes_word(data, cell, settings=settings, code=record.code))
        records.append(record)
    title = f"Biên bản {m.meeting_name(data).lower()}"
    result = write_word(path, documents, title=title, author=cell.cell_name)
    return result, records
