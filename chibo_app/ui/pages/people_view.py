"""The people table view: Enter or double-click opens the person; rows of one height
from the font (Fixed: no measuring of 5,000 rows)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from chibo_app.ui.models.people_model import Col

# Widest typical content per column, to size columns without measuring 5,000 rows.
_SAMPLES = {
    Col.NAME: "Nguyễn Thị Phương Thảo",
    Col.SEX: "Giới tính",
    Col.BIRTH: "30/12/1980",
    Col.KIND: "Quần chúng",
    Col.CARD: "Số thẻ đảng viên",
    Col.GOVERNMENT_POSITION: "Chức vụ chính quyền, đoàn thể",
    Col.UNIT: "Phòng Hợp tác quốc tế",
    Col.PARTY_POSITION: "Chi ủy viên",
    Col.STATUS: "Đã chuyển sinh hoạt",
}


class PeopleView(QTableView):
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Shown by forms/people_page.ui, which sets how it selects, sorts and looks."""
        super().__init__(parent)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def size_columns(self) -> None:
        metrics = self.fontMetrics()
        for col, sample in _SAMPLES.items():
            self.setColumnWidth(col, metrics.horizontalAdvance(sample) + 24)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)
