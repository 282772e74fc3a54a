"""The bản kiểm điểm, tự đánh giá, xếp loại cá nhân of Hướng dẫn 43-HD/BTCTW, in the
template for the person: Mẫu 2A (giữ chức vụ lãnh đạo, quản lý), 2B (không giữ chức vụ)
or 2C (đảng viên không làm việc trong hệ thống chính trị).

Pre-filled from the data: identity, the year's plan tasks with their results and
timeliness, the remedies of shortcomings and their state, the commitments, attendance,
a leader's units' results, the member's own points and level; the free-text sections
(qualities, shortcomings and causes, explanations, directions) are dotted lines left
for the member. Blank: the header and the headings only, to fill by hand.

The content is built once as neutral blocks (`review_blocks`), then laid out as PDF
(`review_document`, party layout) or as .docx (documents/review_form_word.py), so
both say the same. Filled forms are recorded in the register (type KĐCN, unnumbered:
a member's own paper is not a numbered cell document) so their code can be checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm

from chibo_app.core.cell import CellSettings
from chibo_app.core.dates import to_display
from chibo_app.core.rules import number_text
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents.flowables import DottedLines
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    CancelCheck,
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    Progress,
    RenderResult,
    SignatureBlock,
    plain,
    write_documents,
)
from chibo_app.documents.text_blocks import Column, GridTable, TextBlock

DOC_TYPE = "KĐCN"  # bản kiểm điểm cá nhân: registered, never numbered on paper
FORMS = ("2A", "2B", "2C")
FOR_WHOM = {
    "2A": "(Dùng cho cá nhân giữ chức vụ lãnh đạo, quản lý)",
    "2B": "(Dùng cho cá nhân không giữ chức vụ lãnh đạo, quản lý)",
    "2C": "(Dùng cho đảng viên không làm việc trong hệ thống chính trị)",
}
APPENDIX = {  # the criteria frame of Quy định 366-QĐ/TW each template cites
    "2A": "cá nhân giữ chức vụ lãnh đạo, quản lý được quy định tại Phụ lục 3",
    "2B": "cá nhân không giữ chức vụ lãnh đạo, quản lý được quy định tại Phụ lục 4",
    "2C": "đảng viên không làm việc trong hệ thống chính trị được quy định tại Phụ lục 5",
}
DOTS = "…" * 12
# The blank after "Chức vụ: ": one line at the body size (36 "…" ran onto a second line,
# leaving "Chức vụ:" stretched across the first).
POSITION = "…" * 28
CHECKED, UNCHECKED = "■", "□"
TASK_HEADER = ["STT", "Nhiệm vụ", "Chỉ tiêu, sản phẩm", "Thời hạn", "Kết quả", "Tiến độ"]
# The task column takes the rest; "Thời hạn" holds a date "30/06/2025" on one line at
# the table size (at 20 mm it broke as "30/06/202" / "5", in the PDF and in Word).
TASK_WIDTHS_MM = [11, 0, 36, 22, 25, 20]


@dataclass(frozen=True)
class ReviewTask:
    text: str
    target: str = ""
    due: str = ""
    result: str = ""  # "Hoàn thành", "Vượt mức"…; "" when not recorded
    timeliness: str = ""  # "Đúng hạn" / "Chậm tiến độ"; "" when not recorded


@dataclass(frozen=True)
class ReviewFormData:
    full_name: str
    year: int
    form: str = "2B"
    birth_date: str | None = None  # ISO
    workplace: str = ""  # đơn vị công tác
    positions: str = ""  # party and government positions, for Mẫu 2A
    cell_name: str = ""
    tasks: Sequence[ReviewTask] = ()
    task_summary: str = ""  # "Hoàn thành 3/4 nhiệm vụ (vượt mức 1); …"
    attendance: str = ""  # "Dự 10/12 buổi sinh hoạt chi bộ (83,3%) …"
    commitments: Sequence[str] = ()
    remedies: Sequence[tuple[str, str]] = ()  # (shortcoming and remedy, its state)
    units: str = ""  # a leader's units' results, in words
    general_points: float | None = None  # the member's own points
    task_points: float | None = None
    general_max: float = 30
    task_max: float = 70
    levels: Sequence[str] = ()  # every level's label, top down
    chosen_level: str = ""  # the member's own level (its label)
    dated: dt.date | None = None
    person_id: int | None = None
    notes: Sequence[str] = field(default_factory=tuple)  # e.g. long leave (HD 43 mục 7.5)


# The content, as neutral blocks -----------------------------------------------------------


@dataclass(frozen=True)
class Para:
    text: str
    indent: bool = True


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Lines:
    count: int


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths_mm: Sequence[float]  # 0: the rest of the width
    centred: frozenset[int] = frozenset()


Block = Para | Heading | Lines | Table


def title_lines(year: int) -> list[str]:
    return ["BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN", f"Năm {year}"]


def identity_lines(data: ReviewFormData, cell: CellSettings, blank: bool) -> list[str]:
    born = to_display(data.birth_date) if data.birth_date and not blank else DOTS
    lines = [
        f"Họ và tên: {data.full_name if not blank and data.full_name else DOTS * 2}",
        f"Ngày sinh: {born}",
    ]
    if data.form == "2A":
        lines.append(f"Chức vụ: {data.positions if not blank and data.positions else POSITION}")
    workplace = data.workplace if not blank and data.workplace else DOTS * 2
    lines.append(f"Đơn vị công tác: {workplace}")
    lines.append(f"Chi bộ: {data.cell_name or cell.cell_name}")
    return lines


def review_blocks(data: ReviewFormData, cell: CellSettings, *, blank: bool = False) -> list[Block]:
    """The whole form below its title, as blocks."""
    blocks: list[Block] = [Para(line, indent=False) for line in identity_lines(data, cell, blank)]
    blocks.append(Heading("A. NỘI DUNG KIỂM ĐIỂM"))
    blocks.append(Heading("I. Ưu điểm, kết quả đạt được"))
    blocks.append(
        Heading(
            "1. Về phẩm chất chính trị, đạo đức, lối sống; tinh thần đoàn kết, thống nhất trong "
            "nội bộ; ý thức tổ chức kỷ luật, trách nhiệm nêu gương, việc thực hiện những điều "
            "đảng viên không được làm; tác phong, lề lối làm việc. Liên hệ các biểu hiện về suy "
            "thoái, “tự diễn biến”, “tự chuyển hoá”."
        )
    )
    blocks.append(Lines(6))
    blocks.extend(_duties(data, blank))
    blocks.append(
        Heading(
            f"{_next_number(data)}. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu của cá "
            "nhân theo quy định."
        )
    )
    if not blank and data.commitments:
        blocks.append(Para("Nội dung nêu gương đã đăng ký trong kế hoạch của năm:"))
        blocks.extend(Para(f"- {c}") for c in data.commitments)
    blocks.append(Lines(3))
    blocks.append(Heading("II. Hạn chế, khuyết điểm và nguyên nhân"))
    blocks.append(Para("1. Hạn chế, khuyết điểm."))
    blocks.append(Lines(4))
    blocks.append(Para("2. Nguyên nhân của hạn chế, khuyết điểm."))
    blocks.append(Lines(3))
    blocks.append(
        Heading(
            "III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết "
            "luận hoặc được chỉ ra ở các kỳ kiểm điểm trước"
        )
    )
    if not blank and data.remedies:
        for text, state in data.remedies:
            blocks.append(Para(f"- {state}: {text}" if state else f"- {text}"))
    blocks.append(Lines(3))
    blocks.append(Heading("IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)"))
    blocks.append(Lines(2))
    blocks.append(
        Heading(
            "V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể "
            "(nếu có)"
        )
    )
    blocks.append(Lines(2))
    blocks.append(Heading("VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm"))
    blocks.append(Lines(4))
    blocks.extend(_self_rating(data, blank))
    return blocks


def _next_number(data: ReviewFormData) -> int:
    return 5 if data.form == "2A" else 3


def _duties(data: ReviewFormData, blank: bool) -> list[Block]:
    if data.form == "2C":
        heading = (
            "2. Việc thực hiện quyền và nghĩa vụ của đảng viên theo các nhiệm vụ chính trị "
            "được cấp uỷ, chi bộ phân công."
        )
    else:
        heading = (
            "2. Việc thực hiện nhiệm vụ, quyền hạn và kết quả thực hiện các chỉ tiêu, nhiệm vụ "
            "được giao trong năm, gắn với hiệu quả, tiến độ, chất lượng công việc."
        )
    blocks: list[Block] = [Heading(heading)]
    if not blank:
        if data.tasks:
            blocks.append(
                Para(f"Kết quả các nhiệm vụ “làm theo” đã đăng ký trong kế hoạch năm {data.year}:")
            )
            rows = [
                [str(n), t.text, t.target, t.due, t.result, t.timeliness]
                for n, t in enumerate(data.tasks, start=1)
            ]
            blocks.append(Table(TASK_HEADER, rows, TASK_WIDTHS_MM, frozenset({0, 3, 4, 5})))
        if data.task_summary:
            blocks.append(Para(data.task_summary))
        if data.attendance:
            blocks.append(Para(data.attendance))
        blocks.extend(Para(note) for note in data.notes)
    blocks.append(Lines(4))
    if data.form == "2A":
        blocks.append(
            Heading(
                "3. Kết quả công tác lãnh đạo, chỉ đạo, quản lý, điều hành; thực hiện chức "
                "trách, nhiệm vụ; mức độ hoàn thành nhiệm vụ của các cơ quan, đơn vị thuộc "
                "quyền quản lý; khả năng quy tụ, xây dựng đoàn kết nội bộ."
            )
        )
        if not blank and data.units:
            blocks.append(Para(data.units))
        blocks.append(Lines(4))
        blocks.append(
            Heading(
                "4. Trách nhiệm trong công việc; tinh thần năng động, đổi mới sáng tạo, dám "
                "nghĩ, dám nói, dám làm, dám chịu trách nhiệm; trách nhiệm nêu gương của bản "
                "thân và gia đình; việc đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực."
            )
        )
        blocks.append(Lines(4))
    return blocks


def _self_rating(data: ReviewFormData, blank: bool) -> list[Block]:
    def points(value: float | None, top: float) -> str:
        shown = number_text(value) if value is not None and not blank else "…"
        return f"{shown}/{number_text(top)}"

    total = None
    if data.general_points is not None or data.task_points is not None:
        total = (data.general_points or 0) + (data.task_points or 0)
    blocks: list[Block] = [
        Heading("B. NỘI DUNG TỰ ĐÁNH GIÁ, XẾP LOẠI"),
        Heading("I. Đánh giá theo các nhóm tiêu chí"),
        Para(
            "Trên cơ sở cụ thể hoá khung tiêu chí đánh giá đối với "
            f"{APPENDIX[data.form]}, Quy định 366-QĐ/TW, cá nhân tự đánh giá, chấm điểm theo "
            "các tiêu chí được cụ thể hóa như sau:"
        ),
        Para(f"1. Nhóm tiêu chí chung: {points(data.general_points, data.general_max)}"),
        Para(
            "2. Nhóm tiêu chí về kết quả thực hiện nhiệm vụ: "
            f"{points(data.task_points, data.task_max)}"
        ),
        Para(f"Tổng điểm: {points(total, data.general_max + data.task_max)}"),
        Heading("II. Đề xuất xếp loại mức chất lượng"),
    ]
    for label in data.levels:
        mark = CHECKED if label == data.chosen_level and not blank else UNCHECKED
        blocks.append(Para(f"{mark} {label}"))
    return blocks


def signature(data: ReviewFormData, blank: bool) -> SignatureBlock:
    return SignatureBlock(
        heading=("NGƯỜI TỰ KIỂM ĐIỂM",),
        note="(Ký, ghi rõ họ tên)",
        name="" if blank else data.full_name,
    )


def summary_line(form: str) -> str:
    return FOR_WHOM[form]


# The register ----------------------------------------------------------------------------


def form_content(data: ReviewFormData, cell: CellSettings) -> dict[str, object]:
    """What a filled form says, for its content hash (page settings excluded)."""
    return {
        "kind": "review_form",
        "form": data.form,
        "year": data.year,
        "blocks": [_block_data(b) for b in review_blocks(data, cell)],
        "dated": data.dated,
    }


def _block_data(block: Block) -> list[object]:
    if isinstance(block, Table):
        return ["table", [list(r) for r in block.rows]]
    if isinstance(block, Lines):
        return ["lines", block.count]
    return [type(block).__name__.lower(), block.text]


def printed_form(data: ReviewFormData, cell: CellSettings) -> PrintedDocument:
    subject = Subject("people", (data.person_id,)) if data.person_id is not None else Subject()
    return printed(
        DOC_TYPE,
        cell.term,
        None,
        data.year,
        f"Bản kiểm điểm năm {data.year} (Mẫu {data.form}) — {data.full_name}",
        form_content(data, cell),
        subject,
    )


# The PDF -----------------------------------------------------------------------------------


def review_document(
    data: ReviewFormData,
    cell: CellSettings,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    header = DocumentHeader.for_cell(cell, data.year, None if blank else data.dated)
    doc = PartyDocument(
        header, title_lines(data.year), summary=summary_line(data.form), code=code,
        settings=settings,
    )  # fmt: skip
    writing = doc.settings.leading * 1.35
    for block in review_blocks(data, cell, blank=blank):
        if isinstance(block, Heading):
            # A block of its own (not PartyDocument's shared one): a batch repeats the
            # same headings back to back, and reportlab resets keepWithNext on what it
            # has grouped, which a block shared with the next form must not see.
            heading = TextBlock(plain(block.text), doc.styles.text.heading)
            heading.keepWithNext = True
            doc.add(heading)
        elif isinstance(block, Para):
            doc.paragraph(block.text, indent=block.indent)
        elif isinstance(block, Lines):
            doc.add(DottedLines(block.count, writing))
        else:
            doc.add(_grid(block, doc))
    doc.close(right=signature(data, blank))
    return doc


def _grid(block: Table, doc: PartyDocument) -> GridTable:
    t = doc.styles.text
    fixed = sum(w for w in block.widths_mm) * mm
    rest = doc.settings.frame_width - fixed
    widths = [w * mm if w else rest for w in block.widths_mm]
    columns = [
        Column(w, t.cell_centre if n in block.centred else t.cell, middle=n in block.centred)
        for n, w in enumerate(widths)
    ]
    rows = [[plain(v) for v in row] for row in block.rows]
    table = GridTable(list(block.header), rows, columns, t.cell_header)
    table.spaceAfter = float(doc.styles.body.spaceAfter) * 2
    return table


@dataclass(frozen=True)
class ReviewFormsResult:
    render: RenderResult
    printed: list[PrintedDocument]  # one per filled form; none for blank forms


def write_review_forms(
    path: PdfOutput,
    forms: Sequence[ReviewFormData],
    cell: CellSettings,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ReviewFormsResult:
    """One PDF with every form, each from a new page, written atomically (or into a
    stream: the print preview's memory); filled forms
    carry a verification code (record `result.printed` in the register afterwards)."""
    documents: list[PartyDocument] = []
    records: list[PrintedDocument] = []
    for data in forms:
        code = None
        if not blank:
            record = printed_form(data, cell)
            records.append(record)
            code = record.code
        documents.append(review_document(data, cell, blank=blank, settings=settings, code=code))
    year = f" năm {forms[0].year}" if forms else ""
    render = write_documents(
        path,
        documents,
        settings=settings,
        title=f"Bản kiểm điểm, tự đánh giá, xếp loại cá nhân{year}",
        author=cell.cell_name,
        progress=progress,
        cancel=cancel,
    )
    return ReviewFormsResult(render, records)
