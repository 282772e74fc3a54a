"""The people page: search as you type, open the editor, save, see the change."""

import unicodedata

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from chibo_app.core.people import Kind
from chibo_app.services import people
from chibo_app.ui.dialogs.kind_change_dialog import KindChangeDialog
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from chibo_app.ui.models.people_model import ROW_ROLE, Col
from chibo_app.ui.pages.people_page import PeoplePage
from tests.ui.helpers import type_text


@pytest.fixture
def page(qtbot, people_session):
    widget = PeoplePage(people_session, 2026)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    return widget


def shown(page):
    proxy = page.proxy
    return [proxy.index(r, Col.NAME).data() for r in range(proxy.rowCount())]


@pytest.mark.parametrize("typed", ["nguyen van an", "nguyễn văn ân", "NGUYEN", "VAN AN"])
def test_typing_filters(qtbot, page, typed):
    type_text(page.search, typed)
    assert "Nguyễn Văn An" in shown(page)
    assert "Trần Thị Bình" not in shown(page)
    assert page.count_label.text() == f"{page.proxy.rowCount()} / 7 người"


def test_typing_decomposed_text(qtbot, page):
    type_text(page.search, unicodedata.normalize("NFD", "Đức"))
    assert shown(page) == ["Đỗ Minh Đức"]
    page.search.clear()
    assert page.proxy.rowCount() == 6


def test_status_filter_shows_people_who_left(qtbot, page):
    page.status.setCurrentIndex(page.status.findText("Tất cả trạng thái"))
    assert page.proxy.rowCount() == 7
    assert page.count_label.text() == "7 / 7 người"


def test_empty_state(qtbot, session):
    widget = PeoplePage(session, 2026)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty
    assert "Thêm người" in widget.empty.text()


def _patch_exec(monkeypatch, edit):
    """Run the real dialog without a nested event loop: fill it, then press Lưu."""
    opened = []

    def fake_exec(dialog):
        opened.append(dialog.person.id)
        edit(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PersonDialog, "exec", fake_exec)
    return opened


def test_enter_opens_editor_and_saves(qtbot, page, monkeypatch, people_session):
    an = people_session.ids["Nguyễn Văn An"]
    opened = _patch_exec(monkeypatch, lambda d: d.form.phone.setText("0912 345 678"))
    assert page.select(an)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [an]
    assert people.get_person(people_session, an).phone == "0912 345 678"
    assert page.current_id() == an  # the edited person stays selected


def test_double_click_opens_editor_and_table_shows_change(qtbot, page, monkeypatch, people_session):
    binh = people_session.ids["Trần Thị Bình"]
    opened = _patch_exec(monkeypatch, lambda d: d.form.fullName.setText("trần thị  bình minh"))
    page.select(binh)
    index = page.view.currentIndex()
    rect = page.view.visualRect(index)
    # Qt 6's QTest double-click needs the preceding click, as a real mouse sends it.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [binh]
    assert people.get_person(people_session, binh).full_name == "Trần Thị Bình Minh"
    assert "Trần Thị Bình Minh" in shown(page)


def test_bad_date_keeps_dialog_open_and_saves_nothing(qtbot, people_session):
    an = people_session.ids["Nguyễn Văn An"]
    dialog = PersonDialog(people_session, an)
    qtbot.addWidget(dialog)
    dialog.form.birthDate.setText("31/02/1980")
    dialog.form.email.setText("khong-phai-email")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "không phải là ngày có thật" in dialog.errors.message("birth_date")
    assert "email" in dialog.errors.message("email")
    assert not dialog.form.errorSummary.isHidden()
    assert dialog.form.birthDate.text() == "31/02/1980"  # nothing typed is lost
    stored = people.get_person(people_session, an)
    assert stored.birth_date == "1980-09-05" and stored.email is None



@pytest.mark.parametrize("typed", ["01/01/9982", "9982", "15/06/1899"])
def test_a_far_year_is_a_message_not_an_unexpected_error(qtbot, people_session, typed):
    an = people_session.ids["Nguyễn Văn An"]
    dialog = PersonDialog(people_session, an)
    qtbot.addWidget(dialog)
    dialog.form.birthDate.setText(typed)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "1900–2100" in dialog.errors.message("birth_date")
    assert people.get_person(people_session, an).birth_date == "1980-09-05"

def test_new_person_with_new_unit_and_position(qtbot, people_session):
    dialog = PersonDialog(people_session)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.fullName.setText(unicodedata.normalize("NFD", "  bùi  thị  yến "))
    form.birthDate.setText("1995")
    form.sex.setCurrentIndex(form.sex.findData("Nữ"))
    form.kind.setCurrentIndex(form.kind.findText("Quần chúng"))
    form.unit.setCurrentText("Phòng Quản lý biên giới")
    from chibo_app.core.people import Position, PositionKind

    dialog.positions.set_items(
        [Position(0, PositionKind.GOVERNMENT, "Chuyên viên", start_date="2020-01-01")]
    )
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    person = people.get_person(people_session, dialog.saved_id)
    assert person.full_name == "Bùi Thị Yến"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.birth_date == "1995"
    row = people.list_rows(people_session, dialog.saved_id)[0]
    assert row.unit == "Phòng Quản lý biên giới"
    assert row.government_position == "Chuyên viên"


def test_service_validation_shown_by_field(qtbot, people_session):
    dialog = PersonDialog(people_session)
    qtbot.addWidget(dialog)
    dialog.form.fullName.setText("An")
    dialog.form.partyCard.setText("12000001")  # Nguyễn Văn An's card
    dialog.save()
    assert "đủ họ và tên" in dialog.errors.message("full_name")
    assert "Nguyễn Văn An" in dialog.errors.message("party_card")
    assert len(people.list_rows(people_session)) == 7


# --- the kind of a selection, at once ---------------------------------------------------


def select(page, names):
    model = page.view.selectionModel()
    model.clearSelection()
    for name in names:
        source = page.model.row_of(page.session.ids[name])
        index = page.proxy.mapFromSource(page.model.index(source, 0))
        model.select(
            index,
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_selection_becomes_full_members_with_the_dates_asked(qtbot, page, monkeypatch):
    select(page, ["Lê Văn Ân", "Phạm Thị Ánh"])  # dự bị and quần chúng
    assert page.kind_button.isEnabled()
    opened = []

    def run(dialog):
        opened.append(dialog)
        form = dialog.form
        form.kind.setCurrentIndex(form.kind.findData(Kind.FULL))
        # Ánh has no admission date, neither has a full-membership date: both asked.
        assert not form.admittedOn.isHidden() and not form.fullMemberOn.isHidden()
        assert "1 người chưa có ngày vào Đảng" in form.hint.text()
        assert "2 người chưa có ngày chính thức" in form.hint.text()
        form.admittedOn.setText("19/05/2024")
        form.fullMemberOn.setText("02/11/2026")
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(KindChangeDialog, "exec", run)
    page.change_kind()
    assert opened and opened[0].changed == 2
    an = people.get_person(page.session, page.session.ids["Lê Văn Ân"])
    anh = people.get_person(page.session, page.session.ids["Phạm Thị Ánh"])
    assert (an.kind, an.admitted_on, an.full_member_on) == (Kind.FULL, "2010-05-19", "2026-11-02")
    assert (anh.kind, anh.admitted_on, anh.full_member_on) == (
        Kind.FULL,
        "2024-05-19",
        "2026-11-02",
    )
    rows = [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]
    kinds = {row.full_name: row.kind for row in rows}
    assert kinds["Phạm Thị Ánh"] == Kind.FULL  # the page shows the change
