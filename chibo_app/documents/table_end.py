"""A list's table followed by its closing (totals, signatures), laid out so the last
page never holds the closing alone: when they do not fit together, the table is split
so that its last rows go over with the closing, under the repeated header."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Table

from chibo_app.documents.reportlab_internals import at_top_of_frame, row_heights

KEPT_ROWS = 2  # data rows that always go with the closing
_FORCE_SPLIT = 0xFFFFFF  # as KeepTogether: the frame always asks split() where to break
_UNBOUNDED = 0xFFFFFFF  # the height offered to each part when measuring them
_FUZZ = 1e-6  # reportlab's: a height below it is no height


class TableThenClosing(Flowable):
    def __init__(
        self, table: Table, closing: Sequence[Flowable], kept_rows: int = KEPT_ROWS
    ) -> None:
        super().__init__()
        self.table = table
        self.closing = list(closing)
        self.kept_rows = kept_rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, int]:
        return avail_width, _FORCE_SPLIT

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = [self.table, *self.closing]
        needed = stacked_height(parts, avail_width, self.canv)
        if needed <= avail_height:
            return parts
        self.table.wrap(avail_width, avail_height)
        heights = row_heights(self.table)
        fit, used = 0, 0.0
        for height in heights:
            if height is None or used + height > avail_height:
                break
            used += height
            fit += 1
        cut = min(fit, len(heights) - self.kept_rows)
        if cut <= _header_rows(self.table):  # not one data row fits here with the header
            return parts if at_top_of_frame(self) else []  # [] = next page
        pieces = self.table.split(avail_width, sum(h or 0.0 for h in heights[:cut]) + 0.01)
        if len(pieces) != 2:
            return parts
        first, rest = pieces
        if not isinstance(rest, Table):
            return parts
        return [first, TableThenClosing(rest, self.closing, self.kept_rows)]


def _header_rows(table: Table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)


def stacked_height(parts: Sequence[Flowable], width: float, canvas: Any) -> float:
    """The height `parts` take one under the other in a frame `width` wide: each one's
    height, and between two the larger of the space after one and before the next (as
    a frame stacks them; an empty flowable takes no room and no space)."""
    total, space_after, first = 0.0, 0.0, True
    for part in parts:
        _w, height = part.wrapOn(canvas, width, _UNBOUNDED)
        if height <= _FUZZ:
            continue
        if not first:
            total += space_after + max(part.getSpaceBefore() - space_after, 0)
        total += height
        space_after, first = part.getSpaceAfter(), False
    return total
