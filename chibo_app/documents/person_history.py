"""One person's history as a printable party document: for every year the plan (its
tasks with their results), the score and the classification, in one table."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph

from chibo_app.core.cell import CellSettings
from chibo_app.core.rules import number_text
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    DocumentHeader,
    PartyDocument,
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


def history_document(
    history: PersonHistory,
    cell: CellSettings,
    *,
    dated: dt.date,
    settings: PageSettings | None = None,
) -> PartyDocument:
    header = DocumentHeader.for_cell(cell, dated.year, dated)
    title = ["QUÁ TRÌNH THỰC HIỆN KẾ HOẠCH", "VÀ ĐÁNH GIÁ, XẾP LOẠI QUA CÁC NĂM"]
    doc = PartyDocument(header, title, summary=f"Họ và tên: {history.full_name}", settings=settings)
    size = doc.settings.table_size
    cell_style = ParagraphStyle("hist_cell", doc.styles.cell, fontSize=size, leading=size * 1.2)
    head = ParagraphStyle("hist_head", doc.styles.cell_header, fontSize=size, leading=size * 1.2)
    rows = [[Paragraph(label, head) for label, _w in COLUMNS]]
    for entry in history.years:
        rows.append([Paragraph(markup(v), cell_style) for v in year_cells(entry)])
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
        doc.paragraph("Chưa có kế hoạch hoặc đánh giá nào.", indent=False)
    doc.close(right=SignatureBlock(heading=("T/M CHI BỘ", "BÍ THƯ"), name=cell.secretary))
    return doc


def write_history_pdf(
    path: str | os.PathLike[str],
    history: PersonHistory,
    cell: CellSettings,
    *,
    dated: dt.date,
    settings: PageSettings | None = None,
) -> RenderResult:
    document = history_document(history, cell, dated=dated, settings=settings)
    return write_documents(
        path,
        [document],
        settings=settings,
        title=f"Quá trình thực hiện kế hoạch — {history.full_name}",
        author=cell.cell_name,
    )
