"""Personal plans typed in Word the ways members really type them, built with python-docx.

Every shape writes the same plan (PLAN below); `write_shape(name, path)` writes one.
The import must read each back exactly: every remedy, task, target, due date and
commitment in order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph

NAME = "Nguyễn Thị Hồng Nhung"
REMEDIES = [
    "Khắc phục tình trạng chưa chủ động nghiên cứu, cập nhật văn bản mới.",
    "Sắp xếp công việc khoa học, đúng tiến độ; không để tồn đọng hồ sơ.",
]
# (text, target, due as typed, due as stored)
TASKS = [
    (
        "Tham mưu tổ chức các đoàn công tác đối ngoại đúng quy định",
        "100% đoàn được thẩm định đúng hạn",
        "quý II/2026",
        "2026-Q2",
    ),
    ("Chuyển đổi số văn bản đi, đến", "Xử lý trên mạng đạt 95%", "Thường xuyên", "ongoing"),
    (
        "Viết bài giới thiệu gương điển hình trên Cổng Thông tin điện tử của Sở",
        "02 bài viết",
        "30/6/2026",
        "2026-06-30",
    ),
]
COMMITMENTS = ["Gương mẫu thực hiện văn hóa công sở, đi đầu trong chuyển đổi số."]
HEADING_1 = (
    "1. Giải pháp khắc phục những tồn tại, hạn chế về tư tưởng chính trị; phẩm chất đạo đức, "
    "lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; thực hiện nhiệm vụ chính "
    "trị được chỉ ra của năm 2026."
)
HEADING_2 = "2. Nội dung “làm theo” tư tưởng, đạo đức, phong cách Hồ Chí Minh"
TASKS_LINE = (
    "Trên cơ sở nhiệm vụ được giao năm 2026, tôi sẽ thực hiện một số nhiệm vụ trọng tâm và "
    "giải pháp chủ yếu sau:"
)
HEADING_3 = "3. Nội dung nêu gương (nếu có):"
INTRO = (
    "Tôi xây dựng kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm "
    "2026 như sau:"
)
DATE_LINE = "Hà Tĩnh, ngày 12 tháng 3 năm 2026"
HEADER_LEFT = ["ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "CHI BỘ SỞ NGOẠI VỤ", "*"]
HEADER_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", DATE_LINE]
TITLE = [
    "KẾ HOẠCH HỌC TẬP VÀ LÀM THEO",
    "TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2026",
]
FIELDS = [
    f"Họ và tên: {NAME}",
    "Chức vụ đảng: Chi ủy viên; chức vụ chính quyền, đoàn thể: Phó Chánh Văn phòng Sở",
    "Sinh hoạt tại chi bộ Sở Ngoại vụ",
]


def expected_tasks() -> list[tuple[str, str, str | None]]:
    return [(text, target, stored) for text, target, _typed, stored in TASKS]


# --- building blocks --------------------------------------------------------------------


def _header_paragraphs(doc: DocumentType) -> None:
    for line in [*HEADER_LEFT, *HEADER_RIGHT]:
        doc.add_paragraph(line)


def _header_table(doc: DocumentType) -> None:
    """The header as a borderless two-column table (no style: no borders)."""
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "\n".join(HEADER_LEFT)  # one paragraph with line breaks
    right.paragraphs[0].text = HEADER_RIGHT[0]
    right.add_paragraph(HEADER_RIGHT[1])


def _title_and_fields(doc: DocumentType) -> None:
    doc.add_paragraph("\n".join(TITLE))
    for line in FIELDS:
        doc.add_paragraph(line)
    doc.add_paragraph(INTRO)


def _signature(doc: DocumentType) -> None:
    table = doc.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "XÁC NHẬN CỦA CHI BỘ"
    table.rows[0].cells[1].text = "NGƯỜI XÂY DỰNG KẾ HOẠCH"
    table.rows[1].cells[1].text = "(Ký, ghi rõ họ, tên)"
    table.rows[2].cells[1].text = NAME


def _task_table(
    doc: DocumentType, header: list[str], row: Callable[[int, tuple], list[str]]
) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for n, task in enumerate(TASKS, start=1):
        cells = table.add_row().cells
        for cell, text in zip(cells, row(n, task), strict=True):
            cell.text = text


def _common(doc: DocumentType, tasks: Callable[[DocumentType], None], *, table_header: bool = False,
            commitments: list[str] | None = None) -> None:  # fmt: skip
    (_header_table if table_header else _header_paragraphs)(doc)
    _title_and_fields(doc)
    doc.add_paragraph(HEADING_1)
    for item in REMEDIES:
        doc.add_paragraph(f"- {item}")
    doc.add_paragraph(HEADING_2)
    doc.add_paragraph(TASKS_LINE)
    tasks(doc)
    doc.add_paragraph(HEADING_3)
    for item in COMMITMENTS if commitments is None else commitments:
        doc.add_paragraph(f"- {item}")
    _signature(doc)


# --- the shapes --------------------------------------------------------------------------


def plain_paragraphs(doc: DocumentType) -> None:
    """Everything as paragraphs; tasks numbered by hand, target and due inline."""

    def tasks(d: DocumentType) -> None:
        for n, (text, target, due, _s) in enumerate(TASKS, start=1):
            d.add_paragraph(f"{n}. {text} (Sản phẩm: {target}; thời gian hoàn thành: {due})")

    _common(doc, tasks)


def full_table(doc: DocumentType) -> None:
    _common(
        doc,
        lambda d: _task_table(
            d,
            ["STT", "Nội dung", "Chỉ tiêu, sản phẩm", "Thời gian hoàn thành"],
            lambda n, t: [str(n), t[0], t[1], t[2]],
        ),
    )


def table_other_columns(doc: DocumentType) -> None:
    """TT | Nhiệm vụ | Thời hạn | Kết quả dự kiến, and a row of column numbers."""

    def tasks(d: DocumentType) -> None:
        _task_table(
            d,
            ["TT", "Nhiệm vụ", "Thời hạn", "Kết quả dự kiến"],
            lambda n, t: [f"{n}.", t[0], t[2], t[1]],
        )
        table = d.tables[-1]
        numbers = table.add_row().cells  # moved under the header below
        for cell, text in zip(numbers, ["(1)", "(2)", "(3)", "(4)"], strict=True):
            cell.text = text
        table.rows[0]._tr.addnext(table.rows[-1]._tr)

    _common(doc, tasks)


def table_two_columns(doc: DocumentType) -> None:
    """Nội dung | Thời gian hoàn thành; the target written in the content cell."""
    _common(
        doc,
        lambda d: _task_table(
            d,
            ["Nội dung công việc", "Thời gian hoàn thành"],
            lambda n, t: [f"{t[0]}. Chỉ tiêu: {t[1]}", t[2]],
        ),
    )


def header_table(doc: DocumentType) -> None:
    _common(
        doc,
        lambda d: _task_table(
            d,
            ["STT", "Nội dung", "Chỉ tiêu, sản phẩm", "Thời gian hoàn thành"],
            lambda n, t: [str(n), t[0], t[1], t[2]],
        ),
        table_header=True,
    )


def word_numbering(doc: DocumentType) -> None:
    """Headings with Word's automatic numbers, items with Word's bullets: no "1." and no
    "-" in the text at all; target and due on their own bulleted lines at level 2."""
    _header_table(doc)
    _title_and_fields(doc)
    doc.add_paragraph(HEADING_1[3:], style="List Number")
    for item in REMEDIES:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(HEADING_2[3:], style="List Number")
    doc.add_paragraph(TASKS_LINE)
    for text, target, due, _s in TASKS:
        doc.add_paragraph(text, style="List Bullet")
        doc.add_paragraph(f"Chỉ tiêu: {target}", style="List Bullet 2")
        doc.add_paragraph(f"Thời gian: {due}", style="List Bullet 2")
    doc.add_paragraph(HEADING_3[3:], style="List Number")
    for item in COMMITMENTS:
        doc.add_paragraph(item, style="List Bullet")
    _signature(doc)


def inline_sentences(doc: DocumentType) -> None:
    """'… Chỉ tiêu: …. Thời gian: …' after a dash."""

    def tasks(d: DocumentType) -> None:
        for text, target, due, _s in TASKS:
            d.add_paragraph(f"- {text}. Chỉ tiêu: {target}. Thời gian: {due}.")

    _common(doc, tasks)


def own_lines(doc: DocumentType) -> None:
    """Each task, then '+ Sản phẩm: …' and '+ Thời gian hoàn thành: …' under it."""

    def tasks(d: DocumentType) -> None:
        for text, target, due, _s in TASKS:
            d.add_paragraph(f"- {text}")
            d.add_paragraph(f"+ Sản phẩm: {target}")
            d.add_paragraph(f"+ Thời gian hoàn thành: {due}")

    _common(doc, tasks)


def split_runs(doc: DocumentType) -> None:
    """Every paragraph split into runs mid-word, as Word does after edits (with
    spell-check marks and a bookmark between the runs)."""
    plain_paragraphs(doc)
    for paragraph in _all_paragraphs(doc):
        text = paragraph.text
        if len(text) < 4:
            continue
        for run in list(paragraph.runs):
            run._r.getparent().remove(run._r)
        for n in range(0, len(text), 3):
            paragraph.add_run(text[n : n + 3]).italic = n % 2 == 0
            if n == 3:
                marker = OxmlElement("w:proofErr")
                marker.set(qn("w:type"), "spellStart")
                paragraph._p.append(marker)
                mark = OxmlElement("w:bookmarkStart")
                mark.set(qn("w:id"), "0")
                mark.set(qn("w:name"), "_GoBack")
                paragraph._p.append(mark)


def nfd_text(doc: DocumentType) -> None:
    """Every letter decomposed (text pasted from some web pages and Mac programs)."""
    plain_paragraphs(doc)
    for paragraph in _all_paragraphs(doc):
        for run in paragraph.runs:
            run.text = unicodedata.normalize("NFD", run.text)


def tabs_and_leaders(doc: DocumentType) -> None:
    """The printed form's dotted lines typed over, tabs between fields and columns."""
    _header_paragraphs(doc)
    doc.add_paragraph("\n".join(TITLE))
    doc.add_paragraph(f"Họ và tên:\t{NAME}\t")
    doc.add_paragraph("Chức vụ đảng: ......Chi ủy viên......; chức vụ chính quyền, đoàn thể: "
                      "Phó Chánh Văn phòng Sở…………")  # fmt: skip
    doc.add_paragraph(INTRO)
    doc.add_paragraph(HEADING_1)
    for item in REMEDIES:
        doc.add_paragraph(f"- {item}\t")  # a tab to a dotted leader after the text
        doc.paragraphs[-1].paragraph_format.tab_stops.add_tab_stop(Mm(165))
    doc.add_paragraph("…………………………………………………………………")  # a writing line left empty
    doc.add_paragraph(HEADING_2)
    doc.add_paragraph(TASKS_LINE)
    for n, (text, target, due, _s) in enumerate(TASKS, start=1):
        doc.add_paragraph(f"{n}.\t{text}\t{target}\t{due}")
    doc.add_paragraph("..........................................................")
    doc.add_paragraph(HEADING_3)
    for item in COMMITMENTS:
        doc.add_paragraph(f"- {item} ......")
    _signature(doc)


