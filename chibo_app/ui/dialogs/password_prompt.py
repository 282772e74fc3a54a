"""At start, before anything else reads the file: “Tệp dữ liệu có mật khẩu”
(forms/password_prompt.ui)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.unlock_form import UnlockForm


class PasswordPromptDialog(QDialog):
    """Mở / Thoát. `attempt(password)` raises WrongPassword until the password is right;
    the dialog is accepted only after a password that opened the file. With
    `has_backups`, “Dùng bản sao lưu…” rejects it with `use_backup` set."""

    def __init__(
        self,
        path: Path,
        attempt: Callable[[str], None],
        parent: QWidget | None = None,
        has_backups: bool = False,
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
        self.ui: Any = load_form("password_prompt", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.ui)
        self.ui.unlockLayout.addWidget(self.form)
        # Without its key an encrypted file cannot be told from a damaged one (both look
        # like random bytes): when there are backups, they are offered here too.
        self.use_backup = False
        self.backup_button = self.ui.useBackup
        self.backup_button.clicked.connect(self._choose_backup)
        self.backup_button.setVisible(has_backups)
        self.setMinimumWidth(440)
        self.form.field.setFocus()

    def _choose_backup(self) -> None:
        self.use_backup = True
        self.reject()

    def done(self, result: int) -> None:
        self.form.field.clear()
        super().done(result)
