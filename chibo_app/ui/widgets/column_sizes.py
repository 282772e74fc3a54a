"""Columns sized to their contents from a sample of rows, not from every row."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

# Qt's default reads 1,000 rows × every column × several roles through Python's data():
# 0 reads the rows on screen only.
SAMPLE_ROWS = 0


def fit_columns(view: QTableView, rows: int = SAMPLE_ROWS) -> None:
    """resizeColumnsToContents over the rows on screen (and `rows` others)."""
    view.horizontalHeader().setResizeContentsPrecision(rows)
    view.resizeColumnsToContents()
