"""The people page changes the kind of a selection at once; the person form warns about a
member without admission date."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from chibo_app.core.people import Kind
from chibo_app.services import people
from chibo_app.ui.dialogs.kind_change_dialog import KindChangeDialog
from chibo_app.ui.dialogs.person_dialog import PersonDialog


def test_a_refused_change_keeps_the_dialog_open_and_writes_nothing(qtbot, people_session):
    ids = [people_session.ids["Phạm Thị Ánh"]]
    dialog = KindChangeDialog(people_session, ids)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.kind.setCurrentIndex(form.kind.findData(Kind.FULL))
    form.admittedOn.setText("01/01/2026")
    form.fullMemberOn.setText("01/12/2025")  # before the admission
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Phạm Thị Ánh" in form.error.text()
    assert people.get_person(people_session, ids[0]).kind == Kind.NON_PARTY


def test_becoming_quan_chung_says_what_is_dropped(qtbot, people_session):
    dialog = KindChangeDialog(people_session, [people_session.ids["Lê Văn Ân"]])
    qtbot.addWidget(dialog)
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findData(Kind.NON_PARTY))
    assert dialog.form.admittedOn.isHidden() and dialog.form.fullMemberOn.isHidden()
    assert "được xóa" in dialog.form.hint.text()


def test_the_dialog_fits_the_small_screen(qtbot, people_session):
    dialog = KindChangeDialog(people_session, list(people_session.ids.values()))
    qtbot.addWidget(dialog)
    dialog.show()
    size = dialog.sizeHint()
    assert size.width() <= 1280 and size.height() <= 720
    assert "Đổi loại cho 7 người" in dialog.form.people.text()


def test_person_form_warns_about_a_full_member_without_admission_date(qtbot, people_session):
    dialog = PersonDialog(people_session)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.fullName.setText("Bùi Thị Yến")
    form.kind.setCurrentIndex(form.kind.findData(Kind.FULL))
    assert not form.kindWarning.isHidden()
    assert form.kindWarning.text() == "Đảng viên chính thức chưa có ngày vào Đảng."
    form.admittedOn.setText("19/05/2015")
    assert form.kindWarning.isHidden()
    form.kind.setCurrentIndex(form.kind.findData(Kind.PROBATIONARY))
    assert "Đã quá 12 tháng dự bị" in form.kindWarning.text()
    form.kind.setCurrentIndex(form.kind.findData(Kind.NON_PARTY))
    form.admittedOn.setText("")
    assert form.kindWarning.isHidden()
    # A warning never refuses the save.
    form.kind.setCurrentIndex(form.kind.findData(Kind.FULL))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert people.get_person(people_session, dialog.saved_id).kind == Kind.FULL
