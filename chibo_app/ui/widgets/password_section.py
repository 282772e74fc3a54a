"""Cài đặt → “Mật khẩu”: whether the file has a password, set / change / remove it,
and after how many idle minutes Chi bộ locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chibo_app.services.session import Session
from chibo_app.ui.auto_lock import MAX_MINUTES, lock_minutes, set_lock_minutes
from chibo_app.ui.dialogs.password_change import CHANGE, REMOVE, SET, PasswordChangeDialog

ON_STYLE = "color: #1b7a34; font-weight: 600;"
OFF_STYLE = "color: #8a5a00; font-weight: 600;"


class PasswordSection(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mật khẩu"))
        self.setObjectName("passwordSection")
        self.session = session
        self.state = QLabel()
        self.state.setObjectName("passwordState")
        self.state.setWordWrap(True)
        self.set_button = QPushButton(self.tr("Đặt mật khẩu…"))
        self.set_button.setObjectName("setPassword")
        self.change_button = QPushButton(self.tr("Đổi mật khẩu…"))
        self.change_button.setObjectName("changePassword")
        self.remove_button = QPushButton(self.tr("Bỏ mật khẩu…"))
        self.remove_button.setObjectName("removePassword")
        buttons = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.minutes = QSpinBox()
        self.minutes.setObjectName("autoLockMinutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" phút"))
        self.minutes.setSpecialValueText(self.tr("Không tự khóa"))
        self.minutes.setValue(lock_minutes())
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Tự khóa khi không dùng đến sau:")))
        lock_row.addWidget(self.minutes)
        lock_row.addStretch(1)
        lock_note = QLabel(
            self.tr(
                "Khi khóa, dữ liệu được đóng lại và phải nhập mật khẩu để mở tiếp. Chỉ áp dụng "
                "khi tệp dữ liệu có mật khẩu; cài đặt này lưu riêng trên máy tính này."
            )
        )
        lock_note.setWordWrap(True)
        lock_note.setStyleSheet("color: #5f6368;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addLayout(lock_row)
        layout.addWidget(lock_note)

        self.set_button.clicked.connect(lambda: self.run(SET))
        self.change_button.clicked.connect(lambda: self.run(CHANGE))
        self.remove_button.clicked.connect(lambda: self.run(REMOVE))
        self.minutes.valueChanged.connect(set_lock_minutes)
        self.show_state()

    def has_password(self) -> bool:
        return self.session.password is not None

    def show_state(self) -> None:
        has = self.has_password()
        if has:
            self.state.setStyleSheet(ON_STYLE)
            self.state.setText(
                self.tr("Tệp dữ liệu có mật khẩu: tệp và các bản sao lưu được mã hóa.")
            )
        else:
            self.state.setStyleSheet(OFF_STYLE)
            self.state.setText(
                self.tr(
                    "Tệp dữ liệu không có mật khẩu: ai có tệp (ví dụ khi mất máy) cũng đọc "
                    "được danh sách đảng viên."
                )
            )
        self.set_button.setVisible(not has)
        self.change_button.setVisible(has)
        self.remove_button.setVisible(has)

    def run(self, mode: str) -> bool:
        """Open the dialog for `mode`; True when the password was changed."""
        dialog = PasswordChangeDialog(self.session, mode, self)
        accepted = dialog.exec() == PasswordChangeDialog.DialogCode.Accepted
        message = dialog.message
        dialog.deleteLater()
        self.show_state()
        if accepted:
            QMessageBox.information(self, self.tr("Mật khẩu"), message)
        return accepted
