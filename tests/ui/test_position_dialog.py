"""The position editor (forms/position_dialog.ui): the party's titles offered, dates read
as typed, a refusal shown under its field with the dialog kept open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from chibo_app.core.people import PARTY_POSITIONS, Position, PositionKind
from chibo_app.ui.dialogs.position_dialog import PositionDialog


def _dialog(qtbot, position):
    dialog = PositionDialog(position)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_layout_comes_from_the_designer_form(qtbot):
    dialog = _dialog(qtbot, Position(1, PositionKind.PARTY, "Bí thư", start_date="2025-06-15"))
    f = dialog.form
    assert f.objectName() == "PositionForm"
    assert f.kind.currentData() == PositionKind.PARTY
    assert f.title.currentText() == "Bí thư"
    assert f.start.text() == "15/06/2025"
    assert f.end.text() == ""
    # The labels' shortcuts reach their fields.
    assert f.titleLabel.buddy() is f.title and f.startLabel.buddy() is f.start


def test_a_party_position_offers_the_party_titles_and_keeps_what_was_typed(qtbot):
    dialog = _dialog(qtbot, Position(1, PositionKind.PARTY, ""))
    f = dialog.form
    assert [f.title.itemText(i) for i in range(f.title.count())] == list(PARTY_POSITIONS)
    f.title.setCurrentText("Trưởng phòng")
    f.kind.setCurrentIndex(f.kind.findData(PositionKind.GOVERNMENT))
    assert f.title.count() == 0
    assert f.title.currentText() == "Trưởng phòng"


def test_what_was_typed_is_the_position(qtbot):
    dialog = _dialog(qtbot, Position(7, PositionKind.PARTY, "Chi ủy viên", id=3))
    f = dialog.form
    f.kind.setCurrentIndex(f.kind.findData(PositionKind.GOVERNMENT))
    f.title.setCurrentText("  Phó Giám đốc  ")
    f.start.setText("01/03/2024")
    f.end.setText("2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    position = dialog.position()
    assert (position.person_id, position.id, position.kind) == (7, 3, PositionKind.GOVERNMENT)
    assert position.title == "Phó Giám đốc"
    assert position.start_date == "2024-03-01" and position.end_date == "2026"


def test_a_bad_date_and_an_empty_title_are_said_under_their_fields(qtbot):
    before = Position(7, PositionKind.PARTY, "Bí thư", start_date="2025-06-15")
    dialog = _dialog(qtbot, before)
    f = dialog.form
    f.title.setCurrentText("")
    f.start.setText("31/02/2025")
    f.end.setText("01/2019x")  # its message wraps to two lines
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.position() == before
    shown = {
        label.objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("Error") and label.isVisible()
    }
    assert set(shown) == {"titleError", "start_dateError", "end_dateError"}
    assert "Chưa nhập tên chức vụ" in shown["titleError"]
    assert f.start.property("invalid") is True
    # The dialog grew for its messages: none is cut.
    for label in dialog.findChildren(QLabel):
        if label.objectName().endswith("Error") and label.isVisible():
            assert label.height() >= label.heightForWidth(label.width())


def test_a_month_or_quarter_from_old_records_is_kept_as_written(qtbot):
    dialog = _dialog(qtbot, Position(7, PositionKind.GOVERNMENT, "Chánh Văn phòng"))
    f = dialog.form
    f.start.setText("01/2019")
    f.end.setText("quý III/2026")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.position().start_date, dialog.position().end_date) == ("2019-01", "2026-Q3")
    reopened = _dialog(qtbot, dialog.position())
    assert (reopened.form.start.text(), reopened.form.end.text()) == ("01/2019", "Quý III/2026")


def test_a_month_that_does_not_exist_is_one_sentence_under_its_field(qtbot):
    dialog = _dialog(qtbot, Position(7, PositionKind.GOVERNMENT, "Chánh Văn phòng"))
    dialog.form.start.setText("13/2019")
    dialog.form.end.setText("Q5/2019")
    dialog.accept()
    assert dialog.isVisible()
    shown = {
        label.objectName(): label
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("Error") and label.isVisible()
    }
    assert shown["start_dateError"].text() == (
        "“13/2019” không phải là tháng có thật (tháng từ 1 đến 12)."
    )
    assert shown["end_dateError"].text().startswith("“Q5/2019” không phải là ngày (cần dạng")
    for label in shown.values():  # the whole sentence shows, inside the dialog
        assert label.height() >= label.heightForWidth(label.width())
        assert label.mapTo(dialog, label.rect().bottomRight()).y() <= dialog.height()
