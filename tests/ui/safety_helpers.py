"""Shared by the tests/ui/test_safety_* tests: run app.main without an event loop, and
answer the next modal message box by clicking one of its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from chibo_app.ui.main_window import MainWindow


def fake_event_loop(monkeypatch, inspect: Callable[[MainWindow], None] | None = None) -> list:
    """app.exec() replaced: look at the shown main window, then close it."""
    shown: list[MainWindow] = []

    def fake_exec(_app):
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            if inspect is not None:
                inspect(window)
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return shown


def click_in_next_box(button_name: str, seen: list[str]) -> None:
    """When the next modal QMessageBox is up, note its text and click `button_name`."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        # Only the box with that button: a box another test left behind is not it.
        button = box.findChild(QAbstractButton, button_name) if box is not None else None
        if not isinstance(box, QMessageBox) or not box.isVisible() or button is None:
            QTimer.singleShot(10, attempt)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        seen.append("buttons: " + " | ".join(b.text() for b in box.buttons()))
        button.click()

    QTimer.singleShot(0, attempt)
