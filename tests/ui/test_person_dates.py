"""The person editor takes an admission and a full membership as old records give them
("01/2019", "quý III/2019"), saves them with that precision and shows them back as typed;
a date it cannot read is one sentence under its field, shown whole."""

from PySide6.QtWidgets import QLabel

from chibo_app.core.people import Kind
from chibo_app.services import people
from chibo_app.ui.dialogs.person_dialog import PersonDialog


def _dialog(qtbot, session, person_id=None):
    dialog = PersonDialog(session, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_admission_from_old_records_is_kept_as_written(qtbot, session):
    dialog = _dialog(qtbot, session)
    f = dialog.form
    f.fullName.setText("Lê Thị Ánh")
    f.kind.setCurrentIndex(f.kind.findData(Kind.FULL))
    f.birthDate.setText("1975")
    f.admittedOn.setText("01/2019")
    f.fullMemberOn.setText("quý I/2020")
    dialog.save()
    assert dialog.saved_id is not None
    stored = people.get_person(session, dialog.saved_id)
    assert (stored.admitted_on, stored.full_member_on) == ("2019-01", "2020-Q1")
    again = _dialog(qtbot, session, dialog.saved_id)
    assert (again.form.admittedOn.text(), again.form.fullMemberOn.text()) == (
        "01/2019",
        "Quý I/2020",
    )


def test_a_bad_admission_date_is_said_whole_under_its_field(qtbot, session):
    dialog = _dialog(qtbot, session)
    f = dialog.form
    f.fullName.setText("Lê Thị Ánh")
    f.admittedOn.setText("tháng 13/2019")
    dialog.save()
    assert dialog.saved_id is None and dialog.isVisible()
    shown = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and "tháng có thật" in label.text()
    ]
    texts = sorted(label.text() for label in shown)
    assert texts == [
        "Chưa lưu được. Hãy sửa:\n• Ngày vào Đảng: “tháng 13/2019” không phải là tháng có thật"
        " (tháng từ 1 đến 12).",
        "“tháng 13/2019” không phải là tháng có thật (tháng từ 1 đến 12).",  # under the field
    ]
    for label in shown:  # each shown whole, inside the dialog
        assert label.height() >= label.heightForWidth(label.width())
        assert label.mapTo(dialog, label.rect().bottomRight()).y() <= dialog.height()
