"""A person's positions (party and government), current ones in bold."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from chibo_app.core.dates import earliest, latest, to_display
from chibo_app.core.people import Position, PositionKind

AnyIndex = QModelIndex | QPersistentModelIndex

# Short forms for the table; the dialog shows the full names.
KIND_SHORT = {
    PositionKind.PARTY: QT_TRANSLATE_NOOP("PositionsModel", "Đảng"),
    PositionKind.GOVERNMENT: QT_TRANSLATE_NOOP("PositionsModel", "Chính quyền, đoàn thể"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("PositionsModel", "Loại chức vụ"),
    QT_TRANSLATE_NOOP("PositionsModel", "Chức vụ"),
    QT_TRANSLATE_NOOP("PositionsModel", "Từ ngày"),
    QT_TRANSLATE_NOOP("PositionsModel", "Đến ngày"),
)


class PositionsModel(QAbstractTableModel):
    def __init__(self, today: dt.date, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self._items: list[Position] = []

    def set_items(self, items: list[Position]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=_order)
        self.endResetModel()

    def items(self) -> list[Position]:
        return list(self._items)

    def item(self, row: int) -> Position:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                QCoreApplication.translate("PositionsModel", KIND_SHORT[item.kind]),
                item.title,
                to_display(item.start_date),
                to_display(item.end_date),
            )
            text = values[index.column()]
            if index.column() == 3 and not text and item.is_current(self.today):
                return QCoreApplication.translate("PositionsModel", "(đang giữ)")
            return text
        if role == Qt.ItemDataRole.FontRole and item.is_current(self.today):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PositionsModel", HEADERS[section])
        return None


def _order(position: Position) -> tuple[str, dt.date, dt.date]:
    """By kind, then start and end as the days they can mean ('2019-Q1', a quarter, sorts
    with January–March, not after '2019-12'); no start first, no end last."""
    start = earliest(position.start_date) if position.start_date else dt.date.min
    end = latest(position.end_date) if position.end_date else dt.date.max
    return (str(position.kind), start, end)
