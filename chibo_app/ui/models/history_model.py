"""Change-history entries as a table, fetched a page at a time as the view scrolls."""

from __future__ import annotations

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

from chibo_app.core.messages import Message
from chibo_app.services import history
from chibo_app.services.history import Entry, FieldChange, HistoryFilter
from chibo_app.services.session import Session
from chibo_app.ui.core_text import core_label, core_message

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the Entry itself
AnyIndex = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    WHEN = 0
    USER = 1
    ACTION = 2
    RECORD = 3
    CHANGES = 4


HEADERS = {
    Col.WHEN: QT_TRANSLATE_NOOP("HistoryModel", "Thời gian"),
    Col.USER: QT_TRANSLATE_NOOP("HistoryModel", "Người sửa"),
    Col.ACTION: QT_TRANSLATE_NOOP("HistoryModel", "Thao tác"),
    Col.RECORD: QT_TRANSLATE_NOOP("HistoryModel", "Bản ghi"),
    Col.CHANGES: QT_TRANSLATE_NOOP("HistoryModel", "Nội dung thay đổi"),
}


class HistoryModel(QAbstractTableModel):
    """Newest first. Only PAGE_SIZE entries are read at a time: 100,000 entries cost
    one page until the user scrolls (Qt calls fetchMore near the bottom)."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.where = HistoryFilter()
        self._entries: list[Entry] = []
        self._more = False
        self._total: int | None = None

    def set_filter(self, where: HistoryFilter) -> None:
        self.set_page(where, history.entries(self.session, where, history.PAGE_SIZE))

    def set_page(
        self, where: HistoryFilter, entries: list[Entry], total: int | None = None
    ) -> None:
        """The first page of `where`, read already (on any thread), and its total if known."""
        self.beginResetModel()
        self.where = where
        self._entries = entries
        self._more = len(self._entries) == history.PAGE_SIZE
        self._total = total
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.where)

    def total(self) -> int:
        """All matching entries, not only those fetched so far."""
        if not self._more:
            return len(self._entries)
        if self._total is None:
            self._total = history.count(self.session, self.where)
        return self._total

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    # Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        page = history.entries(
            self.session, self.where, history.PAGE_SIZE, offset=len(self._entries)
        )
        self._more = len(page) == history.PAGE_SIZE
        if page:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._entries += page
            self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HistoryModel", HEADERS[Col(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        column = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.CHANGES:
            return "\n".join(change_text(c) for c in entry.changes)
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.RECORD:
            return core_message(entry.record)  # a long title is cut in the column
        return None


def _display(entry: Entry, column: Col) -> str:
    if column == Col.WHEN:
        return entry.when
    if column == Col.USER:
        return entry.user
    if column == Col.ACTION:
        return core_label(entry.action_label)
    if column == Col.RECORD:
        return core_message(entry.record)
    return "; ".join(change_text(c) for c in entry.changes)


def change_text(change: FieldChange) -> str:
    """“Field: old → new” in the interface language: the field's name, the values that
    are labels (kinds, statuses) and those naming another record are translated; the
    data itself is not."""
    return f"{core_label(change.label)}: {_value(change.old)} → {_value(change.new)}"


def _value(value: Message | str) -> str:
    return core_message(value) if isinstance(value, Message) else core_label(value)
