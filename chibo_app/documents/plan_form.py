"""Document 1: the personal plan form (the last pages of seed 003), filled or blank.

The wording is the seed's, word for word, with the year taken from the data. Two
deliberate differences from the seed's text: its title reads "TU TƯỞNG" (a missing
horn in the source; the issue and every other line say "TƯ TƯỞNG"), and its form
header has no "Số …" line — a member's own plan is not a numbered cell document, so
none is printed here either; it is still recorded in the register (doc type KHCN,
unnumbered) so its verification code can be checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from chibo_app.core.cell import CellSettings
from chibo_app.core.paper_dates import long_date
from chibo_app.core.programme import PROGRAMME
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
from chibo_app.documents.styles import Styles
from chibo_app.documents.text_blocks import Column, GridTable

DOC_TYPE = "KHCN"  # kế hoạch cá nhân: registered, never numbered on paper
DOTS = "…" * 30  # an unfilled field, as the seed's "....."
BLANK_LINES = {1: 7, 2: 9, 3: 3}  # writing lines per section on a blank form


@dataclass(frozen=True)
class TaskLine:
    """One "làm theo" task: what, the target/product/result, when (as printed)."""

    text: str
    target: str = ""
    due: str = ""  # e.g. "Quý II/2026", "30/6/2026", "Thường xuyên"
    result: str = ""  # the year-end evaluation, printed only with show_results


@dataclass(frozen=True)
class PlanFormData:
    full_name: str
    year: int
    party_position: str = ""  # a post (Bí thư, Chi ủy viên); "" prints the seed's dots
    government_position: str = ""
    cell_name: str = ""  # where the person attends; empty means the cell itself
    # Quần chúng make a plan too (seed 003: "100% cán bộ, đảng viên") but attend no cell
    # meeting: their form has no "Sinh hoạt tại chi bộ" line.
    party_member: bool = True
    remedies: Sequence[str] = ()  # section 1, one paragraph per item
    tasks: Sequence[TaskLine] = ()  # section 2
    role_model: Sequence[str] = ()  # section 3, optional
    dated: dt.date | None = None  # the date line (the day the plan was handed in)
    confirmed_on: dt.date | None = None
    confirmed_by: str = ""  # who signed for the cell; default the secretary
    show_results: bool = False  # add the "Kết quả" column (after evaluation)
    plan_id: int | None = None  # the plan this form prints, for the register


def title_lines(year: int) -> list[str]:
    return ["KẾ HOẠCH HỌC TẬP VÀ LÀM THEO", f"{PROGRAMME} NĂM {year}"]


def field_lines(form: PlanFormData, cell: CellSettings) -> list[str]:
    """Name, positions and cell, dotted where unknown (the PDF and the Word form)."""
    lines = [
        f"Họ và tên: {form.full_name or DOTS}",
        f"Chức vụ đảng: {form.party_position or DOTS[:12]}; chức vụ chính quyền, đoàn thể: "
        f"{form.government_position or DOTS[:20]}",
    ]
    if form.party_member:  # a quần chúng attends no cell meeting
        lines.append(f"Sinh hoạt tại chi bộ {_attends(form.cell_name or cell.cell_name)}")
    return lines


def intro_line(year: int) -> str:
    return (
        "Tôi xây dựng kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        f"năm {year} như sau:"
    )


def section_headings(year: int) -> tuple[str, str, str]:
    return (
        "1. Giải pháp khắc phục những tồn tại, hạn chế về tư tưởng chính trị; phẩm chất "
        "đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; thực hiện "
        f"nhiệm vụ chính trị được chỉ ra của năm {year}.",
        "2. Nội dung “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "3. Nội dung nêu gương (nếu có):",
    )


def tasks_line(year: int) -> str:
    return (
        f"Trên cơ sở nhiệm vụ được giao năm {year}, tôi sẽ thực hiện một số nhiệm vụ "
        "trọng tâm và giải pháp chủ yếu sau:"
    )


def form_content(form: PlanFormData, cell: CellSettings) -> dict[str, object]:
    """What a filled form says, for its content hash (page settings excluded)."""
    return {
        "full_name": form.full_name,
        "year": form.year,
        "party_position": form.party_position,
        "government_position": form.government_position,
        "cell": form.cell_name or cell.cell_name,
        **({} if form.party_member else {"party_member": False}),
        "remedies": list(form.remedies),
        "tasks": [
            [t.text, t.target, t.due, *([t.result] if form.show_results else [])]
            for t in form.tasks
        ],
        "role_model": list(form.role_model),
        "dated": form.dated,
        "confirmed_on": form.confirmed_on,
        "confirmed_by": _confirmer(form, cell) if form.confirmed_on else "",
    }


def printed_form(form: PlanFormData, cell: CellSettings) -> PrintedDocument:
    subject = Subject("plans", (form.plan_id,)) if form.plan_id is not None else Subject()
    return printed(
        DOC_TYPE,
        cell.term,
        None,
        form.year,
        f"Kế hoạch học tập và làm theo năm {form.year} — {form.full_name}",
        form_content(form, cell),
        subject,
    )


def plan_form_document(
    form: PlanFormData,
    cell: CellSettings,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    """The form as a PartyDocument; `blank` keeps the header fields, dots the rest."""
    header = DocumentHeader.for_cell(cell, form.year, None if blank else form.dated)
    doc = PartyDocument(header, title_lines(form.year), code=code, settings=settings)
    s = doc.styles
    for line in field_lines(form, cell):
        doc.paragraph(line, indent=False)
    doc.fixed(intro_line(form.year))
    writing = doc.settings.leading * 1.35
    doc.heading(section_headings(form.year)[0])
    if blank:
        doc.add(DottedLines(BLANK_LINES[1], writing))
    else:
        for item in form.remedies:
            doc.paragraph(item_text(item))
    doc.heading(section_headings(form.year)[1])
    doc.fixed(tasks_line(form.year))
    if blank:
        doc.add(DottedLines(BLANK_LINES[2], writing))
    elif form.tasks:
        doc.add(task_table(form.tasks, s, doc.settings.frame_width, form.show_results))
    doc.heading(section_headings(form.year)[2])
    if blank:
        doc.add(DottedLines(BLANK_LINES[3], writing))
    else:
        for item in form.role_model:
            doc.paragraph(item_text(item))
    left, right = signatures(form, cell, blank=blank)
    doc.close(left=left, right=right)
    return doc


def signatures(
    form: PlanFormData, cell: CellSettings, *, blank: bool
) -> tuple[SignatureBlock, SignatureBlock]:
    """The cell's confirmation (left, signed once confirmed) and the member's (right)."""
    confirmed = form.confirmed_on is not None and not blank
    left = SignatureBlock(
        heading=("XÁC NHẬN CỦA CHI BỘ",),
        note=_confirmation_note(form.confirmed_on) if confirmed else None,
        name=_confirmer(form, cell) if confirmed else "",
    )
    right = SignatureBlock(
        heading=("NGƯỜI XÂY DỰNG KẾ HOẠCH",), note="(Ký, ghi rõ họ, tên)", name=form.full_name
    )
    return left, right


TASK_HEADER = ["STT", "Nội dung", "Chỉ tiêu, sản phẩm, kết quả", "Thời gian hoàn thành"]
TASK_WIDTHS_MM = [13, 0, 44, 27]  # the content column takes the rest of the width
RESULT_WIDTH_MM = 25


def task_row(number: int, task: TaskLine, show_results: bool) -> list[str]:
    row = [str(number), plain(task.text), plain(task.target), plain(task.due)]
    return [*row, plain(task.result)] if show_results else row


def task_table(
    tasks: Sequence[TaskLine], styles: Styles, width: float, show_results: bool
) -> Flowable:
    """Section 2 as a table; its header repeats if it runs onto the next page."""
    t = styles.text
    header = list(TASK_HEADER)
    fixed = [w * mm for w in TASK_WIDTHS_MM if w]
    if show_results:
        header.append("Kết quả")
        fixed.append(RESULT_WIDTH_MM * mm)
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    columns = [
        Column(widths[0], t.cell_centre, middle=True),
        Column(widths[1], t.cell),
        Column(widths[2], t.cell),
        Column(widths[3], t.cell_centre, middle=True),
    ]
    if show_results:
        columns.append(Column(widths[4], t.cell_centre, middle=True))
    rows = [task_row(n, task, show_results) for n, task in enumerate(tasks, start=1)]
    table = GridTable(header, rows, columns, t.cell_header)
    table.spaceAfter = float(styles.body.spaceAfter) * 2
    return table


@dataclass(frozen=True)
class PlanFormsResult:
    render: RenderResult
    printed: list[PrintedDocument]  # one per filled form; none for blank forms


def write_plan_forms(
    path: PdfOutput,
    forms: Sequence[PlanFormData],
    cell: CellSettings,
    *,
    blank: bool = False,
    settings: PageSettings | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> PlanFormsResult:
    """One PDF with every form, each from a new page, written atomically.

    Filled forms carry a verification code and QR (record `result.printed` in the
    register afterwards); blank forms carry none — there is no content to verify.
    """
    documents: list[PartyDocument] = []
    records: list[PrintedDocument] = []
    for form in forms:
        code = None
        if not blank:
            record = printed_form(form, cell)
            records.append(record)
            code = record.code
        documents.append(plan_form_document(form, cell, blank=blank, settings=settings, code=code))
    # The PDF's title names the year of its forms (an empty batch has none).
    year = f" năm {forms[0].year}" if forms else ""
    render = write_documents(
        path,
        documents,
        settings=settings,
        title=f"Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh{year}",
        author=cell.cell_name,
        progress=progress,
        cancel=cancel,
    )
    return PlanFormsResult(render=render, printed=records)


def _attends(cell_name: str) -> str:
    """'Chi bộ Sở Ngoại vụ' → 'Sở Ngoại vụ': the form already says "chi bộ"."""
    name = cell_name.strip()
    if name.casefold().startswith("chi bộ "):
        name = name[len("chi bộ ") :]
    return name or DOTS


def item_text(text: str) -> str:
    """A list item as typed; a leading dash is added unless it is already numbered."""
    text = text.strip()
    if text[:1] in "-–+•" or (text[:1].isdigit() and text[1:3].strip()[:1] in ".)"):
        return text
    return f"- {text}"


def _confirmer(form: PlanFormData, cell: CellSettings) -> str:
    return form.confirmed_by or cell.secretary


def _confirmation_note(day: dt.date | None) -> str | None:
    # Short enough to stay on one line in the signature column.
    return long_date(day).capitalize() if day else None
