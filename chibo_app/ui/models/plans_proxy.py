"""Filters of the plans table: a name search and one of the quick filters."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from chibo_app.core.plans import PlanRowView, PlanStatus
from chibo_app.core.text import fold
from chibo_app.services.midyear import MidyearRow
from chibo_app.ui.models.plans_model import PlansModel


class PlanFilter(StrEnum):
    ALL = "all"
    NOT_STARTED = "not_started"
    OVERDUE = "overdue"
    RETURNED = "returned"
    FLAGGED = "flagged"
    CONFIRMED = "confirmed"
    NOT_REVIEWED = "not_reviewed"  # confirmed, no mid-year review yet
    BEHIND = "behind"  # reviewed, tasks due by mid-year not done


def matches(row: PlanRowView, kind: PlanFilter, review: MidyearRow | None = None) -> bool:
    """Whether a row passes a quick filter; `review`: its mid-year state, if confirmed."""
    match kind:
        case PlanFilter.ALL:
            return True
        case PlanFilter.NOT_STARTED:
            return row.status == PlanStatus.NOT_STARTED
        case PlanFilter.OVERDUE:
            return row.overdue
        case PlanFilter.RETURNED:
            return row.status == PlanStatus.RETURNED
        case PlanFilter.FLAGGED:
            return row.checks > 0
        case PlanFilter.CONFIRMED:
            return row.status == PlanStatus.CONFIRMED
        case PlanFilter.NOT_REVIEWED:
            return review is not None and not review.reviewed
        case PlanFilter.BEHIND:
            return review is not None and review.reviewed and review.behind > 0


class PlansProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = PlanFilter.ALL
        self._words: list[str] = []

    def plans(self) -> PlansModel:
        model = self.sourceModel()
        assert isinstance(model, PlansModel)
        return model

    def set_filter(self, kind: PlanFilter) -> None:
        self.kind = kind
        self._refilter()

    def set_search(self, text: str) -> None:
        self._words = fold(text).split()
        self._refilter()

    def _refilter(self) -> None:
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(  # noqa: N802
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self.kind is PlanFilter.ALL and not self._words:
            return True  # asked for every row at each reset: no filter, nothing to look at
        model = self.plans()
        row = model.rows()[source_row]
        if not matches(row, self.kind, model.midyear_of(row.person_id)):
            return False
        if self._words:
            text = fold(f"{row.full_name} {row.unit or ''}")
            return all(w in text for w in self._words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.plans().sort(column, order)

    def source_rows(self, rows: list[int]) -> list[int]:
        """The source model's rows of these rows of the proxy. Unfiltered, they are the
        same: the proxy keeps the source's order (the source sorts itself), and a
        thousand mapToSource calls each ask the Python model for its size."""
        if self.kind is PlanFilter.ALL and not self._words:
            return rows
        return [self.mapToSource(self.index(row, 0)).row() for row in rows]
