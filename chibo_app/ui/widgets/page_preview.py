"""A small A4 diagram: the margins and where the parts of a party document sit.

Drawn with QPainter because it is a diagram of the page, not a chart. Grey bars stand
for lines of text; their spacing follows the body size and line spacing chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from chibo_app.documents.page_settings import PageSettings

A4_MM = (210.0, 297.0)
PT_MM = 25.4 / 72
_TEXT = QColor("#9aa0a6")
_STRONG = QColor("#5f6368")
_MARGIN = QColor("#c8102e")


class PagePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagePreview")
        self.settings = PageSettings()
        self.setMinimumSize(QSize(260, 368))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("Sơ đồ trang A4: đường đỏ là lề, vạch xám là các dòng chữ"))

    def set_settings(self, settings: PageSettings) -> None:
        self.settings = settings
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 424)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = min((self.width() - 12) / A4_MM[0], (self.height() - 12) / A4_MM[1])
        left = (self.width() - A4_MM[0] * scale) / 2
        top = (self.height() - A4_MM[1] * scale) / 2
        page = QRectF(left, top, A4_MM[0] * scale, A4_MM[1] * scale)
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40))  # shadow
        painter.fillRect(page, QColor("white"))
        painter.setPen(QPen(QColor("#80868b"), 1))
        painter.drawRect(page)
        s = self.settings
        area = QRectF(
            left + s.left_mm * scale,
            top + s.top_mm * scale,
            (A4_MM[0] - s.left_mm - s.right_mm) * scale,
            (A4_MM[1] - s.top_mm - s.bottom_mm) * scale,
        )
        painter.setPen(QPen(_MARGIN, 1, Qt.PenStyle.DashLine))
        painter.drawRect(area)
        _Sketch(painter, area, scale, s).draw()
        painter.end()


class _Sketch:
    """Bars for the header, title, body and signature inside the text area."""

    def __init__(
        self, painter: QPainter, area: QRectF, scale: float, settings: PageSettings
    ) -> None:
        self.p = painter
        self.area = area
        self.scale = scale
        self.line = settings.leading * PT_MM * scale  # one body line, in pixels
        self.bar = max(1.0, round(settings.body_size * PT_MM * scale * 0.4))
        self.indent = settings.first_line_indent_mm * scale

    def _bar(self, x: float, y: float, width: float, color: QColor = _TEXT) -> None:
        # Whole pixels: bars a fraction of a pixel apart blur into pairs.
        self.p.fillRect(QRectF(round(x), round(y), round(max(2.0, width)), self.bar), color)

    def _centred(self, centre: float, y: float, width: float, color: QColor = _TEXT) -> None:
        self._bar(centre - width / 2, y, width, color)

    def draw(self) -> None:
        a = self.area
        half = a.width() / 2
        y = a.top() + 2
        left_c, right_c = a.left() + half * 0.55, a.left() + half * 1.35
        for width_left, width_right, color in (
            (0.8, 0.9, _STRONG),
            (0.7, 0.0, _STRONG),
            (0.05, 0.6, _TEXT),  # the star, and the date line
            (0.45, 0.0, _TEXT),  # Số …-KH/CB
        ):
            self._centred(left_c, y, half * width_left, color)
            if width_right:
                self._centred(right_c, y, half * width_right, color)
            y += self.line
        y += self.line
        self._centred(a.center().x(), y, a.width() * 0.7, _STRONG)
        y += self.line
        self._centred(a.center().x(), y, a.width() * 0.45, _STRONG)
        y += self.line * 1.5
        signature_top = a.bottom() - self.line * 5
        paragraph = 0
        while y + self.line < signature_top:
            first = paragraph % 4 == 0
            x = a.left() + (self.indent if first else 0)
            last = paragraph % 4 == 3
            self._bar(x, y, (a.right() - x) * (0.6 if last else 1))
            y += self.line
            paragraph += 1
        y = max(y + self.line * 0.5, signature_top)
        self._centred(a.left() + half * 1.5, y, half * 0.45, _STRONG)
        self._centred(a.left() + half * 1.5, y + self.line, half * 0.3, _STRONG)
        self._bar(a.left(), y, half * 0.35, _STRONG)
        self._bar(a.left(), y + self.line, half * 0.5)
        self._centred(a.left() + half * 1.5, a.bottom() - self.line * 0.8, half * 0.55, _STRONG)
