"""The tasks of section 2 while they are edited: numbered by their order, due dates read
as they are typed (tháng 6, quý II, 30/6/2026…)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from chibo_app.core.messages import Message
from chibo_app.core.plan_due import BadDue, display_due, parse_due
from chibo_app.core.plans import PlanTask
from chibo_app.core.text import clean
from chibo_app.ui.core_text import core_message

AnyIndex = QModelIndex | QPersistentModelIndex


class TaskCol(IntEnum):
    NUMBER = 0
    TEXT = 1
    TARGET = 2
    DUE = 3


HEADERS = {
    TaskCol.NUMBER: QT_TRANSLATE_NOOP("PlanTasksModel", "STT"),
    TaskCol.TEXT: QT_TRANSLATE_NOOP("PlanTasksModel", "Nhiệm vụ"),
    TaskCol.TARGET: QT_TRANSLATE_NOOP("PlanTasksModel", "Chỉ tiêu, sản phẩm, kết quả"),
    TaskCol.DUE: QT_TRANSLATE_NOOP("PlanTasksModel", "Thời hạn"),
}


@dataclass
class _Row:
    text: str
    target: str
    due: str | None  # stored form, when the typed text could be read
    typed_due: str  # what is shown: the Vietnamese form, or the text that was not read
    problem: str | Message | None
    id: int | None


class PlanTasksModel(QAbstractTableModel):
    def __init__(self, year: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = year
        self.read_only = False
        self._rows: list[_Row] = []

    def set_tasks(self, tasks: tuple[PlanTask, ...]) -> None:
        self.beginResetModel()
        self._rows = [_Row(t.text, t.target, t.due, display_due(t.due), None, t.id) for t in tasks]
        self.endResetModel()

    def tasks(self) -> tuple[PlanTask, ...]:
        return tuple(PlanTask(r.text, r.target, r.due, r.id) for r in self._rows)

    def problems(self) -> list[str]:
        line = QCoreApplication.translate("PlanTasksModel", "Nhiệm vụ %1: %2")
        return [
            line.replace("%1", str(n)).replace("%2", core_message(r.problem))
            for n, r in enumerate(self._rows, 1)
            if r.problem
        ]

    # Editing ------------------------------------------------------------------------

    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row("", "", None, "", None, None))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._renumbered()

    def move(self, row: int, offset: int) -> int:
        target = row + offset
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        self.layoutAboutToBeChanged.emit()
        self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
        self.layoutChanged.emit()
        self._renumbered()
        return target

    def _renumbered(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    # Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(TaskCol)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != TaskCol.NUMBER and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = TaskCol(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return {
                TaskCol.NUMBER: str(index.row() + 1),
                TaskCol.TEXT: row.text,
                TaskCol.TARGET: row.target,
                TaskCol.DUE: row.typed_due,
            }[col]
        if col == TaskCol.DUE and row.problem:
            if role == Qt.ItemDataRole.ToolTipRole:
                return core_message(row.problem)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#fdecea"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TaskCol.NUMBER:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self._rows[index.row()]
        text = clean(str(value or ""))
        match TaskCol(index.column()):
            case TaskCol.TEXT:
                row.text = text
            case TaskCol.TARGET:
                row.target = text
            case TaskCol.DUE:
                try:
                    row.due, row.problem = parse_due(text, self.year), None
                    row.typed_due = display_due(row.due)
                except BadDue as error:
                    row.due, row.typed_due, row.problem = None, text, error.message
            case _:
                return False
        self.dataChanged.emit(index, index)
        return True

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("PlanTasksModel", HEADERS[TaskCol(section)])
        return None
