"""Page geometry and type sizes of printed documents, in one place.

The defaults follow Hướng dẫn 36-HD/VPTW (party documents) and PRODUCT.md: A4,
margins top 20 / bottom 20 / left 30 / right 15 mm, body 14 pt. Settings will let
the secretary change them, so nothing else in the documents layer hard-codes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm


@dataclass(frozen=True)
class PageSettings:
    top_mm: float = 20
    bottom_mm: float = 20
    left_mm: float = 30
    right_mm: float = 15
    body_size: float = 14
    line_spacing: float = 1.15  # leading = size × this ("1 line" to "1.5 lines" in 36-HD)
    paragraph_space: float = 4  # points after each body paragraph
    first_line_indent_mm: float = 10
    header_size: float = 14  # committee, cell, number, date line
    party_header_size: float = 15  # "ĐẢNG CỘNG SẢN VIỆT NAM"
    title_size: float = 15
    table_size: float = 12
    small_size: float = 12  # the recipients under "Nơi nhận:"
    footer_size: float = 8
    qr_size_mm: float = 13
    signing_space_mm: float = 22  # room for the handwritten signature

    @property
    def page_size(self) -> tuple[float, float]:
        return float(A4[0]), float(A4[1])

    @property
    def leading(self) -> float:
        return self.body_size * self.line_spacing

    @property
    def frame_width(self) -> float:
        """Width of the text area in points."""
        return float(A4[0] - (self.left_mm + self.right_mm) * mm)


class LandscapeSettings(PageSettings):
    """The party page turned (a wide table): A4 landscape, same margins and type sizes."""

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = landscape(A4)
        return float(width), float(height)

    @property
    def frame_width(self) -> float:
        return float(landscape(A4)[0] - (self.left_mm + self.right_mm) * mm)


def turned(settings: PageSettings | None) -> LandscapeSettings:
    """`settings` (or the defaults) on a landscape page."""
    if isinstance(settings, LandscapeSettings):
        return settings
    return LandscapeSettings(**(settings or PageSettings()).__dict__)
