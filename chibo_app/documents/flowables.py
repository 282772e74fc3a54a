"""Small custom flowables for party documents: the header block and writing lines.

The header is drawn straight onto the canvas instead of as a table of paragraphs:
it is the same on every document, a table costs far more layout time per form (500
forms in one batch), and drawing it lets the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" be
exactly as wide as the words, as 36-HD/VPTW asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from chibo_app.core.party_header import PARTY_HEADER, STAR
from chibo_app.documents import fonts


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float


class HeaderBlock(Flowable):
    """Left: superior committee, cell (bold), '*', 'Số …'; right: party header, date.

    The right column takes what its two lines need; the left column gets the rest,
    so a long committee name ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH") stays on one line
    whenever it can, and otherwise wraps into balanced lines.
    """

    def __init__(
        self,
        *,
        superior: str,
        cell_name: str,
        number: str | None,
        date_line: str,
        header_size: float,
        party_header_size: float,
    ) -> None:
        super().__init__()
        self._superior = superior.upper()
        self._cell = cell_name.upper()
        self._number = number
        self._date_line = date_line
        self._size = header_size
        self._party_size = party_header_size
        self._left: list[_Line] = []
        self._left_width = 0.0
        self._date_width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        size = self._size
        party_width = stringWidth(PARTY_HEADER, fonts.BOLD, self._party_size)
        self._date_width = stringWidth(self._date_line, fonts.ITALIC, size)
        left_need = max(
            stringWidth(self._superior, fonts.REGULAR, size),
            stringWidth(self._cell, fonts.BOLD, size),
        )
        # The right column is as wide as its lines; but a long hand-written date line
        # ("ngày …… tháng ……") may give way to the committee name, hanging into the
        # gutter rather than pushing the name onto two lines.
        right_width = max(party_width, self._date_width)
        if left_need + right_width + 12 > avail_width:
            right_width = max(party_width, min(right_width, avail_width - left_need - 12))
        self._left_width = max(avail_width * 0.4, avail_width - right_width - 12)
        lines = [_Line(t, fonts.REGULAR, size) for t in self._split(self._superior, fonts.REGULAR)]
        lines += [_Line(t, fonts.BOLD, size) for t in self._split(self._cell, fonts.BOLD)]
        lines.append(_Line(STAR, fonts.REGULAR, size))
        if self._number:
            lines.append(_Line(self._number, fonts.REGULAR, size))
        self._left = lines
        right_height = self._party_size * 1.2 + 8 + size * 1.2
        self.height = max(len(lines) * size * 1.2, right_height) + 2
        return self.width, self.height

    def _split(self, text: str, font: str) -> list[str]:
        """Lines of `text` within the left column, as even in length as possible."""
        width = self._left_width
        lines: list[str] = simpleSplit(text, font, self._size, width)
        if len(lines) < 2:
            return lines
        # Narrow the measure while the line count stays the same: balanced lines.
        best = lines
        while width > 40:
            width -= 6
            trial: list[str] = simpleSplit(text, font, self._size, width)
            if len(trial) > len(lines):
                break
            best = trial
        return best

    def draw(self) -> None:
        canvas: Any = self.canv
        left_centre = self._left_width / 2
        right_centre = self._left_width + (self.width - self._left_width) / 2
        y = self.height
        for line in self._left:
            y -= line.size * 1.2
            canvas.setFont(line.font, line.size)
            canvas.drawCentredString(left_centre, y + 0.2 * line.size, line.text)
        baseline = self.height - self._party_size
        canvas.setFont(fonts.BOLD, self._party_size)
        canvas.drawCentredString(right_centre, baseline, PARTY_HEADER)
        half = stringWidth(PARTY_HEADER, fonts.BOLD, self._party_size) / 2
        rule_y = baseline - 3.5
        canvas.setLineWidth(0.6)
        canvas.line(right_centre - half, rule_y, right_centre + half, rule_y)
        canvas.setFont(fonts.ITALIC, self._size)
        date_centre = min(right_centre, self.width - self._date_width / 2)  # never past the margin
        canvas.drawCentredString(date_centre, rule_y - 6 - self._size, self._date_line)


class DottedLines(Flowable):
    """`count` dotted lines across the text width, to write on by hand."""

    def __init__(self, count: int, spacing: float) -> None:
        super().__init__()
        self._count = count
        self._spacing = spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self._count * self._spacing
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self._spacing)
        if fits <= 0 or fits >= self._count:
            return []
        return [DottedLines(fits, self._spacing), DottedLines(self._count - fits, self._spacing)]

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.saveState()
        # Round caps on zero-length dashes draw dots, like a typed "……" line.
        canvas.setLineCap(1)
        canvas.setLineWidth(0.9)
        canvas.setDash([0, 3.2])
        for n in range(self._count):
            y = self.height - (n + 1) * self._spacing + self._spacing * 0.22
            canvas.line(0, y, self.width, y)
        canvas.restoreState()


class Hook(Flowable):
    """Takes no room; calls `action(canvas)` when the layout reaches it.

    Marks where each document of a batch starts (for its own page numbers, its
    verification code in the footer, progress and cancel).
    """

    def __init__(self, action: Any) -> None:
        super().__init__()
        self._action = action
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._action(self.canv)
