"""Plain-text flowables that lay out far faster than reportlab's Paragraph and Table.

A batch of 500 plan forms is ~20,000 pieces of text. Paragraph parses markup and
Table measures every cell twice; neither is needed for plain text in one font, and
together they made the batch no faster than LibreOffice. `TextBlock` breaks lines
itself with cached word widths and remembers its layout per width, so the wording
every form shares is laid out once per batch; `GridTable` is a bordered table of
TextBlock-style cells that splits between rows and repeats its header row.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from chibo_app.documents.reportlab_internals import pdf_document

LEFT, CENTRE, JUSTIFY = "left", "centre", "justify"


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    align: str = LEFT
    first_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0


@functools.lru_cache(maxsize=65536)
def _width(word: str, font: str, size: float) -> float:
    return float(stringWidth(word, font, size))


@dataclass(frozen=True)
class _Line:
    words: tuple[str, ...]
    width: float  # natural width with single spaces
    last: bool  # last line of a paragraph: never justified


@functools.lru_cache(maxsize=16384)
def shared_lines(text: str, style: TextStyle, width: float) -> tuple[_Line, ...]:
    """break_lines, once per (text, style, width) among the recent ones: a list's
    positions, units and classifications repeat on thousands of rows."""
    return tuple(break_lines(text, style, width))


def break_lines(text: str, style: TextStyle, width: float) -> list[_Line]:
    """Greedy line breaking; '\\n' forces a break; an over-long word is cut."""
    space = _width(" ", style.font, style.size)
    lines: list[_Line] = []
    for part in text.split("\n"):
        indent = style.first_indent
        words: list[str] = []
        used = 0.0
        for word in part.split():
            w = _width(word, style.font, style.size)
            pieces = (word,) if w <= width - indent else _pieces(word, style, width - indent)
            for piece in pieces:
                if piece is not word:
                    w = _width(piece, style.font, style.size)
                extra = w if not words else space + w
                if words and used + extra > width - indent:
                    lines.append(_Line(tuple(words), used, False))
                    indent, words, used = 0.0, [piece], w
                else:
                    words.append(piece)
                    used += extra
        lines.append(_Line(tuple(words), used, True))
    return lines


def _pieces(word: str, style: TextStyle, width: float) -> list[str]:
    if _width(word, style.font, style.size) <= width or len(word) < 2:
        return [word]
    pieces, current = [], ""
    for ch in word:
        if current and _width(current + ch, style.font, style.size) > width:
            pieces.append(current)
            current = ""
        current += ch
    return [*pieces, current]


def draw_lines(
    canvas: Any, lines: Sequence[_Line], style: TextStyle, x: float, top: float, width: float
) -> None:
    """Draw `lines` with the first baseline one leading-ish below `top`.

    Writes the PDF text operators itself (what reportlab's text object writes: one
    'Tm' per line, 'Tw' for justification, 'Tf' and 'Tj' per font subset), with each
    line's encoded text cached per document: the wording every form repeats and the
    phrases people share are encoded once per batch instead of once per line.
    """
    ops = ["BT"]
    if line_ops(ops, lines, style, x, top, width, encoder(canvas, style.font, style.size)):
        ops.append("0 Tw")
    ops.append("ET")
    canvas.addLiteral(" ".join(ops))


def line_ops(
    ops: list[str],
    lines: Sequence[_Line],
    style: TextStyle,
    x: float,
    top: float,
    width: float,
    encode: Callable[[str], str],
    word_space: float = 0.0,
) -> float:
    """Append to `ops` (inside BT … ET) the operators drawing `lines` as draw_lines does;
    `word_space` is the 'Tw' in force before them, the one in force after is returned
    (so many cells share one text object: a list's page draws all its cells in one)."""
    space = _width(" ", style.font, style.size)
    y = top - style.size
    first = True
    for line in lines:
        indent = style.first_indent if first else 0.0
        first = line.last  # the next line starts a new paragraph after a hard break
        if style.align == CENTRE:
            left = x + (width - line.width) / 2
        else:
            left = x + indent
        gaps = len(line.words) - 1
        stretch = 0.0
        if style.align == JUSTIFY and not line.last and gaps > 0:
            stretch = (width - indent - line.width) / gaps
            # Tw stretches the space glyph (code 32 in reportlab's TTF subsets).
            stretch = min(stretch, space * 3)
        ops.append(f"1 0 0 1 {fp_str(left)} {fp_str(y)} Tm")
        if stretch != word_space:
            ops.append(f"{fp_str(stretch)} Tw")
            word_space = stretch
        if line.words:
            ops.append(encode(" ".join(line.words)))
        y -= style.leading
    return word_space


def encoder(canvas: Canvas, font_name: str, size: float) -> Callable[[str], str]:
    """text → its 'Tf … Tj' operators in `font_name` at `size`, cached on the document
    (subset codes are fixed per document once a character has one)."""
    doc = pdf_document(canvas)
    notes: Any = doc  # our cache rides on reportlab's document object
    caches: dict[tuple[str, float], dict[str, str]] | None = getattr(notes, "chibo_encoded", None)
    if caches is None:
        caches = notes.chibo_encoded = {}
    cache = caches.setdefault((font_name, size), {})
    font = getFont(font_name)
    if not isinstance(font, TTFont):  # the shipped fonts are; a Type 1 font has no subsets
        raise TypeError(f"{font_name} is not a TrueType font")
    size_text = fp_str(size)

    def encode(text: str) -> str:
        found = cache.get(text)
        if found is None:
            found = cache[text] = " ".join(
                f"{font.getSubsetInternalName(subset, doc)} {size_text} Tf ({escapePDF(part)}) Tj"
                for subset, part in font.splitString(text, doc)
            )
        return found

    return encode


class TextBlock(Flowable):
    """A paragraph of plain text in one font; splits between lines across pages."""

    def __init__(self, text: str, style: TextStyle, lines: Sequence[_Line] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self._lines = lines
        self._laid_for = -1.0 if lines is None else None
        self.width = 0.0
        self.height = 0.0

    def lines_for(self, width: float) -> Sequence[_Line]:
        """The lines this text breaks into at `width` (laid out once per width)."""
        return self._layout(width)

    def _layout(self, width: float) -> Sequence[_Line]:
        if self._lines is None or (self._laid_for is not None and self._laid_for != width):
            self._lines = shared_lines(self.text, self.style, width)
            self._laid_for = width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self.width = avail_width
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(lines):
            return []
        head_style = TextStyle(**{**self.style.__dict__, "space_after": 0.0})
        tail_style = TextStyle(**{**self.style.__dict__, "space_before": 0.0, "first_indent": 0.0})
        return [TextBlock("", head_style, lines[:fits]), TextBlock("", tail_style, lines[fits:])]

    def draw(self) -> None:
        draw_lines(self.canv, self._lines or [], self.style, 0, self.height, self.width)


@dataclass(frozen=True)
class Column:
    width: float
    style: TextStyle  # body cells
    middle: bool = False  # centre vertically (numbers, dates)


class GridTable(Flowable):
    """A fully bordered table of plain-text cells; the header row repeats after a split."""

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        columns: Sequence[Column],
        header_style: TextStyle,
        *,
        padding: tuple[float, float, float, float] = (3, 2, 3, 4),  # left, top, right, bottom
        line_width: float = 0.5,
    ) -> None:
        super().__init__()
        self._header = list(header)
        self._rows = [list(r) for r in rows]
        self._columns = list(columns)
        self._header_style = header_style
        self._padding = padding
        self._line_width = line_width
        self._laid: list[tuple[list[list[_Line]], float]] | None = None
        self.width = sum(c.width for c in columns)
        self.height = 0.0

    def _cell_lines(self, row: Sequence[str], header: bool) -> tuple[list[list[_Line]], float]:
        left, top, right, bottom = self._padding
        cells = []
        tallest = 0.0
        for text, column in zip(row, self._columns, strict=True):
            style = self._header_style if header else column.style
            lines = break_lines(text, style, column.width - left - right)
            cells.append(lines)
            tallest = max(tallest, len(lines) * style.leading)
        return cells, tallest + top + bottom

    def _layout(self) -> list[tuple[list[list[_Line]], float]]:
        if self._laid is None:
            self._laid = [self._cell_lines(self._header, True)]
            self._laid += [self._cell_lines(r, False) for r in self._rows]
        return self._laid

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = sum(h for _c, h in self._layout())
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        laid = self._layout()
        used = laid[0][1]
        fits = 0
        for _cells, height in laid[1:]:
            if used + height > avail_height:
                break
            used += height
            fits += 1
        if fits == 0 or fits >= len(self._rows):
            return []
        first = GridTable(self._header, self._rows[:fits], self._columns, self._header_style)
        rest = GridTable(self._header, self._rows[fits:], self._columns, self._header_style)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        left, top, right, _bottom = self._padding
        y = self.height
        xs = [0.0]
        for column in self._columns:
            xs.append(xs[-1] + column.width)
        canvas.saveState()
        canvas.setLineWidth(self._line_width)
        for index, (cells, height) in enumerate(self._layout()):
            header = index == 0
            for lines, column, x in zip(cells, self._columns, xs, strict=False):
                style = self._header_style if header else column.style
                block = len(lines) * style.leading
                offset = top
                if header or column.middle:
                    offset = (height - block) / 2
                draw_lines(canvas, lines, style, x + left, y - offset, column.width - left - right)
            y -= height
            canvas.line(0, y, self.width, y)
        canvas.line(0, self.height, self.width, self.height)
        for x in xs:
            canvas.line(x, 0, x, self.height)
        canvas.restoreState()


class SideBySide(Flowable):
    """Two columns of stacked flowables in matching bands, never split.

    Each column is a list of bands (e.g. heading / note / signing space / name); band
    n of both columns gets the height of the taller one, so two signatures side by
    side have their names on one line. Cheaper than a Table and kept together.
    """

    def __init__(
        self,
        left: Sequence[Sequence[Flowable]],
        right: Sequence[Sequence[Flowable]],
        widths: tuple[float, float],
    ) -> None:
        super().__init__()
        self._columns = (list(map(list, left)), list(map(list, right)))
        self._widths = widths
        self._bands: list[float] = []
        self.width = sum(widths)
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        count = max(len(self._columns[0]), len(self._columns[1]))
        bands = [0.0] * count
        for column, width in zip(self._columns, self._widths, strict=True):
            for n, band in enumerate(column):
                height = sum(f.wrap(width, avail_height)[1] for f in band)
                bands[n] = max(bands[n], height)
        self._bands = bands
        self.height = sum(bands)
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for column, width in zip(self._columns, self._widths, strict=True):
            y = self.height
            for n, band in enumerate(column):
                top = y
                for flowable in band:
                    _w, h = flowable.wrap(width, self.height)
                    flowable.drawOn(self.canv, x, top - h)
                    top -= h
                y -= self._bands[n]
            x += width
