"""A password box with a “Hiện”/“Ẩn” button: a secretary typing Vietnamese with Unikey
must be able to see what the keyboard actually produced."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class PasswordField(QWidget):
    textChanged = Signal(str)  # noqa: N815 - mirrors QLineEdit
    returnPressed = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMinimumWidth(220)
        self.toggle = QToolButton()
        self.toggle.setObjectName("showPassword")
        self.toggle.setCheckable(True)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.toggle.toggled.connect(self._show)
        self._show(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.toggle.setText(self.tr("Ẩn") if shown else self.tr("Hiện"))
        self.toggle.setToolTip(self.tr("Ẩn mật khẩu") if shown else self.tr("Hiện mật khẩu"))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802
        self.edit.setText(text)

    def clear(self) -> None:
        """Forget the typed text (and hide it again for the next time)."""
        self.edit.clear()
        self.toggle.setChecked(False)
