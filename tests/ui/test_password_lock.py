"""Auto-lock: idle minutes (here milliseconds) close the file and drop its key; the
password reopens it and the pages come back as they were."""

# ruff: noqa: F811 - fixtures imported from tests.ui.password_helpers are parameters here

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QVBoxLayout

from chibo_app.ui.auto_lock import AutoLock
from chibo_app.ui.main_window import MainWindow
from chibo_app.ui.widgets.lock_cover import LockCover
from tests.ui.password_helpers import (  # noqa: F401 - fixtures
    OTHER,
    PASSWORD,
    encrypted_session,
)


@pytest.fixture
def window(qtbot, encrypted_session):
    w = MainWindow(encrypted_session)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.auto_lock is not None:
        w.auto_lock.stop()


def holds(obj: object, secret: str, depth: int = 0, seen: set | None = None) -> bool:
    """Does `obj` (its attributes, a few levels down) reference the string `secret`?"""
    seen = set() if seen is None else seen
    if obj is secret or obj == secret:
        return True
    if depth > 3 or id(obj) in seen or isinstance(obj, (str, bytes, int, float)):
        return False
    seen.add(id(obj))
    values = list(obj.values()) if isinstance(obj, dict) else []
    if isinstance(obj, (list, tuple, set)):
        values = list(obj)
    values += list(getattr(obj, "__dict__", {}).values())
    return any(holds(v, secret, depth + 1, seen) for v in values)


def lock_form(window):
    covers = window.findChildren(LockCover)
    assert len(covers) == 1
    return covers[0].findChild(QLineEdit).parent().parent()  # PasswordField → UnlockForm


def test_idle_locks_drops_the_key_and_unlocks(qtbot, window, encrypted_session):
    window.show_page("people")
    window.backups.timer.start()
    lock = window.start_auto_lock()
    lock.set_interval_ms(10 * 60_000)
    assert lock.timer.isActive() and not window.is_locked()
    lock.timer.timeout.emit()  # ten idle minutes, driven rather than waited for
    assert window.is_locked()

    # The key is gone: the file is closed, no password on the session or the window.
    session = encrypted_session
    assert session.password is None
    assert getattr(session.db.conn, "password", None) is None
    with pytest.raises(Exception, match="closed"):
        session.db.execute("SELECT 1")
    assert not holds(window, PASSWORD) and not holds(lock, PASSWORD)
    assert not holds(session, PASSWORD)
    # Covered and disabled; no automatic backup while locked.
    (cover,) = window.findChildren(LockCover)
    assert cover.isVisible() and cover.geometry() == window.rect()
    assert window.windowTitle() == "Chi bộ — đã khóa"
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()
    assert not window.import_action.isEnabled() and not window.lock_action.isEnabled()
    assert not window.backups.timer.isActive()

    form = lock_form(window)
    form.field.setText(OTHER)
    form.open_button.click()
    assert window.is_locked() and form.error.text() == "Sai mật khẩu."
    assert session.password is None
    form.field.setText(PASSWORD)
    QTest.keyClick(form.field.edit, Qt.Key.Key_Return)
    assert not window.is_locked()

    assert session.password == PASSWORD
    assert session.db.execute("SELECT count(*) FROM people").fetchone()[0] == 7
    assert window.count_label.text() == "7 người"
    assert window.windowTitle() == "Chi bộ — Chi bộ Sở Ngoại vụ"
    qtbot.waitUntil(lambda: not window.findChildren(LockCover), timeout=15000)
    assert window.centralWidget().isEnabled() and window.import_action.isEnabled()
    assert window.backups.timer.isActive()
    assert lock.timer.isActive()  # counting again


def test_activity_keeps_it_unlocked(qtbot, window):
    """Every mouse move or key press starts the idle count again; only idleness locks."""
    lock = window.start_auto_lock()
    lock.set_interval_ms(10 * 60_000)
    for activity in (
        lambda: QTest.mouseMove(window, QPoint(100, 100)),
        lambda: QTest.keyClick(window, Qt.Key.Key_Shift),
    ):
        lock.timer.stop()  # as if the count had run on
        activity()
        assert lock.timer.isActive() and lock.timer.interval() == 10 * 60_000
    assert not window.is_locked()
    lock.timer.timeout.emit()
    assert window.is_locked()


def test_a_file_without_password_is_never_locked(qtbot, people_session, monkeypatch):
    window = MainWindow(people_session)
    qtbot.addWidget(window)
    window.show()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    lock = window.start_auto_lock()
    lock.set_interval_ms(20)
    lock.timer.timeout.emit()
    assert not window.is_locked()
    assert not window.lock_now() and "chưa có mật khẩu" in shown[0]
    window.auto_lock.stop()


def test_an_open_dialog_is_covered_and_keeps_its_text(qtbot, window, encrypted_session):
    dialog = QDialog(window)
    dialog.setWindowTitle("Sửa: Nguyễn Văn An")
    edit = QLineEdit("đang sửa dở")
    QVBoxLayout(dialog).addWidget(edit)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2000)
    assert window.lock_now()
    assert dialog.isVisible() and dialog.windowTitle() == "Chi bộ — đã khóa"
    (cover,) = dialog.findChildren(LockCover)
    assert not edit.isEnabled()
    form = cover.findChild(QLineEdit, "").parent().parent()
    assert [c for c in window.findChildren(LockCover) if c.parent() is window]  # covered too
    form.field.setText(PASSWORD)
    form.submit()
    assert not window.is_locked() and dialog.isVisible()
    assert edit.text() == "đang sửa dở" and edit.isEnabled()
    assert dialog.windowTitle() == "Sửa: Nguyễn Văn An"
    dialog.reject()


def test_closing_while_locked_takes_no_backup(qtbot, window, encrypted_session):
    from chibo_app.services import backups

    window.backups.started = True
    window.lock_now()
    window.close()
    assert backups.list_backups(encrypted_session.path) == []
    assert isinstance(window.auto_lock, AutoLock)
    assert all(not a.isEnabled() for a in window.findChildren(QAction) if a.text() == "&Khóa ngay")
