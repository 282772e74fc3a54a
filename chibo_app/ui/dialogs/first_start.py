"""First start: the cell's name and signers, before anything else; optionally a password
for the data file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.services.session import Session
from chibo_app.ui.widgets.new_password import NewPasswordFields, forgotten_warning
from chibo_app.ui.widgets.settings_form import SettingsForm


class FirstStartDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Chào mừng — thông tin chi bộ"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "<b>Chào mừng bạn đến với Chi bộ.</b><br>Trước khi bắt đầu, hãy nhập thông tin "
                "của chi bộ. Các thông tin này được in trên văn bản và có thể sửa sau trong "
                "“Cài đặt”."
            )
        )
        intro.setWordWrap(True)
        self.form = SettingsForm(session, self)
        self.password_box = self._password_box()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bắt đầu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.password_box)
        layout.addWidget(buttons)
        self.form.edits["cell_name"].setFocus()

    def _password_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Đặt mật khẩu cho tệp dữ liệu (không bắt buộc)"))
        box.setObjectName("firstPassword")
        box.setCheckable(True)
        box.setChecked(False)
        note = QLabel(
            self.tr(
                "Có mật khẩu thì tệp dữ liệu và các bản sao lưu được mã hóa: ai lấy được máy "
                "cũng không đọc được. Có thể đặt, đổi hoặc bỏ mật khẩu sau trong “Cài đặt”."
            )
            + "<br><b>"
            + forgotten_warning()
            + "</b>"
        )
        note.setWordWrap(True)
        self.password_fields = NewPasswordFields(box, self.tr("Mật khẩu:"))
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addWidget(self.password_fields)
        return box

    def wants_password(self) -> bool:
        return self.password_box.isChecked()

    def accept(self) -> None:
        if self.wants_password() and self.password_fields.problem():
            self.password_fields.new.setFocus()  # the problem is shown under the boxes
            return
        if not self.form.save():
            return
        if self.wants_password():
            self._set_password()
        super().accept()

    def _set_password(self) -> None:
        """Encrypt the new file; if that fails, it still works without a password."""
        from chibo_app.errors import ChiboError  # noqa: PLC0415
        from chibo_app.services.password import set_password  # noqa: PLC0415
        from chibo_app.ui.save_errors import storage_errors, storage_failure_text  # noqa: PLC0415

        failure: BaseException | None = None
        message = ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            message = set_password(self.session, self.password_fields.password()).message
        except ChiboError as error:
            failure = error
        except storage_errors() as error:
            failure = error
        finally:
            QApplication.restoreOverrideCursor()
            self.password_fields.clear()
        if failure is None:
            QMessageBox.information(self, self.tr("Đã đặt mật khẩu"), message)
            return
        text = str(failure) if isinstance(failure, ChiboError) else storage_failure_text(failure)
        QMessageBox.warning(
            self,
            self.tr("Chưa đặt được mật khẩu"),
            text
            + "\n\n"
            + self.tr(
                "Tệp dữ liệu vẫn dùng được nhưng chưa có mật khẩu; có thể đặt lại trong “Cài đặt”."
            ),
        )

    def done(self, result: int) -> None:
        self.password_fields.clear()
        super().done(result)
