"""A strip across the top of the window for a state the secretary must not miss."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

WARNING_STYLE = (
    "QLabel { background: #fff3c4; color: #5a4300; border-bottom: 1px solid #e3c35a;"
    " padding: 7px 14px; font-weight: 600; }"
)


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_warning(self, text: str) -> None:
        self.setText("⚠  " + text)
        self.show()
