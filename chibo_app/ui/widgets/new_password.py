"""A new password typed twice, with the rules checked as the secretary types
(services.password.check_new_password: the same rules the service enforces)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from chibo_app.ui.widgets.password_field import PasswordField

OK_STYLE = "color: #1b7a34;"
PROBLEM_STYLE = "color: #b3261e;"


def forgotten_warning() -> str:
    return QCoreApplication.translate(
        "NewPassword",
        "Không ai lấy lại được mật khẩu đã quên, kể cả người làm ra chương trình: quên mật khẩu "
        "là mất dữ liệu, cả các bản sao lưu. Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn, "
        "tách khỏi máy tính.",
    )


class NewPasswordFields(QWidget):
    """`problem()` is "" when both boxes hold the same acceptable password."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, label: str = "") -> None:
        super().__init__(parent)
        self.new = PasswordField()
        self.new.setObjectName("newPassword")
        self.repeat = PasswordField()
        self.repeat.setObjectName("repeatPassword")
        self.status = QLabel()
        self.status.setObjectName("newPasswordStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label or self.tr("Mật khẩu mới:"))
        form.addRow(self.label, self.new)
        form.addRow(self.tr("Nhập lại:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.status)
        self.new.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def set_label(self, text: str) -> None:
        """The first box's label (a form's widgets are created with their parent only)."""
        self.label.setText(text)

    def password(self) -> str:
        return self.new.text()

    def problem(self) -> str:
        """What is still wrong, in Vietnamese; "" when the password can be used."""
        from chibo_app.errors import ChiboError  # noqa: PLC0415 - after the frame
        from chibo_app.services.password import check_new_password  # noqa: PLC0415

        try:
            check_new_password(self.new.text())
        except ChiboError as error:
            return str(error)
        if self.repeat.text() != self.new.text():
            return self.tr("Hai lần nhập chưa giống nhau.")
        return ""

    def _update(self) -> None:
        problem = self.problem()
        if not self.new.text() and not self.repeat.text():
            from chibo_app.services.password import MIN_LENGTH  # noqa: PLC0415

            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("Ít nhất %1 ký tự; nên dài và dễ nhớ, ví dụ một câu ngắn.").replace(
                    "%1", str(MIN_LENGTH)
                )
            )
        elif problem:
            self.status.setStyleSheet(PROBLEM_STYLE)
            self.status.setText(problem)
        else:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("✓ Mật khẩu dùng được."))
        self.changed.emit()

    def clear(self) -> None:
        self.new.clear()
        self.repeat.clear()
