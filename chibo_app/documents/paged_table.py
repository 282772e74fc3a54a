"""A long list's table laid out one page at a time, in time linear in its length.

reportlab splits a long Table at a page break by measuring and copying the whole rest
of it (its rows, cell styles and spans) into a new Table, so a list of N rows over P
pages costs N × P: minutes for 5,000 rows. A PagedTable keeps the rows once and, at
each page break, builds a Table of the header and a window of rows a little longer
than a page, keeps the rows that fit and passes on an index to the rest. Like
table_end.TableThenClosing, the closing (totals, signatures) follows the last rows and
never stands alone: the last KEPT_ROWS rows go over with it when it does not fit.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle

from chibo_app.documents.reportlab_internals import at_top_of_frame, row_heights
from chibo_app.documents.styles import text_style
from chibo_app.documents.table_end import KEPT_ROWS, stacked_height
from chibo_app.documents.text_blocks import TextBlock, TextStyle

_FORCE_SPLIT = 0xFFFFFF  # as KeepTogether: the frame always asks split() where to break
_FIRST_WINDOW = 24  # rows tried on the first page (more when they all fit)
_MORE_ROWS = 4  # rows tried beyond those that fitted on the page before

Command = tuple[Any, ...]


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


class _Source:
    """The rows and style commands every page of one table shares."""

    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        col_widths: Sequence[float],
        header_rows: int,
        style: TableStyle,
        space_after: float,
    ) -> None:
        self.header = [list(r) for r in rows[:header_rows]]
        self.body: list[Sequence[object]] = list(rows[header_rows:])
        self.col_widths = list(col_widths)
        self.header_rows = header_rows
        self.space_after = space_after
        self.window = _FIRST_WINDOW
        self.least_height = 0.0  # header and lowest row measured so far (0: not yet)
        # Each command split into its header part and its body part; a body part of
        # one row is filed under that row, so a page looks up only its own rows.
        self.header_commands: list[Command] = []
        self.spanning: list[tuple[int, int, Command]] = []  # (first, last body row, command)
        self.by_row: dict[int, list[Command]] = defaultdict(list)
        total = len(rows)
        for command in style.getCommands():
            name, (c0, r0), (c1, r1), *rest = cast(Command, command)
            r0, r1 = (r + total if r < 0 else r for r in (r0, r1))
            if r0 < header_rows:
                self.header_commands.append((name, (c0, r0), (c1, min(r1, header_rows - 1)), *rest))
            first, last = max(r0, header_rows) - header_rows, r1 - header_rows
            if last < first:
                continue
            if first == last:
                self.by_row[first].append((name, c0, c1, *rest))
            else:
                self.spanning.append((first, last, (name, c0, c1, *rest)))

    def release(self, start: int, end: int) -> None:
        """Forget body rows [start, end): their page has its own Table now, and once it
        is drawn their cells and laid-out lines can go (20,000 rows never all wait)."""
        self.body[start:end] = [()] * (end - start)

    def measured(self, heights: Sequence[float | None]) -> None:
        """Remember the header's height and the lowest row's: below the two together
        no row fits, and the page ends without measuring any."""
        h = self.header_rows
        if None in heights[:h]:
            return
        header = sum(heights[:h])  # type: ignore[arg-type]
        lowest = min((x for x in heights[h:] if x is not None), default=0.0)
        if self.least_height == 0.0:
            self.least_height = header + lowest
        else:
            self.least_height = min(self.least_height, header + lowest)

    def table(self, start: int, end: int, heights: Sequence[float] | None = None) -> LongTable:
        """The header and body rows [start, end) as one Table (with their heights, when
        measured already: the Table does not measure them again)."""
        h = self.header_rows
        commands = list(self.header_commands)
        for first, last, (name, c0, c1, *rest) in self.spanning:
            if first < end and last >= start:
                top, bottom = max(first, start) - start + h, min(last, end - 1) - start + h
                commands.append((name, (c0, top), (c1, bottom), *rest))
        by_row = self.by_row
        for row in range(start, end):
            for name, c0, c1, *rest in by_row.get(row, ()):
                at = row - start + h
                commands.append((name, (c0, at), (c1, at), *rest))
        return LongTable(
            [*(list(r) for r in self.header), *(list(r) for r in self.body[start:end])],
            colWidths=self.col_widths,
            repeatRows=h,
            rowHeights=heights,
            style=TableStyle(commands),
            spaceAfter=self.space_after,
        )


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
        self._source = _Source(rows, col_widths, header_rows, style, space_after)
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
        if not at_top and avail_height < source.least_height:
            return []  # the foot of a page: not even the header and a row fit
        window = min(left, source.window)
        while True:  # a Table measures every row it has: try a little more than a page
            trial = source.table(start, start + window)
            trial.wrapOn(self.canv, avail_width, avail_height)
            heights = row_heights(trial)
            fit = _rows_fitting(heights, avail_height) - source.header_rows
            source.measured(heights)
            if fit < window or window == left:
                break
            window = min(left, window * 2)  # every row tried fits: try more
        source.window = max(fit + _MORE_ROWS, _MORE_ROWS)
        if fit >= left:  # the rest fits here: does the closing too?
            parts = [trial, *self.closing]
            if stacked_height(parts, avail_width, self.canv) <= avail_height:
                return parts
        cut = min(fit, left - self.kept_rows)
        if cut <= 0:  # not one row fits here, or none may stay behind without the closing
            if at_top:  # a fresh page cannot do better: let reportlab split it
                return [source.table(start, start + left), *self.closing]
            return []  # the next page
        page = (
            trial
            if cut == window
            else source.table(
                start, start + cut, [h or 0.0 for h in heights[: source.header_rows + cut]]
            )
        )
        source.release(start, start + cut)
        return [page, self._piece(start + cut, self.closing, self.kept_rows)]


def _rows_fitting(heights: Sequence[float | None], avail_height: float) -> int:
    used, fit = 0.0, 0
    for height in heights:
        if height is None or used + height > avail_height:
            break
        used += height
        fit += 1
    return fit