def section_3_none(doc: DocumentType) -> None:
    """Section 3 written "Không." (nothing to commit to)."""
    _common(
        doc,
        lambda d: _task_table(
            d,
            ["STT", "Nội dung", "Chỉ tiêu, sản phẩm", "Thời gian hoàn thành"],
            lambda n, t: [str(n), t[0], t[1], t[2]],
        ),
        commitments=[],
    )
    heading = next(p for p in doc.paragraphs if p.text == HEADING_3)
    heading.add_run(" Không.")


def tracked_changes(doc: DocumentType) -> None:
    """Edited with "Track changes" on: one word inserted, one deleted."""
    full_table(doc)
    first = next(p for p in doc.paragraphs if p.text == f"- {REMEDIES[0]}")
    head, tail = REMEDIES[0].split("chưa ", 1)
    for run in list(first.runs):
        run._r.getparent().remove(run._r)
    first.add_run(f"- {head}")
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "1")
    deleted.set(qn("w:author"), "A")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = "không "
    run.append(text)
    deleted.append(run)
    first._p.append(deleted)
    inserted = OxmlElement("w:ins")
    inserted.set(qn("w:id"), "2")
    inserted.set(qn("w:author"), "A")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = "chưa "
    run.append(text)
    inserted.append(run)
    first._p.append(inserted)
    first.add_run(tail)


