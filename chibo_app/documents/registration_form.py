"""Document 4: the registration form of one nominee (phiếu đăng ký điển hình, mô hình
tiêu biểu), the "mẫu kèm theo" of seed 003's section II.3.

Seed 003 names the form but does not reproduce it; the wording here follows the
seed's own phrases ("điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức,
phong cách Hồ Chí Minh", "bồi dưỡng, nhân rộng", "theo dõi, giám sát, đánh giá") and
the layout of its personal-plan form: the party header dated on the registration day,
a centred title, the nominee, the field, the content registered, the commitment, and
two signatures side by side — the unit head on the left, the nominee on the right.

Like a member's own plan, the form is not a numbered cell document: no "Số …" line.
It is recorded in the register (type PDK, unnumbered, subject the nomination) so its
verification code can be checked.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from chibo_app.core.cell import CellSettings
from chibo_app.core.nominations import Kind
from chibo_app.core.programme import PROGRAMME
from chibo_app.core.verification import PrintedDocument, Subject, printed
from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import (
    CancelCheck,
    DocumentHeader,
    PartyDocument,
    PdfOutput,
    Progress,
    RenderResult,
    SignatureBlock,
    write_documents,
)
from chibo_app.documents.text_document import TextDocument

DOC_TYPE = "PDK"  # phiếu đăng ký: registered, never numbered on paper
SUBJECT_TABLE = "nominations"
DOTS = "…" * 24  # an unfilled field
BLANK_LINES = 5  # writing lines for an empty description
SIGN_NOTE = "(Ký, ghi rõ họ tên)"

WHO = {
    Kind.INDIVIDUAL: "CÁ NHÂN ĐIỂN HÌNH TIÊU BIỂU",
    Kind.COLLECTIVE: "TẬP THỂ ĐIỂN HÌNH TIÊU BIỂU",
    Kind.MODEL: "MÔ HÌNH TIÊU BIỂU",
}
NOMINEE_HEADING = {
    Kind.INDIVIDUAL: "1. Cá nhân đăng ký",
    Kind.COLLECTIVE: "1. Tập thể đăng ký",
    Kind.MODEL: "1. Mô hình, cách làm hay đăng ký",
}


@dataclass(frozen=True)
class RegistrationFormData:
    """What one form prints, names resolved (see services.nomination_printing)."""

    year: int
    kind: Kind
    name: str  # the person, the collective (unit) or the model
    position: str = ""  # an individual's positions
    unit: str = ""  # an individual's unit, or the unit carrying a model
    field: str = ""
    title: str = ""  # the achievement registered (the model's name is `name`)
    description: str = ""  # what will be done and the results expected
    dated: dt.date | None = None  # the registration day (the date line)
    nomination_id: int | None = None


def title_lines(kind: Kind, year: int) -> list[str]:
    # Broken so that "TƯ TƯỞNG" and the year never split across lines.
    return [
        f"PHIẾU ĐĂNG KÝ {WHO[kind]}",
        "TRONG HỌC TẬP VÀ LÀM THEO",
        f"{PROGRAMME} NĂM {year}",
    ]


def introduction(form: RegistrationFormData, cell: CellSettings) -> str:
    who = {
        Kind.INDIVIDUAL: "tôi đăng ký là cá nhân điển hình tiêu biểu",
        Kind.COLLECTIVE: "tập thể đăng ký là tập thể điển hình tiêu biểu",
        Kind.MODEL: "đơn vị đăng ký mô hình tiêu biểu",
    }[form.kind]
    of_cell = f" của {cell.cell_name}" if cell.cell_name else ""
    return (
        f"Thực hiện Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        f"năm {form.year}{of_cell}, {who} để bồi dưỡng, nhân rộng, với nội dung như sau:"
    )


def commitment(form: RegistrationFormData) -> str:
    if form.kind == Kind.INDIVIDUAL:
        subject = "Tôi xin cam kết"
        act = "thực hiện nghiêm túc, có hiệu quả nội dung đã đăng ký gắn với chức trách, "
        act += "nhiệm vụ được giao"
    elif form.kind == Kind.COLLECTIVE:
        subject = "Tập thể cam kết"
        act = "tổ chức thực hiện nghiêm túc, có hiệu quả nội dung đã đăng ký"
    else:
        subject = "Đơn vị cam kết"
        act = "duy trì, thực hiện có hiệu quả mô hình đã đăng ký"
    return (
        f"{subject} {act}; thường xuyên học tập và làm theo tư tưởng, đạo đức, phong cách "
        "Hồ Chí Minh; gương mẫu, tích cực chia sẻ, nhân rộng cách làm hay; chịu sự theo "
        "dõi, giám sát, đánh giá của Chi bộ và cơ quan."
    )


def nominee_lines(form: RegistrationFormData) -> list[tuple[str, str]]:
    """(label, value) lines of section 1."""
    if form.kind == Kind.INDIVIDUAL:
        return [
            ("Họ và tên", form.name),
            ("Chức vụ", form.position),
            ("Đơn vị công tác", form.unit),
        ]
    if form.kind == Kind.COLLECTIVE:
        return [("Tên tập thể (phòng, đơn vị)", form.name)]
    return [("Tên mô hình, cách làm hay", form.name), ("Đơn vị thực hiện", form.unit)]


def description_items(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def form_content(form: RegistrationFormData, cell: CellSettings) -> dict[str, object]:
    """What a form says, for its content hash (page settings excluded)."""
    return {
        "year": form.year,
        "kind": str(form.kind),
        "nominee": nominee_lines(form),
        "field": form.field,
        "title": form.title if form.kind != Kind.MODEL else "",
        "description": description_items(form.description),
        "dated": form.dated,
        "cell": cell.cell_name,
    }


def printed_form(form: RegistrationFormData, cell: CellSettings) -> PrintedDocument:
    ids = (form.nomination_id,) if form.nomination_id is not None else ()
    return printed(
        DOC_TYPE,
        cell.term,
        None,
        form.year,
        f"Phiếu đăng ký điển hình, mô hình tiêu biểu năm {form.year} — {form.name}",
        form_content(form, cell),
        Subject(SUBJECT_TABLE, ids),
    )


def registration_document(
    form: RegistrationFormData,
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> PartyDocument:
    header = DocumentHeader.for_cell(cell, form.year, form.dated)
    doc = PartyDocument(header, title_lines(form.kind, form.year), code=code, settings=settings)
    write_form(doc, form, cell, settings)
    return doc


def write_form(
    doc: TextDocument,
    form: RegistrationFormData,
    cell: CellSettings,
    settings: PageSettings | None = None,
) -> None:
    """The form's body and signatures, into the PDF's or the Word file's document."""
    settings = settings or PageSettings()
    doc.paragraph(introduction(form, cell))
    doc.heading(NOMINEE_HEADING[form.kind])
    for label, value in nominee_lines(form):
        doc.paragraph(field_line(label, value, settings))
    doc.heading("2. Lĩnh vực đăng ký")
    doc.paragraph(f"- {form.field or DOTS}")
    doc.heading("3. Nội dung đăng ký")
    if form.kind != Kind.MODEL:
        doc.paragraph(field_line("Tên thành tích, nội dung đăng ký", form.title, settings))
    doc.paragraph("- Cách làm và kết quả dự kiến:")
    items = description_items(form.description)
    if items:
        for item in items:
            doc.paragraph(item)
    else:
        doc.writing_lines(BLANK_LINES)
    doc.heading("4. Cam kết")
    doc.paragraph(commitment(form))
    doc.close(
        left=SignatureBlock(heading=("THỦ TRƯỞNG ĐƠN VỊ",), note=SIGN_NOTE),
        right=SignatureBlock(
            heading=("NGƯỜI ĐĂNG KÝ",),
            note=SIGN_NOTE,
            name=form.name if form.kind == Kind.INDIVIDUAL else "",
        ),
    )


