"""Which field each column of the sheet holds; the user can correct the guess."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from chibo_app.core.member_import import IMPORT_FIELDS, ImportPreview
from chibo_app.ui.core_text import core_label


class MappingEditor(QTableWidget):
    mapping_changed = Signal(dict)  # {field: column index}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Cột trong tệp"), self.tr("Là thông tin")])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._boxes: dict[int, QComboBox] = {}

    def show_preview(self, preview: ImportPreview) -> None:
        field_of = {column: field for field, column in preview.columns.items()}
        columns = sorted(preview.labels)
        self.setRowCount(len(columns))
        self._boxes = {}
        for row, column in enumerate(columns):
            label = QTableWidgetItem(preview.labels[column] or self.tr("(cột không tên)"))
            self.setItem(row, 0, label)
            box = QComboBox()
            box.addItem(self.tr("(bỏ qua)"), None)
            for field, name in IMPORT_FIELDS.items():
                box.addItem(core_label(name), field)
            box.setCurrentIndex(max(0, box.findData(field_of.get(column))))
            box.activated.connect(lambda _i, c=column: self._changed(c))
            self.setCellWidget(row, 1, box)
            self._boxes[column] = box

    def mapping(self) -> dict[str, int]:
        return {
            str(box.currentData()): column
            for column, box in self._boxes.items()
            if box.currentData() is not None
        }

    def _changed(self, column: int) -> None:
        field = self._boxes[column].currentData()
        if field is not None:
            # One column per field: the column that had it before is now skipped.
            for other, box in self._boxes.items():
                if other != column and box.currentData() == field:
                    box.setCurrentIndex(0)
        self.mapping_changed.emit(self.mapping())
