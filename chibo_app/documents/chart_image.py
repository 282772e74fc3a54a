"""A reportlab Drawing (the year report's bar charts) as a PNG, for the Word copy.

reportlab rasterises only through a pluggable backend (rlPyCairo, which needs pycairo and
cairo's headers to build: not installable here, and not in the bundle). Pillow, which
reportlab already depends on, draws instead: renderPM's own renderer walks the drawing
(reportlab_internals.draw_on_state) and drives a graphics state (`_PillowState`, the
backend's interface: paths, fill, stroke, strings at a transform) that paints on a
Pillow image, text with FreeType in the app's own TTF faces. The chart is drawn at
twice the size and scaled down, which smooths its edges. Clip paths and dashes are
ignored: charts here use neither.
"""

from __future__ import annotations

import io
import math
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color

from chibo_app.documents import fonts
from chibo_app.documents.reportlab_internals import draw_on_state

SUPERSAMPLE = 2
CURVE_STEPS = 12  # straight pieces per Bézier segment

Point = tuple[float, float]


class _PillowState:
    """The graphics state renderPM's canvas drives (rlPyCairo's GState interface)."""

    def __init__(self, width: int, height: int, background: int) -> None:
        self.width, self.height = width, height
        fill = ((background >> 16) & 255, (background >> 8) & 255, background & 255)
        self.image = Image.new("RGB", (width, height), fill)
        self.draw = ImageDraw.Draw(self.image)
        self.ctm: tuple[float, ...] = (1, 0, 0, 1, 0, 0)
        self.strokeColor: Color | None = None
        self.fillColor: Color | None = None
        self.strokeWidth = 1.0
        self.lineCap = self.lineJoin = 0
        self.dashArray: Any = None
        self.fillMode = 0
        self.textRenderMode = 0
        self.strokeOpacity = self.fillOpacity = 1.0
        self.fontName = ""
        self.fontSize = 10.0
        self._faces: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
        self._paths: list[list[Point]] = []
        self._closed: list[bool] = []

    # Paths (in user space; mapped through the ctm as they are added) -------------------

    def _device(self, x: float, y: float) -> Point:
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, self.height - (b * x + d * y + f)

    def pathBegin(self) -> None:  # noqa: N802 - the backend's names
        self._paths, self._closed = [], []

    def moveTo(self, x: float, y: float) -> None:  # noqa: N802
        self._paths.append([self._device(x, y)])
        self._closed.append(False)

    def lineTo(self, x: float, y: float) -> None:  # noqa: N802
        if not self._paths:
            self.moveTo(x, y)
            return
        self._paths[-1].append(self._device(x, y))

    def curveTo(  # noqa: N802
        self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float
    ) -> None:
        start = self._paths[-1][-1]
        points = [self._device(x1, y1), self._device(x2, y2), self._device(x3, y3)]
        for step in range(1, CURVE_STEPS + 1):
            t = step / CURVE_STEPS
            u = 1 - t
            self._paths[-1].append(
                (
                    u**3 * start[0] + 3 * u * u * t * points[0][0]
                    + 3 * u * t * t * points[1][0] + t**3 * points[2][0],
                    u**3 * start[1] + 3 * u * u * t * points[0][1]
                    + 3 * u * t * t * points[1][1] + t**3 * points[2][1],
                )
            )  # fmt: skip

    def pathClose(self) -> None:  # noqa: N802
        if self._closed:
            self._closed[-1] = True

    def pathFill(self, _fill_mode: int = -1) -> None:  # noqa: N802
        colour = _rgb(self.fillColor)
        if colour is None:
            return
        for points in self._paths:
            if len(points) > 2:
                self.draw.polygon(points, fill=colour)

    def pathStroke(self) -> None:  # noqa: N802
        colour = _rgb(self.strokeColor)
        if colour is None or not self.strokeWidth:
            return
        width = max(1, round(self.strokeWidth * self._scale()))
        for points, closed in zip(self._paths, self._closed, strict=True):
            line = [*points, points[0]] if closed else points
            if len(line) > 1:
                self.draw.line(line, fill=colour, width=width)

    def clipPathSet(self) -> None:  # noqa: N802 - not used by the charts
        pass

    def clipPathClear(self) -> None:  # noqa: N802
        pass

    # Text ------------------------------------------------------------------------------

    def _scale(self) -> float:
        a, b, c, d, _e, _f = self.ctm
        return math.sqrt(abs(a * d - b * c))

    def setFont(self, name: str, size: float) -> None:  # noqa: N802
        self.fontName, self.fontSize = name, size

    def _face(self) -> ImageFont.FreeTypeFont:
        pixels = max(1, round(self.fontSize * self._scale()))
        key = (self.fontName, pixels)
        if key not in self._faces:
            self._faces[key] = ImageFont.truetype(str(fonts.font_file(self.fontName)), pixels)
        return self._faces[key]

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        colour = _rgb(self.fillColor)
        if colour is not None and text:
            self.draw.text(self._device(x, y), text, font=self._face(), fill=colour, anchor="ls")


def _rgb(colour: Color | None) -> tuple[int, int, int] | None:
    if colour is None:
        return None
    return (round(255 * colour.red), round(255 * colour.green), round(255 * colour.blue))


def drawing_png(drawing: Drawing, *, dpi: int = 200) -> bytes:
    """The drawing as PNG bytes at `dpi` (its size in points kept: 72 points an inch)."""
    # The chart lays its labels out with reportlab's metrics of our faces: a Word file
    # printed first in a process (no PDF before it) has them registered here.
    fonts.register_fonts()
    state = draw_on_state(drawing, dpi * SUPERSAMPLE, _PillowState)
    size = (
        round(drawing.width * dpi / 72),
        round(drawing.height * dpi / 72),
    )
    image = state.image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