SHAPES: dict[str, Callable[[DocumentType], None]] = {
    "plain_paragraphs": plain_paragraphs,
    "full_table": full_table,
    "table_other_columns": table_other_columns,
    "table_two_columns": table_two_columns,
    "header_table": header_table,
    "word_numbering": word_numbering,
    "inline_sentences": inline_sentences,
    "own_lines": own_lines,
    "split_runs": split_runs,
    "nfd_text": nfd_text,
    "tabs_and_leaders": tabs_and_leaders,
    "section_3_none": section_3_none,
    "tracked_changes": tracked_changes,
}


def write_shape(name: str, path: Path) -> Path:
    doc = Document()
    SHAPES[name](doc)
    doc.save(str(path))
    return path


def _all_paragraphs(doc: DocumentType) -> list[Paragraph]:
    found = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                found.extend(cell.paragraphs)
    return found


def write_for(name: str | None, path: Path, shape: str = "full_table", **changes: str) -> Path:
    """A shape written as `name`'s plan (None: no name at all); `changes` replace whole
    paragraph or cell texts (old text → new text)."""
    doc = Document()
    SHAPES[shape](doc)
    for paragraph in _all_paragraphs(doc):
        text = paragraph.text
        new = changes.get(text, text.replace(NAME, name or ""))
        decomposed = unicodedata.normalize("NFD", NAME)  # the NFD shape keeps its form
        new = new.replace(decomposed, unicodedata.normalize("NFD", name or ""))
        if new != text:
            for run in list(paragraph.runs)[1:]:
                run._r.getparent().remove(run._r)
            paragraph.runs[0].text = new
    doc.save(str(path))
    return path
