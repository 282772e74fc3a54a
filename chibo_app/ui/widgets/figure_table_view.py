"""One table of the year report's figures (core.report_tables.FigureTable), read-only, as
it will be printed: first column left, numbers centred, a total row in bold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from chibo_app.core.report_tables import FigureTable
from chibo_app.ui.core_text import core_label


class FigureTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures = QStandardItemModel(self)
        self.setModel(self.figures)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.table: FigureTable | None = None

    def set_table(self, table: FigureTable) -> None:
        self.table = table
        self.figures.clear()
        self.figures.setHorizontalHeaderLabels([core_label(h) for h in table.header])
        centred = set(table.centred_columns)
        bold = QFont(self.font())
        bold.setBold(True)
        for n, row in enumerate(table.rows):
            items = []
            for column, value in enumerate(row):
                item = QStandardItem(core_label(value))
                if column in centred:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if table.total_row and n == len(table.rows) - 1:
                    item.setFont(bold)
                items.append(item)
            self.figures.appendRow(items)
        header = self.horizontalHeader()
        wide = 1 if table.key in ("topics", "commendations") else 0
        for column in range(len(table.header)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == wide
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - wrapped titles
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def cell(self, row: int, column: int) -> str:
        return self.figures.item(row, column).text()
