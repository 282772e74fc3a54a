"""One person's history as a printable party document: for every year the plan (its
tasks with their results), the score and the classification, in one table."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph

from chibo_app.core.cell import CellSettings
from chibo_app.core.rules import number_text
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    RenderResult,
    SignatureBlock,
    markup,
    table_style,
    write_documents,
)


@dataclass(frozen=True)
class HistoryTask:
    text: str
    target: str
    result: str  # label, "" when none


@dataclass(frozen=True)
class HistoryYear:
    year: int
    plan_status: str  # label
    tasks: tuple[HistoryTask, ...]
    reviewed: bool  # mid-year review made
    evaluation_status: str  # label
    score: float | None
    classification: str | None  # code of the final classification
    classification_label: str
    exempt_reason: str | None
    rule_set: str


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    full_name: str
    years: tuple[HistoryYear, ...]  # newest first

    def classifications(self) -> list[tuple[int, str]]:
        """(year, code) of the years with a final classification."""
        return [(y.year, y.classification) for y in self.years if y.classification]


if TYPE_CHECKING:  # python-docx is loaded only when a Word file is written
    from chibo_app.documents.word_document import WordDocument

DOC_TYPE = "QT"  # quá trình: unnumbered, recorded so that its code can be checked
SUBJECT_TABLE = "people"
CENTRED = {0, 2}  # the year and the score

COLUMNS: list[tuple[str, float]] = [
    ("Năm", 12),
    ("Kế hoạch và kết quả thực hiện nhiệm vụ", 88),
    ("Điểm", 14),
    ("Xếp loại", 36),
]


def year_cells(entry: HistoryYear) -> list[str]:
    lines = [f"Kế hoạch: {entry.plan_status.lower()}; đánh giá: {entry.evaluation_status.lower()}"]
    for number, task in enumerate(entry.tasks, start=1):
        result = f" — {task.result}" if task.result else ""
        lines.append(f"{number}. {task.text}{result}")
    if entry.exempt_reason:
        verdict = f"Không đánh giá: {entry.exempt_reason}"
    else:
        verdict = entry.classification_label
    score = "" if entry.score is None else number_text(entry.score)
    return [str(entry.year), "\n".join(lines), score, f"{verdict}\n({entry.rule_set})".strip()]


TITLE = ["QUÁ TRÌNH THỰC HIỆN KẾ HOẠCH", "VÀ ĐÁNH GIÁ, XẾP LOẠI QUA CÁC NĂM"]
NOTHING = "Chưa có kế hoạch hoặc đánh giá nào."
SIGNING = SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"))


def summary_line(history: PersonHistory) -> str:
    return f"Họ và tên: {history.full_name}"


def register_title(history: PersonHistory) -> str:
    return f"Quá trình thực hiện kế hoạch, đánh giá, xếp loại — {history.full_name}"


def printed_history(history: PersonHistory, cell: CellSettings, dated: dt.date) -> PrintedDocument:
    """The register's record of a printed history (unnumbered, type QT): its code stands
    for every row printed, not the date line."""
    return printed(
        DOC_TYPE,
        cell.term,
        None,
        dated.year,
        register_title(history),
        {
            "name": history.full_name,
            "rows": [year_cells(entry) for entry in history.years],
            "cell": cell.cell_name,
            "signer": cell.secretary,
        },
        Subject(SUBJECT_TABLE, (history.person_id,)),
    )


def history_document(
    history: PersonHistory,
    cell: CellSettings,
    *,
    dated: dt.date,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    header = DocumentHeader.for_cell(cell, dated.year, dated)
    doc = PartyDocument(header, TITLE, summary=summary_line(history), code=code, settings=settings)
    size = doc.settings.table_size
    cell_style = ParagraphStyle("hist_cell", doc.styles.cell, fontSize=size, leading=size * 1.2)
    centre = ParagraphStyle(
        "hist_centre", doc.styles.cell_centre, fontSize=size, leading=size * 1.2
    )
    head = ParagraphStyle("hist_head", doc.styles.cell_header, fontSize=size, leading=size * 1.2)
    rows = [[Paragraph(label, head) for label, _w in COLUMNS]]
    for entry in history.years:
        cells = year_cells(entry)
        rows.append(
            [
                Paragraph(markup(v), centre if i in CENTRED else cell_style)
                for i, v in enumerate(cells)
            ]
        )
    scale = doc.settings.frame_width / (sum(w for _l, w in COLUMNS) * mm)
    doc.add(
        LongTable(
            rows,
            colWidths=[w * mm * scale for _l, w in COLUMNS],
            repeatRows=1,
            style=table_style(
                [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            ),
            spaceAfter=doc.settings.paragraph_space * 2,
        )
    )
    if not history.years:
        doc.paragraph(NOTHING, indent=False)
    doc.close(right=replace(SIGNING, name=cell.secretary))
    return doc


def history_word(
    history: PersonHistory,
    cell: CellSettings,
    *,
    dated: dt.date,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    """The same history as a Word document: the same title, table and signature."""
    from chibo_app.documents.word_document import WordDocument  # noqa: PLC0415 - .docx only

    header = DocumentHeader.for_cell(cell, dated.year, dated)
    doc = WordDocument(header, TITLE, summary=summary_line(history), code=code, settings=settings)
    doc.table(
        [label for label, _w in COLUMNS],
        [year_cells(entry) for entry in history.years],
        [w for _l, w in COLUMNS],
        centred=CENTRED,
        top=True,
    )
    if not history.years:
        doc.paragraph(NOTHING, indent=False)
    doc.close(right=replace(SIGNING, name=cell.secretary))
    return doc


def write_history_pdf(
    path: PdfOutput,
    history: PersonHistory,
    cell: CellSettings,
    *,
    dated: dt.date,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> RenderResult:
    document = history_document(history, cell, dated=dated, settings=settings, code=code)
    return write_documents(
        path, [document], settings=settings, title=register_title(history), author=cell.cell_name
    )


def write_history_docx(
    path: str | os.PathLike[str],
    history: PersonHistory,
    cell: CellSettings,
    *,
    dated: dt.date,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> None:
    from chibo_app.documents.word_document import write_word  # noqa: PLC0415 - .docx only

    document = history_word(history, cell, dated=dated, settings=settings, code=code)
    write_word(path, [document], title=register_title(history), author=cell.cell_name, dated=dated)
