"""One number per document in the window: the print dialog offers the number a reprint
keeps, asks when the document changed since (reissue or a new number), and the register
page shows each document's status, the numbers left free, and reserves one."""

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from chibo_app.services import document_register, documents, plans
from chibo_app.ui.dialogs.print_dialogs import SignedOffDialog
from chibo_app.ui.dialogs.reserve_number_dialog import ReserveNumberDialog
from chibo_app.ui.folders import remember_folder
from chibo_app.ui.models.register_model import Col
from chibo_app.ui.pages.documents_page import DocumentsPage
from chibo_app.ui.pages.plans_page import PlansPage
from tests.core.plan_corpus import HONEST
from tests.ui.helpers import wait_loaded


def _confirmed(session, name, corpus_key, day):
    plan = plans.start_plan(session, session.ids[name], 2026)
    plan = plans.save_plan(
        session,
        plan.with_changes(remedies=HONEST[corpus_key].remedies, tasks=HONEST[corpus_key].tasks),
    )
    plans.submit(session, plan.id, on=day)
    plans.confirm(session, plan.id, on=day)


@pytest.fixture
def page(qtbot, people_session, tmp_path, monkeypatch):
    _confirmed(people_session, "Đỗ Minh Đức", "thanh_tra_1", "2026-03-12")
    for kind in ('plan-forms', 'signed-off'):  # the folder last used for these documents
        remember_folder(kind, tmp_path)
    widget = PlansPage(people_session, 2026)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _print_signed_off(qtbot, page, path, seen):
    def answer(dialog):
        seen.append((dialog.number.value(), dialog.number_note.text()))
        dialog.file.edit.setText(str(path))
        dialog._accept()
        return SignedOffDialog.DialogCode.Accepted

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SignedOffDialog, "exec", answer)
        page.print_signed_off()
    run = page.printing
    with qtbot.waitSignal(run.finished, timeout=30000) as blocker:
        pass
    assert blocker.args[0] is True, run.message.text()
    return run


def _click_when_shown(button_text):
    """Press the button of the message box once it is shown (it runs its own loop)."""

    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        assert box.objectName() == "reissueBox"
        pressed = next(b for b in box.buttons() if b.text().startswith(button_text))
        pressed.click()

    QTimer.singleShot(0, press)


def test_the_dialog_offers_the_reprint_its_number_and_asks_after_a_change(qtbot, page, tmp_path):
    session = page.session
    seen = []
    _print_signed_off(qtbot, page, tmp_path / "ds.pdf", seen)
    _print_signed_off(qtbot, page, tmp_path / "ds.xlsx", seen)  # unchanged: a copy
    assert [n for n, _note in seen] == [1, 1]
    assert "Bản in lại" in seen[1][1]
    documents.reserve_number(session, "DS", "Danh sách làm bằng tay", session.today())  # 02
    _confirmed(session, "Nguyễn Văn An", "van_thu_1", "2026-04-02")  # the list changes
    _click_when_shown("Ban hành lại")
    _print_signed_off(qtbot, page, tmp_path / "ds2.pdf", seen)
    assert seen[2][0] == 1 and "Ban hành lại" in seen[2][1]
    entries = [e for e in document_register.list_register(session) if not e.status == "reserved"]
    assert sorted((e.number, e.status) for e in entries) == [
        ("Số 01-DS/CB", "issued"),
        ("Số 01-DS/CB", "replaced"),
    ]
    _confirmed(session, "Lê Văn Ân", "van_thu_1", "2026-04-03")
    _click_when_shown("Văn bản mới")
    _print_signed_off(qtbot, page, tmp_path / "ds3.pdf", seen)
    assert seen[3][0] == 3  # after the reserved 02


def test_cancel_in_the_question_prints_nothing(qtbot, page, tmp_path):
    seen = []
    _print_signed_off(qtbot, page, tmp_path / "ds.pdf", seen)
    _confirmed(page.session, "Nguyễn Văn An", "van_thu_1", "2026-04-02")
    _click_when_shown("Hủy")
    page.print_signed_off()
    assert page.printing is None
    assert len(document_register.list_register(page.session)) == 1


