"""The print preview comes first: "In…" lays the document out in memory and shows its
pages (QtPdf) with nothing recorded; "In…" there draws them on a printer (here Qt's PDF
printer, A4), "Lưu PDF…", "Lưu Word…", "Lưu Excel…" save copies with the same code, in
the folder last used for that kind of document — and the register records the document
once, when it first leaves. Closed unprinted, it takes no number."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from chibo_app.core.verification import display_code
from chibo_app.services import documents, plans, verification
from chibo_app.storage import documents_repo
from chibo_app.ui.dialogs.print_dialogs import PrintPlansDialog, SignedOffDialog
from chibo_app.ui.folders import last_folder, remember_folder
from chibo_app.ui.pages.plans_page import PlansPage
from tests.core.plan_corpus import HONEST

A4_POINTS = (595, 842)


@pytest.fixture
def page(qtbot, people_session, tmp_path, monkeypatch):
    ids = people_session.ids
    for name, key in (("Nguyễn Văn An", "van_thu_1"), ("Đỗ Minh Đức", "thanh_tra_1")):
        plan = plans.start_plan(people_session, ids[name], 2026)
        plan = plans.save_plan(
            people_session,
            plan.with_changes(remedies=HONEST[key].remedies, tasks=HONEST[key].tasks),
        )
        plans.submit(people_session, plan.id, on="2026-03-10")
        plans.confirm(people_session, plan.id, on="2026-03-12")
    for kind in ("plan-forms", "signed-off"):  # the folder last used for these documents
        remember_folder(kind, tmp_path)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(str(a[2])))
    widget = PlansPage(people_session, 2026)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _entries(session, doc_type):
    return len(documents_repo.list_documents(session.db, doc_type=doc_type))


def _open_preview(qtbot, run):
    with qtbot.waitSignal(run.finished, timeout=60000) as blocker:
        pass
    assert blocker.args[0] is True, run.message and run.message.text()
    preview = run.preview_dialog
    assert preview is not None and preview.isVisible()
    qtbot.addWidget(preview)
    return preview


def test_in_opens_the_preview_and_records_only_what_is_printed(qtbot, page, tmp_path, monkeypatch):
    session = page.session

    def exec_(dialog):
        assert dialog.findChild(object, "previewPrint").isDefault()
        dialog.preview()  # "Xem trước và in…": no file asked
        return PrintPlansDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintPlansDialog, "exec", exec_)
    page.print_selected()  # nobody selected: everyone
    preview = _open_preview(qtbot, page.printing)
    pages = preview.document.pageCount()
    assert pages >= 6 and preview.form.pagesLabel.text() == f"{pages} trang"
    assert _entries(session, "KHCN") == 0  # shown, not recorded
    qtbot.wait(1000)  # QPdfView renders its pages in the background
    preview.grab().save(str(tmp_path / "preview.png"))

    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "may in.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(100)  # the PDF printer's 1,200 dpi: minutes a page on a busy machine
    with qtbot.waitSignal(preview.recorded, timeout=5000):
        assert preview.print_to(printer) == pages
    read = PdfReader(out)
    assert len(read.pages) == pages
    for sheet in read.pages:
        box = sheet.mediabox
        assert (round(float(box.width)), round(float(box.height))) == A4_POINTS
        assert sheet.images  # the page as QtPdf rendered it, drawn on the printer
    assert _entries(session, "KHCN") == 2  # the two filled forms, once each
    assert preview.print_to(printer) == pages  # printed again: the same entries
    assert _entries(session, "KHCN") == 2


def test_a_preview_closed_unprinted_takes_no_number(qtbot, page, monkeypatch):
    session = page.session
    before = documents.next_number(session, "DS")

    def exec_(dialog):
        dialog.number.setValue(before)
        dialog.preview()
        return SignedOffDialog.DialogCode.Accepted

    monkeypatch.setattr(SignedOffDialog, "exec", exec_)
    page.print_signed_off()
    preview = _open_preview(qtbot, page.printing)
    assert preview.form.saveExcelButton.isVisibleTo(preview)  # a list offers Excel too
    preview.reject()
    assert _entries(session, "DS") == 0
    assert documents.next_number(session, "DS") == before


def test_saved_as_pdf_word_and_excel_is_one_entry_in_the_folder_remembered(
    qtbot, page, tmp_path, monkeypatch
):
    session = page.session
    folder = tmp_path / "luu"
    folder.mkdir()
    asked = []

    def choose(_parent, _title, start, _filter):
        asked.append(start)
        return str(folder / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)

    def exec_(dialog):
        dialog.number.setValue(4)
        dialog.preview()
        return SignedOffDialog.DialogCode.Accepted

    monkeypatch.setattr(SignedOffDialog, "exec", exec_)
    page.print_signed_off()
    preview = _open_preview(qtbot, page.printing)
    name = "Danh sách kế hoạch đã xác nhận năm 2026 - số 04-DS"
    saved = preview.save_pdf()
    assert saved == folder / f"{name}.pdf"
    assert saved.read_bytes() == preview.rendered.pdf
    assert last_folder("lists") == folder
    assert _entries(session, "DS") == 1
    for suffix, button in ((".docx", "saveWordButton"), (".xlsx", "saveExcelButton")):
        getattr(preview.form, button).click()
        qtbot.waitUntil(lambda: not preview.busy, timeout=30000)
        assert asked[-1] == str(folder / f"{name}{suffix}")  # where the last one went
    code = preview.paper.codes[0]
    footer = Document(str(folder / f"{name}.docx")).sections[0].footer.paragraphs[0].text
    assert footer.startswith(f"Mã xác thực: {display_code(code)}")
    sheet = load_workbook(folder / f"{name}.xlsx").active
    assert any(display_code(code) in str(c.value) for row in sheet.iter_rows() for c in row)
    assert _entries(session, "DS") == 1  # PDF, Word and Excel: one document
    assert documents.next_number(session, "DS") == 5
    assert verification.verify(session, code).status == documents.VerifyStatus.UNCHANGED
