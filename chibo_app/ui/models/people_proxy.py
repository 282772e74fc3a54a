"""Filtering of the people table: search text, kind, unit and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from chibo_app.core.people import Kind, Status
from chibo_app.core.text import fold
from chibo_app.ui.models.people_model import PeopleModel

AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleFilter(QSortFilterProxyModel):
    """Decides every row in one Python pass, then lets Qt read the answers.

    filterAcceptsRow only looks up a precomputed list, so a keystroke costs one
    scan of the folded texts plus a cheap call per row.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._query = ""
        self.kind: Kind | None = None
        self.unit: str | None = None
        self.status: Status | None = Status.ACTIVE
        self._accepted: list[bool] = []
        # Rows whose text matches self._query; typing more only narrows it down.
        self._text_matches: list[int] = []
        self._criteria_ok: list[bool] = []

    def setSourceModel(self, model: PeopleModel) -> None:  # type: ignore[override]  # noqa: N802
        # Connected before the proxy's own handlers, so the answers are fresh
        # by the time Qt re-reads them after a reset or a re-sort.
        model.modelReset.connect(self._recompute)
        model.layoutChanged.connect(self._recompute)
        self._recompute_for(model)
        super().setSourceModel(model)

    def people(self) -> PeopleModel:
        model = self.sourceModel()
        assert isinstance(model, PeopleModel)
        return model

    # Criteria --------------------------------------------------------------

    def set_search(self, text: str) -> None:
        query = " ".join(fold(text).split())
        if query == self._query:
            return
        texts = self.people().search_texts()
        # A longer query matches a subset of what its beginning matched.
        candidates = (
            self._text_matches
            if self._query and query.startswith(self._query)
            else range(len(texts))
        )
        self._query = query
        self._text_matches = _matching(texts, candidates, query.split())
        self._combine()
        self._invalidate()

    def set_criteria(self, kind: Kind | None, unit: str | None, status: Status | None) -> None:
        self.kind, self.unit, self.status = kind, unit, status
        self._criteria_ok = _criteria(self.people(), kind, unit, status)
        self._combine()
        self._invalidate()

    def _invalidate(self) -> None:
        # invalidateRowsFilter is deprecated in 6.12 in favour of this pair.
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _recompute(self) -> None:
        self._recompute_for(self.people())

    def _recompute_for(self, model: PeopleModel) -> None:
        texts = model.search_texts()
        self._text_matches = _matching(texts, range(len(texts)), self._query.split())
        self._criteria_ok = _criteria(model, self.kind, self.unit, self.status)
        self._combine()

    def _combine(self) -> None:
        ok = self._criteria_ok
        accepted = [False] * len(ok)
        for i in self._text_matches:
            accepted[i] = ok[i]
        self._accepted = accepted

    # Qt interface ----------------------------------------------------------

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        accepted = self._accepted
        return source_row < len(accepted) and accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself over precomputed keys; the proxy keeps its order.
        self.people().sort(column, order)


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
