"""Exporting from a file with a password: the plain .xlsx is the secretary's explicit choice."""

# ruff: noqa: F811 - fixtures imported from tests.ui.password_helpers are parameters here

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from chibo_app.ui import file_actions
from chibo_app.ui.main_window import MainWindow
from tests.ui.password_helpers import encrypted_session  # noqa: F401 - fixture
from tests.ui.safety_helpers import click_in_next_box


def setup(qtbot, session, monkeypatch, target):
    window = MainWindow(session)
    qtbot.addWidget(window)
    asked: list[str] = []

    def save_as(*_a, **_k):
        asked.append("file dialog")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: asked.append(a[2]))
    return window, asked


def test_cancel_at_the_warning_writes_nothing(qtbot, encrypted_session, monkeypatch, tmp_path):
    target = tmp_path / "ds.xlsx"
    window, asked = setup(qtbot, encrypted_session, monkeypatch, target)
    seen: list[str] = []
    click_in_next_box("cancel", seen)
    assert file_actions.export_members(window) is None
    assert "Tệp Excel xuất ra không có mật khẩu" in seen[0]
    assert seen[1] == "buttons: Tiếp tục | Hủy"
    assert asked == [] and not target.exists()


def test_continue_exports_and_can_stop_asking(qtbot, encrypted_session, monkeypatch, tmp_path):
    target = tmp_path / "ds.xlsx"
    window, asked = setup(qtbot, encrypted_session, monkeypatch, target)
    seen: list[str] = []
    click_in_next_box("continue", seen)
    assert file_actions.export_members(window) == 6
    assert target.exists() and asked[0] == "file dialog" and len(seen) == 2

    def tick_and_continue():
        from PySide6.QtWidgets import QApplication

        box = QApplication.activeModalWidget()
        box.checkBox().setChecked(True)
        box.findChild(type(box.buttons()[0]), "continue").click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, tick_and_continue)
    assert file_actions.export_members(window) == 6
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: (_ for _ in ()).throw(AssertionError))
    assert file_actions.export_members(window) == 6  # not asked again in this window


def test_no_warning_without_a_password(qtbot, people_session, monkeypatch, tmp_path):
    target = tmp_path / "ds.xlsx"
    window, asked = setup(qtbot, people_session, monkeypatch, target)
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: (_ for _ in ()).throw(AssertionError))
    assert file_actions.export_members(window) == 6 and target.exists()
