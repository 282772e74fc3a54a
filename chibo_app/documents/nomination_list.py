"""Document 3: the list of collectives, individuals and models registered as exemplary
(danh sách đăng ký điển hình) for the superior committee, as PDF in the party layout.

The same rows go to a spreadsheet through chibo_app/spreadsheets/nomination_list.py;
this module owns the data classes, the columns and the wording both share. The table
is wide, so the PDF page is A4 landscape with the party margins.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from chibo_app.core.cell import CellSettings
from chibo_app.core.nominations import KIND_ORDER, SECTION_TITLES, Kind
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents import fonts
from chibo_app.documents import list_frame as frame
from chibo_app.documents.list_frame import list_document
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.paged_table import CellParagraph, PagedTable, text_cell
from chibo_app.documents.party_document import (
    PartyDocument,
    RenderResult,
    TableCommand,
    table_style,
    write_recorded,
)
from chibo_app.documents.plan_form import PROGRAMME

DOC_TYPE = "DS"
SUBJECT_TABLE = "nominations"

# (header label, group label over it or None, width in mm of a 252 mm landscape text area)
COLUMNS: list[tuple[str, str | None, float]] = [
    ("STT", None, 11),
    ("Tên tập thể, cá nhân, mô hình", None, 44),
    ("Chức vụ", None, 30),
    ("Đơn vị", None, 34),
    ("Lĩnh vực", "Nội dung đăng ký", 40),
    ("Mô hình, thành tích đăng ký", "Nội dung đăng ký", 68),
    ("Ghi chú", None, 25),
]
GROUP = "Nội dung đăng ký"


class LandscapeSettings(PageSettings):
    """The party page turned: A4 landscape, same margins and type sizes."""

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = landscape(A4)
        return float(width), float(height)

    @property
    def frame_width(self) -> float:
        return float(landscape(A4)[0] - (self.left_mm + self.right_mm) * mm)


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
    # Seed 003's words, broken so "TƯ TƯỞNG" and the year never split across lines.
    return [
        "DANH SÁCH",
        "TẬP THỂ, CÁ NHÂN ĐĂNG KÝ ĐIỂN HÌNH, MÔ HÌNH TIÊU BIỂU",
        f"TRONG HỌC TẬP VÀ LÀM THEO {PROGRAMME} NĂM {year}",
    ]


def title_text(year: int) -> str:
    return " ".join(title_lines(year)[1:]).replace("TẬP THỂ", "DANH SÁCH TẬP THỂ", 1)


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
    return frame.recipients(data.recipients, cell)


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


def nomination_list_document(
    data: NominationListData,
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
        totals=[totals_line(data)],
        sent_to=recipients(data, cell),
        settings=settings,
        code=code,
    )


def _table(data: NominationListData, doc: PartyDocument) -> PagedTable:
    cell, centre, head = frame.cell_styles(doc, "nl")
    last = len(COLUMNS) - 1
    first_group = next(i for i, c in enumerate(COLUMNS) if c[1])
    top: list[object] = [CellParagraph(g or label, head) for label, g, _w in COLUMNS]
    below: list[object] = [CellParagraph(label if g else "", head) for label, g, _w in COLUMNS]
    rows: list[list[object]] = [top, below]
    commands: list[TableCommand] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("SPAN", (first_group, 0), (first_group + 1, 0)),
    ]
    for column, (_label, group, _w) in enumerate(COLUMNS):
        if not group:
            commands.append(("SPAN", (column, 0), (column, 1)))
    for title, section_rows in sections(data):
        commands.append(("SPAN", (0, len(rows)), (last, len(rows))))
        commands.append(("BACKGROUND", (0, len(rows)), (last, len(rows)), "#f2f2f2"))
        rows.append([text_cell(title, cell, fonts.BOLD)] + [""] * last)
        if not section_rows:
            rows.append(
                [text_cell("", centre), text_cell("Không có", cell, fonts.ITALIC)] + [""] * 5
            )
        for number, row in enumerate(section_rows, start=1):
            values = row_values(number, row)
            rows.append([text_cell(v, centre if i == 0 else cell) for i, v in enumerate(values)])
    scale = doc.settings.frame_width / (sum(w for _l, _g, w in COLUMNS) * mm)
    return PagedTable(
        rows,
        col_widths=[w * mm * scale for _l, _g, w in COLUMNS],
        header_rows=2,  # both header rows again at the top of every page
        style=table_style(commands),
        space_after=doc.settings.paragraph_space * 2,
    )


def write_nomination_list_pdf(
    path: str | os.PathLike[str],
    data: NominationListData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[RenderResult, PrintedDocument]:
    """Write the list; record the returned PrintedDocument in the register afterwards."""
    settings = settings if isinstance(settings, LandscapeSettings) else _turned(settings)
    record = printed_list(data, cell)
    document = nomination_list_document(data, cell, settings=settings, code=record.code)
    return write_recorded(path, document, record, cell, settings)


def _turned(settings: PageSettings | None) -> LandscapeSettings:
    base = settings or PageSettings()
    return LandscapeSettings(**base.__dict__)
