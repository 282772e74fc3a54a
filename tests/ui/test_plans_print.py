"""Printing from the plans page: off the GUI thread, progress, Cancel, "Mở tệp"."""

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from chibo_app.services import documents, plans
from chibo_app.storage import documents_repo
from chibo_app.ui.dialogs.print_dialogs import PrintPlansDialog, SignedOffDialog
from chibo_app.ui.folders import remember_folder
from chibo_app.ui.pages.plans_page import PlansPage
from chibo_app.ui.plan_print_actions import PrintRun
from tests.core.plan_corpus import HONEST


def write(session, person_id, corpus_plan):
    plan = plans.start_plan(session, person_id, 2026)
    return plans.save_plan(
        session, plan.with_changes(remedies=corpus_plan.remedies, tasks=corpus_plan.tasks)
    )


@pytest.fixture
def page(qtbot, people_session, tmp_path, monkeypatch):
    ids = people_session.ids
    write(people_session, ids["Nguyễn Văn An"], HONEST["van_thu_1"])
    done = write(people_session, ids["Đỗ Minh Đức"], HONEST["thanh_tra_1"])
    plans.submit(people_session, done.id, on="2026-03-10")
    plans.confirm(people_session, done.id, on="2026-03-12")
    for kind in ('plan-forms', 'signed-off'):  # the folder last used for these documents
        remember_folder(kind, tmp_path)
    widget = PlansPage(people_session, 2026)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finish(qtbot, run):
    with qtbot.waitSignal(run.finished, timeout=30000) as blocker:
        pass
    return blocker.args[0]


def test_print_everyone_off_the_gui_thread(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "Kế hoạch cá nhân 2026.pdf"
    opened = []
    monkeypatch.setattr(
        "chibo_app.ui.plan_print_actions.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    run = page.start_printing(None, target, blank=False, count=6)
    assert not page.print_button.isEnabled()  # one job at a time
    assert finish(qtbot, run) is True
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert page.print_button.isEnabled()
    box = run.message
    assert box.objectName() == "printDone" and "6 mẫu kế hoạch" in box.text()
    assert "4 người chưa có kế hoạch" in box.text()  # filled print: blank forms for them
    box.findChild(type(box.buttons()[0]), "openFile").click()
    assert opened and opened[0].toLocalFile() == str(target)
    assert len(documents_repo.list_documents(page.session.db, doc_type="KHCN")) == 2


def test_cancel_leaves_no_file(qtbot, page, tmp_path):
    target = tmp_path / "huy.pdf"
    run = page.start_printing(None, target, blank=True, count=6)
    run.dialog.canceled.emit()  # what the progress dialog's Cancel button sends
    assert finish(qtbot, run) is False
    assert not target.exists()
    assert not list(tmp_path.glob(".huy-*"))  # no temporary file either
    assert run.message.objectName() == "printFailed"
    assert "Đã hủy in" in run.message.text()


def test_in_button_asks_filled_or_blank_and_file(qtbot, page, tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(
        PlansPage,
        "start_printing",
        lambda self, ids, path, *, blank, count: started.append((ids, path, blank, count)),
    )

    def answer(dialog):
        assert dialog.file.edit.text() == str(tmp_path / "Kế hoạch cá nhân 2026.pdf")
        dialog.blank.setChecked(True)
        dialog.file.edit.setText(str(tmp_path / "mau trong"))
        dialog._accept()
        return PrintPlansDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintPlansDialog, "exec", answer)
    assert page.select(page.session.ids["Lê Văn Ân"])
    page.print_selected()
    assert started == [([page.session.ids["Lê Văn Ân"]], tmp_path / "mau trong.pdf", True, 1)]
    page.view.clearSelection()
    page.print_selected()  # nobody selected: everyone
    assert started[-1][0] is None and started[-1][3] == 6


def test_signed_off_list_as_excel(qtbot, page, tmp_path, monkeypatch):
    def answer(dialog):
        assert dialog.number.value() == documents.next_number(page.session, "DS") == 1
        dialog.number.setValue(4)
        dialog.file.edit.setText(str(tmp_path / "danh sach.xlsx"))
        dialog._accept()
        return SignedOffDialog.DialogCode.Accepted

    monkeypatch.setattr(SignedOffDialog, "exec", answer)
    assert page.signed_off_button.isEnabled()
    page.print_signed_off()
    run = page.printing
    assert finish(qtbot, run) is True
    assert (tmp_path / "danh sach.xlsx").exists()
    assert "04-DS" in run.message.text() and "1/6" in run.message.text()
    assert documents.next_number(page.session, "DS") == 5


def test_a_failure_is_reported_in_vietnamese(qtbot, page, tmp_path):
    run = page.start_signed_off(tmp_path / "danh sach.odt", 1)  # .docx is a format now
    assert finish(qtbot, run) is False
    assert run.message.icon() == QMessageBox.Icon.Warning
    assert ".pdf, .docx hoặc .xlsx" in run.message.text()


def test_progress_shows_n_of_total_after_a_moment(qtbot, page, tmp_path):
    gate = threading.Event()

    def work(_session, progress, _cancelled):
        progress(2, 5)
        gate.wait(10)
        return None

    run = PrintRun(page, page.session, work, "…", lambda _r: ("xong", tmp_path), total=5)
    qtbot.waitUntil(lambda: run.dialog.labelText() == "Đang in 2/5…")
    assert not run.dialog.isVisible()  # quick jobs never show a dialog
    qtbot.waitUntil(run.dialog.isVisible, timeout=5000)
    assert (run.dialog.value(), run.dialog.maximum()) == (2, 5)
    gate.set()
    assert finish(qtbot, run) is True
