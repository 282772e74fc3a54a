"""The result of “Kiểm tra dữ liệu”, line by line, with the way out when it is bad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from chibo_app.ui.core_text import core_message

if TYPE_CHECKING:
    from chibo_app.services.db_check import CheckReport

RESTORE = 2  # done() code: the secretary wants to restore a backup


class CheckReportDialog(QDialog):
    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Kết quả kiểm tra dữ liệu"))
        self.setMinimumWidth(480)
        pixmap = QStyle.StandardPixmap.SP_DialogApplyButton
        if not report.ok:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.headline = QLabel(
            self.tr("Dữ liệu tốt, đã được dọn dẹp.")
            if report.ok
            else self.tr("Phát hiện vấn đề trong tệp dữ liệu.")
        )
        self.headline.setObjectName("checkHeadline")
        color = "#1b7a34" if report.ok else "#b3261e"
        self.headline.setStyleSheet(f"font-size: 12pt; font-weight: 600; color: {color};")
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.headline, 1)
        self.lines = QLabel("\n".join(core_message(line) for line in report.lines))
        self.lines.setObjectName("checkLines")
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines.setStyleSheet(
            "QLabel { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 10px; line-height: 140%; }"
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if not report.ok:
            restore = QPushButton(self.tr("Khôi phục từ bản sao lưu…"))
            restore.setObjectName("restoreFromCheck")
            restore.clicked.connect(lambda: self.done(RESTORE))
            buttons.addWidget(restore)
        close = QPushButton(self.tr("Đóng"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines)
        layout.addLayout(buttons)
