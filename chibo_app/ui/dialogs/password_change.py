"""Cài đặt → Mật khẩu: set, change or remove the file's password
(forms/password_change.ui).

The service re-encrypts the whole file (and the backups beside it) through a checked
copy: about a second for 5,000 people. It runs on the GUI thread under a busy cursor,
because the session's connection belongs to this thread and the file is swapped under it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from chibo_app.services.session import Session
from chibo_app.ui.forms import load_form
from chibo_app.ui.widgets.new_password import NewPasswordFields, forgotten_warning
from chibo_app.ui.widgets.password_field import PasswordField

SET, CHANGE, REMOVE = "set", "change", "remove"


class PasswordChangeDialog(QDialog):
    """After acceptance `message` says what was done (services.password.PasswordChange)."""

    def __init__(self, session: Session, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordChange")
        self.session = session
        self.mode = mode
        self.message = ""
        titles = {
            SET: self.tr("Đặt mật khẩu"),
            CHANGE: self.tr("Đổi mật khẩu"),
            REMOVE: self.tr("Bỏ mật khẩu"),
        }
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(480)
        ours = [PasswordField, NewPasswordFields]  # our widgets the form names
        self.form: Any = load_form("password_change", self, custom=ours)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        f.passwordIntro.setText(self._intro())
        # Only the fields the mode asks for: the others leave the form.
        self.current: PasswordField | None = None
        if mode in (CHANGE, REMOVE):
            self.current = f.currentPassword
            f.currentPassword.textChanged.connect(self._update)
        else:
            f.currentLayout.removeRow(0)
        self.fields: NewPasswordFields | None = None
        if mode in (SET, CHANGE):
            self.fields = f.newPasswordFields
            f.newPasswordFields.changed.connect(self._update)
        else:
            f.mainLayout.removeWidget(f.newPasswordFields)
            f.newPasswordFields.hide()
            f.newPasswordFields.deleteLater()
        self.error = f.passwordError
        buttons = f.buttons
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(titles[mode])
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._update()
        (self.current or self.fields.new).setFocus()  # type: ignore[union-attr]

    def _intro(self) -> str:
        if self.mode == REMOVE:
            return self.tr(
                "Sau khi bỏ mật khẩu, tệp dữ liệu và các bản sao lưu trong thư mục sao lưu không "
                "còn được mã hóa: ai có tệp cũng đọc được danh sách đảng viên."
            )
        text = self.tr(
            "Tệp dữ liệu và các bản sao lưu trong thư mục sao lưu sẽ được mã hóa bằng mật khẩu "
            "này; khi mở chương trình phải nhập mật khẩu."
        )
        return text + "<br><br><b>" + forgotten_warning() + "</b>"

    def _update(self) -> None:
        ready = True
        if self.current is not None and not self.current.text():
            ready = False
        if self.fields is not None and self.fields.problem():
            ready = False
        self.ok_button.setEnabled(ready)

    def accept(self) -> None:
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.storage.connection import WrongPassword  # noqa: PLC0415
        from chibo_app.ui.save_errors import storage_errors, storage_failure_text  # noqa: PLC0415

        if not self.ok_button.isEnabled():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()  # the busy cursor shows before the work starts
        try:
            self.message = self._run()
        except WrongPassword:
            self._show_error(self.tr("Sai mật khẩu hiện tại."))
            if self.current is not None:
                self.current.edit.selectAll()
                self.current.setFocus()
            return
        except ChiboError as error:
            self._show_error(str(error))
            return
        except storage_errors() as error:
            self._show_error(storage_failure_text(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _run(self) -> str:
        from chibo_app.services import password  # noqa: PLC0415

        current = self.current.text() if self.current is not None else ""
        new = self.fields.password() if self.fields is not None else ""
        if self.mode == SET:
            return password.set_password(self.session, new).message
        if self.mode == CHANGE:
            return password.change_password(self.session, current, new).message
        return password.remove_password(self.session, current).message

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self, result: int) -> None:
        if self.current is not None:
            self.current.clear()
        if self.fields is not None:
            self.fields.clear()
        super().done(result)
