"""Filtering of the people table: search text, kind, unit and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from chibo_app.core.people import Kind, Status
from chibo_app.core.text import fold
from chibo_app.ui.models.people_model import Col, PeopleModel

AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleFilter(QAbstractTableModel):
    """The people rows that pass the search and the criteria, in the register's order.

    Not a QSortFilterProxyModel: that one asks the Python source for its rowCount,
    columnCount and index (three calls from C++) for every cell it paints, and calls
    filterAcceptsRow once per row on every keystroke — at 5,000 people a keystroke's
    repaint took 24 ms. Here a keystroke is one Python pass over folded texts, and a
    painted cell is one call that reads the source's row directly.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = PeopleModel()
        self._query = ""
        self.kind: Kind | None = None
        self.unit: str | None = None
        self.status: Status | None = Status.ACTIVE
        self._shown: list[int] = []  # source rows, in the source's order
        # Source rows whose text matches self._query; typing more only narrows it down.
        self._text_matches: list[int] = []
        self._criteria_ok: list[bool] = []
        self._kept: list[tuple[QModelIndex, int, int]] = []  # index, person id, column

    def setSourceModel(self, model: PeopleModel) -> None:  # noqa: N802 - as Qt's proxies
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.layoutAboutToBeChanged.connect(self._about_to_move)
        model.layoutChanged.connect(self._recompute_and_move)
        self._recompute()
        self.endResetModel()

    def sourceModel(self) -> PeopleModel:  # noqa: N802
        return self._source

    def people(self) -> PeopleModel:
        return self._source

    def mapToSource(self, index: AnyIndex) -> QModelIndex:  # noqa: N802
        if not index.isValid() or index.row() >= len(self._shown):
            return QModelIndex()
        return self._source.index(self._shown[index.row()], index.column())

    def mapFromSource(self, index: AnyIndex) -> QModelIndex:  # noqa: N802
        row = self._row_of_source(index.row()) if index.isValid() else None
        return QModelIndex() if row is None else self.index(row, index.column())

    # Criteria --------------------------------------------------------------

    def set_search(self, text: str) -> None:
        query = " ".join(fold(text).split())
        if query == self._query:
            return
        texts = self._source.search_texts()
        # A longer query matches a subset of what its beginning matched.
        candidates = (
            self._text_matches
            if self._query and query.startswith(self._query)
            else range(len(texts))
        )
        self._query = query
        self._text_matches = _matching(texts, candidates, query.split())
        self._show(self._combined())

    def set_criteria(self, kind: Kind | None, unit: str | None, status: Status | None) -> None:
        self.kind, self.unit, self.status = kind, unit, status
        self._criteria_ok = _criteria(self._source, kind, unit, status)
        self._show(self._combined())

    def _source_reset(self) -> None:
        self._recompute()
        self.endResetModel()

    def _recompute_and_move(self) -> None:
        self._recompute()
        self._moved()

    def _recompute(self) -> None:
        texts = self._source.search_texts()
        self._text_matches = _matching(texts, range(len(texts)), self._query.split())
        self._criteria_ok = _criteria(self._source, self.kind, self.unit, self.status)
        self._shown = self._combined()

    def _combined(self) -> list[int]:
        ok = self._criteria_ok
        return [i for i in self._text_matches if ok[i]]

    def _show(self, rows: list[int]) -> None:
        if rows == self._shown:
            return  # nothing to repaint (another letter of a name already found)
        self._about_to_move()
        self._shown = rows
        self._moved()

    # Rows changing place: the selection and the current row follow their person
    # (the selection model keeps persistent indexes; a hidden row's become invalid).

    def _about_to_move(self) -> None:
        self.layoutAboutToBeChanged.emit()
        shown, rows = self._shown, self._source.rows()
        self._kept = [
            (index, rows[shown[index.row()]].id, index.column())
            for index in self.persistentIndexList()
            if index.row() < len(shown)
        ]

    def _moved(self) -> None:
        kept, self._kept = self._kept, []
        if kept:  # by person: a re-sort of the source moves its rows too
            rows = self._source.rows()
            where = {rows[source].id: row for row, source in enumerate(self._shown)}
            self.changePersistentIndexList(
                [index for index, _person, _column in kept],
                [
                    self.index(where[person], column) if person in where else QModelIndex()
                    for _index, person, column in kept
                ],
            )
        self.layoutChanged.emit()

    def _row_of_source(self, source_row: int) -> int | None:
        for row, shown in enumerate(self._shown):
            if shown == source_row:
                return row
        return None

    # Qt interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source.cell_data(self._shown[index.row()], index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself over precomputed keys; its layoutChanged reaches us.
        self._source.sort(column, order)


def _matching(texts: list[str], candidates: Any, words: list[str]) -> list[int]:
    if not words:
        return list(candidates)
    if len(words) == 1:
        word = words[0]
        return [i for i in candidates if word in texts[i]]
    return [i for i in candidates if all(w in texts[i] for w in words)]


def _criteria(
    model: PeopleModel, kind: Kind | None, unit: str | None, status: Status | None
) -> list[bool]:
    return [
        (kind is None or row.kind == kind)
        and (unit is None or (row.unit or "") == unit)
        and (status is None or row.status == status)
        for row in model.rows()
    ]
