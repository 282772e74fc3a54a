"""The bản kiểm điểm's task table keeps a due date whole: "30/06/2025" on one line in
"Thời hạn", in the PDF and in its Word copy (at 20 mm it broke as "30/06/202" / "5")."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from doc_helpers import CELL, poppler_text
from docx import Document
from reportlab.pdfbase.pdfmetrics import stringWidth

from chibo_app.documents import fonts
from chibo_app.documents.page_settings import PageSettings
from chibo_app.documents.review_form import ReviewFormData, ReviewTask, write_review_forms
from chibo_app.documents.review_form_word import write_review_words
from tests import libreoffice

DATES = ["30/06/2025", "31/12/2025", "28/08/2025"]
DATA = ReviewFormData(
    full_name="Nguyễn Thị Hồng Nhung",
    year=2025,
    form="2B",
    tasks=[
        ReviewTask(
            f"Nhiệm vụ số {n}: chuyển đổi số hồ sơ lãnh sự",
            "100% hồ sơ",
            due,
            "Hoàn thành",
            "Đúng hạn",
        )
        for n, due in enumerate(DATES, start=1)
    ],  # fmt: skip
    dated=dt.date(2025, 12, 10),
)


def _whole_dates(text: str) -> bool:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return all(any(date in line.split() for line in lines) for date in DATES)


def test_a_due_date_stays_on_one_line_in_the_pdf(tmp_path):
    path = tmp_path / "kd.pdf"
    write_review_forms(path, [DATA], CELL)
    text = poppler_text(path)
    assert _whole_dates(text), text
    assert "30/06/202\n" not in text


def test_a_due_date_fits_its_word_column(tmp_path):
    path = tmp_path / "kd.docx"
    write_review_words(path, [DATA], CELL)
    tables = Document(str(path)).tables
    table = next(t for t in tables if [c.text for c in t.rows[0].cells][3:4] == ["Thời hạn"])
    fonts.register_fonts()
    size = PageSettings().table_size
    need = max(stringWidth(date, fonts.REGULAR, size) for date in DATES) + 2 * 3  # padding
    assert table.rows[1].cells[3].width.pt > need
    assert [row.cells[3].text for row in table.rows[1:]] == DATES
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice not installed")
    libreoffice.convert([path], "pdf", tmp_path)
    assert _whole_dates(poppler_text(tmp_path / "kd.pdf"))
