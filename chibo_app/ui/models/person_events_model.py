"""A person's records the classification reads (discipline, conclusions, đình chỉ, long
leave, temporary membership), one row each, oldest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from chibo_app.core.dates import to_display
from chibo_app.core.person_events import KIND_LABELS, SCOPE_LABELS, EventKind, PersonEvent
from chibo_app.ui.core_text import core_label

AnyIndex = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("PersonEventsModel", "Loại"),
    QT_TRANSLATE_NOOP("PersonEventsModel", "Nội dung"),
    QT_TRANSLATE_NOOP("PersonEventsModel", "Từ ngày"),
    QT_TRANSLATE_NOOP("PersonEventsModel", "Đến ngày"),
    QT_TRANSLATE_NOOP("PersonEventsModel", "Văn bản"),
)


def _what(event: PersonEvent) -> str:
    if event.kind == EventKind.TEMPORARY:
        return event.place
    text = core_label(event.form_label) if event.form_label else ""
    if event.kind == EventKind.DISCIPLINE and event.scope in SCOPE_LABELS:
        text += f" ({core_label(SCOPE_LABELS[event.scope])})"
    return text


class PersonEventsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[PersonEvent] = []

    def set_items(self, items: list[PersonEvent]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> PersonEvent:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        event = self._items[index.row()]
        values = (
            core_label(KIND_LABELS[event.kind]),
            _what(event),
            to_display(event.start_date),
            to_display(event.end_date),
            event.document,
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.comments or event.notes or None
        return values[index.column()]

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PersonEventsModel", HEADERS[section])
        return None
