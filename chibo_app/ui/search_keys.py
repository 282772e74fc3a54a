"""From a search box to its list by keyboard: ↓ or Enter moves into the list, on the
first row found (or the row already chosen), so the secretary types a name, presses
Enter and then Enter again to open it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_INTO_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown)


class SearchLeadsToList(QObject):
    def __init__(self, search: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(search)
        self.search = search
        self.view = view
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _INTO_LIST and not event.modifiers():
                return self.enter_list()
        return False

    def enter_list(self) -> bool:
        model = self.view.model()
        if model is None or model.rowCount() == 0:
            return False
        current = self.view.currentIndex()
        if not current.isValid():
            current = model.index(0, 0)
            # A group's first item (rowCount, not hasChildren: a table model's is private).
            while current.isValid() and model.rowCount(current) > 0:
                current = model.index(0, 0, current)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if self.view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(current, flags)
        self.view.scrollTo(current)
        return True


def lead_search_to_list(search: QLineEdit, view: QAbstractItemView) -> SearchLeadsToList:
    return SearchLeadsToList(search, view)
