"""A long list's table laid out one page at a time, in time linear in its length.

reportlab splits a long Table at a page break by measuring and copying the whole rest
of it (its rows, cell styles and spans) into a new Table, so a list of N rows over P
pages costs N × P: minutes for 5,000 rows. A PagedTable keeps the rows once, measures
each once (documents/grid_table.py) and, at each page break, hands the frame a page of
the header and the rows that fit, drawn by our own grid, and an index to the rest. Like
table_end.TableThenClosing, the closing (totals, signatures) follows the last rows and
never stands alone: the last KEPT_ROWS rows go over with it when it does not fit.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, TableStyle

from chibo_app.documents.grid_table import GridSource
from chibo_app.documents.reportlab_internals import at_top_of_frame
from chibo_app.documents.styles import text_style
from chibo_app.documents.table_end import KEPT_ROWS, stacked_height
from chibo_app.documents.text_blocks import TextBlock, TextStyle

_FORCE_SPLIT = 0xFFFFFF  # as KeepTogether: the frame always asks split() where to break


class CellParagraph(Paragraph):
    """A cell's paragraph that breaks its lines once per width: a page's Table measures
    its rows when the page is tried, again when it is added and when it is drawn, and
    the header is measured on every page. Its text never changes, nor do its lines."""

    _wrapped_at: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_at != avail_width:
            super().wrap(avail_width, avail_height)  # the height does not depend on it
            self._wrapped_at = avail_width
        return self.width, self.height


def text_cell(text: str, style: ParagraphStyle, font: str | None = None) -> TextBlock:
    """A body cell of plain text in `style` (or its `font`): laid out by TextBlock, no
    markup parsed, each word's width measured once per document (a Paragraph parses
    and measures every cell: a third of a long list's time)."""
    return TextBlock(unicodedata.normalize("NFC", text), _plain(style, font))


@functools.lru_cache(maxsize=64)
def _plain(style: ParagraphStyle, font: str | None) -> TextStyle:
    found = text_style(style)
    return replace(found, font=font) if font else found


class PagedTable(Flowable):
    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        *,
        col_widths: Sequence[float],
        header_rows: int,
        style: TableStyle,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self._source = GridSource(rows, col_widths, header_rows, style, space_after)
        self.start = 0
        self.closing: list[Flowable] = []
        self.kept_rows = KEPT_ROWS

    def then(self, closing: Sequence[Flowable], kept_rows: int = KEPT_ROWS) -> PagedTable:
        """This table followed by `closing`, which never stands alone on the last page."""
        return self._piece(self.start, list(closing), kept_rows)

    def _piece(self, start: int, closing: list[Flowable], kept_rows: int) -> PagedTable:
        piece = PagedTable.__new__(PagedTable)
        Flowable.__init__(piece)
        piece._source, piece.start, piece.closing, piece.kept_rows = (
            self._source, start, closing, kept_rows
        )  # fmt: skip
        return piece

    @property
    def rows_left(self) -> int:
        return len(self._source.body) - self.start

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, int]:
        return avail_width, _FORCE_SPLIT

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        source, start, left = self._source, self.start, self.rows_left
        at_top = at_top_of_frame(self)
        room = avail_height - source.measure_header(self.canv, avail_width)
        fit, used = 0, 0.0  # rows measured only as far as the page goes
        while fit < left:
            height = source.height(start + fit)
            if used + height > room:
                break
            used += height
            fit += 1
        end = start + left
        if fit >= left:  # the rest fits here: does the closing too?
            parts = [source.page(start, end), *self.closing]
            if stacked_height(parts, avail_width, self.canv) <= avail_height:
                return parts
        cut = min(fit, left - self.kept_rows)
        if cut <= 0:  # not one row fits here, or none may stay behind without the closing
            if not at_top:
                return []  # the next page
            # A fresh page cannot do better: the rows that fit (at least one) go here.
            cut = max(fit, 1)
            if cut >= left:
                return [source.page(start, end), *self.closing]
            return [source.page(start, start + cut), self._piece(start + cut, self.closing, 0)]
        return [
            source.page(start, start + cut),
            self._piece(start + cut, self.closing, self.kept_rows),
        ]
