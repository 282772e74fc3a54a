"""The year's evaluation list (danh sách đánh giá, xếp loại) as PDF: STT, name,
positions, score, proposed and final classification, notes; totals per level with
percentages. The same rows go to .xlsx through spreadsheets/evaluation_list.py; this
module owns the data classes and the wording both share.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph

from chibo_app.core.cell import CellSettings
from chibo_app.core.rules import number_text
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents import list_frame as frame
from chibo_app.documents.list_frame import list_document
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    PartyDocument,
    RenderResult,
    markup,
    table_style,
    write_recorded,
)
from chibo_app.documents.plan_form import PROGRAMME

DOC_TYPE = "DS"
SUBJECT_TABLE = "evaluations"

# (header label, width in mm of a 165 mm text area); "STT" needs 11 mm in bold.
COLUMNS: list[tuple[str, float]] = [
    ("STT", 11),
    ("Họ và tên", 33),
    ("Chức vụ", 30),
    ("Điểm", 12),
    ("Đề xuất xếp loại", 27),
    ("Chi bộ xếp loại", 27),
    ("Ghi chú", 25),
]
CENTRED = {0, 3}


@dataclass(frozen=True)
class EvaluationListRow:
    full_name: str
    positions: str = ""  # party position (Bí thư…) and government position, "; " between
    score: float | None = None
    proposed: str = ""  # labels as printed
    final: str = ""
    notes: str = ""  # exempt reason, "Quần chúng", the cell's notes
    person_id: int | None = None


@dataclass(frozen=True)
class EvaluationListData:
    year: int
    rule_set: str  # "Quy định 366-QĐ/TW"
    rows: Sequence[EvaluationListRow]
    levels: Sequence[tuple[str, int]]  # (label, how many), every level of the rule set
    not_evaluated: int = 0  # exempt ("không đánh giá")
    not_classified: int = 0  # party members not classified yet
    non_party: int = 0  # non-party staff (quần chúng): no party classification
    number: int | None = None
    dated: dt.date | None = None
    recipients: Sequence[str] = ()

    @property
    def classified(self) -> int:
        return sum(count for _label, count in self.levels)


def title_lines(year: int) -> list[str]:
    # Broken by hand between phrases: one line would wrap inside "HỌC TẬP".
    return [
        "DANH SÁCH",
        "ĐÁNH GIÁ, XẾP LOẠI KẾT QUẢ THỰC HIỆN",
        "KẾ HOẠCH HỌC TẬP VÀ LÀM THEO",
        f"{PROGRAMME} NĂM {year}",
    ]


def summary_line(data: EvaluationListData) -> str:
    return f"(Theo {data.rule_set})"


def percent(count: int, total: int) -> str:
    return f"{number_text(round(100 * count / total, 1)) if total else '0'}%"


def totals_lines(data: EvaluationListData) -> list[str]:
    """'Tổng số: 40 người; xếp loại 30.' then one line per level with its share."""
    lines = [f"Tổng số: {len(data.rows)} người; được xếp loại: {data.classified}."]
    for label, count in data.levels:
        lines.append(f"- {label}: {count} ({percent(count, data.classified)}).")
    if data.not_evaluated:
        lines.append(f"- Không đánh giá, xếp loại: {data.not_evaluated}.")
    if data.not_classified:
        lines.append(f"- Chưa xếp loại: {data.not_classified}.")
    if data.non_party:
        lines.append(f"- Quần chúng (không xếp loại đảng viên): {data.non_party}.")
    return lines


def row_values(number: int, row: EvaluationListRow) -> list[str]:
    score = "" if row.score is None else number_text(row.score)
    return [str(number), row.full_name, row.positions, score, row.proposed, row.final, row.notes]


def recipients(data: EvaluationListData, cell: CellSettings) -> list[str]:
    return frame.recipients(data.recipients, cell)


def list_content(data: EvaluationListData, cell: CellSettings) -> dict[str, object]:
    return {
        "kind": "evaluation_list",
        "year": data.year,
        "rule_set": data.rule_set,
        "rows": [row_values(n, r) for n, r in enumerate(data.rows, start=1)],
        "levels": [list(level) for level in data.levels],
        "dated": data.dated,
        "cell": cell.cell_name,
        "signer": cell.secretary,
    }


def printed_list(data: EvaluationListData, cell: CellSettings) -> PrintedDocument:
    return printed(
        DOC_TYPE,
        cell.term,
        data.number,
        data.year,
        f"Danh sách đánh giá, xếp loại năm {data.year}",
        list_content(data, cell),
        Subject(SUBJECT_TABLE, (data.year,)),
    )


def evaluation_document(
    data: EvaluationListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    return list_document(
        cell,
        year=data.year,
        dated=data.dated,
        doc_type=DOC_TYPE,
        number=data.number,
        title=title_lines(data.year),
        table=lambda doc: _table(data, doc),
        totals=totals_lines(data),
        sent_to=recipients(data, cell),
        summary=summary_line(data),
        settings=settings,
        code=code,
    )


def _table(data: EvaluationListData, doc: PartyDocument) -> LongTable:
    cell, centre, head = frame.cell_styles(doc, "eval")
    rows = [[Paragraph(label, head) for label, _w in COLUMNS]]
    for number, row in enumerate(data.rows, start=1):
        values = row_values(number, row)
        rows.append(
            [Paragraph(markup(v), centre if i in CENTRED else cell) for i, v in enumerate(values)]
        )
    scale = doc.settings.frame_width / (sum(w for _l, w in COLUMNS) * mm)
    return LongTable(
        rows,
        colWidths=[w * mm * scale for _l, w in COLUMNS],
        repeatRows=1,
        style=table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        ),
        spaceAfter=doc.settings.paragraph_space * 2,
    )


def write_evaluation_pdf(
    path: str | os.PathLike[str],
    data: EvaluationListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the list; record the returned PrintedDocument in the register afterwards."""
    record = printed_list(data, cell)
    document = evaluation_document(data, cell, settings=settings, code=record.code)
    return write_recorded(path, document, record, cell, settings)
