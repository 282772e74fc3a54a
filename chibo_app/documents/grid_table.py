"""A long list's body drawn as our own grid, straight on the canvas.

reportlab's Table re-reads its style commands into every cell, measures each cell in
general terms and draws it through a flowable and a saved graphics state: for a list
of 5,000 rows that was most of the document's time. A list's body is simpler: each cell
is plain text (a TextBlock, or "" under a span), so each row's height is its tallest
cell's lines plus the padding, and a page is drawn in one text object and one set of
lines. The header (a few Paragraphs, spans over two rows) stays a reportlab Table,
built once and drawn on every page. The look is the Table's: the same heights,
padding, vertical centring, spans, backgrounds and grid (see _Looks for the commands
understood; any other makes a ValueError rather than a different-looking list).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from reportlab.lib.colors import Color, toColor
from reportlab.platypus import Flowable, LongTable, TableStyle

from chibo_app.documents.text_blocks import TextBlock, encoder, line_ops

Command = tuple[Any, ...]
_STRING_LEADING = 12.0  # a Table's leading for a string cell when FONT gives none
_OWN_COMMANDS = {"FONT", "VALIGN", "GRID", "SPAN", "BACKGROUND", *(
    f"{side}PADDING" for side in ("LEFT", "RIGHT", "TOP", "BOTTOM")
)}  # fmt: skip


@dataclass(frozen=True)
class RowLook:
    """How one body row is laid out: per column its padding (left, top, right, bottom)
    and vertical alignment, the column spans (first, last) and filled cells."""

    padding: tuple[tuple[float, float, float, float], ...]
    valign: tuple[str, ...]  # TOP, MIDDLE or BOTTOM
    spans: tuple[tuple[int, int], ...]
    backgrounds: tuple[tuple[int, int, Color], ...]


class _Looks:
    """The table's style commands, split into the header's and the body's; a body
    command over one row is filed under that row, so a row looks up only its own.
    Rows touched by the same commands share one RowLook."""

    def __init__(self, style: TableStyle, header_rows: int, total_rows: int, columns: int) -> None:
        self.columns = columns
        self.header_commands: list[Command] = []
        self.spanning: list[tuple[int, int, Command]] = []  # (first, last body row, command)
        self.by_row: dict[int, list[Command]] = {}
        self.grid: tuple[float, Color] | None = None
        self.string_leading = _STRING_LEADING
        self._cache: dict[tuple[int, ...], RowLook] = {}
        for command in style.getCommands():
            name, (c0, r0), (c1, r1), *rest = cast(Command, command)
            if name not in _OWN_COMMANDS:
                raise ValueError(f"a list's table does not draw {name}")
            r0, r1 = (r + total_rows if r < 0 else r for r in (r0, r1))
            c0, c1 = (c + columns if c < 0 else c for c in (c0, c1))
            if r0 < header_rows:
                self.header_commands.append((name, (c0, r0), (c1, min(r1, header_rows - 1)), *rest))
            if name == "VALIGN" and rest[0] not in ("TOP", "MIDDLE", "BOTTOM"):
                raise ValueError(f"a list's table does not align cells {rest[0]}")
            if name == "GRID":
                if (c0, c1, r1) != (0, columns - 1, total_rows - 1) or r0 > header_rows:
                    raise ValueError("a list's grid covers its whole body")
                self.grid = (float(rest[0]), toColor(rest[1]))
                continue
            if name == "FONT":
                if len(rest) > 2:
                    self.string_leading = float(rest[2])
                continue
            first, last = max(r0, header_rows) - header_rows, r1 - header_rows
            if last < first:
                continue
            if name == "SPAN" and first != last:
                raise ValueError("a list's body spans columns, not rows")
            entry = (name, c0, c1, *rest)
            if first == last:
                self.by_row.setdefault(first, []).append(entry)
            else:
                self.spanning.append((first, last, entry))

    def look(self, row: int) -> RowLook:
        touching = [n for n, (first, last, _c) in enumerate(self.spanning) if first <= row <= last]
        own = self.by_row.get(row, ())
        key = (*touching, -1, *(id(c) for c in own))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._resolve(
                [self.spanning[n][2] for n in touching] + list(own)
            )
        return found

    def _resolve(self, commands: Sequence[Command]) -> RowLook:
        # A Table's defaults: padding 6 left and right, 3 above and below, bottom-aligned.
        padding = [[6.0, 3.0, 6.0, 3.0] for _ in range(self.columns)]
        valign = ["BOTTOM"] * self.columns
        spans: list[tuple[int, int]] = []
        backgrounds: list[tuple[int, int, Color]] = []
        sides = {"LEFTPADDING": 0, "TOPPADDING": 1, "RIGHTPADDING": 2, "BOTTOMPADDING": 3}
        for name, c0, c1, *rest in commands:  # in the style's order: later ones win
            if name in sides:
                for column in range(c0, c1 + 1):
                    padding[column][sides[name]] = float(rest[0])
            elif name == "VALIGN":
                for column in range(c0, c1 + 1):
                    valign[column] = rest[0]
            elif name == "SPAN" and c1 > c0:
                spans.append((c0, c1))
            elif name == "BACKGROUND":
                backgrounds.append((c0, c1, toColor(rest[0])))
        return RowLook(
            tuple((a, b, c, d) for a, b, c, d in padding),
            tuple(valign),
            tuple(spans),
            tuple(backgrounds),
        )


class GridSource:
    """A list's rows, measured once each as the pages ask, and let go once drawn."""

    def __init__(
        self,
        rows: Sequence[Sequence[object]],
        col_widths: Sequence[float],
        header_rows: int,
        style: TableStyle,
        space_after: float,
    ) -> None:
        self.looks = _Looks(style, header_rows, len(rows), len(col_widths))
        self.header = LongTable(
            [list(r) for r in rows[:header_rows]],
            colWidths=list(col_widths),
            style=TableStyle(self.looks.header_commands),
        )
        self.header_height = -1.0  # not measured yet
        self.body: list[Sequence[object]] = list(rows[header_rows:])
        self.heights: list[float] = []  # of body rows [0, len): measured in order
        self.row_looks: list[RowLook] = []  # and their looks
        self.xs = [0.0]
        for width in col_widths:
            self.xs.append(self.xs[-1] + width)
        self.space_after = space_after

    @property
    def width(self) -> float:
        return self.xs[-1]

    def measure_header(self, canvas: Any, avail_width: float) -> float:
        if self.header_height < 0:
            self.header_height = float(self.header.wrapOn(canvas, avail_width, 0xFFFFFFF)[1])
        return self.header_height

    def header_form(self, canvas: Any) -> str:
        """The header drawn once into a PDF form that every page shows: drawing its
        Table of Paragraphs again on each page cost a list of 500 pages ~1 s."""
        # Named in the order the canvas met them: the same bytes on every run.
        forms: dict[int, str] = canvas.__dict__.setdefault("chibo_list_headers", {})
        name = forms.get(id(self))
        if name is None:
            name = forms[id(self)] = f"ListHeader{len(forms) + 1}"
            edge = 2.0  # room for the border lines, half of each outside the header
            canvas.beginForm(name, -edge, -edge, self.width + edge, self.header_height + edge)
            self.header.drawOn(canvas, 0, 0)
            canvas.endForm()
        return name

    def height(self, row: int) -> float:
        """Body row `row`'s height, as a Table measures it: its tallest cell's text plus
        that cell's padding; a string cell (empty, under a span) counts one line."""
        heights = self.heights
        while len(heights) <= row:
            at = len(heights)
            look = self.looks.look(at)
            self.row_looks.append(look)
            heights.append(self._measure(at, look))
        return heights[row]

    def _measure(self, row: int, look: RowLook) -> float:
        tallest = 0.0
        for column, cell in enumerate(self.body[row]):
            left, top, right, bottom = look.padding[column]
            if isinstance(cell, TextBlock):
                width = self.cell_width(look, column) - left - right
                lines = cell.lines_for(width)
                tall = len(lines) * cell.style.leading
            elif isinstance(cell, str):
                tall = (cell.count("\n") + 1) * self.looks.string_leading
            else:
                raise TypeError(f"a list's body cell is plain text, not {type(cell).__name__}")
            tallest = max(tallest, tall + top + bottom)
        return tallest

    def cell_width(self, look: RowLook, column: int) -> float:
        for first, last in look.spans:
            if first == column:
                return self.xs[last + 1] - self.xs[first]
        return self.xs[column + 1] - self.xs[column]

    def release(self, start: int, end: int) -> None:
        """Forget body rows [start, end): drawn, their cells and lines can go."""
        self.body[start:end] = [()] * (end - start)

    def page(self, start: int, end: int) -> GridPage:
        return GridPage(self, start, end)


