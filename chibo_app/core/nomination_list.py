"""Document 3: the list of collectives, individuals and models registered as exemplary
(danh sách đăng ký điển hình) for the superior committee, as data: its rows, columns,
sections, totals, register record and layout. documents/nomination_list.py writes it as
PDF and .docx, spreadsheets/nomination_list.py as .xlsx: all print these words. The
table is wide, so the page is A4 landscape with the party margins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from chibo_app.core.cell import CellSettings
from chibo_app.core.nominations import KIND_ORDER, SECTION_TITLES, Kind
from chibo_app.core.programme import PROGRAMME_TEXT
from chibo_app.core.summary_document import (
    GROUP,
    NOTE,
    Row,
    SummaryDocument,
    Table,
    Text,
    cell_recipients,
)
from chibo_app.core.verification import PrintedDocument, Subject, printed

DOC_TYPE = "DS"
SUBJECT_TABLE = "nominations"

GROUP_LABEL = "Nội dung đăng ký"
# (header label, group label over it or None, width in mm of a 252 mm landscape text area)
COLUMNS: list[tuple[str, str | None, float]] = [
    ("STT", None, 11),
    ("Tên tập thể, cá nhân, mô hình", None, 44),
    ("Chức vụ", None, 30),
    ("Đơn vị", None, 34),
    ("Lĩnh vực", GROUP_LABEL, 40),
    ("Mô hình, thành tích đăng ký", GROUP_LABEL, 68),
    ("Ghi chú", None, 25),
]
SIGNING = ("T/M CHI BỘ", "BÍ THƯ")


@dataclass(frozen=True)
class NominationListRow:
    kind: Kind
    name: str  # the collective's unit, the person, or the model's name
    position: str = ""
    unit: str = ""
    field: str = ""
    content: str = ""  # the model or achievement registered (and what it consists of)
    notes: str = ""
    nomination_id: int | None = None


@dataclass(frozen=True)
class NominationListData:
    year: int
    rows: Sequence[NominationListRow]  # in print order within each kind
    number: int | None = None  # register number: 'Số 02-DS/CB'
    dated: dt.date | None = None
    recipients: Sequence[str] = ()  # default: the superior committee, the cell's file


def title_lines(year: int) -> list[str]:
    """Seed 003's words: "DANH SÁCH", then the trích yếu in lower case (Hướng dẫn
    36-HD/VPTW: the kind's name in capitals, the trích yếu under it in lower case), broken
    so "tư tưởng" and the year never split across lines. Neither the register's title
    nor the hashed content holds these lines: lists printed before verify unchanged."""
    return [
        "DANH SÁCH",
        "tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu",
        f"trong học tập và làm theo {PROGRAMME_TEXT} năm {year}",
    ]


def sections(data: NominationListData) -> list[tuple[str, list[NominationListRow]]]:
    """(section title, rows) for I. Tập thể, II. Cá nhân, III. Mô hình; empty ones kept
    (the superior committee expects all three headings, with "không" under an empty one)."""
    return [(SECTION_TITLES[kind], [r for r in data.rows if r.kind == kind]) for kind in KIND_ORDER]


def row_values(number: int, row: NominationListRow) -> list[str]:
    """One printed row as text, in COLUMNS order."""
    return [str(number), row.name, row.position, row.unit, row.field, row.content, row.notes]


def totals_line(data: NominationListData) -> str:
    counts = [sum(1 for r in data.rows if r.kind == kind) for kind in KIND_ORDER]
    return f"Tổng số: {counts[0]} tập thể, {counts[1]} cá nhân, {counts[2]} mô hình, cách làm hay."


def recipients(data: NominationListData, cell: CellSettings) -> list[str]:
    return cell_recipients(data.recipients, cell)


def list_content(data: NominationListData, cell: CellSettings) -> dict[str, object]:
    return {
        "year": data.year,
        "sections": [
            [title, [row_values(n, r) for n, r in enumerate(rows, start=1)]]
            for title, rows in sections(data)
        ],
        # The date line is left out: a list re-dated on another day says the same.
        "cell": cell.cell_name,
        "signer": cell.secretary,
    }


def printed_list(data: NominationListData, cell: CellSettings) -> PrintedDocument:
    ids = tuple(r.nomination_id for r in data.rows if r.nomination_id is not None)
    return printed(
        DOC_TYPE,
        cell.term,
        data.number,
        data.year,
        f"Danh sách tập thể, cá nhân đăng ký điển hình, mô hình tiêu biểu năm {data.year}",
        list_content(data, cell),
        Subject(SUBJECT_TABLE, ids) if ids else Subject(SUBJECT_TABLE),
    )


def layout(data: NominationListData, cell: CellSettings) -> SummaryDocument:
    """The list as the PDF and the Word file lay it out (documents/summary_document.py):
    the sections I. Tập thể, II. Cá nhân, III. Mô hình across the table, "Không có"
    under an empty one, the header's "Nội dung đăng ký" over two columns; landscape."""
    rows: list[Row] = []
    for title, section_rows in sections(data):
        rows.append(Row((title,), GROUP))
        if not section_rows:
            rows.append(Row(("", "Không có", *[""] * (len(COLUMNS) - 2)), NOTE))
        rows += [Row(tuple(row_values(n, r))) for n, r in enumerate(section_rows, start=1)]
    table = Table(
        columns=tuple((label, width) for label, _group, width in COLUMNS),
        rows=tuple(rows),
        centred=frozenset({0}),
        groups=tuple(group for _label, group, _width in COLUMNS),
    )
    record = printed_list(data, cell)
    return SummaryDocument(
        doc_type=DOC_TYPE,
        number=data.number,
        year=data.year,
        dated=data.dated,
        title=tuple(title_lines(data.year)),
        register_title=record.title,
        blocks=(table, Text(totals_line(data), indent=False)),
        subject_table=SUBJECT_TABLE,
        subject_ids=record.subject.ids,
        landscape=True,
        signing=SIGNING,
        recipients=tuple(recipients(data, cell)),
    )
