"""The document register as a table (newest first), and its search filter."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from chibo_app.core.text import fold
from chibo_app.services.document_register import RegisterEntry
from chibo_app.ui.core_text import core_label, core_message

AnyIndex = QModelIndex | QPersistentModelIndex
_MUTED = frozenset({"replaced", "reserved", "claimed"})  # no longer in force / not printed here
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class Col(IntEnum):
    TYPE = 0
    NUMBER = 1
    TITLE = 2
    YEAR = 3
    PRINTED = 4
    BY = 5
    CODE = 6
    STATUS = 7


HEADERS = {
    Col.TYPE: QT_TRANSLATE_NOOP("RegisterModel", "Loại"),
    Col.NUMBER: QT_TRANSLATE_NOOP("RegisterModel", "Số"),
    Col.TITLE: QT_TRANSLATE_NOOP("RegisterModel", "Tên văn bản"),
    Col.YEAR: QT_TRANSLATE_NOOP("RegisterModel", "Năm"),
    Col.PRINTED: QT_TRANSLATE_NOOP("RegisterModel", "In lúc"),
    Col.BY: QT_TRANSLATE_NOOP("RegisterModel", "Người in"),
    Col.CODE: QT_TRANSLATE_NOOP("RegisterModel", "Mã xác thực"),
    Col.STATUS: QT_TRANSLATE_NOOP("RegisterModel", "Tình trạng"),
}


def _cell(entry: RegisterEntry, col: Col) -> str:
    match col:
        case Col.TYPE:
            return entry.type_name
        case Col.NUMBER:
            return entry.number or "—"
        case Col.TITLE:
            return entry.title
        case Col.YEAR:
            return str(entry.year) if entry.year is not None else ""
        case Col.PRINTED:
            return entry.printed_text
        case Col.BY:
            return entry.printed_by
        case Col.CODE:
            return entry.code
        case Col.STATUS:
            status = entry.status_text
            return core_label(status) if isinstance(status, str) else core_message(status)


class RegisterModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[RegisterEntry] = []

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entries(self) -> list[RegisterEntry]:
        return self._entries

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        col = Col(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _cell(entry, col)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.FontRole and col == Col.CODE:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.YEAR, Col.PRINTED):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and entry.status in _MUTED:
            return QColor("#7a4f01") if entry.status == "reserved" else QColor("#a50e0e")
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RegisterModel", HEADERS[Col(section)])
        return None


class RegisterProxy(QSortFilterProxyModel):
    """Every typed word must appear (diacritics ignored) in the row's text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self._words = fold(text).split()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: AnyIndex
    ) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        text = model.entries()[source_row].search_text
        return all(word in text for word in self._words)