class GridPage(Flowable):
    """The header and body rows [start, end) of a list: one page's share."""

    def __init__(self, source: GridSource, start: int, end: int) -> None:
        super().__init__()
        self.source, self.start, self.end = source, start, end
        self.spaceAfter = source.space_after
        self.hAlign = "CENTER"  # a Table's default, when the columns leave room
        self.width = source.width
        self.height = source.header_height + sum(source.height(r) for r in range(start, end))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # sized by PagedTable to fit: never split again

    def draw(self) -> None:
        source, canvas = self.source, self.canv
        header = source.header_height
        bottoms: list[float] = []  # each body row's lower edge, top row first
        y = self.height - header
        for row in range(self.start, self.end):
            y -= source.heights[row]
            bottoms.append(y)
        self._backgrounds(bottoms)  # first, as a Table does: the lines go over them
        canvas.saveState()
        canvas.translate(0, self.height - header)
        canvas.doForm(source.header_form(canvas))
        canvas.restoreState()
        self._text(bottoms)
        self._lines(bottoms)
        source.release(self.start, self.end)

    def _rows(self, bottoms: list[float]) -> Iterator[tuple[int, RowLook, float, float]]:
        source = self.source
        for n, row in enumerate(range(self.start, self.end)):
            yield row, source.row_looks[row], bottoms[n], source.heights[row]

    def _backgrounds(self, bottoms: list[float]) -> None:
        canvas, xs = self.canv, self.source.xs
        filled = False
        for _row, look, bottom, height in self._rows(bottoms):
            for first, last, color in look.backgrounds:
                if not filled:
                    canvas.saveState()
                    filled = True
                canvas.setFillColor(color)
                canvas.rect(xs[first], bottom, xs[last + 1] - xs[first], height, stroke=0, fill=1)
        if filled:
            canvas.restoreState()

    def _text(self, bottoms: list[float]) -> None:
        """Every cell's lines in one text object, centred in its row as a Table does:
        (row height + bottom padding − top padding + text height) / 2 above the row's
        foot is the text's top."""
        source, canvas = self.source, self.canv
        encoders: dict[tuple[str, float], Callable[[str], str]] = {}
        ops = ["BT"]
        word_space = 0.0
        for row, look, bottom, height in self._rows(bottoms):
            occluded = {c for first, last in look.spans for c in range(first + 1, last + 1)}
            for column, cell in enumerate(source.body[row]):
                if column in occluded or not isinstance(cell, TextBlock):
                    continue
                left, top, right, bottom_pad = look.padding[column]
                width = source.cell_width(look, column) - left - right
                lines = cell.lines_for(width)
                style = cell.style
                tall = len(lines) * style.leading
                align = look.valign[column]
                if align == "MIDDLE":
                    top_y = bottom + (height + bottom_pad - top + tall) / 2
                elif align == "TOP":
                    top_y = bottom + height - top
                else:
                    top_y = bottom + bottom_pad + tall
                key = (style.font, style.size)
                encode = encoders.get(key)
                if encode is None:
                    encode = encoders[key] = encoder(canvas, style.font, style.size)
                x = source.xs[column] + left
                word_space = line_ops(ops, lines, style, x, top_y, width, encode, word_space)
        if word_space:
            ops.append("0 Tw")
        ops.append("ET")
        canvas.addLiteral(" ".join(ops))

    def _lines(self, bottoms: list[float]) -> None:
        """The grid below the header: a line under every row, the outer sides, and each
        inner column edge except where a span covers it."""
        grid = self.source.looks.grid
        if grid is None or not bottoms:
            return
        weight, color = grid
        xs = self.source.xs
        top = self.height - self.source.header_height
        segments = [(xs[0], b, xs[-1], b) for b in bottoms]
        segments += [(xs[0], top, xs[0], bottoms[-1]), (xs[-1], top, xs[-1], bottoms[-1])]
        for column in range(1, len(xs) - 1):
            run_top: float | None = None
            above = top
            for _row, look, bottom, _height in self._rows(bottoms):
                covered = any(first < column <= last for first, last in look.spans)
                if covered and run_top is not None:
                    segments.append((xs[column], run_top, xs[column], above))
                    run_top = None
                elif not covered and run_top is None:
                    run_top = above
                above = bottom
            if run_top is not None:
                segments.append((xs[column], run_top, xs[column], above))
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(weight)
        canvas.setLineCap(1)  # round, as a Table's lines
        canvas.setLineJoin(1)
        canvas.setStrokeColor(color)
        canvas.lines(segments)
        canvas.restoreState()
