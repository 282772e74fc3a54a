"""The attendance of one meeting, editable: one row per person, the three presence
columns checkable like radio buttons, the reason typed, late checkable."""

from __future__ import annotations

from dataclasses import replace
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

from chibo_app.core.meetings import Attendance, Counts, Presence, count

Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    NAME = 0
    PRESENT = 1
    EXCUSED = 2
    ABSENT = 3
    REASON = 4
    LATE = 5


HEADERS = {
    Col.NAME: QT_TRANSLATE_NOOP("AttendanceModel", "Họ và tên"),
    Col.PRESENT: QT_TRANSLATE_NOOP("AttendanceModel", "Có mặt"),
    Col.EXCUSED: QT_TRANSLATE_NOOP("AttendanceModel", "Vắng có lý do"),
    Col.ABSENT: QT_TRANSLATE_NOOP("AttendanceModel", "Vắng không lý do"),
    Col.REASON: QT_TRANSLATE_NOOP("AttendanceModel", "Lý do vắng"),
    Col.LATE: QT_TRANSLATE_NOOP("AttendanceModel", "Đến muộn"),
}
_PRESENCE = {
    Col.PRESENT: Presence.PRESENT,
    Col.EXCUSED: Presence.EXCUSED,
    Col.ABSENT: Presence.ABSENT,
}


class AttendanceModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[Attendance] = []
        self._names: dict[int, str] = {}

    def set_lines(self, lines: list[Attendance], names: dict[int, str]) -> None:
        self.beginResetModel()
        self._lines, self._names = list(lines), dict(names)
        self.endResetModel()

    def lines(self) -> tuple[Attendance, ...]:
        return tuple(self._lines)

    def counts(self) -> Counts:
        return count(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AttendanceModel", HEADERS[Col(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = Col(index.column())
        if col in _PRESENCE or col == Col.LATE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col == Col.REASON:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.CheckStateRole:
            if col in _PRESENCE:
                return _checked(line.presence == _PRESENCE[col])
            if col == Col.LATE:
                return _checked(line.late)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == Col.NAME:
                return self._names.get(line.person_id, "")
            if col == Col.REASON:
                return line.reason
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row, col = index.row(), Col(index.column())
        line = self._lines[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
            if col in _PRESENCE and on:
                presence = _PRESENCE[col]
                late = line.late and presence == Presence.PRESENT
                reason = line.reason if presence == Presence.EXCUSED else ""
                line = replace(line, presence=presence, late=late, reason=reason)
            elif col == Col.LATE:
                line = replace(line, late=on, presence=Presence.PRESENT if on else line.presence)
            else:
                return False
        elif role == Qt.ItemDataRole.EditRole and col == Col.REASON:
            text = str(value or "").strip()
            line = replace(line, reason=text, presence=Presence.EXCUSED if text else line.presence)
        else:
            return False
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
        return True


def _checked(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
