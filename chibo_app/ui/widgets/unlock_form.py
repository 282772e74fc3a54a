"""Asking for the file's password: at start (ui.dialogs.password_prompt) and on the lock
screen (ui.auto_lock). Unlimited tries; after RETRY_FREE wrong ones each try waits a
little longer (a second, then two, four… at most MAX_DELAY_MS).

The form never keeps the password: `attempt(password)` gets it, the box is emptied.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from chibo_app.ui.widgets.password_field import PasswordField

RETRY_FREE = 3
FIRST_DELAY_MS = 1000
MAX_DELAY_MS = 10_000
ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #5f6368;"


def retry_delay_ms(failures: int) -> int:
    """How long to wait after `failures` wrong passwords in a row (0: try at once)."""
    if failures < RETRY_FREE:
        return 0
    return int(min(FIRST_DELAY_MS * 2 ** (failures - RETRY_FREE), MAX_DELAY_MS))


class UnlockForm(QWidget):
    """Title, file name, password box, the red “Sai mật khẩu.”, and the buttons.

    `attempt(password)` returns when the password opens the file and raises otherwise
    (WrongPassword, another ChiboError, a storage error); `unlocked` follows success.
    """

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        path: Path,
        attempt: Callable[[str], None],
        *,
        title: str,
        intro: str,
        open_text: str,
        quit_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockForm")
        self._attempt = attempt
        self.failures = 0
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._waited)

        heading = QLabel(title)
        heading.setObjectName("unlockTitle")
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        text = QLabel(intro)
        text.setWordWrap(True)
        self.file_label = QLabel(self.tr("Tệp: <b>%1</b>").replace("%1", escape(path.name)))
        self.file_label.setObjectName("unlockFile")
        self.file_label.setToolTip(str(path))
        self.field = PasswordField(placeholder=self.tr("Mật khẩu"))
        self.field.setObjectName("password")
        self.error = QLabel()
        self.error.setObjectName("passwordError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Hãy kiểm tra phím Caps Lock và bộ gõ tiếng Việt (Unikey, EVKey): mật khẩu "
                "phải được gõ đúng như khi đặt. Bấm “Hiện” để xem những gì đã gõ."
            )
        )
        self.hint.setObjectName("passwordHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        self.quit_button = QPushButton(quit_text)
        self.quit_button.setObjectName("quit")
        self.open_button = QPushButton(open_text)
        self.open_button.setObjectName("open")
        for button in (self.quit_button, self.open_button):
            button.setAutoDefault(False)  # Enter is handled once, here
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(self.file_label)
        layout.addSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.error.hide()

        self.open_button.clicked.connect(self.submit)
        self.field.returnPressed.connect(self.submit)
        self.quit_button.clicked.connect(self.quit_requested)
        self.setFocusProxy(self.field)

    def submit(self) -> bool:
        """Try the typed password; True when it opened the file."""
        if self._wait.isActive():
            return False
        typed = self.field.text()
        if not typed:
            self._show_error(self.tr("Hãy nhập mật khẩu."))
            return False
        problem = self._try(typed)
        del typed
        if problem is None:
            self.failures = 0
            self.field.clear()
            self.error.hide()
            self.hint.hide()
            self.unlocked.emit()
            return True
        self.field.edit.selectAll()
        self.field.setFocus()
        if problem:
            self._show_error(problem)
            return False
        self.failures += 1
        delay = retry_delay_ms(self.failures)
        message = self.tr("Sai mật khẩu.")
        if delay:
            seconds = max(1, round(delay / 1000))
            message += " " + self.tr("Hãy đợi %1 giây rồi thử lại.").replace("%1", str(seconds))
            self.open_button.setEnabled(False)
            self._wait.start(delay)
        self._show_error(message)
        self.hint.setVisible(self.failures >= RETRY_FREE)
        return False

    def _try(self, password: str) -> str | None:
        """None when it opened; "" for a wrong password; otherwise what went wrong."""
        from chibo_app.errors import ChiboError  # noqa: PLC0415 - after the frame
        from chibo_app.storage.connection import WrongPassword  # noqa: PLC0415
        from chibo_app.ui.save_errors import storage_errors  # noqa: PLC0415

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._attempt(password)
        except WrongPassword:
            return ""
        except ChiboError as error:
            return str(error)
        except storage_errors() as error:
            return self.tr("Không đọc được tệp dữ liệu: %1").replace("%1", str(error))
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def _waited(self) -> None:
        self.open_button.setEnabled(True)
        self.error.setText(self.tr("Sai mật khẩu."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter stops here: never also the default button of the window around the form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
