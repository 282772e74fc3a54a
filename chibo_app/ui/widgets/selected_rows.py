"""The rows selected in a flat table whose selection is by whole rows (SelectRows).

QItemSelectionModel.selectedRows() checks every selected row against every selected
range: 1,000 people picked one by one (Ctrl+click, or a filter's rows) take about a
second of the GUI thread, and the plans page asks at every change of the selection.
Here the ranges are read once: linear in the rows selected."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def selected_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The first column's index of every selected top-level row, top to bottom."""
    model = view.model()
    return [model.index(row, 0) for row in selected_row_numbers(view)]


def selected_row_numbers(view: QAbstractItemView) -> list[int]:
    """The number of every selected top-level row in the view's model, top to bottom."""
    rows: set[int] = set()
    for selected in view.selectionModel().selection():
        if not selected.parent().isValid():
            rows.update(range(selected.top(), selected.bottom() + 1))
    return sorted(rows)
