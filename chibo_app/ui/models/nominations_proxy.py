"""Filters of the nominations tree: search text (without diacritics), unit, field and
status. Group rows stay while any of their rows match."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from chibo_app.core.text import fold
from chibo_app.ui.models.nominations_model import FILTER_ROLE, SEARCH_ROLE


class NominationsProxy(QSortFilterProxyModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._words: list[str] = []
        self._wanted: tuple[str | None, str | None, str | None] = (None, None, None)
        self.setRecursiveFilteringEnabled(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filters(
        self, unit: str | None = None, field: str | None = None, status: str | None = None
    ) -> None:
        self.beginFilterChange()
        self._wanted = (unit, field, status)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802 - Qt's name
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not source_parent.isValid():
            # A group: always shown unfiltered, else only while one of its rows matches.
            return not self._words and self._wanted == (None, None, None)
        index = self.sourceModel().index(source_row, 0, source_parent)
        values = index.data(FILTER_ROLE) or ("", "", "")
        for wanted, value in zip(self._wanted, values, strict=True):
            if wanted is not None and wanted != value:
                return False
        text = index.data(SEARCH_ROLE) or ""
        return all(word in text for word in self._words)
