"""A list's table followed by its closing (totals, signatures), laid out so the last
page never holds the closing alone: when they do not fit together, the table is split
so that its last rows go over with the closing, under the repeated header."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Table
from reportlab.platypus.flowables import _listWrapOn

KEPT_ROWS = 2  # data rows that always go with the closing
_FORCE_SPLIT = 0xFFFFFF  # as KeepTogether: the frame always asks split() where to break


class TableThenClosing(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
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
        _w, needed = _listWrapOn(parts, avail_width, self.canv)
        if needed <= avail_height:
            return parts
        self.table.wrap(avail_width, avail_height)
        heights: list[float] = list(self.table._rowHeights)
        fit, used = 0, 0.0
        for height in heights:
            if used + height > avail_height:
                break
            used += height
            fit += 1
        cut = min(fit, len(heights) - self.kept_rows)
        if cut <= _header_rows(self.table):  # not one data row fits here with the header
            frame = getattr(self, "_frame", None)
            return parts if getattr(frame, "_atTop", False) else []  # [] = next page
        pieces = self.table.split(avail_width, sum(heights[:cut]) + 0.01)
        if len(pieces) != 2:
            return parts
        first, rest = pieces
        return [first, TableThenClosing(rest, self.closing, self.kept_rows)]


def _header_rows(table: Table) -> int:
    repeat = table.repeatRows
    return repeat if isinstance(repeat, int) else len(repeat)
