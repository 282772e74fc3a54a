"""The print preview: QtPdf shows the printed document's pages; "In…" draws them on a
printer (here Qt's PDF printer, A4); "Lưu PDF…" and "Lưu Word…" save copies with the
same code, in the folder last used for that kind of document."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

sys.path.insert(0, str(Path(__file__).parents[1] / "documents"))
from doc_helpers import CELL, form  # noqa: E402

from chibo_app.documents.plan_form import write_plan_forms  # noqa: E402
from chibo_app.documents.plan_form_word import write_filled_forms  # noqa: E402
from chibo_app.ui.dialogs.print_preview import PrintPreviewDialog  # noqa: E402
from chibo_app.ui.folders import last_folder  # noqa: E402

A4_POINTS = (595, 842)
FORMS = [form(tasks=list(form().tasks) * 12), form(full_name="Trần Văn Bình")]  # 3+ pages


@pytest.fixture
def printed(tmp_path):
    """Two forms (two or more pages) as the app prints them, and their codes."""
    path = tmp_path / "ke hoach.pdf"
    result = write_plan_forms(path, FORMS, CELL)
    return path, [p.code for p in result.printed]


def test_prints_every_page_to_a_pdf_printer_on_a4(qtbot, session, printed, tmp_path):
    source, _codes = printed
    dialog = PrintPreviewDialog(session, source, kind="plan-forms", name="Kế hoạch 2026")
    qtbot.addWidget(dialog)
    dialog.show()
    pages = len(PdfReader(source).pages)
    assert pages >= 3 and dialog.document.pageCount() == pages
    assert dialog.form.pagesLabel.text() == f"{pages} trang"
    qtbot.wait(1500)  # QPdfView renders its pages in the background
    dialog.grab().save(str(tmp_path / "preview.png"))

    printer = dialog.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "may in.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == pages
    read = PdfReader(out)
    assert len(read.pages) == pages
    for page in read.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
        assert page.images  # the page as QtPdf rendered it, drawn on the printer


def test_save_pdf_and_word_remember_the_folder(qtbot, session, printed, tmp_path, monkeypatch):
    source, codes = printed
    folder = tmp_path / "luu"
    folder.mkdir()
    asked = []

    def choose(_parent, _title, start, _filter):
        asked.append(start)
        return str(folder / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a)))

    def word(_session, target):
        return write_filled_forms(target, FORMS, CELL)

    dialog = PrintPreviewDialog(
        session, source, kind="plan-forms", name="Kế hoạch 2026 - Nguyễn Thị Hồng Nhung",
        word=word,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    saved = dialog.save_pdf()
    assert saved == folder / "Kế hoạch 2026 - Nguyễn Thị Hồng Nhung.pdf"
    assert saved.read_bytes() == source.read_bytes()
    assert last_folder("plan-forms") == folder
    dialog.save_word()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    docx = folder / "Kế hoạch 2026 - Nguyễn Thị Hồng Nhung.docx"
    assert asked[1] == str(docx)  # the second dialog starts where the first one saved
    footer = Document(str(docx)).sections[0].footer.paragraphs[0].text
    assert footer.startswith(f"Mã xác thực: {codes[0][:5]}-{codes[0][5:]}")
