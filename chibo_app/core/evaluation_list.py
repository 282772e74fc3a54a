"""The year's evaluation list (danh sách đánh giá, xếp loại) as data: STT, name,
positions, score, proposed and final classification, notes; totals per level with
percentages, its register record and its layout. documents/evaluation_list.py writes it
as PDF and .docx, spreadsheets/evaluation_list.py as .xlsx: both print these words.

Quy định 366-QĐ/TW classifies the party member, not the plan: the title names who is
listed ("cán bộ, đảng viên" when quần chúng are listed too), the plan's results are
what the evaluation is tied to, and the quần chúng are printed in a part of their own
(I. Đảng viên, II. Quần chúng, each numbered from 1), never among those classified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from chibo_app.core.cell import CellSettings
from chibo_app.core.rules import number_text
from chibo_app.core.summary_document import (
    SummaryDocument,
    Table,
    Text,
    cell_recipients,
    list_rows,
)
from chibo_app.core.verification import PrintedDocument, Subject, printed

DOC_TYPE = "DS"
SUBJECT_TABLE = "evaluations"

# (header label, width in mm of a 165 mm text area); "STT" needs 11 mm in bold.
COLUMNS: list[tuple[str, float]] = [
    ("STT", 11),
    ("Họ và tên", 33),
    ("Chức vụ", 30),
    ("Điểm", 12),
    ("Đề xuất xếp loại", 27),
    ("Xếp loại", 27),
    ("Ghi chú", 25),
]
CENTRED = {0, 3}
SIGNING = ("T/M CHI BỘ", "BÍ THƯ")


@dataclass(frozen=True)
class EvaluationListRow:
    full_name: str
    positions: str = ""  # party position (Bí thư…) and government position, "; " between
    score: float | None = None
    proposed: str = ""  # labels as printed
    final: str = ""
    notes: str = ""  # exempt reason, "Quần chúng", the cell's notes
    person_id: int | None = None
    party: bool = True  # a party member (chính thức or dự bị) that year


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
    cap_lines: Sequence[str] = ()  # 366-QĐ/TW Điều 11 k1.4, one line per frame

    @property
    def classified(self) -> int:
        return sum(count for _label, count in self.levels)


PART_TITLES = {True: "I. ĐẢNG VIÊN", False: "II. QUẦN CHÚNG"}
_NON_PARTY_NOTE = "Quần chúng"  # said by the part's title when the list has parts


def parts(data: EvaluationListData) -> list[tuple[str, list[EvaluationListRow]]]:
    """The rows in the parts they print in: one untitled part when the list holds one
    kind only."""
    party = [r for r in data.rows if r.party]
    others = [r for r in data.rows if not r.party]
    if not party or not others:
        return [("", list(data.rows))]
    return [(PART_TITLES[True], party), (PART_TITLES[False], others)]


def title_lines(data: EvaluationListData) -> list[str]:
    """'DANH SÁCH / đánh giá, xếp loại đảng viên năm 2025' — 'cán bộ, đảng viên' when
    quần chúng are listed too (the seeds' "cán bộ, đảng viên"). The trích yếu is in lower
    case under the kind's name in capitals (Hướng dẫn 36-HD/VPTW)."""
    has_party = any(r.party for r in data.rows)
    has_others = any(not r.party for r in data.rows)
    who = (
        "cán bộ, đảng viên"
        if has_others and has_party
        else ("đảng viên" if has_party else "cán bộ")
    )
    return ["DANH SÁCH", f"đánh giá, xếp loại {who} năm {data.year}"]


def summary_line(data: EvaluationListData) -> str:
    """What the evaluation is tied to and the rule applied, in sentence case (36-HD)."""
    return (
        "(Gắn với kết quả thực hiện kế hoạch học tập và làm theo tư tưởng, đạo đức, phong "
        f"cách Hồ Chí Minh năm {data.year}; theo {data.rule_set})"
    )


def percent(count: int, total: int) -> str:
    return f"{number_text(round(100 * count / total, 1)) if total else '0'}%"


def totals_lines(data: EvaluationListData) -> list[str]:
    """'Tổng số: 40 người, trong đó: đảng viên 37, quần chúng 3; đảng viên được xếp loại:
    30.' then one line per level with its share of the classified."""
    party = sum(1 for r in data.rows if r.party)
    others = len(data.rows) - party
    split = f", trong đó: đảng viên {party}, quần chúng {others}" if others and party else ""
    lines = [f"Tổng số: {len(data.rows)} người{split}; đảng viên được xếp loại: {data.classified}."]
    for label, count in data.levels:
        lines.append(f"- {label}: {count} ({percent(count, data.classified)}).")
    if data.not_evaluated:
        lines.append(f"- Không đánh giá, xếp loại: {data.not_evaluated}.")
    if data.not_classified:
        lines.append(f"- Chưa xếp loại: {data.not_classified}.")
    if data.non_party:
        lines.append(f"- Quần chúng (không xếp loại đảng viên): {data.non_party}.")
    lines.extend(f"Tỷ lệ xuất sắc: {line}" for line in data.cap_lines)
    return lines


def row_values(number: int, row: EvaluationListRow) -> list[str]:
    score = "" if row.score is None else number_text(row.score)
    return [str(number), row.full_name, row.positions, score, row.proposed, row.final, row.notes]


def numbered(data: EvaluationListData) -> list[str | list[str]]:
    """The printed lines in order: a part's title (a string), then its rows numbered from
    1 (lists of cell texts)."""
    lines: list[str | list[str]] = []
    for title, rows in parts(data):
        if title:
            lines.append(title)
        for n, row in enumerate(rows, start=1):
            values = row_values(n, row)
            if title and not row.party:
                notes = [p for p in row.notes.split("; ") if p and p != _NON_PARTY_NOTE]
                values[-1] = "; ".join(notes)
            lines.append(values)
    return lines


def recipients(data: EvaluationListData, cell: CellSettings) -> list[str]:
    return cell_recipients(data.recipients, cell)


def list_content(data: EvaluationListData, cell: CellSettings) -> dict[str, object]:
    return {
        "kind": "evaluation_list",
        "year": data.year,
        "rule_set": data.rule_set,
        "rows": numbered(data),
        "levels": [list(level) for level in data.levels],
        "cap": list(data.cap_lines),
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


def layout(data: EvaluationListData, cell: CellSettings) -> SummaryDocument:
    """The list as the PDF and the Word file lay it out (documents/summary_document.py):
    its parts (I. Đảng viên, II. Quần chúng) across the table, the totals under it."""
    rows = list_rows(numbered(data))
    record = printed_list(data, cell)
    return SummaryDocument(
        doc_type=DOC_TYPE,
        number=data.number,
        year=data.year,
        dated=data.dated,
        title=tuple(title_lines(data)),
        register_title=record.title,
        blocks=(
            Table(tuple(COLUMNS), rows, centred=frozenset(CENTRED)),
            *(Text(line, indent=False) for line in totals_lines(data)),
        ),
        subject_table=SUBJECT_TABLE,
        subject_ids=record.subject.ids,
        summary=summary_line(data),
        signing=SIGNING,
        recipients=tuple(recipients(data, cell)),
    )
