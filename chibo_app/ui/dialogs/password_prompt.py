"""At start, before anything else reads the file: “Tệp dữ liệu có mật khẩu”."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from chibo_app.ui.widgets.unlock_form import UnlockForm


class PasswordPromptDialog(QDialog):
    """Mở / Thoát. `attempt(password)` raises WrongPassword until the password is right;
    the dialog is accepted only after a password that opened the file."""

    def __init__(
        self, path: Path, attempt: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordPrompt")
        self.setWindowTitle(self.tr("Tệp dữ liệu có mật khẩu"))
        self.form = UnlockForm(
            path,
            attempt,
            title=self.tr("Tệp dữ liệu có mật khẩu"),
            intro=self.tr("Hãy nhập mật khẩu để mở dữ liệu của chi bộ."),
            open_text=self.tr("Mở"),
            quit_text=self.tr("Thoát"),
        )
        self.form.unlocked.connect(self.accept)
        self.form.quit_requested.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.form)
        self.setMinimumWidth(440)
        self.form.field.setFocus()

    def done(self, result: int) -> None:
        self.form.field.clear()
        super().done(result)
