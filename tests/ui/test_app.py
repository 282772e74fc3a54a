"""Start-up: first-start dialog on a new file, the main window, errors on open."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from chibo_app.services import cell
from chibo_app.services.session import open_session
from chibo_app.ui import app
from chibo_app.ui.dialogs.first_start import FirstStartDialog
from chibo_app.ui.main_window import MainWindow
from tests.ui.helpers import wait_loaded


@pytest.fixture
def no_event_loop(monkeypatch):
    shown = []

    def fake_exec(self):
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return shown


def test_first_start_then_main_window(qtbot, db_path, monkeypatch, no_event_loop):
    seen = {}

    def fill(dialog):
        edits = dialog.form.edits
        dialog.accept()  # empty: refused, messages by the fields
        seen["message"] = dialog.form.errors.message("cell_name")
        seen["open"] = dialog.result() != FirstStartDialog.DialogCode.Accepted
        edits["cell_name"].setText("Chi bộ Văn phòng")
        edits["superior"].setText("Đảng ủy Sở")
        edits["place"].setText("Hà Tĩnh")
        edits["secretary"].setText("Nguyễn Văn An")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstStartDialog, "exec", fill)
    assert app.main(["chibo-app", "--db", str(db_path)]) == 0
    assert seen == {"message": "Chưa nhập tên chi bộ.", "open": True}
    assert no_event_loop and no_event_loop[0].windowTitle() == "Chi bộ — Chi bộ Văn phòng"
    session = open_session(db_path)
    assert cell.is_initialised(session) and cell.load_settings(session).symbol == "CB"
    session.close()


def test_cancel_first_start_exits(qtbot, db_path, monkeypatch, no_event_loop):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda d: FirstStartDialog.DialogCode.Rejected)
    assert app.main(["chibo-app", "--db", str(db_path)]) == 0
    assert no_event_loop == []


def test_db_from_environment(qtbot, session, monkeypatch, no_event_loop):
    session.close()
    monkeypatch.setenv("CHIBO_DB", str(session.path))
    assert app.main(["chibo-app"]) == 0
    assert "Chi bộ Sở Ngoại vụ" in no_event_loop[0].windowTitle()


def test_unreadable_file_is_reported(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: messages.append(a[2]))
    assert app.main(["chibo-app", "--db", str(bad)]) == 2
    assert "hong.sqlite" in messages[0]


def test_main_window_pages_year_and_shortcuts(qtbot, people_session):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    wait_loaded(qtbot, window.page("overview"))  # read off the GUI thread
    assert window.windowTitle() == "Chi bộ — Chi bộ Sở Ngoại vụ"
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    # What the secretary sees: a chi bộ's file hides the đảng ủy's page.
    visible = [t for i, t in enumerate(titles) if not window.sidebar.item(i).isHidden()]
    assert visible[:3] == ["Tổng quan", "Đảng viên", "Kế hoạch cá nhân"]
    assert "Chi bộ trực thuộc" in titles and "Chi bộ trực thuộc" not in visible
    shown = ("Gương điển hình", "Sinh hoạt", "Văn bản đã in", "Cài đặt")
    assert [t for t in visible if t in shown] == list(shown)
    # the app opens on the overview, the first page
    assert window.stack.currentWidget() is window.page("overview")
    assert window.sidebar.currentRow() == 0
    assert window.year_box.currentText() == "2026"
    assert window.count_label.text() == "7 người"
    assert str(people_session.path) in window.path_label.text()
    assert "settings" not in window._pages  # created only when first shown
    window.sidebar.setCurrentRow(titles.index("Cài đặt"))
    assert window.stack.currentWidget() is window.page("settings")
    people = window.page("people")
    window.find_action.trigger()
    assert window.stack.currentWidget() is people
    qtbot.waitUntil(people.search.hasFocus, timeout=1000)
    with qtbot.waitSignal(window.year_changed):
        window.year_box.addItem("2027", 2027)
        window.year_box.setCurrentIndex(window.year_box.count() - 1)
    assert people.year == 2027
    overview = window.show_page("overview")  # a hidden page shows the new year when shown
    wait_loaded(qtbot, overview)
    assert overview.heading.text().startswith("Tổng quan năm 2027")
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.close()


def test_settings_change_updates_title(qtbot, people_session):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    settings = window.show_page("settings")
    settings.form.edits["cell_name"].setText("Chi bộ Mới")
    settings.save()
    assert window.windowTitle() == "Chi bộ — Chi bộ Mới"
    assert window.stack.currentWidget() is settings
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
