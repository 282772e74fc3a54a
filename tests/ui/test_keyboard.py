"""The keyboard paths: ↓/Enter from a search box into its list, Tab past the last task
cell adds a task, Ctrl+1…Ctrl+9 switch pages in the side bar's order, F1 opens the user
guide at the chapter of the page on screen (offline, with its pictures)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from chibo_app.ui import guide
from chibo_app.ui.dialogs.plan_dialog import PlanDialog
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.models.plan_tasks_model import TaskCol
from chibo_app.ui.pages import PAGES
from tests.ui.helpers import type_text, wait_loaded


@pytest.fixture
def window(qtbot, people_session):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_from_the_search_goes_to_the_first_person_found(qtbot, window, key):
    page = window.show_page("people")
    wait_loaded(qtbot, page)
    page.focus_search()
    type_text(page.search, "binh")
    qtbot.keyClick(page.search, key)
    assert QApplication.focusWidget() is page.view
    current = page.view.currentIndex()
    assert current.isValid() and "Trần Thị Bình" in current.siblingAtColumn(0).data()
    assert page.view.selectionModel().isRowSelected(current.row(), current.parent())


def test_enter_twice_opens_the_person(qtbot, window, monkeypatch):
    page = window.show_page("people")
    wait_loaded(qtbot, page)
    opened = []
    monkeypatch.setattr(page, "edit_current", lambda: opened.append(page.view.currentIndex()))
    page.view.open_requested.disconnect()
    page.view.open_requested.connect(page.edit_current)
    page.focus_search()
    type_text(page.search, "binh")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_tab_past_the_last_task_cell_adds_a_task(qtbot, people_session):
    person = people_session.ids["Trần Thị Bình"]
    dialog = PlanDialog(people_session, person, 2026, "Trần Thị Bình")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.add_task()  # editing the first task's text
    view = dialog.form.tasksView

    def typing_in():  # the cell's editor, or the table between two cells
        return dialog.focusWidget() or view

    for _column in (TaskCol.TEXT, TaskCol.TARGET):
        qtbot.keyClick(typing_in(), Qt.Key.Key_Tab)
    assert view.currentIndex().column() == TaskCol.DUE and dialog.tasks.rowCount() == 1
    qtbot.keyClick(typing_in(), Qt.Key.Key_Tab)
    assert dialog.tasks.rowCount() == 2
    qtbot.waitUntil(lambda: (view.currentIndex().row(), view.currentIndex().column()) == (1, 1))
    assert view.state() == view.State.EditingState  # typing the new task's text
    dialog.unsaved.mark_saved()


@pytest.mark.parametrize("number", range(1, 10))
def test_ctrl_and_a_digit_opens_the_page_at_that_place_in_the_side_bar(qtbot, window, number):
    window.show_page(PAGES[-1].key)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == PAGES[number - 1].key
    assert window.sidebar.currentRow() == number - 1


def test_f1_opens_the_guide_at_the_chapter_of_the_page(qtbot, window):
    window.show_page("meetings")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shown = guide._open
    assert shown is not None and shown.isVisible()
    qtbot.addWidget(shown)
    heading = shown.form.chapters.currentItem().text()
    assert heading.startswith("6. Sinh hoạt chi bộ")
    assert shown.current_heading() == heading  # scrolled to it
    # Its pictures come from docs/images, read from the disk (no network).
    document = shown.form.text.document()
    picture = document.resource(
        QTextDocument.ResourceType.ImageResource,
        document.baseUrl().resolved("images/vi/11-sinh-hoat.png"),
    )
    assert picture is not None and not picture.isNull()
    window.show_page("report")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown.form.chapters.currentItem().text().startswith("9. Báo cáo")
    shown.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_has_a_chapter_in_each_guide(language):
    text = guide.guide_path(language).read_text(encoding="utf-8")
    for spec in PAGES:
        assert guide.chapter_of(spec.key, language, text), spec.key
