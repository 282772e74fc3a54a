"""The result of “Kiểm tra dữ liệu”, line by line, with the way out when it is bad
(forms/check_report.ui)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QStyle, QVBoxLayout, QWidget

from chibo_app.ui.core_text import core_message
from chibo_app.ui.forms import load_form

if TYPE_CHECKING:
    from chibo_app.services.db_check import CheckReport

RESTORE = 2  # done() code: the secretary wants to restore a backup


class CheckReportDialog(QDialog):
    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Kết quả kiểm tra dữ liệu"))
        self.setMinimumWidth(480)
        self.form: Any = load_form("check_report", self)
        QVBoxLayout(self).addWidget(self.form)
        f = self.form
        pixmap = QStyle.StandardPixmap.SP_DialogApplyButton
        if not report.ok:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        f.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.headline = f.checkHeadline
        self.headline.setText(
            self.tr("Dữ liệu tốt, đã được dọn dẹp.")
            if report.ok
            else self.tr("Phát hiện vấn đề trong tệp dữ liệu.")
        )
        color = "#1b7a34" if report.ok else "#b3261e"
        self.headline.setStyleSheet(f"font-size: 12pt; font-weight: 600; color: {color};")
        self.lines = f.checkLines
        self.lines.setText("\n".join(core_message(line) for line in report.lines))
        f.restoreFromCheck.setVisible(not report.ok)
        f.restoreFromCheck.clicked.connect(lambda: self.done(RESTORE))
        f.closeButton.clicked.connect(self.accept)