def field_line(label: str, value: str, settings: PageSettings | None = None) -> str:
    """'- label: value', or a blank to write on after the label: as many '…' as fit on
    the label's line (DOTS at most), so a long label is not stretched across a line of
    its own with the dots wrapped under it."""
    start = f"- {label}: "
    if value.strip():
        return start + value
    return start + "…" * min(len(DOTS), _dots_fitting(start, settings or PageSettings()))


def _dots_fitting(start: str, settings: PageSettings) -> int:
    """How many '…' follow `start` on a body paragraph's first line (indented), with a
    margin for Word's own spacing of the same font."""
    fonts.register_fonts()
    room = settings.frame_width * 0.95 - settings.first_line_indent_mm * mm
    room -= stringWidth(start, fonts.REGULAR, settings.body_size)
    return max(0, int(room // stringWidth("…", fonts.REGULAR, settings.body_size)))


def batch_title(forms: Sequence[RegistrationFormData]) -> str:
    """The file's title, naming the year of its forms (an empty batch has none)."""
    year = f" năm {forms[0].year}" if forms else ""
    return f"Phiếu đăng ký điển hình, mô hình tiêu biểu{year}"


@dataclass(frozen=True)
class RegistrationFormsResult:
    render: RenderResult
    printed: list[PrintedDocument]  # one per form, in print order


def write_registration_forms(
    path: PdfOutput,
    forms: Sequence[RegistrationFormData],
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> RegistrationFormsResult:
    """One PDF with every form, each from a new page, written atomically; record
    `result.printed` in the register afterwards. Cancelled leaves no file."""
    parts: list[PartyDocument] = []
    records: list[PrintedDocument] = []
    for form in forms:
        record = printed_form(form, cell)
        records.append(record)
        parts.append(registration_document(form, cell, settings=settings, code=record.code))
    render = write_documents(
        path,
        parts,
        settings=settings,
        title=batch_title(forms),
        author=cell.cell_name,
        progress=progress,
        cancel=cancel,
    )
    return RegistrationFormsResult(render=render, printed=records)


def write_registration_docx(
    path: str | os.PathLike[str],
    forms: Sequence[RegistrationFormData],
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> list[PrintedDocument]:
    """The same forms as one .docx, a section each with its code; record the returned
    PrintedDocuments afterwards."""
    from chibo_app.documents.word_document import WordDocument, write_word  # noqa: PLC0415 - .docx only

    parts: list[WordDocument] = []
    records: list[PrintedDocument] = []
    for form in forms:
        record = printed_form(form, cell)
        records.append(record)
        header = DocumentHeader.for_cell(cell, form.year, form.dated)
        word = WordDocument(
            header, title_lines(form.kind, form.year), code=record.code, settings=settings
        )
        write_form(word, form, cell, settings)
        parts.append(word)
    write_word(path, parts, title=batch_title(forms), author=cell.cell_name)
    return records