def test_register_page_shows_status_gaps_and_reserves_a_number(qtbot, page, tmp_path):
    session = page.session
    _print_signed_off(qtbot, page, tmp_path / "ds.pdf", [])
    _print_signed_off(qtbot, page, tmp_path / "ds.xlsx", [])
    documents.reserve_number(session, "DS", "Danh sách làm bằng tay", session.today(), 4)
    register = DocumentsPage(session, 2026)
    qtbot.addWidget(register)
    register.show()
    wait_loaded(qtbot, register)
    statuses = [register.proxy.index(r, Col.STATUS).data() for r in range(2)]
    assert statuses == ["Giữ số (văn bản làm ngoài ứng dụng)", "Đã in lại 1 lần"]
    assert register.gaps_label.isVisible()
    assert "Số 02-DS/CB, Số 03-DS/CB" in register.gaps_label.text()

    def fill(dialog):
        # dated today like 01 and 04: the next number (a gap is offered for an earlier
        # date, test_reserve_dialog_offers_the_number_that_fits_the_date)
        assert dialog.form.number.value() == 5
        assert "Số 02-DS/CB, Số 03-DS/CB" in dialog.form.gaps.text()
        dialog.form.title.setText("Biên bản bầu chi ủy (viết tay)")
        dialog.form.docType.setCurrentIndex(dialog.form.docType.findData("DS"))
        dialog.form.number.setValue(2)
        dialog.accept()
        return dialog.result()

    def open_with_ds(self, *args):
        self.form.docType.setCurrentIndex(self.form.docType.findData("DS"))
        return fill(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ReserveNumberDialog, "exec", open_with_ds)
        assert register.reserve()
    wait_loaded(qtbot, register)
    assert "Số 03-DS/CB" in register.gaps_label.text()
    assert "Số 02-DS/CB" not in register.gaps_label.text()
    result = register.check(
        next(e.code for e in document_register.list_register(session) if e.number_value == 2)
    )
    assert result.status is documents.VerifyStatus.EXTERNAL
    assert "ngoài ứng dụng" in register.result.text()


def test_reserve_dialog_refuses_a_taken_number_in_one_sentence(qtbot, people_session):
    documents.reserve_number(people_session, "BB", "Biên bản viết tay", people_session.today())
    dialog = ReserveNumberDialog(people_session)
    qtbot.addWidget(dialog)
    dialog.form.docType.setCurrentIndex(dialog.form.docType.findData("BB"))
    assert dialog.form.number.value() == 2
    dialog.form.number.setValue(1)
    dialog.form.title.setText("Một biên bản khác")
    dialog.accept()
    assert dialog.form.error.isVisibleTo(dialog) and "đã dùng cho" in dialog.form.error.text()
    assert len(document_register.list_register(people_session)) == 1


def test_reserve_dialog_offers_the_number_that_fits_the_date(qtbot, people_session):
    """The offer follows the typed date as `chibo documents reserve` fits it: a free
    number between the dates around it, else the next one with why it stands out of
    date order; a date half typed changes nothing."""
    s = people_session
    for number, day in ((1, "2026-03-02"), (2, "2026-05-04"), (4, "2026-09-07")):
        documents.reserve_number(s, "DS", f"Danh sách {number}", dt.date.fromisoformat(day), number)
    dialog = ReserveNumberDialog(s)
    qtbot.addWidget(dialog)
    dialog.form.docType.setCurrentIndex(dialog.form.docType.findData("DS"))
    assert dialog.form.number.value() == 5  # dated today: after 04
    assert "Số 03-DS/CB" in dialog.form.gaps.text()
    dialog.form.dated.setText("15/06/2026")
    assert dialog.form.number.value() == 3  # between 02 (04/05) and 04 (07/09)
    assert "lấy số còn trống 03" in dialog.form.gaps.text()
    assert (
        dialog.form.number.value()
        == documents.reservation_offer(s, "DS", dt.date(2026, 6, 15)).number
    )
    dialog.form.dated.setText("10/04/2026")  # no free number between 01 and 02
    assert dialog.form.number.value() == 5
    assert (
        "Văn bản ghi ngày 10/04/2026, sớm hơn văn bản số 04-DS ngày 07/09/2026, nhưng không "
        "còn số trống hợp thứ tự ngày: số 05 giữ cho văn bản này sẽ đứng sau số đó trong sổ "
        "văn bản." in dialog.form.gaps.text()
    )
    assert "hãy chọn số đã giữ" not in dialog.form.gaps.text()  # said to the printing
    dialog.form.dated.setText("15/06/20")  # half typed: the offer stays
    assert dialog.form.number.value() == 5
    dialog.form.dated.setText("15/06/2026")
    dialog.form.docType.setCurrentIndex(dialog.form.docType.findData("BB"))
    assert dialog.form.number.value() == 1  # the type's own numbers, for the typed date
    dialog.form.docType.setCurrentIndex(dialog.form.docType.findData("DS"))
    dialog.form.title.setText("Danh sách đảng viên đóng đảng phí quý II")
    dialog.accept()
    assert dialog.reserved is not None and dialog.reserved.number == 3
    assert dialog.reserved.printed_on == dt.date(2026, 6, 15)
