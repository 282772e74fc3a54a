"""Settings page: cell settings with per-field messages, and the units list."""

import pytest

from chibo_app.services import cell
from chibo_app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def page(qtbot, people_session):
    widget = SettingsPage(people_session, 2026)
    qtbot.addWidget(widget)
    return widget


def test_save_settings(qtbot, page, people_session):
    edits = page.form.edits
    assert edits["cell_name"].text() == "Chi bộ Sở Ngoại vụ"
    edits["place"].setText("  Nghệ   An ")
    edits["symbol"].setText("cbnv")
    with qtbot.waitSignal(page.data_changed):
        page.save_button.click()
    saved = cell.load_settings(people_session)
    assert saved.place == "Nghệ An" and saved.symbol == "CBNV"
    assert edits["place"].text() == "Nghệ An"  # shows what was stored
    assert page.saved_label.text() == "Đã lưu."


def test_missing_field_message_and_nothing_saved(qtbot, page, people_session):
    page.form.edits["cell_name"].setText("   ")
    page.form.edits["symbol"].setText("C-B")
    page.save_button.click()
    assert page.form.errors.message("cell_name") == "Chưa nhập tên chi bộ."
    assert "Ký hiệu" in page.form.errors.message("symbol")
    assert not page.form.summary.isHidden()
    assert cell.load_settings(people_session).cell_name == "Chi bộ Sở Ngoại vụ"
    assert page.saved_label.text() == ""


def test_units_list_shows_people_and_blocks_delete(qtbot, page, monkeypatch):
    table = page.units.table
    assert table.rowCount() == 3
    counts = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(3)}
    assert counts == {"Văn phòng Sở": "3", "Phòng Lãnh sự": "2", "Thanh tra Sở": "2"}
    table.selectRow(0)
    assert not page.units.delete_button.isEnabled()  # people are in it


def test_units_add_rename_deactivate_delete(qtbot, page, people_session, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    answers = iter([("Phòng Kế hoạch", True), ("Phòng Kế hoạch – Tài chính", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.units.add()
    assert [u["name"] for u in cell.list_units(people_session)][-1] == "Phòng Kế hoạch"
    page.units.rename()  # the new unit is selected after adding
    new = cell.list_units(people_session)[-1]
    assert new["name"] == "Phòng Kế hoạch – Tài chính"
    page.units.toggle_active()
    assert cell.list_units(people_session)[-1]["active"] is False
    assert page.units.active_button.text() == "Dùng lại"
    page.units.delete()
    assert len(cell.list_units(people_session)) == 3


def test_the_rule_sets_tab_is_made_when_first_shown(qtbot, page):
    """The page opens without the rule sets' editor (many boxes); its tab makes it once,
    listing the shipped sets, and a year's change reaches it from then on."""
    from chibo_app.ui.widgets.rule_sets_editor import RuleSetsEditor

    assert page.findChildren(RuleSetsEditor) == []
    assert page.close_allowed()  # nothing to ask about an editor never opened
    page.show_tab("rules")
    editors = page.findChildren(RuleSetsEditor)
    assert editors == [page.rule_sets]
    assert page.rule_sets.table.item(0, 0).text() == "Quy định 366-QĐ/TW"
    page.show_tab("cell")
    page.show_tab("rules")
    assert page.findChildren(RuleSetsEditor) == editors  # made once
