"""Cài đặt → “Quy định đánh giá”: the list, read-only shipped sets, copying, editing
with live examples, checks next to the fields, saving, the year's choice, deleting."""

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from chibo_app.core.rule_editing import band_key
from chibo_app.core.rule_presets import CODE_366
from chibo_app.services import rule_set_editing, rule_sets
from chibo_app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def page(qtbot, session):
    widget = SettingsPage(session, 2026)
    qtbot.addWidget(widget)
    widget.show_tab("rules")
    return widget


def _row_texts(editor):
    table = editor.table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def _copy(editor, monkeypatch, name="Hướng dẫn của chi bộ năm 2026"):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    r366 = next(r for r in rule_sets.list_rule_sets(editor.session) if r.code == CODE_366)
    editor.select_rule_set(r366.id)
    return editor.copy_current()


def test_tab_lists_the_shipped_rule_sets_read_only(page):
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Quy định đánh giá"
    editor = page.rule_sets
    rows = _row_texts(editor)
    assert rows[0] == ["Quy định 366-QĐ/TW", "366-QĐ/TW, 30/08/2025", "Có sẵn (chỉ xem)", "2026"]
    assert rows[1][:3] == ["Quy định 124-QĐ/TW", "124-QĐ/TW, 04/10/2023", "Có sẵn (chỉ xem)"]
    assert "chỉ xem" in editor.note.text()
    form = editor.form
    assert form.name.isReadOnly() and not form.general_max.isEnabled()
    assert not form.band_boxes[0].min_score.isEnabled()
    assert editor.save_button.isHidden() and not editor.delete_button.isEnabled()
    assert "Hoàn thành xuất sắc nhiệm vụ" in form.examples.text()
    assert form.formula.text().startswith("Điểm nhiệm vụ = 70 × (số nhiệm vụ vượt mức × 1")


def test_copy_edit_preview_save_and_choose_for_the_year(qtbot, page, session, monkeypatch):
    editor = page.rule_sets
    copy = _copy(editor, monkeypatch)
    assert copy is not None and editor.shown.id == copy.id
    assert _row_texts(editor)[1][2] == "Bản sao"
    form = editor.form
    assert form.band_boxes[0].min_score.isEnabled() and not editor.save_button.isHidden()
    # The new copy is offered for the year at once.
    combo = page.years.rule_set
    assert combo.findData(copy.id) >= 0
    # An edit shows its effect on the examples, computed by the engine.
    form.band_boxes[0].min_score.setValue(95)
    assert editor.dirty and editor.save_button.isEnabled()
    first = form.examples.text().split("</p>")[0]
    assert "92 điểm" in first and "Hoàn thành tốt nhiệm vụ" in first
    assert "trước khi sửa: Hoàn thành xuất sắc nhiệm vụ" in first
    form.cap.setValue(15)
    form.weights["partly"].setValue(0.5)
    assert "hoàn thành một phần × 0,5" in form.formula.text()
    with qtbot.waitSignal(page.data_changed):
        assert editor.save()
    stored = rule_sets.get_rule_set(session, copy.id)
    assert stored.definition.frame("staff").bands[0].min_score == 95
    assert stored.definition.excellent_cap == 0.15
    assert stored.definition.weights["partly"] == 0.5
    assert editor.saved_label.text() == "Đã lưu." and not editor.dirty
    # Chosen for 2026 in “Năm và thời hạn”: the list says so.
    index = combo.findData(copy.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert rule_sets.year_rule_set(session, 2026).id == copy.id
    assert _row_texts(editor)[1][3] == "2026"
    assert not editor.delete_button.isEnabled()
    assert "2026" in editor.delete_button.toolTip()


def test_problems_show_next_to_the_fields_and_nothing_is_saved(page, session, monkeypatch):
    editor = page.rule_sets
    copy = _copy(editor, monkeypatch)
    form = editor.form
    form.band_boxes[1].min_score.setValue(92)  # "tốt" above "xuất sắc" (90)
    form.general_max.setValue(40)  # 40 + 70 > 100
    form.name.setText(" ")
    assert not editor.save()
    box = form.band_boxes[1]
    assert box.errors.message(band_key("staff", "good", "min")) == (
        "Phải thấp hơn điểm tối thiểu của mức “Hoàn thành xuất sắc nhiệm vụ” (90)."
    )
    assert "vượt quá 100 điểm" in form.errors.message("task_max")
    assert form.errors.message("name").startswith("Cần ghi tên")
    assert not form.summary.isHidden()
    assert "Hoàn thành tốt nhiệm vụ: Phải thấp hơn" in form.summary.text()
    assert "Sửa các ô báo đỏ" in form.examples.text()
    assert rule_sets.get_rule_set(session, copy.id) == copy
    editor.revert()
    assert form.band_boxes[1].min_score.value() == 70 and form.summary.isHidden()


def test_unused_copy_is_deleted_and_a_used_one_is_refused(page, session, monkeypatch):
    editor = page.rule_sets
    copy = _copy(editor, monkeypatch)
    assert editor.delete_button.isEnabled()
    assert editor.delete_now(copy.id)
    assert [r.id for r in rule_sets.list_rule_sets(session)].count(copy.id) == 0
    assert len(_row_texts(editor)) == 2
    other = _copy(editor, monkeypatch)
    rule_sets.set_year_rule_set(session, 2027, other.id)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert not editor.delete_now(other.id)
    assert "Năm 2027 đang áp dụng" in warned[0]
    assert rule_set_editing.usage(session)[other.id].chosen_years == (2027,)


def test_each_frame_keeps_its_own_edits(page, session, monkeypatch):
    """366's three frames (Phụ lục 3, 4, 5): the leader frame offers the units' results
    and its own forcing cases; an edit in one frame survives switching to another."""
    editor = page.rule_sets
    copy = _copy(editor, monkeypatch)
    form = editor.form
    assert not form.frame_combo.isHidden() and form.frame_combo.count() == 3
    assert form.frame_combo.currentData() == "staff"
    assert "unit_done_share" not in form.band_boxes[0].bound_boxes
    form.band_boxes[1].min_score.setValue(75)  # staff "tốt" from 75
    form.frame_combo.setCurrentIndex(form.frame_combo.findData("leader"))
    assert form.band_boxes[0].bound_boxes["unit_done_share"].isChecked()
    assert form.forcing_box.unit_box.isChecked() and form.forcing_box.unit.value() == 70
    form.forcing_box.discipline.setCurrentIndex(1)  # from "cảnh cáo"
    form.frame_combo.setCurrentIndex(form.frame_combo.findData("staff"))
    assert form.band_boxes[1].min_score.value() == 75
    assert editor.save()
    stored = rule_sets.get_rule_set(session, copy.id).definition
    assert stored.frame("staff").bands[1].min_score == 75
    assert stored.frame("outside").bands[1].min_score == 70
    leader = {f.kind: f for f in stored.frame("leader").forcing}
    assert leader["discipline"].discipline_from == "canh_cao"
    assert form.late_factor.value() == 0.75 and form.exceptional_cap.value() == 25
