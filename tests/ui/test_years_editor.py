"""Cài đặt → Năm và thời hạn, and “Năm mới…” beside the year selector."""

import pytest
from PySide6.QtWidgets import QMessageBox, QToolBar

from chibo_app.core.years import DEADLINES
from chibo_app.services import cell, years
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.pages.settings_page import SettingsPage
from chibo_app.ui.widgets.years_editor import YearsEditor
from tests.ui.helpers import type_text


@pytest.fixture
def yes(monkeypatch):
    asked = []

    def question(_parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def editor(qtbot, session):
    widget = YearsEditor(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def years_listed(editor):
    return [editor.year_list.item(i).text() for i in range(editor.year_list.count())]


def test_shows_the_years_deadlines_with_their_labels(editor):
    assert years_listed(editor) == ["Năm 2026"]
    assert editor.heading.text() == "Năm 2026"
    assert editor.edits["plans_due"].text() == "31/03/2026"
    assert editor.edits["nominations_due"].text() == "15/03/2026"
    assert editor.edits["report_due"].text() == "20/10/2026"
    form_labels = [
        label.text() for label in editor.findChildren(type(editor.heading)) if label.buddy()
    ]
    for _default, label in DEADLINES.values():
        assert label + ":" in form_labels
    assert editor.plan_number.text() == "" and editor.plan_date.text() == ""


def test_save_deadlines_and_the_cells_plan(qtbot, editor, session):
    editor.edits["plans_due"].setText("")
    type_text(editor.edits["plans_due"], "10/4/2026")
    assert editor.dirty
    type_text(editor.plan_number, "Số 03-KH/CB")
    type_text(editor.plan_date, "15/01/2026")
    with qtbot.waitSignal(editor.changed):
        editor.save_button.click()
    saved = years.get_year(session, 2026)
    assert saved.deadlines["plans_due"] == "2026-04-10"
    assert saved.plan_number == "03-KH/CB" and saved.plan_date == "2026-01-15"
    assert editor.edits["plans_due"].text() == "10/04/2026"  # shown as stored
    assert editor.plan_number.text() == "03-KH/CB"
    assert editor.saved_label.text() == "Đã lưu." and not editor.dirty


def test_bad_dates_are_shown_by_the_field_and_nothing_is_saved(editor, session):
    editor.edits["plans_due"].setText("31/02/2026")
    editor.edits["midyear_to"].setText("")
    editor.plan_date.setText("hôm qua")
    editor.dirty = True
    assert not editor.save()
    assert editor.errors.message("plans_due") == "“31/02/2026” không phải là ngày có thật."
    assert editor.errors.message("midyear_to") == "Cần ghi đủ ngày/tháng/năm."
    assert "không phải là ngày" in editor.errors.message("plan_date")
    assert "Hạn nộp kế hoạch cá nhân:" in editor.summary.text()
    assert years.get_year(session, 2026).deadlines["plans_due"] == "2026-03-31"
    assert editor.edits["plans_due"].text() == "31/02/2026"  # what was typed stays


def test_deadline_far_from_its_year_and_midyear_order(editor):
    editor.edits["report_due"].setText("20/10/2030")
    editor.edits["midyear_from"].setText("01/08/2026")
    assert not editor.save()
    assert editor.errors.message("report_due") == "Ngày phải thuộc năm 2026."
    assert "• Hạn gửi báo cáo kết quả: Ngày phải thuộc năm 2026." in editor.summary.text()
    editor.edits["report_due"].setText("20/10/2026")
    assert not editor.save()
    assert editor.errors.message("midyear_to") == "Ngày kết thúc phải sau ngày bắt đầu."
    assert "• Sơ kết 6 tháng – đến ngày: Ngày kết thúc" in editor.summary.text()


def test_new_year_copies_the_previous_years_deadlines(qtbot, editor, session, yes):
    editor.edits["plans_due"].setText("05/04/2026")
    editor.plan_number.setText("03-KH/CB")
    assert editor.save()
    with qtbot.waitSignal(editor.changed):
        editor.new_button.click()
    assert "Tạo năm 2027?" in yes[0] and "năm 2026" in yes[0]
    assert years_listed(editor) == ["Năm 2027", "Năm 2026"]  # newest on top
    assert editor.shown_year == 2027 and editor.heading.text() == "Năm 2027"
    assert editor.edits["plans_due"].text() == "05/04/2027"
    assert editor.plan_number.text() == ""  # the plan reference belongs to one year
    assert cell.list_years(session) == [2026, 2027]


def test_switching_year_saves_what_was_typed(editor, session, yes):
    years.create_year(session, 2027)
    editor.reload()
    editor.edits["report_due"].setText("15/10/2026")
    editor.dirty = True
    editor.year_list.setCurrentRow(0)  # Năm 2027
    assert editor.shown_year == 2027
    assert years.get_year(session, 2026).deadlines["report_due"] == "2026-10-15"


def test_switching_year_with_a_bad_date_stays_on_the_year(editor, session):
    years.create_year(session, 2027)
    editor.reload()
    editor.edits["report_due"].setText("99/99/2026")
    editor.dirty = True
    editor.year_list.setCurrentRow(0)
    assert editor.shown_year == 2026
    assert editor.year_list.currentItem().text() == "Năm 2026"
    assert editor.edits["report_due"].text() == "99/99/2026"
    assert editor.errors.message("report_due")


def test_refusing_the_question_creates_nothing(editor, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    editor.create_year()
    assert cell.list_years(session) == [2026]


def test_settings_page_has_the_tabs_and_follows_the_year(qtbot, session):
    years.create_year(session, 2027)
    page = SettingsPage(session, 2027)
    qtbot.addWidget(page)
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == [
        "Chi bộ",
        "Năm và thời hạn",
        "Quy định đánh giá",
        "Trình bày văn bản",
        "Mật khẩu",
        "Giao diện",
    ]
    assert page.years.shown_year == 2027
    page.set_year(2026)
    assert page.years.shown_year == 2026
    page.show_tab("years")
    assert page.tabs.currentIndex() == 1


def test_new_year_action_beside_the_year_selector(qtbot, people_session, yes):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    window.show()
    settings = window.page("settings")
    toolbar_actions = [a.text() for a in window.findChild(QToolBar, "mainToolbar").actions()]
    assert "Năm mới…" in toolbar_actions
    with qtbot.waitSignal(window.year_changed) as changed:
        window.new_year_action.trigger()
    assert changed.args == [2027]
    assert [window.year_box.itemText(i) for i in range(window.year_box.count())] == [
        "2026",
        "2027",
    ]
    assert window.year_box.currentText() == "2027" and window.current_year() == 2027
    assert settings.years.shown_year == 2027
    assert years.get_year(people_session, 2027).deadlines["plans_due"] == "2027-03-31"
    window.close()


def test_new_year_action_is_off_for_a_read_only_file(qtbot, people_session):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    window.set_read_only(True)
    assert not window.new_year_action.isEnabled()
    window.close()


def test_rule_set_combo_saves_the_years_choice(qtbot, session):
    from chibo_app.services import rule_sets
    from chibo_app.ui.widgets.years_editor import YearsEditor as Editor

    editor = Editor(session)
    qtbot.addWidget(editor)
    year = editor.shown_year
    combo = editor.rule_set
    assert combo.count() >= 2
    assert combo.currentData() == rule_sets.year_rule_set(session, year).id
    other = next(i for i in range(combo.count()) if i != combo.currentIndex())
    combo.setCurrentIndex(other)
    combo.activated.emit(other)
    assert rule_sets.year_rule_set(session, year).id == combo.itemData(other)


def test_the_messages_under_the_fields_in_english(editor):
    """Under its field, the problem alone in the interface language; the summary names
    the field."""
    from tests.ui.test_translations import interface_in

    with interface_in("en"):
        editor.edits["report_due"].setText("20/10/2030")
        assert not editor.save()
        assert editor.errors.message("report_due") == "The date must be in 2026."
        editor.edits["report_due"].setText("20/10/2026")
        editor.edits["midyear_from"].setText("01/08/2026")
        assert not editor.save()
        assert editor.errors.message("midyear_to") == (
            "The end date must come after the start date."
        )
