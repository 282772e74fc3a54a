"""A history table with the selected entry's changes, one per line, underneath."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_app.services.history import Entry
from chibo_app.ui.core_text import core_label, core_message
from chibo_app.ui.models.history_model import Col, HistoryModel, change_text

_WIDTHS = {Col.WHEN: "25/11/2026 14:05", Col.USER: "Nguyễn Văn An", Col.ACTION: "Thêm"}


class HistoryView(QWidget):
    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName("historyView")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        for column, sample in _WIDTHS.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.table.setColumnWidth(Col.RECORD, metrics.horizontalAdvance("M" * 30))
        header.setSectionResizeMode(Col.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("historyDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Chọn một dòng để xem chi tiết thay đổi."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        model.modelReset.connect(self.detail.clear)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        self.detail.setPlainText(detail_text(self.model.entry(rows[0].row())))


def detail_text(entry: Entry) -> str:
    action, record = core_label(entry.action_label), core_message(entry.record)
    head = f"{entry.when} — {entry.user} — {action}: {record}"
    return "\n".join([head, *(f"  • {change_text(c)}" for c in entry.changes)])
