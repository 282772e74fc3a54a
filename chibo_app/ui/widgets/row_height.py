"""Rows tall enough for Vietnamese capitals: a stacked mark (Ậ, Ể, Ỗ) rises above the
font's ascent, so a row as high as QFontMetrics.height() cuts it ("TẬP THỂ" read "THẼ").
The height comes from the font's own measure of such letters, not a fixed number."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

# Capitals with a mark above a mark, and letters with one below.
TALL_TEXT = "ẬẦẨẪẶẰẲẴỂỀỄỆỖỒỔỘỠỜỞỢỮỪỬỰỴ"
PADDING = 1  # above and below the tallest mark


def text_row_height(font: QFont) -> int:
    """A row's height for one line of `font` with every Vietnamese mark shown whole:
    the line centred in the row, with room on both sides for the tallest overhang."""
    metrics = QFontMetrics(font)
    ink = metrics.tightBoundingRect(TALL_TEXT)
    over = max(0, -ink.top() - metrics.ascent(), ink.bottom() - metrics.descent())
    return metrics.height() + 2 * (over + PADDING)


class TallRowsDelegate(QStyledItemDelegate):
    """Items at least text_row_height of their (bold or plain) font."""

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        font = QFont(option.font)
        font.setBold(True)  # a group's heading is bold: the same height for every row
        return size.expandedTo(QSize(0, text_row_height(font)))
