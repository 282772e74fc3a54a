"""One table of the year report's figures (core.report_tables.FigureTable), read-only, as
it will be printed: first column left, numbers centred, a total row in bold.

Every column is as wide as its contents, but one: the column of long labels or titles
takes the room left and wraps, never narrower than its contents or WRAP_CHARS average
characters (so 'Tháng 10' is never cut to 'T…'). The view's minimum width keeps that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from chibo_app.core.messages import Message
from chibo_app.core.report_tables import FigureTable
from chibo_app.ui.core_text import core_label, core_message

WRAP_CHARS = 12  # the wrapping column is never narrower (in average characters)


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
        self.wrapping_column = 0

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
                shown = core_message(value) if isinstance(value, Message) else core_label(value)
                item = QStandardItem(shown)
                if column in centred:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if table.total_row and n == len(table.rows) - 1:
                    item.setFont(bold)
                items.append(item)
            self.figures.appendRow(items)
        self.wrapping_column = 1 if table.key in ("topics", "commendations") else 0
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_columns()

    def _widths(self) -> tuple[list[int], int]:
        """Each column's contents width (header included) and the wrapping column's least."""
        header = self.horizontalHeader()
        widths = [
            max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(self.figures.columnCount())
        ]
        least = min(
            widths[self.wrapping_column], WRAP_CHARS * self.fontMetrics().averageCharWidth()
        )
        return widths, least

    def _fit_columns(self) -> None:
        if not self.figures.columnCount():
            return
        widths, least = self._widths()
        wrap = self.wrapping_column
        others = sum(width for column, width in enumerate(widths) if column != wrap)
        widths[wrap] = max(self.viewport().width() - others, least)
        header = self.horizontalHeader()
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.resizeRowsToContents()
        scroll = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(others + least + 2 * self.frameWidth() + scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - wrapped titles
        super().resizeEvent(event)
        self._fit_columns()

    def cell(self, row: int, column: int) -> str:
        return self.figures.item(row, column).text()
