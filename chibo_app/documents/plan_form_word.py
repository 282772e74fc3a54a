"""The personal plan form (seed 003) as a Word file, in two uses.

- To fill in (`to_fill=True`): what the secretary sends each member to type the plan
  in Word — the header, year, name, positions and cell filled in, the date left to
  write, sections 1 and 3 as dotted writing lines (or last year's text when asked),
  section 2 as a table STT | Nội dung | Chỉ tiêu, sản phẩm | Thời gian hoàn thành with
  empty numbered rows to type in. It carries no verification code (nothing to verify
  yet); its core properties say whose form it is, so the import recognises the file
  whatever the member changed.
- Filled: the plan as the PDF prints it (same wording, table, confirmation and code),
  for the secretary to adjust and send as "bản Word".
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from chibo_app.core.cell import CellSettings
from chibo_app.core.verification import PrintedDocument
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.party_document import DocumentHeader
from chibo_app.documents.plan_form import (
    RESULT_WIDTH_MM,
    TASK_HEADER,
    TASK_WIDTHS_MM,
    PlanFormData,
    TaskLine,
    field_lines,
    intro_line,
    item_text,
    printed_form,
    section_headings,
    signatures,
    task_row,
    tasks_line,
    title_lines,
)
from chibo_app.documents.word_document import WordDocument, WordResult, write_word

FILL_TASK_HEADER = ["STT", "Nội dung", "Chỉ tiêu, sản phẩm", "Thời gian hoàn thành"]
FILL_LINES = {1: 3, 3: 2}  # writing lines of sections 1 and 3 on a form to fill in
FILL_EMPTY_ROWS = 3  # empty task rows under any already there
FILL_MIN_ROWS = 4
FILL_ROW_MM = 9  # room to type two lines in a task row
IDENTIFIER_PREFIX = "chibo-ke-hoach"


def identifier(person_id: int, year: int) -> str:
    """What the export writes in the file's properties: 'chibo-ke-hoach:12:2026'."""
    return f"{IDENTIFIER_PREFIX}:{person_id}:{year}"


def parse_identifier(text: str) -> tuple[int, int] | None:
    """(person id, year) from an identifier written by `identifier`, else None."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0] != IDENTIFIER_PREFIX:
        return None
    try:
        return int(parts[1]), int(parts[2])
    except ValueError:
        return None


def plan_form_word(
    form: PlanFormData,
    cell: CellSettings,
    *,
    to_fill: bool = False,
    settings: PageSettings | None = None,
    code: str | None = None,
) -> WordDocument:
    header = DocumentHeader.for_cell(cell, form.year, None if to_fill else form.dated)
    doc = WordDocument(header, title_lines(form.year), code=code, settings=settings)
    for line in field_lines(form, cell):
        doc.paragraph(line, indent=False)
    doc.paragraph(intro_line(form.year))
    first, second, third = section_headings(form.year)
    doc.heading(first)
    _items(doc, form.remedies, FILL_LINES[1] if to_fill else 0)
    doc.heading(second)
    doc.paragraph(tasks_line(form.year))
    if to_fill:
        _fill_table(doc, form.tasks)
    elif form.tasks:
        widths: list[float] = [w or 100 for w in TASK_WIDTHS_MM]
        columns = list(TASK_HEADER)
        if form.show_results:
            columns.append("Kết quả")
            widths.append(RESULT_WIDTH_MM)
        rows = [task_row(n, t, form.show_results) for n, t in enumerate(form.tasks, start=1)]
        doc.table(columns, rows, _scaled(widths, settings), centred={0, 3, 4})
    doc.heading(third)
    _items(doc, form.role_model, FILL_LINES[3] if to_fill else 0)
    left, right = signatures(form, cell, blank=to_fill)
    doc.close(left=left, right=right)
    return doc


def _items(doc: WordDocument, items: Sequence[str], lines_if_none: int) -> None:
    for item in items:
        doc.paragraph(item_text(item))
    if not items and lines_if_none:
        doc.writing_lines(lines_if_none)


def _fill_table(doc: WordDocument, tasks: Sequence[TaskLine]) -> None:
    rows = [[str(n), t.text, t.target, t.due] for n, t in enumerate(tasks, start=1)]
    empty = max(FILL_EMPTY_ROWS, FILL_MIN_ROWS - len(rows))
    rows += [[str(len(rows) + n), "", "", ""] for n in range(1, empty + 1)]
    doc.table(
        FILL_TASK_HEADER,
        rows,
        _scaled([13, 100, 44, 27], doc.settings),
        centred={0, 3},
        min_row_mm=FILL_ROW_MM,
    )


def _scaled(widths: Sequence[float], settings: PageSettings | None) -> list[float]:
    """The PDF's column widths in mm, the content column taking what is left."""
    frame_mm = (settings or PageSettings()).frame_width / 72 * 25.4
    fixed = sum(w for n, w in enumerate(widths) if n != 1)
    return [frame_mm - fixed if n == 1 else w for n, w in enumerate(widths)]


def write_form_to_fill(
    path: str | os.PathLike[str],
    form: PlanFormData,
    cell: CellSettings,
    person_id: int,
    *,
    settings: PageSettings | None = None,
) -> WordResult:
    """One member's form to type in Word, written atomically."""
    document = plan_form_word(form, cell, to_fill=True, settings=settings)
    return write_word(
        path,
        [document],
        title=f"Kế hoạch học tập và làm theo năm {form.year} — {form.full_name}",
        author=cell.cell_name,
        identifier=identifier(person_id, form.year),
    )


def write_filled_forms(
    path: str | os.PathLike[str],
    forms: Sequence[PlanFormData],
    cell: CellSettings,
    *,
    settings: PageSettings | None = None,
) -> tuple[WordResult, list[PrintedDocument]]:
    """Filled forms as the PDF prints them, each in its own section with its code;
    record the returned documents in the register afterwards."""
    records = [printed_form(form, cell) for form in forms]
    documents = [
        plan_form_word(form, cell, settings=settings, code=record.code)
        for form, record in zip(forms, records, strict=True)
    ]
    year = forms[0].year if forms else 0
    result = write_word(
        Path(path),
        documents,
        title=f"Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}",
        author=cell.cell_name,
    )
    return result, records
