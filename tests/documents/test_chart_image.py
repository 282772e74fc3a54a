"""The year report's charts as pictures for its Word copy: the same reportlab drawing the
PDF embeds, rasterised with Pillow — bars as tall as their values, labels in the
document's font with every Vietnamese diacritic the font has."""

from __future__ import annotations

import io
import subprocess
import sys
from types import SimpleNamespace

from PIL import Image

from chibo_app.documents import fonts, year_report
from chibo_app.documents.chart_image import drawing_png
from chibo_app.documents.page_settings import PageSettings

BAR = (0xA0, 0x0F, 0x23)  # year_report.BAR_COLOUR, give or take the smoothing


def _chart(values, names, top):
    fonts.register_fonts()
    return year_report._chart(PageSettings(), values, names, top)


def _bar_heights(image: Image.Image) -> list[int]:
    """The height in pixels of each run of bar-coloured columns, left to right."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    heights, current = [], 0
    for x in range(width):
        column = sum(1 for y in range(height) if _is_bar(rgb.getpixel((x, y))))
        if column > 3:
            current = max(current, column)
        elif current:
            heights.append(current)
            current = 0
    return heights


def _black(image: Image.Image) -> int:
    """Pixels of text and axes (black; the bars are red)."""
    rgb = image.convert("RGB")
    width, height = rgb.size
    return sum(1 for x in range(width) for y in range(height) if max(rgb.getpixel((x, y))) < 90)


def _is_bar(pixel) -> bool:
    return all(abs(a - b) < 24 for a, b in zip(pixel, BAR, strict=True))


def test_bars_are_as_tall_as_their_values_at_the_size_asked():
    drawing = _chart([100.0, 50.0, 25.0], ["T1", "T2", "T3"], 100)
    png = drawing_png(drawing, dpi=150)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (round(drawing.width * 150 / 72), round(drawing.height * 150 / 72))
    tall, half, quarter = _bar_heights(image)
    assert abs(half / tall - 0.5) < 0.03 and abs(quarter / tall - 0.25) < 0.03


def test_labels_are_drawn_in_the_documents_font():
    names = ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "Không hoàn thành"]
    plain = Image.open(io.BytesIO(drawing_png(_chart([3.0, 12.0, 5.0, 1.0], names, 15))))
    ink = {}
    for label, words in (("long", names), ("letters", list("ABCD")), ("none", [""] * 4)):
        image = Image.open(io.BytesIO(drawing_png(_chart([3.0, 12.0, 5.0, 1.0], words, 15))))
        assert _bar_heights(image) == _bar_heights(plain)  # the same bars …
        ink[label] = _black(image)
    # … and under them as much more ink as the names are longer than single letters
    assert ink["long"] - ink["none"] > 5 * (ink["letters"] - ink["none"]) > 0
    assert year_report.classification_chart  # the report's own chart is the one shown


def test_the_reports_chart_functions_read_only_the_page_settings():
    figures = SimpleNamespace(
        meetings=SimpleNamespace(
            months=[SimpleNamespace(month=m, rate=0.5 + m / 30) for m in range(1, 13)]
        )
    )
    drawing = year_report.attendance_chart(PageSettings(), figures)
    assert len(_bar_heights(Image.open(io.BytesIO(drawing_png(drawing))))) == 12


def test_a_chart_drawn_first_in_a_process_registers_the_fonts_itself():
    """A Word report printed before any PDF in a process (the command line's `report -o
    bc.docx`) drew its chart before the fonts were registered: reportlab had no metrics
    for 'LiberationSerif-Bold' and the print failed."""
    script = (
        "from chibo_app.documents import year_report\n"
        "from chibo_app.documents.chart_image import drawing_png\n"
        "from chibo_app.documents.page_settings import PageSettings\n"
        "chart = year_report._chart(PageSettings(), [90.0, 75.5], ['Tháng 1', 'Tháng 2'], 100)\n"
        "print(len(drawing_png(chart, dpi=72)) > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "True"
