"""The icon build step: every PNG size and a Windows .ico, rendered from the SVG."""

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]


def load_make_icons():
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pngs_and_ico_from_the_svg(qapp, tmp_path):
    make_icons = load_make_icons()
    written = make_icons.make_icons(tmp_path)
    assert tmp_path / "hicolor" / "scalable" / "apps" / "chibo.svg" in written
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "chibo.png"))
        assert (image.width(), image.height()) == (size, size)
        middle = image.pixelColor(size // 2, size // 2)  # the star
        corner = image.pixelColor(0, 0)  # outside the rounded square
        assert middle.alpha() == 255 and middle.red() > 200 and middle.green() > 150
        assert corner.alpha() < 40
    reader = QImageReader(str(tmp_path / "chibo.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull()
        size = image.width()
        sizes.append(size)
        png = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "chibo.png"))
        # The same picture as the PNG: not upside down, colours in the right order.
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        png = png.convertToFormat(QImage.Format.Format_ARGB32)
        worst = max(
            abs((image.pixel(x, y) >> shift & 255) - (png.pixel(x, y) >> shift & 255))
            for x in range(size)
            for y in range(size)
            for shift in (0, 8, 16, 24)
        )
        assert worst <= 2, size
    assert sizes == [16, 24, 32, 48, 64, 256]
    assert not list(tmp_path.rglob("*.tmp"))
