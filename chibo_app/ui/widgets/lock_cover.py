"""The lock screen: an opaque sheet over every open window of the application.

The window the secretary can type into (the topmost modal dialog, else the main
window) gets the password form; the others just say they are locked. Whatever was
open — a half-filled form in a dialog — stays as it was underneath, so unlocking loses
nothing. Beneath the sheets every widget and action is disabled: no shortcut, default
button or mnemonic reaches a window whose data is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from chibo_app.ui.widgets.unlock_form import UnlockForm


class LockCover(QWidget):
    """Covers `host` entirely (menu bar and title-bar text included) until removed."""

    def __init__(self, host: QWidget, form: QWidget | None) -> None:
        super().__init__(host)
        self.setObjectName("lockCover")
        self.host = host
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        if form is not None:
            card = QFrame()
            card.setObjectName("lockCard")
            card.setStyleSheet(
                "QFrame#lockCard { background: palette(base); border: 1px solid palette(mid);"
                " border-radius: 6px; }"
            )
            card.setFixedWidth(460)  # a fixed width lets the wrapped text take its height
            QVBoxLayout(card).addWidget(form)
            row = QHBoxLayout()  # not an alignment flag: that would ignore the wrapped height
            row.addStretch(1)
            row.addWidget(card)
            row.addStretch(1)
            layout.addLayout(row)
        else:
            label = QLabel(self.tr("Ứng dụng đang khóa. Hãy mở khóa ở cửa sổ phía trên."))
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self.title = host.windowTitle()
        host.setWindowTitle(self.tr("Chi bộ — đã khóa"))  # a dialog's title may name a person
        needed = self.minimumSizeHint()
        if host.width() < needed.width() or host.height() < needed.height():
            host.resize(max(host.width(), needed.width()), max(host.height(), needed.height()))
        host.installEventFilter(self)
        self.setGeometry(host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
            self.raise_()
        return False

    def remove(self) -> None:
        self.host.removeEventFilter(self)
        self.host.setWindowTitle(self.title)
        self.hide()
        self.deleteLater()

    # Nothing typed or clicked on the sheet goes through to the window under it.
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        event.accept()


class LockScreen(QObject):
    """Covers all windows; `attempt(password)` raises until the password reopens the file."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, main: QWidget, path: Path, attempt: Callable[[str], None]) -> None:
        super().__init__(main)
        self.main = main
        self.form = UnlockForm(
            path,
            attempt,
            title=self.tr("Chi bộ đã khóa"),
            intro=self.tr(
                "Dữ liệu đã được đóng lại để bảo vệ: sau một thời gian không dùng đến, hoặc khi "
                "bấm “Khóa ngay”. Hãy nhập mật khẩu của tệp dữ liệu để làm việc tiếp."
            ),
            open_text=self.tr("Mở khóa"),
            quit_text=self.tr("Thoát chương trình"),
        )
        self.form.unlocked.connect(self.unlocked)
        self.form.quit_requested.connect(self.quit_requested)
        self.covers: list[LockCover] = []
        self._disabled: list[QObject] = []

    def cover(self) -> None:
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or drop-down list
        host = QApplication.activeModalWidget() or self.main
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
        ]
        if self.main not in windows:
            windows.append(self.main)
        for window in windows:
            self._disable(window)
            self.covers.append(LockCover(window, self.form if window is host else None))
        host.raise_()
        host.activateWindow()
        self.form.setFocus()

    def _disable(self, window: QWidget) -> None:
        things: list[QObject] = [
            child
            for child in window.children()
            if isinstance(child, QWidget) and not child.isWindow() and child.isEnabled()
        ]
        things += [a for a in window.findChildren(QAction) if a.isEnabled()]
        for thing in things:
            thing.setEnabled(False)  # type: ignore[attr-defined]
        self._disabled += things

    def uncover(self) -> None:
        for cover in self.covers:
            if shiboken6.isValid(cover):
                cover.remove()
        self.covers = []
        for thing in self._disabled:
            if shiboken6.isValid(thing):
                thing.setEnabled(True)  # type: ignore[attr-defined]
        self._disabled = []
