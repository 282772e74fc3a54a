"""The history dialog of one person: opened from the people page and the editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from chibo_app.core.people import Kind
from chibo_app.services import people
from chibo_app.ui.dialogs.history_dialog import HistoryDialog
from chibo_app.ui.dialogs.person_dialog import PersonDialog
from chibo_app.ui.models.history_model import Col
from chibo_app.ui.pages.people_page import PeoplePage


@pytest.fixture
def an(people_session):
    person_id = people_session.ids["Nguyễn Văn An"]
    person = people.get_person(people_session, person_id)
    people.save_person(people_session, person.with_changes(phone="0912345678", kind=Kind.FULL))
    return person_id


def rows(model):
    return [[model.index(r, c).data() for c in Col] for r in range(model.rowCount())]


def test_dialog_shows_the_person_and_positions(qtbot, people_session, an):
    dialog = HistoryDialog(people_session, an)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Lịch sử thay đổi — Nguyễn Văn An"
    shown = rows(dialog.model)
    # Newest first: the phone edit, the position, then the person being added.
    assert [r[Col.ACTION] for r in shown] == ["Sửa", "Thêm", "Thêm"]
    assert shown[0][Col.RECORD] == "Nguyễn Văn An"
    assert shown[0][Col.CHANGES] == "Điện thoại: — → 0912345678"
    assert shown[1][Col.RECORD] == "Chức vụ “Bí thư” của Nguyễn Văn An"
    assert "Từ ngày: — → 15/06/2025" in shown[1][Col.CHANGES]
    assert shown[2][Col.USER] == "Bí thư"
    assert len(shown[2][Col.WHEN]) == 16
    assert dialog.count_label.text() == "3 thay đổi, mới nhất ở trên."
    # The newest entry is selected and spelled out underneath, one change a line.
    detail = dialog.view.detail.toPlainText()
    assert "Sửa: Nguyễn Văn An" in detail and "• Điện thoại: — → 0912345678" in detail
    dialog.view.table.selectRow(2)
    assert "• Ngày sinh: — → 05/09/1980" in dialog.view.detail.toPlainText()


def test_dialog_for_someone_without_changes_since(qtbot, people_session):
    dialog = HistoryDialog(people_session, people_session.ids["Phạm Thị Ánh"])
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1  # added, nothing else


def test_people_page_action_opens_the_dialog(qtbot, people_session, an, monkeypatch):
    opened = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda d: opened.append(d.windowTitle()) or 0)
    page = PeoplePage(people_session, 2026)
    qtbot.addWidget(page)
    page.show()
    assert not page.history_button.isEnabled()
    page.select(an)
    assert page.history_button.isEnabled()
    page.history_button.click()
    assert opened == ["Lịch sử thay đổi — Nguyễn Văn An"]


def test_editor_button_opens_the_dialog(qtbot, people_session, an, monkeypatch):
    opened = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda d: opened.append(d.model.rowCount()) or 0)
    editor = PersonDialog(people_session, an)
    qtbot.addWidget(editor)
    history = [
        b
        for b in editor.buttons.buttons()
        if editor.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.HelpRole
    ]
    assert [b.text() for b in history] == ["Lịch sử thay đổi…"]
    history[0].click()
    assert opened == [3]
    assert editor.saved_id is None  # nothing saved by looking at the history
    new = PersonDialog(people_session, None)
    qtbot.addWidget(new)
    assert all(
        new.buttons.buttonRole(b) != QDialogButtonBox.ButtonRole.HelpRole
        for b in new.buttons.buttons()
    )
