"""Document 2: the list of personal plans the cell has confirmed (danh sách), as data:
its rows, title, totals, register record and layout. documents/signed_off_list.py
writes it as PDF and .docx, spreadsheets/signed_off_list.py as .xlsx: all print these
words.

Đảng viên and quần chúng are never mixed: a list holding both is titled "cán bộ, đảng
viên" and printed in two parts (I. Đảng viên, II. Quần chúng), its totals counting each
apart (chính thức, dự bị); "Chức vụ đảng" holds posts only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from chibo_app.core.cell import CellSettings
from chibo_app.core.member_kinds import list_subject
from chibo_app.core.paper_dates import short_date
from chibo_app.core.people import PARTY_KINDS, Kind
from chibo_app.core.programme import PROGRAMME_TEXT
from chibo_app.core.summary_document import (
    SummaryDocument,
    Table,
    Text,
    cell_recipients,
    list_rows,
)
from chibo_app.core.verification import PrintedDocument, Subject, printed

DOC_TYPE = "DS"

# (header label, width in mm of a 165 mm text area); the last column is left empty
# for a handwritten signature.
COLUMNS: list[tuple[str, float]] = [
    ("STT", 10),
    ("Họ và tên", 31),
    ("Chức vụ đảng", 18),
    ("Chức vụ chính quyền", 25),
    ("Đơn vị", 23),
    ("Ngày nộp", 20),
    ("Ngày xác nhận", 20),
    ("Ký tên", 18),
]


@dataclass(frozen=True)
class SignedOffRow:
    full_name: str
    party_position: str = ""
    government_position: str = ""
    unit: str = ""
    submitted_on: dt.date | None = None
    confirmed_on: dt.date | None = None
    person_id: int | None = None
    kind: Kind = Kind.FULL


@dataclass(frozen=True)
class SignedOffListData:
    year: int
    rows: Sequence[SignedOffRow]  # the confirmed plans, in the order to print
    total: int  # everyone who had to make a plan this year (the N of "n/N")
    number: int | None = None  # register number: 'Số 05-DS/CB'
    dated: dt.date | None = None
    recipients: Sequence[str] = ()  # default: the superior committee, the cell's file
    # Of `total`, the party members (None: not known, the totals are not split).
    party_total: int | None = None


PART_TITLES = {True: "I. ĐẢNG VIÊN", False: "II. QUẦN CHÚNG"}
SIGNING = ("T/M CHI BỘ", "BÍ THƯ")
COLUMNS_TUPLE = tuple(COLUMNS)


def parts(data: SignedOffListData) -> list[tuple[str, list[SignedOffRow]]]:
    """The rows in the parts they print in: one untitled part when the list holds only
    đảng viên (or only quần chúng); else I. Đảng viên, II. Quần chúng."""
    party = [r for r in data.rows if r.kind in PARTY_KINDS]
    others = [r for r in data.rows if r.kind not in PARTY_KINDS]
    if not party or not others:
        return [("", list(data.rows))]
    return [(PART_TITLES[True], party), (PART_TITLES[False], others)]


def title_lines(data: SignedOffListData) -> list[str]:
    """The name of the kind in capitals, then the trích yếu in lower case (Hướng dẫn
    36-HD/VPTW, tên loại và trích yếu nội dung văn bản: "THÔNG BÁO / về …"); broken by
    hand so that "tư tưởng" and the year never split across lines."""
    subject = list_subject(r.kind for r in data.rows)
    return [
        "DANH SÁCH",
        f"{subject} xây dựng kế hoạch học tập và làm theo",
        f"{PROGRAMME_TEXT} năm {data.year}",
        "đã được chi bộ xác nhận",
    ]


def totals_line(data: SignedOffListData) -> str:
    """'Tổng số: 14/18 kế hoạch đã được chi bộ xác nhận, trong đó: đảng viên 11/14
    (chính thức 10, dự bị 1); quần chúng 3/4.'"""
    text = f"Tổng số: {len(data.rows)}/{data.total} kế hoạch đã được chi bộ xác nhận"
    if data.party_total is None:
        return text + "."
    full = sum(1 for r in data.rows if r.kind == Kind.FULL)
    probationary = sum(1 for r in data.rows if r.kind == Kind.PROBATIONARY)
    others = len(data.rows) - full - probationary
    split = ", ".join(
        part
        for part in (
            f"chính thức {full}" if full else "",
            f"dự bị {probationary}" if probationary else "",
        )
        if part
    )
    outside = data.total - data.party_total
    if not outside and not others:  # đảng viên only
        return f"{text} (đảng viên {split})." if split else text + "."
    if not data.party_total and not full + probationary:  # quần chúng only
        return text + "."
    party = f"đảng viên {full + probationary}/{data.party_total}" + (f" ({split})" if split else "")
    return f"{text}, trong đó: {party}; quần chúng {others}/{outside}."


def row_values(number: int, row: SignedOffRow) -> list[str]:
    """One printed row as text, in COLUMNS order (the signature cell empty)."""
    return [
        str(number),
        row.full_name,
        row.party_position,
        row.government_position,
        row.unit,
        short_date(row.submitted_on),
        short_date(row.confirmed_on),
        "",
    ]


def recipients(data: SignedOffListData, cell: CellSettings) -> list[str]:
    return cell_recipients(data.recipients, cell)


def numbered(data: SignedOffListData) -> list[str | list[str]]:
    """The printed lines in order: a part's title (a string), then its rows numbered from
    1 (lists of cell texts)."""
    lines: list[str | list[str]] = []
    for title, rows in parts(data):
        if title:
            lines.append(title)
        lines += [row_values(n, r) for n, r in enumerate(rows, start=1)]
    return lines


def _hashed_title(data: SignedOffListData) -> list[str]:
    """The title's words as the content hash first took them (in capitals, broken as
    then): the case is layout, so lists printed before still verify unchanged."""
    subject = list_subject(r.kind for r in data.rows).upper()
    return [
        f"DANH SÁCH {subject}",
        "XÂY DỰNG KẾ HOẠCH HỌC TẬP VÀ LÀM THEO",
        f"TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM {data.year}",
        "ĐÃ ĐƯỢC CHI BỘ XÁC NHẬN",
    ]


def list_content(data: SignedOffListData, cell: CellSettings) -> dict[str, object]:
    return {
        "year": data.year,
        "title": _hashed_title(data),
        "rows": numbered(data),
        "totals": totals_line(data),
        "total": data.total,
        "dated": data.dated,
        "cell": cell.cell_name,
        "signer": cell.secretary,
    }


def printed_list(data: SignedOffListData, cell: CellSettings) -> PrintedDocument:
    ids = tuple(r.person_id for r in data.rows if r.person_id is not None)
    return printed(
        DOC_TYPE,
        cell.term,
        data.number,
        data.year,
        f"Danh sách kế hoạch cá nhân đã được chi bộ xác nhận năm {data.year}",
        list_content(data, cell),
        Subject("people", ids) if ids else Subject(),
    )


def layout(data: SignedOffListData, cell: CellSettings) -> SummaryDocument:
    """The list as the PDF and the Word file lay it out (documents/summary_document.py):
    its parts across the table, rows with room for a handwritten signature."""
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
            Table(COLUMNS_TUPLE, rows, centred=frozenset({0, 5, 6}), signing=True),
            Text(totals_line(data), indent=False),
        ),
        subject_table=record.subject.table or "",
        subject_ids=record.subject.ids,
        signing=SIGNING,
        recipients=tuple(recipients(data, cell)),
    )
